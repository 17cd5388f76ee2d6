#include "core/report_doc.h"
#include "core/csv_writer.h"
#include "core/goal.h"
#include "core/htmlbuf.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup(report_doc *d, const char *s)
{
    char *r = strdup(s ? s : "");
    if (!r) d->failed = true;
    return r;
}

void report_init(report_doc *d, const char *title, const char *subtitle)
{
    memset(d, 0, sizeof *d);
    d->title = dup(d, title);
    d->subtitle = dup(d, subtitle);
}

void report_free(report_doc *d)
{
    for (int i = 0; i < d->ntables; i++) {
        report_table *t = &d->tables[i];
        for (int c = 0; c < t->ncols; c++) free(t->cols[c]);
        free(t->cols);
        for (int k = 0; k < t->nrows * t->ncols; k++) free(t->cells[k].text);
        free(t->cells);
        free(t->id);
        free(t->title);
    }
    free(d->tables);
    for (int i = 0; i < d->nblocks; i++) {
        free(d->blocks[i].text);
        free(d->blocks[i].svg);
        free(d->blocks[i].svg_table);
    }
    free(d->blocks);
    free(d->title);
    free(d->subtitle);
    memset(d, 0, sizeof *d);
}

static report_block *new_block(report_doc *d, report_block_kind k)
{
    if (d->nblocks == d->bcap) {
        int cap = d->bcap ? d->bcap * 2 : 16;
        report_block *b = realloc(d->blocks, (size_t)cap * sizeof *b);
        if (!b) { d->failed = true; return NULL; }
        d->blocks = b;
        d->bcap = cap;
    }
    report_block *b = &d->blocks[d->nblocks++];
    memset(b, 0, sizeof *b);
    b->kind = k;
    return b;
}

static void heading(report_doc *d, const char *text, int level)
{
    report_block *b = new_block(d, RB_HEADING);
    if (!b) return;
    b->text = dup(d, text);
    b->level = level;
}

void report_heading(report_doc *d, const char *text) { heading(d, text, 2); }
void report_subheading(report_doc *d, const char *text) { heading(d, text, 3); }

void report_paragraph(report_doc *d, const char *text)
{
    report_block *b = new_block(d, RB_PARAGRAPH);
    if (b) b->text = dup(d, text);
}

int report_table_add(report_doc *d, const char *id, const char *title, const char *const *cols)
{
    if (d->ntables == d->tcap) {
        int cap = d->tcap ? d->tcap * 2 : 8;
        report_table *t = realloc(d->tables, (size_t)cap * sizeof *t);
        if (!t) { d->failed = true; return -1; }
        d->tables = t;
        d->tcap = cap;
    }
    int idx = d->ntables++;
    report_table *t = &d->tables[idx];
    memset(t, 0, sizeof *t);
    t->id = dup(d, id);
    t->title = dup(d, title);
    while (cols[t->ncols]) t->ncols++;
    t->cols = calloc((size_t)t->ncols, sizeof *t->cols);
    if (!t->cols) { d->failed = true; t->ncols = 0; }
    for (int c = 0; c < t->ncols; c++) t->cols[c] = dup(d, cols[c]);
    report_block *b = new_block(d, RB_TABLE);
    if (b) b->table = idx;
    return idx;
}

void report_row(report_doc *d, int t)
{
    if (t < 0 || d->failed) return;
    report_table *tb = &d->tables[t];
    if (tb->nrows == tb->cap) {
        int cap = tb->cap ? tb->cap * 2 : 16;
        report_cell *c = realloc(tb->cells, (size_t)cap * (size_t)tb->ncols * sizeof *c);
        if (!c) { d->failed = true; return; }
        tb->cells = c;
        tb->cap = cap;
    }
    memset(&tb->cells[tb->nrows * tb->ncols], 0, (size_t)tb->ncols * sizeof *tb->cells);
    tb->nrows++;
    tb->filled = 0;
}

static report_cell *next_cell(report_doc *d, int t)
{
    if (t < 0 || d->failed) return NULL;
    report_table *tb = &d->tables[t];
    if (tb->nrows == 0 || tb->filled >= tb->ncols) { d->failed = true; return NULL; }
    return &tb->cells[(tb->nrows - 1) * tb->ncols + tb->filled++];
}

void report_text(report_doc *d, int t, const char *text)
{
    report_cell *c = next_cell(d, t);
    if (c) c->text = dup(d, text);
}

void report_masked(report_doc *d, int t, const char *text) { report_text(d, t, text); }

void report_number(report_doc *d, int t, int64_t num, int scale, int decimals)
{
    report_cell *c = next_cell(d, t);
    if (!c) return;
    c->is_number = true;
    c->num = num;
    c->scale = scale;
    c->decimals = decimals;
    char buf[48];
    /* goal_value_text works at scale 2; bring the number there first */
    int64_t v = num;
    for (int s = scale; s < GOAL_SCALE; s++) v *= 10;
    goal_value_text(v, decimals, buf, sizeof buf);
    c->text = dup(d, buf);
}

void report_chart(report_doc *d, const chart_spec *c, bool bars)
{
    report_block *b = new_block(d, RB_CHART);
    if (!b) return;
    b->svg = bars ? svg_bar_chart(c) : svg_line_chart(c);
    b->svg_table = chart_table_html(c);
    if (!b->svg || !b->svg_table) d->failed = true;
}

const report_cell *report_cell_at(const report_table *t, int row, int col)
{
    if (row < 0 || row >= t->nrows || col < 0 || col >= t->ncols) return NULL;
    return &t->cells[row * t->ncols + col];
}

/* The exact figure as plain text with a '.' decimal point: "944", "6.9", "-13125600.00". */
static void plain_number(const report_cell *c, char *buf, size_t size)
{
    int64_t div = 1;
    for (int i = 0; i < c->scale; i++) div *= 10;
    int64_t a = c->num < 0 ? -c->num : c->num;
    if (c->scale == 0) snprintf(buf, size, "%s%lld", c->num < 0 ? "-" : "", (long long)a);
    else snprintf(buf, size, "%s%lld.%0*lld", c->num < 0 ? "-" : "", (long long)(a / div), c->scale, (long long)(a % div));
}

static const char *const style =
    "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#111;line-height:1.4}"
    "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #333}h3{font-size:1.05rem;margin-top:1.5rem}"
    "table{border-collapse:collapse;margin:0.5rem 0 1rem;width:100%}caption{text-align:left;font-weight:bold;padding:0.25rem 0}"
    "th,td{border:1px solid #666;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}td.num{text-align:right;"
    "font-variant-numeric:tabular-nums}thead th{background:#e8e8e8}.met-ja{font-weight:bold}.met-nee{font-style:italic}"
    "figure{margin:1rem 0;break-inside:avoid}svg.chart{max-width:100%;height:auto}"
    ".chart-table{font-size:0.85rem}"
    "@media print{body{margin:0;max-width:none;font-size:10pt}a{color:#000;text-decoration:none}"
    "h2,h3{break-after:avoid}table,figure{break-inside:avoid}thead{display:table-header-group}"
    "thead th{background:none;border-bottom:2px solid #000}.no-print{display:none}}"
    "@page{size:A4;margin:15mm}";

const char *report_css(void) { return style; }

char *report_html(const report_doc *d, const char *css_href)
{
    if (d->failed) return NULL;
    htmlbuf b;
    hb_init(&b);
    hb_put(&b, "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>");
    hb_esc(&b, d->title);
    if (css_href) {
        hb_put(&b, "</title><link rel=\"stylesheet\" href=\"");
        hb_esc(&b, css_href);
        hb_put(&b, "\"></head><body><main><h1>");
    } else {
        hb_printf(&b, "</title><style>%s</style></head><body><main><h1>", style);
    }
    hb_esc(&b, d->title);
    hb_put(&b, "</h1><p class=\"subtitle\">");
    hb_esc(&b, d->subtitle);
    hb_put(&b, "</p>\n");
    for (int i = 0; i < d->nblocks; i++) {
        const report_block *bl = &d->blocks[i];
        switch (bl->kind) {
        case RB_HEADING:
            hb_printf(&b, "<h%d>", bl->level);
            hb_esc(&b, bl->text);
            hb_printf(&b, "</h%d>\n", bl->level);
            break;
        case RB_PARAGRAPH:
            hb_put(&b, "<p>");
            hb_esc(&b, bl->text);
            hb_put(&b, "</p>\n");
            break;
        case RB_CHART:
            hb_printf(&b, "<figure>%s<figcaption>%s</figcaption></figure>\n", bl->svg, bl->svg_table);
            break;
        case RB_TABLE: {
            const report_table *t = &d->tables[bl->table];
            hb_put(&b, "<table id=\"t-");
            hb_esc(&b, t->id);
            hb_put(&b, "\"><caption>");
            hb_esc(&b, t->title);
            hb_put(&b, "</caption><thead><tr>");
            for (int c = 0; c < t->ncols; c++) {
                hb_put(&b, "<th scope=\"col\">");
                hb_esc(&b, t->cols[c]);
                hb_put(&b, "</th>");
            }
            hb_put(&b, "</tr></thead><tbody>\n");
            for (int r = 0; r < t->nrows; r++) {
                hb_put(&b, "<tr>");
                for (int c = 0; c < t->ncols; c++) {
                    const report_cell *cell = report_cell_at(t, r, c);
                    const char *txt = cell->text ? cell->text : "";
                    if (cell->is_number) {
                        char plain[48];
                        plain_number(cell, plain, sizeof plain);
                        hb_printf(&b, "<td class=\"num\" data-value=\"%s\">", plain);
                    } else if (c == 0) {
                        hb_put(&b, "<th scope=\"row\">");
                    } else if (strcmp(txt, "Ja") == 0 || strcmp(txt, "Nee") == 0) {
                        hb_printf(&b, "<td class=\"met-%s\">", strcmp(txt, "Ja") == 0 ? "ja" : "nee");
                    } else {
                        hb_put(&b, "<td>");
                    }
                    hb_esc(&b, txt);
                    hb_put(&b, !cell->is_number && c == 0 ? "</th>" : "</td>");
                }
                hb_put(&b, "</tr>\n");
            }
            hb_put(&b, "</tbody></table>\n");
            break;
        }
        }
    }
    hb_put(&b, "</main></body></html>\n");
    return hb_take(&b);
}

/* For people: Excel with Dutch settings opens it as it is (core/csv_writer.h). */
char *report_table_csv(const report_table *t)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    csv_writer w;
    csvw_start(&w, f, &csv_for_people);
    for (int c = 0; c < t->ncols; c++) csvw_text(&w, t->cols[c]);
    csvw_end_row(&w);
    for (int r = 0; r < t->nrows; r++) {
        for (int c = 0; c < t->ncols; c++) {
            const report_cell *cell = report_cell_at(t, r, c);
            if (cell->is_number) csvw_number(&w, cell->num, cell->scale, cell->decimals);
            else csvw_text(&w, cell->text);
        }
        csvw_end_row(&w);
    }
    bool ok = csvw_ok(&w);
    if (fclose(f) != 0) ok = false;
    if (!ok) {
        free(buf);
        return NULL;
    }
    return buf;
}
