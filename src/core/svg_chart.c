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
    if (c->decimals <= 0 && *hi < 5 * 100) *hi = 5 * 100;   /* counts: 0 to 5 at least, whole ticks */
    *lo = mn < 0 ? -chart_nice_max(-mn) : 0;
}

static int64_t y_of(int64_t v, int64_t lo, int64_t hi)
{
    return TOP + PLOT_H - (v - lo) * PLOT_H / (hi - lo);
}

static void open_svg(htmlbuf *b, const chart_spec *c, int w, int h)
{
    hb_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                 "role=\"img\" aria-labelledby=\"", w, h, w, h);
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

/* Decimals a value needs to be written exactly (fixed point, GOAL_SCALE decimals), at least d. */
static int exact_decimals(int64_t v, int d)
{
    for (;;) {
        int64_t unit = 1;
        for (int i = d; i < GOAL_SCALE; i++) unit *= 10;
        if (d >= GOAL_SCALE || v % unit == 0) return d;
        d++;
    }
}

/* The gridlines: quarters of the axis, with the decimals they need to be exact (0,25 and 0,75 on a
 * 0-1 axis, not 0,3 and 0,8): at least the chart's own, more when a quarter needs them. A chart of
 * whole numbers (decimals 0: counts) gets whole ticks instead where fifths or halves are whole
 * (0, 10, ... 50 rather than 0,0, 12,5, ... 50,0). */
typedef struct {
    int steps, decimals;
} ticks;

static ticks axis_ticks(const chart_spec *c, int64_t lo, int64_t hi)
{
    int own = c->decimals < 0 ? 0 : c->decimals;
    static const int tries[] = {4, 5, 2};
    ticks best = {4, own};
    for (int t = 0; t < 3; t++) {
        int d = own;
        for (int k = 0; k <= tries[t]; k++) d = exact_decimals(lo + (hi - lo) * k / tries[t], d);
        if (t == 0) best.decimals = d;
        if (d == own) return (ticks){tries[t], d};
        if (own > 0) break;   /* only whole-number charts look further */
    }
    return best;
}

static void grid(htmlbuf *b, const chart_spec *c, int64_t lo, int64_t hi)
{
    ticks tk = axis_ticks(c, lo, hi);
    for (int k = 0; k <= tk.steps; k++) {
        int64_t v = lo + (hi - lo) * k / tk.steps;
        int64_t y = y_of(v, lo, hi);
        char t[48];
        goal_value_text(v, tk.decimals, t, sizeof t);
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
    open_svg(&b, c, W, H);
    grid(&b, c, lo, hi);
    x_labels(&b, c);
    margin_label m[1 + CHART_MAX_SERIES];
    int nm = 0;
    if (c->has_target) target_label(c, lo, hi, &m[nm++]);
    int64_t ty = c->has_target ? y_of(c->target, lo, hi) : 0;
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
            /* below the point where the target line would run through the figure */
            if (c->has_target && ty > ys[i] - FONT - 2 && ty < ys[i] + 5 && y + 12 + FONT < TOP + PLOT_H) ys[i] = y + 12 + FONT * 3 / 4;
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

/* Splits a category name over at most two lines of max_w units, at the space that balances them
 * best; a line still too long is shortened with "…". Returns the number of lines. */
static int wrap2(const char *t, int max_w, char *l1, char *l2, size_t size)
{
    l2[0] = '\0';
    if (text_width(t) <= max_w) {
        snprintf(l1, size, "%s", t);
        return 1;
    }
    const char *best = NULL;
    int best_w = 0;
    for (const char *p = strchr(t, ' '); p; p = strchr(p + 1, ' ')) {
        char head[128];
        snprintf(head, sizeof head, "%.*s", (int)(p - t), t);
        int wa = text_width(head), wb = text_width(p + 1);
        int wmax = wa > wb ? wa : wb;
        if (!best || wmax < best_w) { best = p; best_w = wmax; }
    }
    if (!best) {
        fit_text(t, max_w, l1, size);
        return 1;
    }
    char head[128];
    snprintf(head, sizeof head, "%.*s", (int)(best - t), t);
    fit_text(head, max_w, l1, size);
    fit_text(best + 1, max_w, l2, size);
    return 2;
}

/* Bar chart: one row per category with its name in full on the left (over two lines if long) and
 * its bars to the right, the figure just past the end of each bar (also the "<5" of a hidden
 * count, which gets no bar); a legend of fill patterns above; the value axis below. */
enum { BAR_NAME_MAX = 220, BAR_GAP = 10 };

char *svg_bar_chart(const chart_spec *c)
{
    htmlbuf b;
    hb_init(&b);
    int64_t lo, hi;
    axis_range(c, &lo, &hi);
    int n = c->n_points < CHART_MAX_POINTS ? c->n_points : CHART_MAX_POINTS;
    int ns = c->n_series < 1 ? 1 : c->n_series < CHART_MAX_SERIES ? c->n_series : CHART_MAX_SERIES;
    char l1[CHART_MAX_POINTS][128], l2[CHART_MAX_POINTS][128];
    int lines = 1, names_w = 0;
    for (int i = 0; i < n; i++) {
        int nl = wrap2(c->x_labels[i] ? c->x_labels[i] : "", BAR_NAME_MAX, l1[i], l2[i], sizeof l1[i]);
        if (nl > lines) lines = nl;
        int w1 = text_width(l1[i]), w2 = text_width(l2[i]);
        if (w1 > names_w) names_w = w1;
        if (w2 > names_w) names_w = w2;
    }
    /* the widest figure written past a bar */
    int fig_w = 0;
    for (int s = 0; s < ns; s++)
        for (int i = 0; i < n; i++) {
            char t[48];
            value_text(c, s, i, t, sizeof t);
            int w = text_width(t);
            if (w > fig_w) fig_w = w;
        }
    int bar_h = 16, row = ns * bar_h + BAR_GAP * 2;
    if (row < lines * LINE + 8) row = lines * LINE + 8;
    int left = names_w + 12, right = fig_w + 10;
    /* the legend: one swatch and name per series, in a row above the plot */
    int legend_y = FONT + 2, top = legend_y + 16;
    int plot_w = W - left - right, plot_h = row * (n < 1 ? 1 : n);
    int height = top + plot_h + FONT + 14;
    open_svg(&b, c, W, height);
    patterns(&b, c);
    /* value axis: vertical gridlines with their figures below */
    ticks tk = axis_ticks(c, lo, hi);
#define X_OF(v) (left + ((v) - lo) * plot_w / (hi - lo))
    for (int k = 0; k <= tk.steps; k++) {
        int64_t v = lo + (hi - lo) * k / tk.steps;
        char t[48];
        goal_value_text(v, tk.decimals, t, sizeof t);
        int64_t x = X_OF(v);
        hb_printf(&b, "<line stroke=\"%s\" stroke-width=\"1\" x1=\"%lld\" y1=\"%d\" x2=\"%lld\" y2=\"%d\"/>", v == 0 ? "#000" : GRID_COLOUR,
                  (long long)x, top, (long long)x, top + plot_h);
        int w = text_width(t);
        hb_printf(&b, "<text x=\"%lld\" y=\"%d\" text-anchor=\"middle\">%s</text>", (long long)clamp64(x, w / 2 + 1, W - w / 2 - 1),
                  top + plot_h + FONT + 6, t);
    }
    for (int s = 0; s < ns; s++) {
        const chart_series *se = &c->series[s];
        hb_printf(&b, "<g class=\"series s%d\">", s);
        for (int i = 0; i < n; i++) {
            int64_t y = top + (int64_t)row * i + (row - ns * bar_h) / 2 + bar_h * s;
            int64_t x0 = X_OF(0), end = x0;
            if (se->has[i]) {
                int64_t x = X_OF(se->values[i]);
                int64_t from = x < x0 ? x : x0, w = x < x0 ? x0 - x : x - x0;
                end = x > x0 ? x : x0;
                hb_printf(&b, "<rect x=\"%lld\" y=\"%lld\" width=\"%lld\" height=\"%d\" stroke=\"#000\" fill=\"url(#", (long long)from,
                          (long long)y, (long long)w, bar_h - 2);
                hb_esc(&b, c->id);
                hb_printf(&b, "-%s)\"/>", pattern_names[s]);
            }
            char t[48];
            value_text(c, s, i, t, sizeof t);
            hb_printf(&b, "<text x=\"%lld\" y=\"%lld\"" HALO ">", (long long)end + 5, (long long)y + bar_h / 2 + 4);
            hb_esc(&b, t);
            hb_put(&b, "</text>");
        }
        /* its legend entry */
        int lx = 0;
        for (int p = 0; p < s; p++) {
            char nm[96];
            fit_text(c->series[p].name, 200, nm, sizeof nm);
            lx += 20 + text_width(nm) + 16;
        }
        char name[96];
        fit_text(se->name, 200, name, sizeof name);
        hb_printf(&b, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" stroke=\"#000\" fill=\"url(#", lx + 1, legend_y - 12);
        hb_esc(&b, c->id);
        hb_printf(&b, "-%s)\"/><text x=\"%d\" y=\"%d\">", pattern_names[s], lx + 21, legend_y);
        hb_esc(&b, name);
        hb_put(&b, "</text></g>");
    }
#undef X_OF
    /* the category names, right-aligned against the plot, centred on their row */
    for (int i = 0; i < n; i++) {
        int64_t mid = top + (int64_t)row * i + row / 2;
        int64_t base = l2[i][0] ? mid - LINE / 2 + 5 : mid + 5;
        hb_printf(&b, "<text x=\"%d\" y=\"%lld\" text-anchor=\"end\">", left - 8, (long long)base);
        hb_esc(&b, l1[i]);
        if (l2[i][0]) {
            hb_printf(&b, "<tspan x=\"%d\" dy=\"%d\">", left - 8, LINE);
            hb_esc(&b, l2[i]);
            hb_put(&b, "</tspan>");
        }
        hb_put(&b, "</text>");
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
