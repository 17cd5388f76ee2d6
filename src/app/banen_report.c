/* The banenafspraak report and the targets report: figures from the loaded records (core/banen_stats.h
 * counting rules), targets and names from the store, suppression decided by core/banen_figures.h. */
#include "app/banen_report.h"
#include "app/banen_view.h"
#include "store/banen_store.h"
#include "store/banen_targets.h"
#include "store/banen_uwv.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int year_of(inc_date d)
{
    int y, m, dd;
    date_to_ymd(d, &y, &m, &dd);
    return y;
}

static inc_status status_of(const inc_error *e, inc_status fallback) { return e && e->status ? e->status : fallback; }

/* One breakdown with the names of its groups. */
static inc_status breakdown(inc_db *db, const banen_set *s, inc_date day, banen_key key, banen_figures_breakdown *out,
                            inc_error *e)
{
    banen_group_row *rows;
    size_t n;
    out->key = key;
    if (banen_breakdown(s->recs, s->n, day, key, &rows, &n, e)) return INC_EINTERNAL;
    out->rows = calloc(n ? n : 1, sizeof *out->rows);
    if (!out->rows) {
        free(rows);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    out->n = n;
    inc_status st = INC_OK;
    for (size_t i = 0; i < n && st == INC_OK; i++) {
        banen_figures_row *r = &out->rows[i];
        int64_t k = rows[i].key;
        r->key = k;
        r->t = rows[i].t;
        switch (key) {
        case BK_EMPLOYER:
            st = banen_employer_names(db, k, r->kvk, sizeof r->kvk, r->name, sizeof r->name, e);
            break;
        case BK_DEPARTMENT:
            st = banen_employer_names(db, s->department_employer[k], r->kvk, sizeof r->kvk, r->name, sizeof r->name, e);
            snprintf(r->department, sizeof r->department, "%s", s->departments[k]);
            break;
        case BK_MUNICIPALITY:
            st = banen_municipality_names(db, k, r->code, sizeof r->code, r->name, sizeof r->name, e);
            break;
        case BK_REGION:
            snprintf(r->code, sizeof r->code, "%s", s->regions[k]);
            break;
        default: break;
        }
    }
    free(rows);
    return st;
}

/* Banen of one sector on a day over a loaded set, and the people they rest on. */
static inc_status sector_banen(const banen_set *s, banen_sector sector, inc_date day, int64_t *centi, int64_t *people,
                               inc_error *e)
{
    banen_group_row *rows;
    size_t n;
    *centi = *people = 0;
    if (banen_breakdown(s->recs, s->n, day, BK_SECTOR, &rows, &n, e)) return INC_EINTERNAL;
    for (size_t i = 0; i < n; i++)
        if (rows[i].key == sector) {
            *centi = rows[i].t.banen_centi;
            *people = rows[i].t.people;
        }
    free(rows);
    return INC_OK;
}

/* The region's records and UWV's published figures, loaded once for a run of targets of the same region. */
typedef struct {
    banen_set set;
    uwv_figure *uwv;
    size_t n_uwv;
    char region[64];
} region_cache;

/* A regional target: extra banen of the sector on `day` against its baseline, in inclusio's own
 * records (the region's own contribution) and, when UWV published the region's figure for that day
 * (a quarter end), in UWV's count of the whole region, which then decides the goal. */
static inc_status regional(const region_cache *region, const banen_target *t, inc_date day, banen_figures_regional *out,
                           inc_error *e)
{
    memset(out, 0, sizeof *out);
    out->target = *t;
    out->measured_on = day;
    out->base_people = SUPPRESS_BELOW;
    banen_sector sector;
    if (banen_sector_parse(t->sector, &sector, "sector", e)) return INC_EINVAL;
    if (sector_banen(&region->set, sector, day, &out->now_centi, &out->now_people, e)) return INC_EINTERNAL;
    if (t->baseline != INC_DATE_NONE &&
        sector_banen(&region->set, sector, t->baseline, &out->base_centi, &out->base_people, e))
        return INC_EINTERNAL;
    out->own_goal_met = banen_goal_met(out->now_centi - out->base_centi, t->value_centi);
    const uwv_figure *u = uwv_figure_on(region->uwv, region->n_uwv, t->sector, day);
    out->has_uwv = u != NULL;
    out->uwv_centi = u ? u->extra_centi : 0;
    out->goal_met = u ? banen_goal_met(u->extra_centi, t->value_centi) : out->own_goal_met;
    return INC_OK;
}

static void region_cache_free(region_cache *c)
{
    banen_set_free(&c->set);
    free(c->uwv);
    c->uwv = NULL;
    c->n_uwv = 0;
}

static inc_status region_set(inc_db *db, region_cache *c, const char *region, inc_error *e)
{
    if (c->region[0] && strcmp(c->region, region) == 0) return INC_OK;
    region_cache_free(c);
    c->region[0] = 0;
    banen_filter rf = {.region = region};
    if (banen_set_load(db, &rf, &c->set, e)) return status_of(e, INC_EIO);
    if (uwv_figures_load(db, region, &c->uwv, &c->n_uwv, e)) return status_of(e, INC_EIO);
    snprintf(c->region, sizeof c->region, "%s", region);
    return INC_OK;
}

static inc_status own_tally(inc_db *db, const char *own_kvk, inc_date day, banen_tally *t, inc_error *e)
{
    banen_filter f = {.employer_kvk = own_kvk};
    banen_set s;
    if (banen_set_load(db, &f, &s, e)) return status_of(e, INC_EIO);
    inc_status st = banen_tally_at(s.recs, s.n, day, t, e);
    banen_set_free(&s);
    return st;
}

void banen_figures_free(banen_figures *f)
{
    for (int k = 0; k < BK__COUNT; k++) free(f->breakdowns[k].rows);
    free(f->regional);
    memset(f, 0, sizeof *f);
}

static inc_status build(inc_db *db, const banen_report_req *req, banen_figures *f, banen_set *s, banen_set *own_set,
                        region_cache *rc, inc_error *e)
{
    const banen_filter *flt = &req->filter;
    int year = year_of(req->date);
    /* The municipality whose own target applies: named, or the municipality whose own organisation
     * is the employer filtered on. */
    char *muni = f->own_municipality;
    bool found = false;
    if (flt->municipality) snprintf(muni, sizeof f->own_municipality, "%s", flt->municipality);
    else if (flt->employer_kvk && banen_own_employer_municipality(db, flt->employer_kvk, muni, &found, e))
        return INC_EIO;
    if (muni[0] && banen_own_employer_get(db, muni, f->own_kvk, &f->has_own, e)) return INC_EIO;

    if (banen_set_load(db, flt, s, e)) return status_of(e, INC_EIO);
    f->date = req->date;
    f->aggregate_only = req->aggregate_only;
    if ((f->has_municipality = flt->municipality != NULL))
        snprintf(f->municipality, sizeof f->municipality, "%s", flt->municipality);
    if ((f->has_region = flt->region != NULL)) snprintf(f->region, sizeof f->region, "%s", flt->region);
    if ((f->has_employer = flt->employer_kvk != NULL)) snprintf(f->employer, sizeof f->employer, "%s", flt->employer_kvk);
    f->records = (int64_t)s->n;
    if (banen_tally_at(s->recs, s->n, req->date, &f->t, e)) return INC_EINTERNAL;
    for (int k = 0; k < BK__COUNT; k++) {
        if (req->aggregate_only && k == BK_DEPARTMENT) continue;   /* departments are too fine */
        f->has_breakdown[k] = true;
        if (breakdown(db, s, req->date, (banen_key)k, &f->breakdowns[k], e)) return status_of(e, INC_EINTERNAL);
    }

    /* The municipality's own target as employer (fte). */
    if (muni[0] && banen_target_get(db, "banenafspraak", "gemeente", muni, "overheid", year, &f->target, &f->has_target, e))
        return INC_EIO;
    if (f->has_target) {
        if (f->has_own && own_tally(db, f->own_kvk, req->date, &f->own, e)) return status_of(e, INC_EIO);
        f->goal_met = banen_goal_met(f->own.fte_centi, f->target.value_centi);
    }

    /* Regional targets of the year for the region in scope (all regions when none is). */
    banen_target *all;
    size_t nt;
    if (banen_targets_load(db, muni[0] ? muni : NULL, &all, &nt, e)) return INC_EIO;
    f->regional = calloc(nt ? nt : 1, sizeof *f->regional);
    if (!f->regional) {
        free(all);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    inc_status st = INC_OK;
    for (size_t i = 0; i < nt && st == INC_OK; i++) {
        if (strcmp(all[i].scope, "regio") || all[i].year != year) continue;
        if (flt->region && strcmp(flt->region, all[i].scope_code)) continue;
        st = region_set(db, rc, all[i].scope_code, e);
        if (st == INC_OK) st = regional(rc, &all[i], req->date, &f->regional[f->n_regional++], e);
    }
    free(all);
    if (st) return st;

    if (banen_durability_at(s->recs, s->n, req->date, &f->du, e)) return INC_EINTERNAL;
    if (banen_durability_by_instrument(s->recs, s->n, req->date, f->by_instrument, e)) return INC_EINTERNAL;
    if (banen_work_company_at(s->recs, s->n, req->date, &f->w, e)) return INC_EINTERNAL;
    banen_target bt;
    if (muni[0] && banen_target_get(db, "beschut-werk", "gemeente", muni, "totaal", year, &bt, &f->has_task, e))
        return INC_EIO;
    if (f->has_task) {
        f->task_centi = bt.value_centi;
        f->task_met = banen_goal_met(f->w.beschut_people * 100, bt.value_centi);
    }

    /* Quarterly trend up to the date. */
    inc_date from = req->trend_from != INC_DATE_NONE ? req->trend_from : date_from_ymd(year - 2, 1, 1);
    inc_date q[BANEN_TREND_MAX];
    int nq = banen_quarter_ends(from, req->date, q, BANEN_TREND_MAX);
    f->n_trend = nq > BANEN_TREND_MAX ? BANEN_TREND_MAX : nq;
    if (muni[0] && f->has_own) {
        banen_filter of = {.employer_kvk = f->own_kvk};
        if (banen_set_load(db, &of, own_set, e)) return status_of(e, INC_EIO);
    }
    for (int i = 0; i < f->n_trend; i++) {
        banen_figures_point *p = &f->trend[i];
        p->date = q[i];
        if (banen_tally_at(s->recs, s->n, q[i], &p->t, e)) return INC_EINTERNAL;
        if (sector_banen(s, BS_MARKT, q[i], &p->markt_centi, &p->markt_people, e) ||
            sector_banen(s, BS_OVERHEID, q[i], &p->overheid_centi, &p->overheid_people, e))
            return INC_EINTERNAL;
        if (muni[0]) {
            if (f->has_own && banen_tally_at(own_set->recs, own_set->n, q[i], &p->own, e)) return INC_EINTERNAL;
            banen_target qt;
            if (banen_target_get(db, "banenafspraak", "gemeente", muni, "overheid", year_of(q[i]), &qt,
                                 &p->has_target_fte, e))
                return INC_EIO;
            if (p->has_target_fte) p->target_fte_centi = qt.value_centi;
        }
    }
    return banen_figures_suppress(f, e);
}

inc_status app_banen_report(inc_db *db, const banen_report_req *req, banen_figures *out, inc_error *e)
{
    db = db_reader(db);   /* a report: the standby when --db-read names one */
    memset(out, 0, sizeof *out);
    if (banen_filter_check(db, &req->filter, e)) return status_of(e, INC_ENOTFOUND);
    banen_set s = {0}, own_set = {0};
    region_cache rc = {0};
    inc_status st = build(db, req, out, &s, &own_set, &rc, e);
    banen_set_free(&s);
    banen_set_free(&own_set);
    region_cache_free(&rc);
    if (st) banen_figures_free(out);
    return st;
}

/* A municipality's target: its own organisation's fte or banen, or its beschut-werk places. */
static inc_status municipal(inc_db *db, const banen_target *t, banen_target_result *r, inc_error *e)
{
    char kvk[9] = "";
    bool has_own = false;
    if (banen_own_employer_get(db, t->scope_code, kvk, &has_own, e)) return INC_EIO;
    if (strcmp(t->kind, "beschut-werk") == 0) {
        banen_filter mf = {.municipality = t->scope_code};
        banen_set ms;
        banen_work_company w;
        if (banen_set_load(db, &mf, &ms, e)) return status_of(e, INC_EIO);
        inc_status st = banen_work_company_at(ms.recs, ms.n, t->peildatum, &w, e);
        banen_set_free(&ms);
        if (st) return st;
        r->realised_centi = w.beschut_people * 100;
        r->people = w.beschut_people;
    } else {
        banen_tally own = {0};
        if (has_own && own_tally(db, kvk, t->peildatum, &own, e)) return status_of(e, INC_EIO);
        r->realised_centi = strcmp(t->unit, "banen") == 0 ? own.banen_centi : own.fte_centi;
        r->people = own.people;
    }
    r->goal_met = banen_goal_met(r->realised_centi, t->value_centi);
    return INC_OK;
}

inc_status app_banen_targets_report(inc_db *db, const char *municipality, bool aggregate_only,
                                    banen_target_result **out, size_t *n, inc_error *e)
{
    db = db_reader(db);   /* a report: the standby when --db-read names one */
    *out = NULL;
    *n = 0;
    if (municipality) {
        int64_t id;
        if (banen_municipality_id(db, municipality, &id, "municipality", e)) return status_of(e, INC_ENOTFOUND);
    }
    banen_target *all;
    size_t nt;
    if (banen_targets_load(db, municipality, &all, &nt, e)) return INC_EIO;
    banen_target_result *rows = calloc(nt ? nt : 1, sizeof *rows);
    if (!rows) {
        free(all);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    inc_date today = date_today();
    region_cache rc = {0};
    inc_status st = INC_OK;
    for (size_t i = 0; i < nt && st == INC_OK; i++) {
        banen_target_result *r = &rows[i];
        r->target = all[i];
        r->measurable = all[i].peildatum <= today;
        r->regional = banen_target_regional(&all[i]);
        if (r->regional) {
            st = region_set(db, &rc, all[i].scope_code, e);
            if (st == INC_OK) st = regional(&rc, &all[i], all[i].peildatum, &r->r, e);
            r->goal_met = r->r.goal_met;
        } else {
            st = municipal(db, &all[i], r, e);
        }
        banen_target_result_suppress(r, aggregate_only);
    }
    region_cache_free(&rc);
    free(all);
    if (st) {
        free(rows);
        return st;
    }
    *out = rows;
    *n = nt;
    return INC_OK;
}

json_t *app_banen_report_json(inc_db *db, const banen_report_req *req, inc_error *e)
{
    banen_figures f;
    if (app_banen_report(db, req, &f, e)) return NULL;
    json_t *j = banen_figures_json(&f);
    banen_figures_free(&f);
    return j;
}

json_t *app_banen_targets_report_json(inc_db *db, const char *municipality, bool aggregate_only, inc_error *e)
{
    banen_target_result *rows;
    size_t n;
    if (app_banen_targets_report(db, municipality, aggregate_only, &rows, &n, e)) return NULL;
    json_t *j = banen_targets_report_json(municipality, rows, n);
    free(rows);
    return j;
}
