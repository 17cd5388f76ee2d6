/* The council's reports built from the dashboard model: the Rapportage Sociaal Domein (three
 * four-month periods a year) and the yearly account of goals, as one report_doc. */
#ifndef INC_APP_GOAL_REPORT_H
#define INC_APP_GOAL_REPORT_H
#include "core/report_doc.h"
#include "app/goal_dashboard.h"

/* d->period 0 builds the yearly account, 1..3 the periodic report. */
void goal_report_build(const goal_dashboard *d, report_doc *out);

#endif
