/* The SEBO-keurmerk registry in plain data: what a registration, an application, a lifecycle
 * transition and a piece of evidence ask for, the decisions on them (pure: the caller hands in the
 * certificate as stored), and the records the faces read (in an arena, core/arena.h). The
 * lifecycle itself is core/sebo_cert.h; app/sebo_registry.c runs the decisions in a transaction,
 * store/sebo_store.c persists. */
#ifndef INC_CORE_SEBO_REGISTRY_H
#define INC_CORE_SEBO_REGISTRY_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/arena.h"
#include "core/date.h"
#include "core/error.h"
#include "core/procurement.h"
#include "core/sebo_cert.h"

#define SEBO_DEFAULT_VALIDITY_MONTHS 36  /* setting sebo.validity_months overrides */

/* ---- Input ---- */

typedef struct {
    char kvk[16];
    char name[200];            /* required when the organisation is not yet known */
    char municipality[48];     /* whose mark; default "zoetermeer" */
    char established[48];      /* where the organisation is established; "" = leave as is */
    bool self_employed;
    char profile[1000];
    char website[300];
    bool kinds[CAT__COUNT];    /* kinds of work it does: werken, diensten, leveringen */
    inc_date applied_on;       /* opens an application (status aangevraagd) on this day; NONE = none */
} sebo_holder_input;

typedef struct {
    sebo_status to;
    inc_date day;               /* the day of the change (default today) */
    char note[500];             /* reason for withdrawal / rejection, free note otherwise */
    char audit_body[200];       /* in-audit: the independent certification body (required) */
    inc_date audit_date;        /* in-audit: date of the audit (default day) */
    bool cost_set;
    int64_t audit_cost_cents;   /* in-audit: cost paid by the municipality */
    inc_date certified_from;    /* gecertificeerd: default day */
    inc_date valid_until;       /* gecertificeerd: default certified_from + validity months - 1 day */
} sebo_transition_input;

typedef struct {
    const char *municipality;   /* registry municipality code; NULL = all (or those of `municipalities`) */
    const char *const *municipalities;   /* when municipality is NULL: NULL-terminated codes; NULL = all */
    const char *status;         /* effective status code filter; NULL = all; "geldig" = valid today */
    bool public_only;           /* only holders valid today, only public fields */
} sebo_holder_filter;

/* ---- Decisions ---- */

/* A registration names at least one kind of work and a well-formed KvK number. */
inc_status sebo_holder_input_check(const sebo_holder_input *in, inc_error *e);

/* A new application for a holder with `open` applications still aangevraagd or in audit and
 * `certified` certificates ever granted: refused (INC_ECONFLICT) while one is open; else its kind,
 * "hercertificering" for a holder certified before, "nieuw" otherwise. */
inc_status sebo_application_kind(int open, int certified, const char **kind, inc_error *e);

/* The holder's latest certificate as a transition sees it. */
typedef struct {
    sebo_status status;
    inc_date certified_from, valid_until;        /* INC_DATE_NONE when not set */
    bool self_employed;                          /* of the holder */
    sebo_evidence_state evidence[SEBO_CRIT__COUNT];  /* needed for gecertificeerd only */
} sebo_cert_state;

/* What a transition writes to the certificate, its history and the audit log. */
typedef struct {
    sebo_status from, to;
    inc_date day;
    const char *note;            /* NULL: none; the withdrawal reason for ingetrokken */
    const char *audit_body;      /* in-audit */
    inc_date audit_date;         /* in-audit */
    bool cost_set;               /* in-audit */
    int64_t audit_cost_cents;
    inc_date certified_from, valid_until;   /* gecertificeerd */
} sebo_cert_change;

/* Decides moving the latest certificate `cur` as `in` asks (in->day INC_DATE_NONE: today): the
 * lifecycle must allow it (sebo_transition_check, INC_ECONFLICT); in-audit needs the certification
 * body and a cost that is not negative; gecertificeerd needs evidence for every criterion
 * (INC_ECONFLICT) and a valid period, by default `validity_months` from the first day; ingetrokken
 * needs a reason and a day not before the certificate's start; aangevraagd is a new application,
 * not a transition (INC_EINVAL). `out` points into `in`. */
inc_status sebo_transition_plan(const sebo_cert_state *cur, const sebo_transition_input *in, inc_date today,
                                int validity_months, sebo_cert_change *out, inc_error *e);

/* Recording evidence for criterion c on a certificate in `status`: only while an application runs
 * (INC_ECONFLICT); "not applicable" only where sebo_criterion_may_skip allows it; else a
 * description. *stored: the text to store (a fixed note for "not applicable" without text). */
inc_status sebo_evidence_plan(sebo_status status, bool self_employed, sebo_criterion c, const char *text,
                              bool not_applicable, const char **stored, inc_error *e);

/* ---- Records ---- */

/* One certificate's dates, for a holder's status. */
typedef struct {
    sebo_status status;          /* as stored */
    inc_date certified_from, valid_until, withdrawn_on;   /* INC_DATE_NONE when not set */
} sebo_cert_dates;

/* A holder's standing on a day, from all its certificates (oldest first). */
typedef struct {
    const char *status;          /* "geen-aanvraag", or a status code (sebo_status_code) */
    bool valid_today;
    inc_date certified_from, valid_until;   /* of the valid (else latest granted) certificate; NONE when none */
    const char *application;     /* status code of a running application (latest certificate), NULL when none */
    int certifications;          /* certificates ever granted */
} sebo_holder_facts;
void sebo_holder_facts_of(const sebo_cert_dates *certs, size_t n, inc_date today, sebo_holder_facts *out);
/* Whether a holder with these facts is listed under filter status `status` (NULL: all; "geldig":
 * valid today; else the facts' status code) and, for the public list, valid today. */
bool sebo_holder_listed(const sebo_holder_facts *f, const char *status, bool public_only);

typedef struct {
    int64_t id;
    const char *kvk, *name;
    const char *municipality;    /* the registry's (whose mark) */
    const char *established;     /* where the organisation is established; may be NULL */
    bool local, self_employed;
    const char *profile;
    const char *website;         /* may be NULL */
    bool kinds[CAT__COUNT];
    size_t n_certs;
    sebo_cert_dates *certs;      /* oldest first */
    sebo_holder_facts facts;     /* filled by sebo_holder_facts_of */
} sebo_holder_rec;
ARENA_LIST(sebo_holder_list, sebo_holder_rec);

typedef struct {
    const char *criterion, *evidence, *recorded_on;
    bool not_applicable;
} sebo_evidence_rec;

typedef struct {
    const char *status, *on, *actor, *at;
    const char *note;            /* may be NULL */
} sebo_history_rec;

typedef struct {
    int64_t id;
    const char *kind;
    sebo_status status;          /* as stored */
    const char *applied_on;
    const char *audit_body, *audit_date, *audit_outcome;   /* may be NULL */
    bool cost_set;
    int64_t audit_cost_cents;
    const char *certified_from, *valid_until, *withdrawn_on, *withdrawal_reason;   /* may be NULL */
    inc_date valid_until_day;    /* INC_DATE_NONE when not set */
    size_t n_evidence;
    sebo_evidence_rec *evidence;
    size_t n_history;
    sebo_history_rec *history;
} sebo_certificate_rec;

/* One holder with every certificate, its audit, evidence and status history. */
typedef struct {
    inc_arena arena;
    sebo_holder_rec holder;
    size_t n_certificates;
    sebo_certificate_rec *certificates;
} sebo_holder_detail;

/* A certificate running out: valid today, ending within the window, not followed by a longer one. */
typedef struct {
    const char *kvk, *name, *valid_until, *kind;
    inc_date valid_until_day;
    const char *recertification;   /* status of a running recertification, NULL when none */
} sebo_expiring_rec;
ARENA_LIST(sebo_expiring_list, sebo_expiring_rec);

/* A request for quotes a holder received while holding the mark. */
typedef struct {
    int64_t procurement_id;
    const char *municipality, *department, *subject, *category, *procedure, *date, *class_code;
    const char *reference;       /* may be NULL */
    int64_t estimated_cents;
    bool quoted, quote_set;
    int64_t quote_cents;
    bool won, awarded_set;
    int64_t awarded_cents;
    bool figures;                /* the reader may see the commercial figures (estimate, quote, award) */
} sebo_request_rec;
ARENA_LIST(sebo_request_list, sebo_request_rec);

#endif
