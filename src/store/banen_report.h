/* Banenafspraak reports as JSON, shared by the CLI and the API: the figures at a reference date
 * with breakdowns, durability, work-company placements, targets and the quarterly trend; and the
 * yearly targets against what was realised ("Doel gehaald"). */
#ifndef INC_BANEN_REPORT_H
#define INC_BANEN_REPORT_H
#include <jansson.h>
#include "store/banen_store.h"

#define BANEN_TREND_MAX 80   /* at most 20 years of quarter ends */

typedef struct {
    inc_date date;
    banen_filter filter;
    inc_date trend_from;     /* INC_DATE_NONE: 1 January two years before the date's year */
} banen_report_req;

json_t *banen_report_json(inc_db *db, const banen_report_req *req, inc_error *e);

/* Per target and year: target, realised at the target's peildatum, goal_met and "doel_gehaald"
 * (Ja / Nee, or N.v.t. when the peildatum lies after today). Municipality NULL: all targets. */
json_t *banen_targets_report_json(inc_db *db, const char *municipality, inc_error *e);

#endif
