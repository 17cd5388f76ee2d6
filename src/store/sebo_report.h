/* The SEBO report per year (and municipality): holders against targets, and how the preference
 * rule was applied in onderhandse procurements, per department. */
#ifndef INC_SEBO_REPORT_H
#define INC_SEBO_REPORT_H
#include <jansson.h>
#include "core/date.h"
#include "store/db.h"

/* municipality NULL = all. Holder counts are taken on 31 December of each year, or on `today`
 * for the current year. */
inc_status sebo_report_json(inc_db *db, const char *municipality, int year, inc_date today, json_t **out,
                            inc_error *e);

#endif
