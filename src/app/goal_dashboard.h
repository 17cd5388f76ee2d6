/* Building the dashboard: the council's view assembled from goals, indicators, breakdowns and
 * stories, aggregates only, with every small count hidden (core/suppress.h decides). Shared by
 * `inclusio goal list`, `inclusio report dashboard`, the reports (app/goal_report.h) and the web
 * API; its JSON is app/goal_view.h. */
#ifndef INC_APP_GOAL_DASHBOARD_H
#define INC_APP_GOAL_DASHBOARD_H
#include "app/app.h"
#include "core/date.h"
#include "core/goal.h"
#include "core/goal_data.h"
#include "core/suppress.h"
#include "core/svg_chart.h"

#define GOAL_TREND_POINTS 8

/* One indicator as the council sees it in a year (or up to a reference date). */
typedef struct {
    goal_indicator ind;
    goal_reading r;
    goal_met met;
    bool suppressed;                 /* hidden: a count of people below 5, or a figure resting on fewer */
    sup_mark mark;                   /* its label: "<5" for the count, "afgeschermd" for the figure */
    int n_trend;
    char trend_labels[GOAL_TREND_POINTS][24];
    int64_t trend_vals[GOAL_TREND_POINTS];
    bool trend_has[GOAL_TREND_POINTS];
    bool trend_sup[GOAL_TREND_POINTS];
    sup_mark trend_mark[GOAL_TREND_POINTS];
    goal_trend trend;
} goal_line;

typedef struct {
    goal_municipality muni;
    int year;
    int period;                      /* 0 = whole year, 1..3 = Rapportage Sociaal Domein period */
    inc_date peildatum;
    goal_line *params;               /* the dashboard selection, in order */
    int n_params;
    goal_line *all;                  /* every indicator (reports) */
    int n_all;
    goal_row *goals;                 /* goals with money for the year */
    int n_goals;
    goal_met *goal_met;              /* per goal: combined Doel gehaald of its indicators */
    goal_breakdown breakdowns[GOAL_BREAKDOWNS];
    goal_story *stories;
    int n_stories;
} goal_dashboard;

/* period 0 = the year; 1..3 = the four-month period (computed indicators at its last day). */
inc_status goal_dashboard_load(inc_db *db, const char *muni, int year, int period, goal_dashboard *d, inc_error *e);
void goal_dashboard_free(goal_dashboard *d);

/* Text of a line's value for people: "944", "6,9", "<5", "geen gegevens", "niet beschikbaar". */
void goal_line_value_text(const goal_line *l, char *buf, size_t size);
void goal_line_target_text(const goal_line *l, char *buf, size_t size);

/* Whether a cell or the total is "afgeschermd", so the table needs core/suppress.h sup_note. */
bool goal_breakdown_protects(const goal_breakdown *b);

/* The trend chart of one steering parameter, the same in the report and on the web dashboard:
 * spec's id and desc point into this struct, so keep it alive while the spec is used. */
typedef struct {
    chart_spec spec;
    char id[80], desc[400];
} goal_trend_chart;
void goal_trend_chart_build(const goal_line *l, goal_trend_chart *out);

#endif
