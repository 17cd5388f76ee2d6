/* The SROI progress report: per municipality and award year the contracts, their obligation, what
 * is due, verified, reported and expected by the report's day, and how many contracts are in each
 * progress status. Plain values and the one rule that adds a contract to a row. */
#ifndef INC_CORE_SROI_REPORT_H
#define INC_CORE_SROI_REPORT_H
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/progress.h"

/* One contract as the report reads it (the texts live as long as the callback receiving it). */
typedef struct {
    const char *municipality;   /* code */
    const char *department;     /* "" when not recorded */
    int award_year;
    inc_progress_input progress; /* `today` left to the report */
} sroi_contract;

typedef struct {
    char municipality[48];      /* code, or "totaal" */
    char department[96];        /* the breakdown per department only ("" in the rows per year) */
    int year;                   /* award year; 0 in the total */
    int contracts, with_obligation;
    int64_t obligation, sebo_covered, pso_covered, due, verified, reported, expected;
    int status_count[PS__COUNT];
} sroi_row;

typedef struct {
    inc_date date;
    int year;                   /* the award year asked for, 0 = all */
    sroi_row *rows;             /* by municipality code, then award year; malloc'd */
    size_t n, cap;
    sroi_row total;
    sroi_row *departments;      /* per municipality, department and award year (departments procure
                                 * themselves); malloc'd */
    size_t n_departments, cap_departments;
} sroi_report;

/* Adds one contract with its progress on the report's day to a row. */
void sroi_row_add(sroi_row *r, const inc_progress_input *pi, const inc_progress *p);
/* verified / due in basis points; 10000 when nothing is due. */
int32_t sroi_row_verified_pct(const sroi_row *r);

#endif
