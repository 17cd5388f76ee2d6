/* The counts behind the SEBO report (core/sebo_report_data.h): holders per year against targets,
 * and the procurements of a year per department. app/sebo_report.c assembles the report. */
#ifndef INC_SEBO_REPORT_H
#define INC_SEBO_REPORT_H
#include "core/date.h"
#include "core/sebo_report_data.h"
#include "store/db.h"

/* The first year a certificate was granted; 0 when none was. */
inc_status sebo_first_certified_year(inc_db *db, int *year, inc_error *e);
/* One year of holders of the registry of `municipality` (code; NULL = all): holders valid on
 * count_day, certificates granted (new and recertified), withdrawn, expired before expired_before and
 * not renewed, audit costs of the year; the target and the published counts kept for
 * target_municipality. Strings go into `a`. */
inc_status sebo_report_year_read(inc_db *db, const char *municipality, int year, inc_date count_day,
                                 inc_date expired_before, const char *target_municipality, inc_arena *a,
                                 sebo_report_year *out, inc_error *e);
/* The procurements of `year` (of `municipality`, NULL = all) into rep: per department, the totals,
 * the flagged ones and the deviations. Strings go into rep->arena. */
inc_status sebo_report_procurements_read(inc_db *db, const char *municipality, int year, sebo_report *rep,
                                         inc_error *e);

#endif
