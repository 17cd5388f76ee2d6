#include "core/svg_chart.h"
#include "core/goal.h"
#include "core/htmlbuf.h"
#include <stdio.h>
#include <string.h>

/* Drawn for 640 px and meant to be shown at that size (the report puts it in a box that scrolls
 * on a narrow screen rather than shrinking it): labels are FONT px. Labels that would touch are
 * thinned (always keeping the last), bar-chart categories wrap over two lines, and names in the
 * right margin are shortened with an ellipsis, all by text widths estimated below. */
enum { W = 640, H = 300, LEFT = 70, RIGHT = 150, TOP = 30, BOTTOM = 50, FONT = 14, GAP = 8 };
#define PLOT_W (W - LEFT - RIGHT)
#define PLOT_H (H - TOP - BOTTOM)

static const char *const dashes[CHART_MAX_SERIES] = {"", "8 4", "2 4", "10 4 2 4"};
static const char *const colours[CHART_MAX_SERIES] = {"#1b4f72", "#7b3f00", "#145a32", "#4a235a"};
static const char *const pattern_names[CHART_MAX_SERIES] = {"solid", "diag", "dots", "cross"};
/* Gridlines: 3.4:1 on white, the 3:1 that WCAG 1.4.11 asks of graphics. */
#define GRID_COLOUR "#8c8c8c"
/* A white halo behind figures written on the plot, so a line crossing them does not hide them. */
#define HALO " stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\""

/* Advance of a character in 1/1000 em, after DejaVu Sans (the widest of the usual sans-serif
 * faces, so the estimate errs on the wide side). */
static int char_width(unsigned char ch)
{
    if (ch >= '0' && ch <= '9') return 636;
    switch (ch) {
    case ' ': case ',': case '.': case '\'': return 318;
    case '-': return 361;
    case '/': case ':': case ';': return 337;
    case 'i': case 'j': case 'l': return 278;
    case 'I': return 295;
    case 'f': case 't': return 392;
    case 'r': return 411;
    case 'm': return 974;
    case 'w': return 818;
    case 'M': return 863;
    case 'W': return 989;
    case '(': case ')': return 390;
    case '<': case '>': case '=': case '+': return 838;
    case '%': return 950;
    default: break;
    }
    if (ch >= 'A' && ch <= 'Z') return 770;
    if (ch >= 'a' && ch <= 'z') return 635;
    return 1000;   /* anything else, including every character outside ASCII */
}

/* Estimated width of text at FONT px, in SVG units. */
static int text_width(const char *text)
{
    long sum = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if ((*p & 0xC0) != 0x80) sum += char_width(*p);
    return (int)((sum * FONT + 999) / 1000) + 1;
}

/* Copies text into out, shortened with "…" to at most max_w units; cuts only between characters. */
static void fit_text(const char *text, int max_w, char *out, size_t size)
{
    if (text_width(text) <= max_w || size < 8) {
        snprintf(out, size, "%s", text);
        return;
    }
    size_t n = 0;
    long sum = 1000; /* the ellipsis */
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        size_t len = 1;
        while ((p[len] & 0xC0) == 0x80) len++;
        long w = char_width(*p);
        if ((sum + w) * FONT / 1000 + 1 > max_w || n + len + 4 > size) break;
        memcpy(out + n, p, len);
        n += len;
        sum += w;
        p += len;
    }
    while (n > 0 && out[n - 1] == ' ') n--;
    memcpy(out + n, "\xe2\x80\xa6", 4);   /* "…" and the terminating NUL */
}

/* Which of n labels in a row to write: every k-th counted back from the last, for the smallest k
 * that leaves GAP between neighbours (centres cx, widths w, in order). */
static int label_stride(const int64_t *cx, const int *w, int n)
{
    for (int k = 1; k < n; k++) {
        bool ok = true;
        int prev = -1;
        for (int i = (n - 1) % k; i < n && ok; i += k) {
            if (prev >= 0 && cx[prev] + w[prev] / 2 + GAP > cx[i] - w[i] / 2) ok = false;
            prev = i;
        }
        if (ok) return k;
    }
    return n > 0 ? n : 1;
}

static int64_t clamp64(int64_t v, int64_t lo, int64_t hi) { return v < lo ? lo : v > hi ? hi : v; }

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
    hb_printf(b, "<g font-family=\"sans-serif\" font-size=\"%d\" fill=\"#000\">", FONT);
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
        hb_printf(b, "<line stroke=\"" GRID_COLOUR "\" stroke-width=\"1\" x1=\"%d\" y1=\"%lld\" x2=\"%d\" y2=\"%lld\"/>", LEFT, (long long)y, LEFT + PLOT_W,
                  (long long)y);
        hb_printf(b, "<text x=\"%d\" y=\"%lld\" text-anchor=\"end\">%s</text>", LEFT - 6, (long long)y + 5, t);
    }
    hb_printf(b, "<line stroke=\"#000\" stroke-width=\"1\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT, TOP + PLOT_H, LEFT + PLOT_W,
              TOP + PLOT_H);
    if (c->has_target) {
        int64_t y = y_of(c->target, lo, hi);
        hb_printf(b, "<line stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"12 6\" x1=\"%d\" y1=\"%lld\" x2=\"%d\" y2=\"%lld\"/>", LEFT, (long long)y,
                  LEFT + PLOT_W, (long long)y);
    }
}

/* Labels in the right margin (the target, the series names beside their last point): each wants
 * the height of its line; they are moved apart to LINE units and kept beside the plot. */
enum { LINE = FONT + 4 };
typedef struct {
    int64_t y;     /* baseline */
    char text[96];
} margin_label;

static void place_margin_labels(margin_label *m, int n)
{
    for (int i = 1; i < n; i++)      /* by height (insertion sort: at most 1 + CHART_MAX_SERIES) */
        for (int j = i; j > 0 && m[j].y < m[j - 1].y; j--) {
            margin_label t = m[j];
            m[j] = m[j - 1];
            m[j - 1] = t;
        }
    int64_t top = FONT, bottom = TOP + PLOT_H + 4;   /* below that, the x-axis labels */
    for (int i = 0; i < n; i++) {
        if (m[i].y < top) m[i].y = top;
        if (i > 0 && m[i].y < m[i - 1].y + LINE) m[i].y = m[i - 1].y + LINE;
    }
    for (int i = n - 1; i >= 0; i--) {
        int64_t limit = i == n - 1 ? bottom : m[i + 1].y - LINE;
        if (m[i].y > limit) m[i].y = limit;
    }
}

static void margin_labels(htmlbuf *b, margin_label *m, int n)
{
    place_margin_labels(m, n);
    for (int i = 0; i < n; i++) {
        hb_printf(b, "<text x=\"%d\" y=\"%lld\">", LEFT + PLOT_W + 8, (long long)m[i].y);
        hb_esc(b, m[i].text);
        hb_put(b, "</text>");
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

/* Points and bars sit in the middle of equal slots, so nothing written at the first or last point
 * reaches into the axis labels or the margin. */
static int64_t x_of_point(const chart_spec *c, int i)
{
    int n = c->n_points < 1 ? 1 : c->n_points;
    return LEFT + (int64_t)PLOT_W * (2 * i + 1) / (2 * n);
}

/* Line chart: the periods, thinned until they do not touch. */
static void x_labels(htmlbuf *b, const chart_spec *c)
{
    int64_t cx[CHART_MAX_POINTS];
    int w[CHART_MAX_POINTS];
    int n = c->n_points < CHART_MAX_POINTS ? c->n_points : CHART_MAX_POINTS;
    for (int i = 0; i < n; i++) {
        w[i] = text_width(c->x_labels[i] ? c->x_labels[i] : "");
        cx[i] = clamp64(x_of_point(c, i), w[i] / 2 + 1, LEFT + PLOT_W + RIGHT / 2 - w[i] / 2);
    }
    int k = label_stride(cx, w, n);
    for (int i = (n - 1) % k; i < n; i += k) {
        hb_printf(b, "<text x=\"%lld\" y=\"%d\" text-anchor=\"middle\">", (long long)cx[i], TOP + PLOT_H + 20);
        hb_esc(b, c->x_labels[i] ? c->x_labels[i] : "");
        hb_put(b, "</text>");
    }
}

/* Bar chart: every category keeps its name, on one line or two, shortened only if even two lines
 * of its slot are too narrow. */
static void category_labels(htmlbuf *b, const chart_spec *c, int64_t slot)
{
    int room = (int)slot - GAP;
    for (int i = 0; i < c->n_points && i < CHART_MAX_POINTS; i++) {
        const char *t = c->x_labels[i] ? c->x_labels[i] : "";
        int64_t x = LEFT + slot * i + slot / 2;
        char l1[128], l2[128];
        if (text_width(t) <= room) {
            snprintf(l1, sizeof l1, "%s", t);
            l2[0] = '\0';
        } else {
            /* the space that balances the two lines best */
            const char *best = NULL;
            int best_w = 0;
            for (const char *p = strchr(t, ' '); p; p = strchr(p + 1, ' ')) {
                char head[128];
                snprintf(head, sizeof head, "%.*s", (int)(p - t), t);
                int wa = text_width(head), wb = text_width(p + 1);
                int wmax = wa > wb ? wa : wb;
                if (!best || wmax < best_w) { best = p; best_w = wmax; }
            }
            char head[128];
            if (best) snprintf(head, sizeof head, "%.*s", (int)(best - t), t);
            else snprintf(head, sizeof head, "%s", t);
            fit_text(head, room, l1, sizeof l1);
            if (best) fit_text(best + 1, room, l2, sizeof l2);
            else l2[0] = '\0';
        }
        hb_printf(b, "<text x=\"%lld\" y=\"%d\" text-anchor=\"middle\">", (long long)x, TOP + PLOT_H + 20);
        hb_esc(b, l1);
        if (l2[0]) {
            hb_printf(b, "<tspan x=\"%lld\" dy=\"%d\">", (long long)x, LINE);
            hb_esc(b, l2);
            hb_put(b, "</tspan>");
        }
        hb_put(b, "</text>");
    }
}

/* The figures written above points or bars of one series: thinned until they do not touch,
 * kept inside the plot's columns. xs are the centres, ys the baselines. */
static void value_labels(htmlbuf *b, const chart_spec *c, int s, const int64_t *xs, const int64_t *ys, const bool *show)
{
    int idx[CHART_MAX_POINTS], w[CHART_MAX_POINTS], n = 0;
    int64_t cx[CHART_MAX_POINTS];
    char t[CHART_MAX_POINTS][48];
    for (int i = 0; i < c->n_points && i < CHART_MAX_POINTS; i++) {
        if (!show[i]) continue;
        value_text(c, s, i, t[n], sizeof t[n]);
        w[n] = text_width(t[n]);
        cx[n] = clamp64(xs[i], LEFT + w[n] / 2, LEFT + PLOT_W - w[n] / 2);
        idx[n++] = i;
    }
    int k = label_stride(cx, w, n);
    for (int j = (n - 1) % k; j < n; j += k) {
        hb_printf(b, "<text x=\"%lld\" y=\"%lld\" text-anchor=\"middle\"" HALO ">", (long long)cx[j], (long long)ys[idx[j]]);
        hb_esc(b, t[j]);
        hb_put(b, "</text>");
    }
}

static void target_label(const chart_spec *c, int64_t lo, int64_t hi, margin_label *m)
{
    char t[48];
    goal_value_text(c->target, c->decimals, t, sizeof t);
    char full[64];
    snprintf(full, sizeof full, "doel: %s", t);
    fit_text(full, RIGHT - 12, m->text, sizeof m->text);
    m->y = y_of(c->target, lo, hi) + 5;
}

char *svg_line_chart(const chart_spec *c)
{
    htmlbuf b;
    hb_init(&b);
    int64_t lo, hi;
    axis_range(c, &lo, &hi);
    open_svg(&b, c);
    grid(&b, c, lo, hi);
    x_labels(&b, c);
    margin_label m[1 + CHART_MAX_SERIES];
    int nm = 0;
    if (c->has_target) target_label(c, lo, hi, &m[nm++]);
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
        int64_t xs[CHART_MAX_POINTS], ys[CHART_MAX_POINTS];
        bool show[CHART_MAX_POINTS];
        for (int i = 0; i < c->n_points && i < CHART_MAX_POINTS; i++) {
            show[i] = se->has[i];
            if (!se->has[i]) continue;
            xs[i] = x_of_point(c, i);
            int64_t y = y_of(se->values[i], lo, hi);
            ys[i] = y - 12 - LINE * s;
            marker(&b, s, xs[i], y);
            last = i;
        }
        value_labels(&b, c, s, xs, ys, show);
        if (last >= 0) {   /* direct label: the series name beside its last point */
            fit_text(se->name, RIGHT - 12, m[nm].text, sizeof m[nm].text);
            m[nm++].y = y_of(se->values[last], lo, hi) + 5;
        }
        hb_put(&b, "</g>");
    }
    margin_labels(&b, m, nm);
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
    int64_t slot = c->n_points > 0 ? PLOT_W / c->n_points : PLOT_W;
    category_labels(&b, c, slot);
    int ns = c->n_series < 1 ? 1 : c->n_series;
    int64_t bar = (slot * 7 / 10) / ns;
    for (int s = 0; s < c->n_series && s < CHART_MAX_SERIES; s++) {
        const chart_series *se = &c->series[s];
        hb_printf(&b, "<g class=\"series s%d\">", s);
        int64_t xs[CHART_MAX_POINTS], ys[CHART_MAX_POINTS];
        bool show[CHART_MAX_POINTS];
        for (int i = 0; i < c->n_points && i < CHART_MAX_POINTS; i++) {
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
            xs[i] = x + bar / 2;
            ys[i] = (y < y0 ? y : y0) - 5;
            show[i] = true;   /* also the text of a hidden count ("<5") */
        }
        value_labels(&b, c, s, xs, ys, show);
        /* legend beside the plot: pattern swatch plus name */
        hb_printf(&b, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" stroke=\"#000\" fill=\"url(#", LEFT + PLOT_W + 8,
                  TOP + LINE * s);
        hb_esc(&b, c->id);
        char name[96];
        fit_text(se->name, RIGHT - 32, name, sizeof name);
        hb_printf(&b, "-%s)\"/><text x=\"%d\" y=\"%d\">", pattern_names[s], LEFT + PLOT_W + 28, TOP + LINE * s + 12);
        hb_esc(&b, name);
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
