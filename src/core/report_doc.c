#include "core/report_doc.h"
#include "core/goal.h"
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
    b->text = dup(d, c->title);
    b->svg = bars ? svg_bar_chart(c) : svg_line_chart(c);
    b->svg_table = chart_table_html(c);
    if (!b->svg || !b->svg_table) d->failed = true;
}

const report_cell *report_cell_at(const report_table *t, int row, int col)
{
    if (row < 0 || row >= t->nrows || col < 0 || col >= t->ncols) return NULL;
    return &t->cells[row * t->ncols + col];
}
