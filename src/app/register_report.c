#include "app/register_report.h"
#include "core/code_text.h"
#include "store/register.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    sroi_report *r;
    const char *const *municipalities;
    inc_date today;
    bool failed;   /* out of memory */
} build_state;

/* The row of a municipality, department and award year in a list kept sorted by those three (the
 * rows per year have department ""), inserted when new; NULL when out of memory. The contracts come
 * in no order (sorting 60,000 rows in SQL cost more than the report itself): a binary search. */
static sroi_row *row_of(sroi_row **rows, size_t *n, size_t *cap, const char *municipality, const char *department,
                        int year)
{
    size_t lo = 0, hi = *n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const sroi_row *x = &(*rows)[mid];
        int k = strcmp(x->municipality, municipality);
        if (!k) k = strcmp(x->department, department);
        if (!k) k = (x->year > year) - (x->year < year);
        if (!k) return &(*rows)[mid];
        if (k < 0) lo = mid + 1;
        else hi = mid;
    }
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        sroi_row *grown = realloc(*rows, c * sizeof *grown);
        if (!grown) return NULL;
        *rows = grown;
        *cap = c;
    }
    memmove(&(*rows)[lo + 1], &(*rows)[lo], (*n - lo) * sizeof **rows);
    (*n)++;
    sroi_row *x = &(*rows)[lo];
    memset(x, 0, sizeof *x);
    snprintf(x->municipality, sizeof x->municipality, "%s", municipality);
    snprintf(x->department, sizeof x->department, "%s", department);
    x->year = year;
    return x;
}

static void add_contract(void *user, const sroi_contract *c)
{
    build_state *s = user;
    sroi_report *r = s->r;
    if (s->failed || !c->municipality || !code_in_scope(s->municipalities, c->municipality)) return;
    sroi_row *row = row_of(&r->rows, &r->n, &r->cap, c->municipality, "", c->award_year);
    sroi_row *dep = row ? row_of(&r->departments, &r->n_departments, &r->cap_departments, c->municipality,
                                 c->department, c->award_year)
                        : NULL;
    if (!dep) {
        s->failed = true;
        return;
    }
    inc_progress_input pi = c->progress;
    pi.today = s->today;
    inc_progress p;
    progress_compute(&pi, &p);
    sroi_row_add(row, &pi, &p);
    sroi_row_add(&r->total, &pi, &p);
    sroi_row_add(dep, &pi, &p);
}

inc_status app_sroi_report(inc_db *db, const char *const *municipalities, int year, inc_date today, sroi_report *out,
                           inc_error *e)
{
    db = db_reader(db);   /* a report: the standby when --db-read names one */
    memset(out, 0, sizeof *out);
    out->date = today;
    out->year = year;
    snprintf(out->total.municipality, sizeof out->total.municipality, "totaal");
    build_state s = {out, municipalities, today, false};
    inc_status st = sroi_contracts(db, year, add_contract, &s, e);
    if (st == INC_OK && s.failed) st = inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    if (st != INC_OK) sroi_report_free(out);
    return st;
}

void sroi_report_free(sroi_report *r)
{
    free(r->rows);
    r->rows = NULL;
    free(r->departments);
    r->departments = NULL;
    r->n_departments = r->cap_departments = 0;
    r->n = r->cap = 0;
}
