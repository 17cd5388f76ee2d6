/* Banenafspraak reports as JSON, shared by the CLI and the API: the figures at a reference date
 * with breakdowns, durability, work-company placements, targets and the quarterly trend; and the
 * yearly targets against what was realised ("Doel gehaald"). */
#ifndef INC_APP_BANEN_REPORT_H
#define INC_APP_BANEN_REPORT_H
#include <jansson.h>
#include "app/app.h"
#include "store/banen_store.h"

#define BANEN_TREND_MAX 80   /* at most 20 years of quarter ends */

typedef struct {
    inc_date date;
    banen_filter filter;
    inc_date trend_from;     /* INC_DATE_NONE: 1 January two years before the date's year */
    bool aggregate_only;     /* for a role without access to persons (core/suppress.h) */
} banen_report_req;

/* With aggregate_only every figure that counts or measures people is suppressed when it rests on
 * fewer than 5 of them, whatever the filter: the top-level totals, each breakdown (with secondary
 * suppression), the own and regional targets' realisations, durability, the work company and
 * every quarter of the trend. A hidden figure is null; its object carries "suppressed": true and
 * "suppression": {figure: "<5" or "afgeschermd"}. No department breakdown then. */
json_t *banen_report_json(inc_db *db, const banen_report_req *req, inc_error *e);

/* Per target and year: target, realised at the target's peildatum, goal_met and "doel_gehaald"
 * (Ja / Nee, or N.v.t. when the peildatum lies after today). Municipality NULL: all targets. */
json_t *banen_targets_report_json(inc_db *db, const char *municipality, inc_error *e);
/* The same; with aggregate_only a realisation resting on fewer than 5 people is hidden (null). */
json_t *banen_targets_report_json_as(inc_db *db, const char *municipality, bool aggregate_only, inc_error *e);

#endif
