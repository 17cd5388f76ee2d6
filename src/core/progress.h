/* Progress of one contract against its SROI obligation, and the deadlines the SR-team tracks. */
#ifndef INC_PROGRESS_H
#define INC_PROGRESS_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"

#define CONTACT_WORKING_DAYS 5  /* contractor contacts the SR-team within five working days of award */

typedef enum {
    PS_NOT_APPLICABLE,  /* niet van toepassing */
    PS_EXEMPTED,        /* ontheffing (nothing left to realise) */
    PS_MET_BY_SEBO,     /* voldaan via SEBO */
    PS_MET,             /* voldaan */
    PS_NOT_STARTED,     /* nog niet gestart */
    PS_ON_SCHEDULE,     /* op schema */
    PS_BEHIND,          /* achter */
    PS_NOT_MET,         /* niet voldaan: contract ended short */
    PS__COUNT
} inc_progress_status;

typedef struct {
    bool applies, met_by_sebo, exempted;
    int64_t obligation_cents;     /* total obligation */
    int64_t sebo_covered_cents;   /* part met by SEBO */
    int64_t verified_cents;       /* realised: geverifieerd */
    int64_t reported_cents;       /* gemeld + geverifieerd (not afgewezen) */
    inc_date contract_start, contract_end, today;
    int64_t pso_covered_cents;    /* part met by the contractor's PSO certificate (core/pso.h) */
} inc_progress_input;

typedef struct {
    int64_t due_cents;            /* obligation less what SEBO and PSO cover */
    int64_t expected_cents;       /* due pro rata over the contract period, by today */
    int32_t verified_pct_bp;      /* verified / due; 10000 when nothing is due */
    int32_t reported_pct_bp;
    inc_progress_status status;
} inc_progress;

void progress_compute(const inc_progress_input *in, inc_progress *out);
const char *progress_status_code(inc_progress_status s);   /* "op-schema" */
const char *progress_status_label(inc_progress_status s);  /* "op schema" */
bool progress_status_parse(const char *s, inc_progress_status *out);

/* Deadline for the contractor's first contact: award + five working days. */
inc_date contact_deadline(inc_date award);

/* Yearly reports for multi-year contracts: one due at each anniversary of the start that falls on or
 * before the end; report k is due at start + k years. Writes up to max due dates, returns the count. */
int yearly_report_due_dates(inc_date start, inc_date end, inc_date *due, int max);

#endif
