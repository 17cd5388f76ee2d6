/* The SROI progress report per municipality and award year (`inclusio report sroi`,
 * GET /api/v1/reports/sroi), built from the contracts' running totals and their progress on a day. */
#ifndef INC_APP_REGISTER_REPORT_H
#define INC_APP_REGISTER_REPORT_H
#include "app/app.h"
#include "core/sroi_report.h"

/* The contracts of the municipalities given (NULL: all) awarded in `year` (0: all), as of today.
 * Free with sroi_report_free. */
inc_status app_sroi_report(inc_db *db, const char *const *municipalities, int year, inc_date today, sroi_report *out,
                           inc_error *e);
void sroi_report_free(sroi_report *r);

#endif
