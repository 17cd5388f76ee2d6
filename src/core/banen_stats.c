#include "core/banen_stats.h"
#include "core/decimal.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    int64_t key, person, hours;
} kph;

static int cmp_kph(const void *a, const void *b)
{
    const kph *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->person != y->person) return x->person < y->person ? -1 : 1;
    return 0;
}

static int64_t key_of(const banen_rec *r, banen_key k)
{
    switch (k) {
    case BK_SECTOR: return r->sector;
    case BK_GROUP: return r->group;
    case BK_INSTRUMENT: return r->instrument;
    case BK_CONTRACT: return r->contract;
    case BK_SOURCE: return r->source;
    case BK_EMPLOYER: return r->employer_id;
    case BK_DEPARTMENT: return r->department_id;
    case BK_MUNICIPALITY: return r->municipality_id;
    case BK_REGION: return r->region_id;
    default: return 0;
    }
}

static void finish(banen_tally *t)
{
    t->banen_centi = banen_centi_from_hours(t->hours_centi);
    t->fte_centi = fte_centi_from_hours(t->hours_centi);
}

/* Groups the counted records active on the day by key (all one group when key < 0). */
static inc_status group(const banen_rec *r, size_t n, inc_date day, int key, banen_group_row **rows, size_t *nrows,
                        inc_error *e)
{
    *rows = NULL;
    *nrows = 0;
    kph *v = malloc((n ? n : 1) * sizeof *v);
    if (!v) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (!banen_counts(r[i].group, r[i].instrument) || !banen_active_on(r[i].start, r[i].end, day)) continue;
        int64_t k = key < 0 ? 0 : key_of(&r[i], (banen_key)key);
        if (key == BK_DEPARTMENT && k == 0) continue;
        v[m++] = (kph){k, r[i].person_id, r[i].hours_centi};
    }
    qsort(v, m, sizeof *v, cmp_kph);
    size_t groups = 0;
    for (size_t i = 0; i < m; i++)
        if (i == 0 || v[i].key != v[i - 1].key) groups++;
    banen_group_row *out = calloc(groups ? groups : 1, sizeof *out);
    if (!out) {
        free(v);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    size_t g = 0;
    for (size_t i = 0; i < m; i++) {
        if (i == 0 || v[i].key != v[i - 1].key) out[g++].key = v[i].key;
        banen_tally *t = &out[g - 1].t;
        if (i == 0 || v[i].key != v[i - 1].key || v[i].person != v[i - 1].person) t->people++;
        t->hours_centi += v[i].hours;
    }
    for (size_t i = 0; i < groups; i++) finish(&out[i].t);
    free(v);
    if (groups == 0) {
        free(out);
        out = NULL;
    }
    *rows = out;
    *nrows = groups;
    return INC_OK;
}

inc_status banen_tally_at(const banen_rec *r, size_t n, inc_date day, banen_tally *out, inc_error *e)
{
    banen_group_row *rows;
    size_t nrows;
    memset(out, 0, sizeof *out);
    if (group(r, n, day, -1, &rows, &nrows, e)) return e ? e->status : INC_EINTERNAL;
    if (nrows) *out = rows[0].t;
    free(rows);
    return INC_OK;
}

inc_status banen_breakdown(const banen_rec *r, size_t n, inc_date day, banen_key key, banen_group_row **rows,
                           size_t *nrows, inc_error *e)
{
    return group(r, n, day, (int)key, rows, nrows, e);
}

int32_t banen_share_bp(int64_t part, int64_t whole)
{
    if (whole <= 0) return -1;
    return (int32_t)div_round_half_up(part * 10000, whole);
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_ptr_person(const void *a, const void *b)
{
    const banen_rec *x = *(const banen_rec *const *)a, *y = *(const banen_rec *const *)b;
    if (x->person_id != y->person_id) return x->person_id < y->person_id ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Index of the records sorted by person, for "is this person employed on day X" look-ups. */
typedef struct {
    const banen_rec **p;
    size_t n;
} person_index;

static size_t first_of_person(const person_index *p, int64_t person)
{
    size_t lo = 0, hi = p->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->p[mid]->person_id < person) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static bool employed_on(const person_index *p, int64_t person, inc_date day)
{
    for (size_t i = first_of_person(p, person); i < p->n && p->p[i]->person_id == person; i++) {
        const banen_rec *x = p->p[i];
        if (banen_counts(x->group, x->instrument) && banen_active_on(x->start, x->end, day)) return true;
    }
    return false;
}

/* Employed on the day in any record, sheltered work included (a placement's durability). */
static bool working_on(const person_index *p, int64_t person, inc_date day)
{
    for (size_t i = first_of_person(p, person); i < p->n && p->p[i]->person_id == person; i++)
        if (banen_active_on(p->p[i]->start, p->p[i]->end, day)) return true;
    return false;
}

static bool trial_converted(const person_index *p, const banen_rec *trial, inc_date day)
{
    inc_date limit = trial->end + BANEN_TRIAL_FOLLOWUP_DAYS;
    for (size_t i = first_of_person(p, trial->person_id); i < p->n && p->p[i]->person_id == trial->person_id;
         i++) {
        const banen_rec *x = p->p[i];
        if (x->contract == BC_PROEFPLAATSING || x->employer_id != trial->employer_id) continue;
        if (x->start >= trial->start && x->start <= limit && x->start <= day) return true;
    }
    return false;
}

inc_status banen_durability_at(const banen_rec *r, size_t n, inc_date day, banen_durability *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    int64_t *days = malloc((n ? n : 1) * sizeof *days);
    const banen_rec **idx = malloc((n ? n : 1) * sizeof *idx);
    if (!days || !idx) {
        free(days);
        free((void *)idx);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    for (size_t i = 0; i < n; i++) idx[i] = &r[i];
    qsort(idx, n, sizeof *idx, cmp_ptr_person);
    person_index pi = {idx, n};

    size_t nd = 0;
    for (size_t i = 0; i < n; i++) {
        const banen_rec *x = &r[i];
        if (!banen_counts(x->group, x->instrument) || x->start > day) continue;
        if (banen_active_on(x->start, x->end, day)) {
            out->active_records++;
            if (x->contract == BC_VAST) out->permanent_records++;
        }
        inc_date last = (x->end == INC_DATE_NONE || x->end > day) ? day : x->end;
        days[nd++] = (int64_t)last - x->start + 1;
        inc_date at6 = date_add_months(x->start, 6), at12 = date_add_months(x->start, 12);
        if (at6 <= day) {
            out->cohort6++;
            if (employed_on(&pi, x->person_id, at6)) out->still6++;
        }
        if (at12 <= day) {
            out->cohort12++;
            if (employed_on(&pi, x->person_id, at12)) out->still12++;
        }
        if (x->contract == BC_PROEFPLAATSING && x->end != INC_DATE_NONE && x->end <= day) {
            out->trials_ended++;
            if (trial_converted(&pi, x, day)) out->trials_converted++;
        }
    }
    out->duration_records = (int64_t)nd;
    if (nd) {
        qsort(days, nd, sizeof *days, cmp_i64);
        out->median_days = nd % 2 ? days[nd / 2] : div_round_half_up(days[nd / 2 - 1] + days[nd / 2], 2);
    }
    out->permanent_bp = banen_share_bp(out->permanent_records, out->active_records);
    out->still6_bp = banen_share_bp(out->still6, out->cohort6);
    out->still12_bp = banen_share_bp(out->still12, out->cohort12);
    out->trials_converted_bp = banen_share_bp(out->trials_converted, out->trials_ended);
    free(days);
    free((void *)idx);
    return INC_OK;
}

inc_status banen_durability_by_instrument(const banen_rec *r, size_t n, inc_date day, banen_instrument_durability out[BI__COUNT],
                                          inc_error *e)
{
    memset(out, 0, BI__COUNT * sizeof *out);
    const banen_rec **idx = malloc((n ? n : 1) * sizeof *idx);
    if (!idx) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    for (size_t i = 0; i < n; i++) idx[i] = &r[i];
    qsort(idx, n, sizeof *idx, cmp_ptr_person);
    person_index pi = {idx, n};
    for (size_t i = 0; i < n; i++) {
        const banen_rec *x = &r[i];
        if ((unsigned)x->instrument >= BI__COUNT || x->start > day) continue;
        banen_instrument_durability *o = &out[x->instrument];
        inc_date at6 = date_add_months(x->start, 6), at12 = date_add_months(x->start, 12);
        if (at6 <= day) {
            o->cohort6++;
            if (working_on(&pi, x->person_id, at6)) o->still6++;
        }
        if (at12 <= day) {
            o->cohort12++;
            if (working_on(&pi, x->person_id, at12)) o->still12++;
        }
    }
    for (int i = 0; i < BI__COUNT; i++) {
        out[i].still6_bp = banen_share_bp(out[i].still6, out[i].cohort6);
        out[i].still12_bp = banen_share_bp(out[i].still12, out[i].cohort12);
    }
    free((void *)idx);
    return INC_OK;
}

static int64_t count_distinct(int64_t *v, size_t m)
{
    qsort(v, m, sizeof *v, cmp_i64);
    int64_t c = 0;
    for (size_t i = 0; i < m; i++)
        if (i == 0 || v[i] != v[i - 1]) c++;
    return c;
}

inc_status banen_work_company_at(const banen_rec *r, size_t n, inc_date day, banen_work_company *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    int64_t *a = malloc((n ? n : 1) * sizeof *a), *b = malloc((n ? n : 1) * sizeof *b),
            *c = malloc((n ? n : 1) * sizeof *c);
    if (!a || !b || !c) {
        free(a);
        free(b);
        free(c);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    int y, m, d;
    date_to_ymd(day, &y, &m, &d);
    inc_date year_start = date_from_ymd(y, 1, 1);
    size_t na = 0, nb = 0, nc = 0;
    for (size_t i = 0; i < n; i++) {
        const banen_rec *x = &r[i];
        bool active = banen_active_on(x->start, x->end, day);
        if (active && x->instrument == BI_LOONKOSTENSUBSIDIE && !x->own_employer) a[na++] = x->person_id;
        if (active && (x->instrument == BI_BESCHUT_WERK || x->group == BG_NIEUW_BESCHUT)) b[nb++] = x->person_id;
        if (x->instrument == BI_DIRECT_WERK && x->start >= year_start && x->start <= day) {
            out->direct_werk_placements++;
            c[nc++] = x->employer_id;
        }
    }
    out->lks_people = count_distinct(a, na);
    out->beschut_people = count_distinct(b, nb);
    out->direct_werk_employers = count_distinct(c, nc);
    free(a);
    free(b);
    free(c);
    return INC_OK;
}
