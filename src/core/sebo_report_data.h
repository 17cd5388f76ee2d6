/* The SEBO report of one year (and municipality) as plain data: holders against targets per year,
 * and how the preference rule was applied in onderhandse procurements, per department. The store
 * counts, app/sebo_report.c assembles and renders it (shares are worked out there). */
#ifndef INC_CORE_SEBO_REPORT_DATA_H
#define INC_CORE_SEBO_REPORT_DATA_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/arena.h"
#include "core/date.h"

typedef struct {
    const char *as_of, *source;
    int holders;
} sebo_published_count;

/* One year of holders: counted on 31 December, or on the report's date for the current year. */
typedef struct {
    int year;
    int holders;
    int new_certified, recertified, withdrawn, expired_not_renewed;
    int64_t audit_cost_cents;
    bool has_target;                 /* a target is kept for the year */
    bool target_set[3];              /* holders, new, recertified: each may be open */
    int target[3];
    const char *target_source;
    size_t n_published;
    sebo_published_count *published;
} sebo_report_year;

/* The procurement figures of a department (or of all), summed per procurement. */
typedef enum {
    SRP_PROCUREMENTS,
    SRP_SEBO_INVITED,         /* a SEBO holder (local or not) invited */
    SRP_LOCAL_SEBO_INVITED,   /* a local SEBO holder invited */
    SRP_SEBO_WON,             /* won by a SEBO holder */
    SRP_VALUE_AWARDED,        /* cents */
    SRP_VALUE_AWARDED_SEBO,   /* cents, won by a SEBO holder */
    SRP_FOLLOWED,
    SRP_DEVIATIONS,
    SRP_FLAGGED,
    SRP_NOT_APPLICABLE,
    SRP_AIM_APPLIES,
    SRP_AIM_MET,
    SRP_AWARDED,
    SRP_ENKELVOUDIG,
    SRP__COUNT
} sebo_report_figure;

typedef struct {
    const char *department;
    int64_t n[SRP__COUNT];
} sebo_report_department;

/* A flagged procurement or a deviation with its reason. */
typedef struct {
    int64_t id;
    const char *date, *municipality, *department, *subject, *procedure;
    const char *reference;     /* may be NULL */
    int64_t estimated_cents;
    const char *reason;        /* the rule's explanation (flagged) or the recorded reason (deviation) */
} sebo_report_case;

typedef struct {
    inc_arena arena;
    int year;
    const char *municipality;  /* NULL: all */
    inc_date date;             /* the report's date (today) */
    size_t n_years;            /* from the first certification year (at most 30 years back) to `year` */
    sebo_report_year *years;
    int64_t total[SRP__COUNT];
    size_t n_departments;      /* by name */
    sebo_report_department *departments;
    size_t n_flagged, n_deviations;
    sebo_report_case *flagged, *deviations;
} sebo_report;

/* part of total in basis points, half up; 0 when total is 0. */
int32_t sebo_share_bp(int64_t part, int64_t total);

#endif
