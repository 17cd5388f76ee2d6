/* PSO (Prestatieladder Socialer Ondernemen, TNO) as a policy option (issue 16, domain brief s.9).
 * A contractor's certified level lowers or meets its social-return obligation by a table the
 * municipality sets per policy version, only while the certificate is valid for the whole contract
 * period; a certificate that lapses during the contract (withdrawn) restores the obligation from
 * that day, pro rata by calendar days. No table (no level set) means the policy does not accept PSO:
 * Zoetermeer's seeded policies. Pure rules, no I/O. */
#ifndef INC_PSO_H
#define INC_PSO_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

typedef enum { PSO_ASPIRANT, PSO_BASISTREDE, PSO_TREDE_1, PSO_TREDE_2, PSO_TREDE_3, PSO__COUNT } pso_level;

const char *pso_level_code(pso_level l);    /* "trede-1" */
const char *pso_level_label(pso_level l);   /* "trede 1" */
bool pso_level_parse(const char *s, pso_level *out);   /* code or label */

/* The PSO table of one policy version: covers_bp[l] of the obligation met by level l (10000 = meets
 * it in full; less lowers it) when set[l]. */
typedef struct {
    bool set[PSO__COUNT];
    int32_t covers_bp[PSO__COUNT];
} pso_table;
bool pso_table_accepts(const pso_table *t);   /* any level set */

/* The table of one policy version, named. */
typedef struct {
    char policy[64];
    inc_date effective_from;
    pso_table table;
} pso_policy_table;

typedef struct {
    pso_level level;
    inc_date valid_from, valid_until;
    inc_date withdrawn_on;   /* INC_DATE_NONE: not withdrawn; else the first day it no longer holds */
} pso_certificate;

typedef struct {
    bool applies;             /* a certificate qualified and the table covers its level */
    pso_level level;
    int32_t covers_bp;
    int64_t covered_cents;    /* part of the obligation met by PSO */
    int64_t remaining_cents;  /* what the contractor still realises */
    bool lapsed;              /* withdrawn during the contract: obligation restored from lapsed_on */
    inc_date lapsed_on;
    int32_t covered_days, contract_days;
    char reason[320];         /* Dutch explanation */
} pso_effect;

/* The effect of a company's certificates on an obligation of obligation_cents for the contract
 * period start..end (both inclusive). A certificate qualifies when it is valid from start through
 * end (valid_from <= start, valid_until >= end) and was not withdrawn on or before start; of the
 * qualifying ones the table's highest cover counts. Withdrawn during the period: covered =
 * obligation x cover x (days before withdrawn_on) / (contract days), rounded half up to the cent.
 * INC_EINVAL for a period that ends before it starts or a negative obligation. */
inc_status pso_apply(const pso_table *t, const pso_certificate *certs, int n, int64_t obligation_cents, inc_date start,
                     inc_date end, pso_effect *out, inc_error *e);

#endif
