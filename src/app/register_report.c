#include "app/register_report.h"
#include "store/register.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool in_list(const char *const *codes, const char *code)
{
    if (!codes) return true;
    for (; *codes; codes++)
        if (strcmp(*codes, code) == 0) return true;
    return false;
}

typedef struct {
    sroi_report *r;
    const char *const *municipalities;
    inc_date today;
    bool failed;   /* out of memory */
} build_state;

/* The row of a municipality, department and award year in the breakdown per department (kept sorted
 * by municipality, department, year); NULL when out of memory. */
static sroi_row *department_row(sroi_report *r, const sroi_contract *c)
{
    size_t i = 0;
    for (; i < r->n_departments; i++) {
        sroi_row *x = &r->departments[i];
        int k = strcmp(x->municipality, c->municipality);
        if (!k) k = strcmp(x->department, c->department);
        if (!k) k = x->year - c->award_year;
        if (!k) return x;
        if (k > 0) break;
    }
    if (r->n_departments == r->cap_departments) {
        size_t cap = r->cap_departments ? r->cap_departments * 2 : 32;
        sroi_row *rows = realloc(r->departments, cap * sizeof *rows);
        if (!rows) return NULL;
        r->departments = rows;
        r->cap_departments = cap;
    }
    memmove(&r->departments[i + 1], &r->departments[i], (r->n_departments - i) * sizeof *r->departments);
    r->n_departments++;
    sroi_row *x = &r->departments[i];
    memset(x, 0, sizeof *x);
    snprintf(x->municipality, sizeof x->municipality, "%s", c->municipality);
    snprintf(x->department, sizeof x->department, "%s", c->department);
    x->year = c->award_year;
    return x;
}

/* The contracts arrive by municipality and award date: a new row starts when either changes. */
static void add_contract(void *user, const sroi_contract *c)
{
    build_state *s = user;
    sroi_report *r = s->r;
    if (s->failed || !c->municipality || !in_list(s->municipalities, c->municipality)) return;
    sroi_row *row = r->n ? &r->rows[r->n - 1] : NULL;
    if (!row || strcmp(row->municipality, c->municipality) != 0 || row->year != c->award_year) {
        if (r->n == r->cap) {
            size_t cap = r->cap ? r->cap * 2 : 64;
            sroi_row *rows = realloc(r->rows, cap * sizeof *rows);
            if (!rows) {
                s->failed = true;
                return;
            }
            r->rows = rows;
            r->cap = cap;
        }
        row = &r->rows[r->n++];
        memset(row, 0, sizeof *row);
        snprintf(row->municipality, sizeof row->municipality, "%s", c->municipality);
        row->year = c->award_year;
    }
    inc_progress_input pi = c->progress;
    pi.today = s->today;
    inc_progress p;
    progress_compute(&pi, &p);
    sroi_row_add(row, &pi, &p);
    sroi_row_add(&r->total, &pi, &p);
    sroi_row *dep = department_row(r, c);
    if (!dep) {
        s->failed = true;
        return;
    }
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
