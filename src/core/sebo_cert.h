/* The SEBO certificate lifecycle (domain brief s.3, source 000 ch. 4):
 *   aangevraagd -> in-audit -> gecertificeerd -> verlopen | ingetrokken
 *   in-audit -> afgewezen        (negative audit outcome)
 *   aangevraagd | in-audit -> ingetrokken   (application withdrawn)
 * Recertification is a new certificate (kind "hercertificering") for a holder that held one before.
 * Certification needs a positive independent audit and evidence for each of the six criteria. */
#ifndef INC_SEBO_CERT_H
#define INC_SEBO_CERT_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

typedef enum {
    SEBO_ST_APPLIED,     /* aangevraagd */
    SEBO_ST_IN_AUDIT,    /* in-audit */
    SEBO_ST_CERTIFIED,   /* gecertificeerd */
    SEBO_ST_EXPIRED,     /* verlopen */
    SEBO_ST_WITHDRAWN,   /* ingetrokken */
    SEBO_ST_REJECTED,    /* afgewezen (audit negative) */
    SEBO_ST__COUNT
} sebo_status;

const char *sebo_status_code(sebo_status s);   /* "in-audit" */
const char *sebo_status_label(sebo_status s);  /* "in audit" */
bool sebo_status_parse(const char *s, sebo_status *out);  /* accepts code or label */

/* May a certificate go from `from` to `to` on `day`? (verlopen only after valid_until.)
 * Fails with INC_ECONFLICT and a Dutch message naming both states. */
inc_status sebo_transition_check(sebo_status from, sebo_status to, inc_date day, inc_date valid_until,
                                 inc_error *e);

/* The status as of `day`: a gecertificeerd certificate whose valid_until lies before `day` is verlopen. */
sebo_status sebo_effective_status(sebo_status stored, inc_date valid_until, inc_date day);

/* Holds the mark on `day`: certified (or later withdrawn/expired) with certified_from <= day <= valid_until
 * and not withdrawn on or before day. withdrawn_on may be INC_DATE_NONE. */
bool sebo_valid_on(sebo_status stored, inc_date certified_from, inc_date valid_until, inc_date withdrawn_on,
                   inc_date day);

/* Period check: valid_until on or after certified_from. */
inc_status sebo_period_check(inc_date certified_from, inc_date valid_until, inc_error *e);
/* Default validity when none is given: `months` months from certified_from, less one day. */
inc_date sebo_default_valid_until(inc_date certified_from, int months);

/* Runs out within `days` days of `today`: today <= valid_until <= today + days. */
bool sebo_expiring_within(inc_date valid_until, inc_date today, int days);

/* The six criteria of the mark (criteria publication of 2 February 2016). */
typedef enum {
    SEBO_CRIT_JOBS,          /* werkgelegenheid voor kwetsbare groepen behouden en scheppen */
    SEBO_CRIT_GUIDANCE,      /* personeel effectief en aantoonbaar begeleiden */
    SEBO_CRIT_SOCIAL_GOALS,  /* sociale en maatschappelijke doelen in Zoetermeer ondersteunen */
    SEBO_CRIT_VOLUNTEER,     /* vrijwilligerswerk in Zoetermeer */
    SEBO_CRIT_PAST,          /* sociale past performance aantonen */
    SEBO_CRIT_CLIMATE,       /* ondernemersklimaat actief verbeteren, successen delen */
    SEBO_CRIT__COUNT
} sebo_criterion;

const char *sebo_criterion_code(sebo_criterion c);   /* "werkgelegenheid" */
const char *sebo_criterion_label(sebo_criterion c);  /* Dutch description */
bool sebo_criterion_parse(const char *s, sebo_criterion *out);

typedef struct {
    bool recorded;        /* evidence recorded for this criterion */
    bool not_applicable;  /* recorded as "niet van toepassing" */
} sebo_evidence_state;

/* Evidence is complete when every criterion has evidence. A self-employed applicant (zzp, no staff)
 * may record the two staff criteria (jobs, guidance) as not applicable; nobody else may. */
inc_status sebo_evidence_complete(const sebo_evidence_state ev[SEBO_CRIT__COUNT], bool self_employed,
                                  inc_error *e);
/* May this criterion be recorded as not applicable for this applicant? */
bool sebo_criterion_may_skip(sebo_criterion c, bool self_employed);

#endif
