/* The dashboard as JSON, the same for `inclusio report dashboard --json` and GET /api/v1/dashboard. */
#ifndef INC_APP_GOAL_VIEW_H
#define INC_APP_GOAL_VIEW_H
#include <jansson.h>
#include "app/goal_dashboard.h"

/* JSON for the council: parameters with name, value, target, goal_met, trend; breakdowns with
 * hidden counts as "<5" or "afgeschermd" (core/suppress.h) and a suppression_note when a table has
 * an "afgeschermd" figure; stories. Never a person id. */
json_t *goal_dashboard_json(const goal_dashboard *d);

#endif
