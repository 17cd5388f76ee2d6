#include "core/svg_chart.h"
#include "core/goal.h"
#include "core/htmlbuf.h"
#include <stdio.h>

enum { W = 640, H = 300, LEFT = 70, RIGHT = 150, TOP = 30, BOTTOM = 50 };
#define PLOT_W (W - LEFT - RIGHT)
#define PLOT_H (H - TOP - BOTTOM)

static const char *const dashes[CHART_MAX_SERIES] = {"", "8 4", "2 4", "10 4 2 4"};
static const char *const colours[CHART_MAX_SERIES] = {"#1b4f72", "#7b3f00", "#145a32", "#4a235a"};
static const char *const pattern_names[CHART_MAX_SERIES] = {"solid", "diag", "dots", "cross"};

int64_t chart_nice_max(int64_t v)
{
    if (v <= 0) return 100;
    int64_t p = 1;
    while (p * 10 <= v) p *= 10;
    if (v <= p) return p;
    if (v <= 2 * p) return 2 * p;
    if (v <= 5 * p) return 5 * p;
    return 10 * p;
}

static void value_text(const chart_spec *c, int s, int i, char *buf, int size)
{
    const chart_series *se = &c->series[s];
    if (se->text[i]) snprintf(buf, size, "%s", se->text[i]);
    else if (se->has[i]) goal_value_text(se->values[i], c->decimals, buf, (size_t)size);
    else snprintf(buf, size, "geen gegevens");
}

static void axis_range(const chart_spec *c, int64_t *lo, int64_t *hi)
{
    int64_t mx = 0, mn = 0;
    for (int s = 0; s < c->n_series; s++)
        for (int i = 0; i < c->n_points; i++)
            if (c->series[s].has[i]) {
                if (c->series[s].values[i] > mx) mx = c->series[s].values[i];
                if (c->series[s].values[i] < mn) mn = c->series[s].values[i];
            }
    if (c->has_target && c->target > mx) mx = c->target;
    *hi = chart_nice_max(mx);
    *lo = mn < 0 ? -chart_nice_max(-mn) : 0;
}

static int64_t y_of(int64_t v, int64_t lo, int64_t hi)
{
    return TOP + PLOT_H - (v - lo) * PLOT_H / (hi - lo);
}

static void open_svg(htmlbuf *b, const chart_spec *c)
{
    hb_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                 "role=\"img\" aria-labelledby=\"", W, H, W, H);
    hb_esc(b, c->id);
    hb_put(b, "-title ");
    hb_esc(b, c->id);
    hb_put(b, "-desc\"><title id=\"");
    hb_esc(b, c->id);
    hb_put(b, "-title\">");
    hb_esc(b, c->title);
    hb_put(b, "</title><desc id=\"");
    hb_esc(b, c->id);
    hb_put(b, "-desc\">");
    hb_esc(b, c->desc);
    hb_put(b, "</desc>");
    /* presentation attributes, no <style>: the page's Content-Security-Policy allows no inline CSS */
    hb_put(b, "<g font-family=\"sans-serif\" font-size=\"14\" fill=\"#000\">");
}

/* Decimals the gridline labels need to be exact (0,25 and 0,75 on a 0-1 axis, not 0,3 and 0,8):
 * at least the chart's own, more when a quarter of the axis needs them. */
static int tick_decimals(const chart_spec *c, int64_t lo, int64_t hi)
{
    int d = c->decimals < 0 ? 0 : c->decimals;
    for (int k = 0; k <= 4; k++) {
        int64_t v = lo + (hi - lo) * k / 4;
        for (;;) {
            int64_t unit = 1;
            for (int i = d; i < GOAL_SCALE; i++) unit *= 10;
            if (d >= GOAL_SCALE || v % unit == 0) break;
            d++;
        }
    }
    return d;
}

static void grid(htmlbuf *b, const chart_spec *c, int64_t lo, int64_t hi)
{
    int decimals = tick_decimals(c, lo, hi);
    for (int k = 0; k <= 4; k++) {
        int64_t v = lo + (hi - lo) * k / 4;
        int64_t y = y_of(v, lo, hi);
        char t[48];
        goal_value_text(v, decimals, t, sizeof t);
        hb_printf(b, "<line stroke=\"#bbb\" stroke-width=\"1\" x1=\"%d\" y1=\"%lld\" x2=\"%d\" y2=\"%lld\"/>", LEFT, (long long)y, LEFT + PLOT_W,
                  (long long)y);
        hb_printf(b, "<text x=\"%d\" y=\"%lld\" text-anchor=\"end\">%s</text>", LEFT - 6, (long long)y + 4, t);
    }
    hb_printf(b, "<line stroke=\"#000\" stroke-width=\"1\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT, TOP + PLOT_H, LEFT + PLOT_W,
              TOP + PLOT_H);
    if (c->has_target) {
        int64_t y = y_of(c->target, lo, hi);
        char t[48];
        goal_value_text(c->target, c->decimals, t, sizeof t);
        hb_printf(b, "<line stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"12 6\" x1=\"%d\" y1=\"%lld\" x2=\"%d\" y2=\"%lld\"/>", LEFT, (long long)y,
                  LEFT + PLOT_W, (long long)y);
        hb_printf(b, "<text x=\"%d\" y=\"%lld\">doel: %s</text>", LEFT + PLOT_W + 8, (long long)y + 4, t);
    }
}

static void marker(htmlbuf *b, int s, int64_t x, int64_t y)
{
    const char *col = colours[s];
    long long X = x, Y = y;
    switch (s) {
    case 0: hb_printf(b, "<circle cx=\"%lld\" cy=\"%lld\" r=\"5\" fill=\"%s\" stroke=\"#000\"/>", X, Y, col); break;
    case 1: hb_printf(b, "<rect x=\"%lld\" y=\"%lld\" width=\"10\" height=\"10\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\"/>", X - 5, Y - 5, col); break;
    case 2: hb_printf(b, "<path d=\"M%lld %lldL%lld %lldL%lld %lldZ\" fill=\"%s\" stroke=\"#000\"/>", X, Y - 6, X + 6, Y + 5, X - 6, Y + 5, col); break;
    default: hb_printf(b, "<path d=\"M%lld %lldL%lld %lldL%lld %lldL%lld %lldZ\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\"/>", X, Y - 6, X + 6, Y, X, Y + 6, X - 6, Y, col); break;
    }
}

static int64_t x_of_point(const chart_spec *c, int i)
{
    if (c->n_points <= 1) return LEFT + PLOT_W / 2;
    return LEFT + (int64_t)PLOT_W * i / (c->n_points - 1);
}

static void x_labels(htmlbuf *b, const chart_spec *c, bool centred_slots)
{
    for (int i = 0; i < c->n_points; i++) {
        int64_t x = centred_slots ? LEFT + (int64_t)PLOT_W * (2 * i + 1) / (2 * c->n_points) : x_of_point(c, i);
        hb_printf(b, "<text x=\"%lld\" y=\"%d\" text-anchor=\"middle\">", (long long)x, TOP + PLOT_H + 18);
        hb_esc(b, c->x_labels[i] ? c->x_labels[i] : "");
        hb_put(b, "</text>");
    }
}

char *svg_line_chart(const chart_spec *c)
{
    htmlbuf b;
    hb_init(&b);
    int64_t lo, hi;
    axis_range(c, &lo, &hi);
    open_svg(&b, c);
    grid(&b, c, lo, hi);
    x_labels(&b, c, false);
    for (int s = 0; s < c->n_series && s < CHART_MAX_SERIES; s++) {
        const chart_series *se = &c->series[s];
        hb_printf(&b, "<g class=\"series s%d\"><path fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s%s%s d=\"", s,
                  colours[s], dashes[s][0] ? " stroke-dasharray=\"" : "", dashes[s], dashes[s][0] ? "\"" : "");
        bool pen = false;
        for (int i = 0; i < c->n_points; i++) {
            if (!se->has[i]) { pen = false; continue; }
            hb_printf(&b, "%s%lld %lld ", pen ? "L" : "M", (long long)x_of_point(c, i), (long long)y_of(se->values[i], lo, hi));
            pen = true;
        }
        hb_put(&b, "\"/>");
        int last = -1;
        for (int i = 0; i < c->n_points; i++) {
            if (!se->has[i]) continue;
            int64_t x = x_of_point(c, i), y = y_of(se->values[i], lo, hi);
            marker(&b, s, x, y);
            char t[48];
            value_text(c, s, i, t, sizeof t);
            hb_printf(&b, "<text x=\"%lld\" y=\"%lld\" text-anchor=\"middle\">", (long long)x, (long long)y - 10 - 14 * s);
            hb_esc(&b, t);
            hb_put(&b, "</text>");
            last = i;
        }
        if (last >= 0) {   /* direct label: the series name beside its last point, clear of the target label */
            int64_t ly = y_of(se->values[last], lo, hi) + 18 + 14 * s;
            if (c->has_target) {
                int64_t ty = y_of(c->target, lo, hi) + 4;
                if (ly > ty - 14 && ly < ty + 14) ly = ty + 16;
            }
            hb_printf(&b, "<text x=\"%d\" y=\"%lld\">", LEFT + PLOT_W + 8, (long long)ly);
            hb_esc(&b, se->name);
            hb_put(&b, "</text>");
        }
        hb_put(&b, "</g>");
    }
    hb_put(&b, "</g></svg>");
    return hb_take(&b);
}

static void patterns(htmlbuf *b, const chart_spec *c)
{
    hb_put(b, "<defs>");
    for (int s = 0; s < c->n_series && s < CHART_MAX_SERIES; s++) {
        hb_printf(b, "<pattern id=\"");
        hb_esc(b, c->id);
        hb_printf(b, "-%s\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">", pattern_names[s]);
        switch (s) {
        case 0: hb_printf(b, "<rect width=\"8\" height=\"8\" fill=\"%s\"/>", colours[s]); break;
        case 1: hb_printf(b, "<rect width=\"8\" height=\"8\" fill=\"#fff\"/><path d=\"M0 8L8 0\" stroke=\"%s\" stroke-width=\"2\"/>", colours[s]); break;
        case 2: hb_printf(b, "<rect width=\"8\" height=\"8\" fill=\"#fff\"/><circle cx=\"4\" cy=\"4\" r=\"2\" fill=\"%s\"/>", colours[s]); break;
        default: hb_printf(b, "<rect width=\"8\" height=\"8\" fill=\"#fff\"/><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"%s\" stroke-width=\"1.5\"/>", colours[s]); break;
        }
        hb_put(b, "</pattern>");
    }
    hb_put(b, "</defs>");
}

char *svg_bar_chart(const chart_spec *c)
{
    htmlbuf b;
    hb_init(&b);
    int64_t lo, hi;
    axis_range(c, &lo, &hi);
    open_svg(&b, c);
    patterns(&b, c);
    grid(&b, c, lo, hi);
    x_labels(&b, c, true);
    int ns = c->n_series < 1 ? 1 : c->n_series;
    int64_t slot = c->n_points > 0 ? PLOT_W / c->n_points : PLOT_W;
    int64_t bar = (slot * 7 / 10) / ns;
    for (int s = 0; s < c->n_series && s < CHART_MAX_SERIES; s++) {
        const chart_series *se = &c->series[s];
        hb_printf(&b, "<g class=\"series s%d\">", s);
        for (int i = 0; i < c->n_points; i++) {
            int64_t x = LEFT + slot * i + slot * 15 / 100 + bar * s;
            int64_t y0 = y_of(0, lo, hi), y = y0;
            if (se->has[i]) {
                y = y_of(se->values[i], lo, hi);
                int64_t top = y < y0 ? y : y0, h = y < y0 ? y0 - y : y - y0;
                hb_printf(&b, "<rect x=\"%lld\" y=\"%lld\" width=\"%lld\" height=\"%lld\" stroke=\"#000\" fill=\"url(#",
                          (long long)x, (long long)top, (long long)bar, (long long)h);
                hb_esc(&b, c->id);
                hb_printf(&b, "-%s)\"/>", pattern_names[s]);
            }
            char t[48];
            value_text(c, s, i, t, sizeof t);
            hb_printf(&b, "<text x=\"%lld\" y=\"%lld\" text-anchor=\"middle\">", (long long)(x + bar / 2),
                      (long long)(y < y0 ? y : y0) - 4);
            hb_esc(&b, t);
            hb_put(&b, "</text>");
        }
        /* legend beside the plot: pattern swatch plus name */
        hb_printf(&b, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" stroke=\"#000\" fill=\"url(#", LEFT + PLOT_W + 8,
                  TOP + 20 * s);
        hb_esc(&b, c->id);
        hb_printf(&b, "-%s)\"/><text x=\"%d\" y=\"%d\">", pattern_names[s], LEFT + PLOT_W + 28, TOP + 20 * s + 12);
        hb_esc(&b, se->name);
        hb_put(&b, "</text></g>");
    }
    hb_put(&b, "</g></svg>");
    return hb_take(&b);
}

char *chart_table_html(const chart_spec *c)
{
    htmlbuf b;
    hb_init(&b);
    hb_put(&b, "<table class=\"chart-table\"><caption>");
    hb_esc(&b, c->title);
    if (c->unit && c->unit[0]) {
        hb_put(&b, " (");
        hb_esc(&b, c->unit);
        hb_put(&b, ")");
    }
    hb_put(&b, "</caption><thead><tr><th scope=\"col\">");
    hb_esc(&b, c->x_title ? c->x_title : "");
    hb_put(&b, "</th>");
    for (int s = 0; s < c->n_series; s++) {
        hb_put(&b, "<th scope=\"col\">");
        hb_esc(&b, c->series[s].name);
        hb_put(&b, "</th>");
    }
    if (c->has_target) hb_put(&b, "<th scope=\"col\">Doel</th>");
    hb_put(&b, "</tr></thead><tbody>");
    for (int i = 0; i < c->n_points; i++) {
        hb_put(&b, "<tr><th scope=\"row\">");
        hb_esc(&b, c->x_labels[i] ? c->x_labels[i] : "");
        hb_put(&b, "</th>");
        for (int s = 0; s < c->n_series; s++) {
            char t[48];
            value_text(c, s, i, t, sizeof t);
            hb_put(&b, "<td>");
            hb_esc(&b, t);
            hb_put(&b, "</td>");
        }
        if (c->has_target) {
            char t[48];
            goal_value_text(c->target, c->decimals, t, sizeof t);
            hb_printf(&b, "<td>%s</td>", t);
        }
        hb_put(&b, "</tr>");
    }
    hb_put(&b, "</tbody></table>");
    return hb_take(&b);
}
