/* The public calculators (`inclusio calc`, POST /api/v1/calc/obligation and /value): the obligation
 * of a tender and the value of one building block, by the policies and the catalogue in the
 * database. They store nothing. The faces render the results (io/register_view.h). */
#ifndef INC_APP_REGISTER_CALC_H
#define INC_APP_REGISTER_CALC_H
#include "app/app.h"
#include "core/field_source.h"
#include "core/obligation.h"
#include "core/pso.h"
#include "core/valuation.h"

/* Fields as contract_input_parse for category, procedure, value, labour_share_pct, award_date,
 * sebo_holder, extra_pct, plus optional municipality (default zoetermeer). With contractor_kvk (and
 * optionally start_date, end_date: default the award date and a year) *pso gets what that company's
 * PSO certificate would cover under the policy in force (core/pso.h); without it *asked is false. */
typedef struct {
    bool asked;
    pso_effect effect;
} calc_pso;
inc_status app_calc_obligation(inc_db *db, const field_source *fs, inc_obligation *out, calc_pso *pso, inc_error *e);

/* Fields block, hours_per_week | hours, start, end, contract_start, contract_end, award_date,
 * amount, subsidy_end. *block gets the building block valued. */
inc_status app_calc_value(inc_db *db, const field_source *fs, inc_block *block, inc_value *out, inc_error *e);

#endif
