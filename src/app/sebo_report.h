/* The SEBO report per year (and municipality) for both faces (`inclusio report sebo`,
 * GET /api/v1/reports/sebo): holders against targets, and how the preference rule was applied in
 * onderhandse procurements, per department. */
#ifndef INC_APP_SEBO_REPORT_H
#define INC_APP_SEBO_REPORT_H
#include <jansson.h>
#include "app/app.h"
#include "core/sebo_report_data.h"

/* municipality NULL = all (code otherwise; INC_EINVAL when unknown); year 1900-2999. Holder counts
 * are taken on 31 December of each year, or on `today` for the current year. Targets and published
 * counts are those kept for the municipality (Zoetermeer's for all). The caller frees out->arena. */
inc_status app_sebo_report(inc_db *db, const char *municipality, int year, inc_date today, sebo_report *out,
                           inc_error *e);

/* {year, municipality, date, holders, holders_year, holders_per_year, procurements, ..., departments,
 *  flagged, deviations} */
json_t *sebo_report_json(const sebo_report *r);

#endif
