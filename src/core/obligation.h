/* The social-return (SROI) obligation of a contract, judged by the policy in force on the award date.
 * Rules: domain brief section 1. Policies are data (versioned per municipality), not code. */
#ifndef INC_OBLIGATION_H
#define INC_OBLIGATION_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"
#include "core/procurement.h"

typedef struct {
    char name[64];
    inc_date effective_from;
    bool applies_category[CAT__COUNT];
    bool applies_procedure[PROC__COUNT];
    int64_t min_value_cents[CAT__COUNT];  /* threshold per category; 0 = none */
    int32_t pct_bp;                       /* standard obligation, basis points: 500 = 5 % */
    int32_t low_labour_pct_bp;            /* obligation when the loonsom share is low: 200 = 2 % */
    int32_t low_labour_below_bp;          /* "low" means below this share: 3000 = 30 %; 0 = rule off */
    bool sebo_meets_meervoudig;           /* a SEBO holder meets the obligation in meervoudig onderhands */
} inc_policy;

typedef struct {
    inc_category category;
    inc_procedure procedure;
    int64_t value_cents;        /* aanneemsom excl. VAT */
    int32_t labour_share_bp;    /* loonsom as share of the value */
    inc_date award_date;
    bool sebo_holder;           /* contractor holds the SEBO-keurmerk on the award date */
    int32_t extra_bp;           /* extra SROI offered as award criterion */
    bool exempted;              /* ontheffing granted by the gemeentesecretaris */
    int32_t exemption_pct_bp;   /* the adjusted total percentage under the ontheffing */
} inc_obligation_input;

typedef struct {
    bool applies;
    bool met_by_sebo;            /* base obligation met by the SEBO-keurmerk */
    bool exempted;
    int32_t base_pct_bp;         /* 5 % or 2 % (or the policy's figures) */
    int32_t extra_pct_bp;
    int32_t percentage_bp;       /* base + extra, or the exemption's adjusted percentage */
    int64_t amount_cents;        /* value x percentage, rounded half up to the cent */
    int64_t sebo_covered_cents;  /* part of amount met by SEBO (the base part) */
    char policy_name[64];
    char reason[320];            /* Dutch explanation of how the figure came about */
} inc_obligation;

/* The policy with the latest effective_from <= day, or NULL. Order of `policies` does not matter. */
const inc_policy *policy_in_force(const inc_policy *policies, int count, inc_date day);

/* Validates the input (value >= 0, shares 0..100 %) and computes the obligation.
 * Fails with INC_ENOTFOUND when no policy was in force on the award date. */
inc_status obligation_compute(const inc_policy *policies, int count, const inc_obligation_input *in,
                              inc_obligation *out, inc_error *e);

/* Seed policies of Zoetermeer: 2016 (5 % flat, thresholds) and 6 January 2020 (5 % / 2 %). */
void policy_seed_zoetermeer_2016(inc_policy *p);
void policy_seed_zoetermeer_2020(inc_policy *p);

#endif
