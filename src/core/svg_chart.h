/* Charts as inline SVG strings made by the application, readable without colour: every series
 * has its own marker shape and dash pattern (line) or fill pattern (bar), values and series names
 * are written next to the data (direct labels), the SVG carries <title> and <desc>, and a
 * companion HTML table gives the same figures for screen readers. Values are fixed point with two
 * decimals (value * 100) as in core/goal.h. Pure: returns malloc'd strings. */
#ifndef INC_SVG_CHART_H
#define INC_SVG_CHART_H
#include <stdbool.h>
#include <stdint.h>

#define CHART_MAX_SERIES 4
#define CHART_MAX_POINTS 16

typedef struct {
    const char *name;
    int64_t values[CHART_MAX_POINTS];
    bool has[CHART_MAX_POINTS];
    /* Optional text shown instead of the value (e.g. "<5"); with has[i] false the point is not
     * drawn but the text is still shown, so a suppressed count never gets a bar height. */
    const char *text[CHART_MAX_POINTS];
} chart_series;

typedef struct {
    const char *id;         /* unique within the page: ids "<id>-title", "<id>-desc" */
    const char *title;
    const char *desc;       /* one sentence describing what the chart shows */
    const char *unit;       /* shown in the table header, may be NULL */
    const char *x_title;    /* header of the category column in the table */
    const char *x_labels[CHART_MAX_POINTS];
    int n_points;
    chart_series series[CHART_MAX_SERIES];
    int n_series;
    bool has_target;
    int64_t target;
    int decimals;           /* decimals shown (0..2) */
} chart_spec;

char *svg_line_chart(const chart_spec *c);
char *svg_bar_chart(const chart_spec *c);
/* <table> with <caption>, column headers per series and row headers per category. */
char *chart_table_html(const chart_spec *c);
/* The smallest 1-2-5 x 10^k number >= v (v > 0), for the top of the axis. */
int64_t chart_nice_max(int64_t v);

#endif
