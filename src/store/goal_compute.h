/* Computed indicators (the catalogue: core/goal_computation.h): a code names a query over another
 * area's tables, evaluated at a reference date (peildatum). Values are x100 like every indicator
 * value (a percentage of 94.40 % = 9440). */
#ifndef INC_GOAL_COMPUTE_H
#define INC_GOAL_COMPUTE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "store/db.h"

/* *available is true once computed; *has_value false when there is nothing to measure (e.g. no
 * obligation due, no target for the year). *people (may be NULL): how many persons the figure
 * rests on, -1 when it is not about persons; the council sees it only from 5 (core/suppress.h). */
inc_status goal_compute(inc_db *db, const char *code, int64_t muni_id, inc_date peildatum, bool *available,
                        bool *has_value, int64_t *value, int64_t *people, inc_error *e);

#endif
