/* Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian). Exact, no time zone. */
#ifndef INC_DATE_H
#define INC_DATE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/error.h"

typedef int32_t inc_date;
#define INC_DATE_NONE INT32_MIN  /* an absent date, e.g. an open end */

bool date_valid_ymd(int y, int m, int d);
inc_date date_from_ymd(int y, int m, int d);           /* caller checks date_valid_ymd */
void date_to_ymd(inc_date day, int *y, int *m, int *d);
/* Strict ISO 8601 "YYYY-MM-DD"; rejects 2023-02-30 and other impossible dates. */
inc_status date_parse(const char *text, inc_date *out, const char *field, inc_error *e);
void date_format_iso(inc_date day, char buf[11]);
void date_format_nl(inc_date day, char buf[11]);        /* dd-mm-jjjj */
int date_days_in_month(int y, int m);
/* Adds months, clamping the day to the month's end (31 Jan + 1 month = 28/29 Feb). */
inc_date date_add_months(inc_date day, int months);
int date_weekday(inc_date day);                         /* 0 = Monday ... 6 = Sunday */
inc_date date_today(void);                              /* UTC; INCLUSIO_TODAY overrides for tests */

#endif
