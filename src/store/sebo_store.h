/* The SEBO-keurmerk registry: holders (organisations by KvK), their applications and certificates,
 * the independent audit, evidence per criterion, status history. Rules live in core/sebo_cert.h.
 * Every write runs inside the caller's transaction when one is open, else in its own, and is
 * audit-logged. */
#ifndef INC_SEBO_STORE_H
#define INC_SEBO_STORE_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/procurement.h"
#include "core/sebo_cert.h"
#include "store/db.h"

#define SEBO_DEFAULT_VALIDITY_MONTHS 36  /* setting sebo.validity_months overrides */

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

/* Registers a holder (creating the organisation when a name is given) and optionally its first
 * application. Refuses an unknown KvK without a name, a holder registered twice, no kind of work. */
inc_status sebo_holder_add(inc_db *db, const sebo_holder_input *in, int64_t *holder_id, inc_error *e);

/* Opens a new application for a known holder: kind "hercertificering" when the holder was ever
 * certified, else "nieuw". Refused while another application is still aangevraagd or in audit. */
inc_status sebo_apply(inc_db *db, const char *kvk, inc_date day, int64_t *certificate_id, inc_error *e);

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

/* Moves the holder's latest certificate through the lifecycle (core/sebo_cert.h rules);
 * gecertificeerd needs evidence for every criterion; writes the status history. */
inc_status sebo_transition(inc_db *db, const char *kvk, const sebo_transition_input *in, inc_error *e);

/* Records (or replaces) the evidence for one criterion of the holder's latest certificate.
 * not_applicable only for the staff criteria of a self-employed holder. */
inc_status sebo_evidence_set(inc_db *db, const char *kvk, sebo_criterion c, const char *text, bool not_applicable,
                             inc_date day, inc_error *e);

/* THE lookup the register uses for "met by SEBO": does the organisation with this KvK hold a valid
 * SEBO certificate on `day` (certified_from <= day <= valid_until, not withdrawn on or before day)?
 * False for an unknown KvK. sebo_holder_check reports database errors; sebo_holder_on folds them
 * into false. */
inc_status sebo_holder_check(inc_db *db, const char *kvk, inc_date day, bool *holds, inc_error *e);
bool sebo_holder_on(inc_db *db, const char *kvk, inc_date day);
/* Same by organisation id. */
inc_status sebo_org_holds_on(inc_db *db, int64_t organisation_id, inc_date day, bool *holds, inc_error *e);

/* Local holders (established in the municipality) with a valid certificate on `day` doing `category`. */
inc_status sebo_local_holders_count(inc_db *db, int64_t municipality_id, inc_category category, inc_date day,
                                    int *count, inc_error *e);

typedef struct {
    const char *municipality;   /* registry municipality code; NULL = all (or those of `municipalities`) */
    const char *const *municipalities;   /* when municipality is NULL: NULL-terminated codes; NULL = all */
    const char *status;         /* effective status code filter; NULL = all; "geldig" = valid today */
    bool public_only;           /* only holders valid today, only public fields */
} sebo_holder_filter;

/* [{kvk, name, local, self_employed, profile, website, kinds, status, certified_from, valid_until, ...}] */
inc_status sebo_holders_json(inc_db *db, const sebo_holder_filter *f, inc_date today, json_t **out, inc_error *e);
/* One holder with all certificates, audit, evidence and status history. */
inc_status sebo_holder_json(inc_db *db, const char *kvk, inc_date today, json_t **out, inc_error *e);
/* Certificates valid today whose valid_until is within `days` days. */
inc_status sebo_expiring_json(inc_db *db, const char *municipality, inc_date today, int days, json_t **out,
                              inc_error *e);
/* The same over several registry municipalities (NULL-terminated codes; NULL = all). */
inc_status sebo_expiring_in_json(inc_db *db, const char *const *municipalities, inc_date today, int days,
                                 json_t **out, inc_error *e);
/* The requests for quotes the holder received while holding the mark (its invitations). */
inc_status sebo_requests_json(inc_db *db, const char *kvk, json_t **out, inc_error *e);
/* The same, with the commercial figures (estimated value, quote, awarded value) only for the
 * procurements of `full_figures` (NULL-terminated municipality codes; NULL = every one); the
 * requests of other municipalities are listed without them (figures_hidden: true). */
inc_status sebo_requests_scoped_json(inc_db *db, const char *kvk, const char *const *full_figures, json_t **out,
                                     inc_error *e);

/* Shared helpers for the SEBO store files. */
/* SQL condition: certificate alias c is valid on parameter ?1 (ISO day); mirrors sebo_valid_on. */
#define SEBO_SQL_VALID_ON_DAY                                                                                    \
    " c.status IN ('gecertificeerd','verlopen','ingetrokken') AND c.certified_from IS NOT NULL"                   \
    " AND c.certified_from <= ?1 AND c.valid_until >= ?1 AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?1)"
inc_status sebo_org_by_kvk(inc_db *db, const char *kvk, const char *field, int64_t *org_id, int64_t *org_municipality,
                           inc_error *e);
inc_status sebo_municipality_id(inc_db *db, const char *code, int64_t *id, inc_error *e);
/* Begins a transaction unless one is open; *own tells whether to commit/rollback. */
inc_status sebo_tx_begin(inc_db *db, bool *own, inc_error *e);
inc_status sebo_tx_end(inc_db *db, bool own, inc_status st, inc_error *e);
/* Integer setting or fallback. */
int64_t sebo_setting_int(inc_db *db, const char *key, int64_t fallback);

#endif
