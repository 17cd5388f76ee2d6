/* Banenafspraak reports, shared by the CLI and the API: the figures at a reference date with
 * breakdowns, durability, work-company placements, targets and the quarterly trend; and the yearly
 * targets against what was realised ("Doel gehaald"). Built as core/banen_figures.h values with
 * their suppression marks (decided there); the JSON is app/banen_view.h. */
#ifndef INC_APP_BANEN_REPORT_H
#define INC_APP_BANEN_REPORT_H
#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include "app/app.h"
#include "core/banen_figures.h"
#include "core/banen_record.h"

typedef struct {
    inc_date date;
    banen_filter filter;
    inc_date trend_from;     /* INC_DATE_NONE: 1 January two years before the date's year */
    bool aggregate_only;     /* for a role without access to persons (core/suppress.h) */
} banen_report_req;

/* The report (the filter is checked first: INC_ENOTFOUND for an unknown municipality, region or
 * employer). With aggregate_only every figure resting on fewer than 5 people is marked hidden
 * (core/banen_figures.h) and there is no department breakdown. Free with banen_figures_free. */
inc_status app_banen_report(inc_db *db, const banen_report_req *req, banen_figures *out, inc_error *e);
void banen_figures_free(banen_figures *f);

/* Per target (all, or the municipality's and its region's) and year: the target, what was realised
 * at its peildatum, whether it was met. Caller frees *out. INC_ENOTFOUND for an unknown municipality. */
inc_status app_banen_targets_report(inc_db *db, const char *municipality, bool aggregate_only,
                                    banen_target_result **out, size_t *n, inc_error *e);

/* The two reports as JSON (app/banen_view.h), for both faces: NULL with e filled on failure. */
json_t *app_banen_report_json(inc_db *db, const banen_report_req *req, inc_error *e);
json_t *app_banen_targets_report_json(inc_db *db, const char *municipality, bool aggregate_only, inc_error *e);

#endif
