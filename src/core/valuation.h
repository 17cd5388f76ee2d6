/* Building-block valuation (Bouwblokkenmethode): what one realisation counts towards an obligation.
 * The product's valuation convention is in the domain brief section 2 and docs/domain-rules.md. */
#ifndef INC_VALUATION_H
#define INC_VALUATION_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

typedef enum {
    BLOCK_PER_YEAR,     /* a job: value per year at 36 h/week, accrues per day */
    BLOCK_ONE_OFF,      /* a fixed bonus (e.g. employment contract after internship) */
    BLOCK_ACTUAL_COST,  /* the amount entered (training, purchase from a social enterprise) */
    BLOCK_PER_HOUR      /* hours x the catalogue's rate (guest lessons, volunteering) */
} inc_block_kind;

typedef struct {
    char code[40];
    char part[24];          /* banen | ontwikkeling | activiteit */
    char group_name[64];    /* zonder uitkering, leerling/student, met uitkering, bonus, ... */
    char name[128];
    inc_block_kind kind;
    int64_t value_cents;    /* per year (PER_YEAR), per item (ONE_OFF), per hour (PER_HOUR) */
    int cap_months;         /* PER_YEAR only: 12, 24, 36; 0 = no cap (banenafspraak) */
    bool person_exclusive;  /* counts a person's days: the same days may not count twice */
} inc_block;

const char *block_kind_code(inc_block_kind k);
bool block_kind_parse(const char *s, inc_block_kind *out);

typedef struct {
    const inc_block *block;
    int32_t hours_centi;      /* PER_YEAR: hours per week; PER_HOUR: total hours (x100) */
    inc_date start, end;      /* the period reported (one-offs: start = end = the date) */
    inc_date contract_start, contract_end;
    int64_t amount_cents;     /* ACTUAL_COST: the amount */
    int already_counted_days; /* days this person already counted under this cap on this contract */
    inc_date subsidy_end;     /* loonkostensubsidie until (counts during the subsidy), or INC_DATE_NONE */
} inc_value_input;

typedef struct {
    int64_t value_cents;
    int counted_days;
    bool capped;
    inc_date counted_from, counted_to;  /* INC_DATE_NONE when no day counts */
    char note[256];                     /* Dutch: why days were left out */
} inc_value;

/* Days in a cap of N months: N x 365 / 12, rounded down (12 -> 365, 24 -> 730, 36 -> 1095). */
int cap_days_for_months(int months);

inc_status valuation_compute(const inc_value_input *in, inc_value *out, inc_error *e);

/* The 1 July 2023 catalogue of the 11 municipalities of Haaglanden + ZHC (creating-jobs part)
 * plus editable entries for candidate development and social activities. Returns the count. */
int catalogue_seed_2023(inc_block *blocks, int max);

#endif
