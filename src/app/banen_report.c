#include "app/banen_report.h"
#include "app/banen_view.h"
#include "core/json_fixed.h"
#include "core/suppress.h"
#include "store/banen_targets.h"
#include <stdlib.h>
#include <string.h>

static json_t *tally_json(const banen_tally *t)
{
    return json_pack("{s:I, s:o, s:o, s:o}", "people", (json_int_t)t->people, "hours", json_fixed(t->hours_centi, 2),
                     "banen", json_fixed(t->banen_centi, 2), "fte", json_fixed(t->fte_centi, 2));
}

static json_t *share_json(int32_t bp) { return bp < 0 ? json_null() : json_pct(bp); }

static void add_tally(json_t *o, const banen_tally *t)
{
    json_t *tj = tally_json(t);
    json_object_update(o, tj);
    json_decref(tj);
}

/* Marks a figure hidden: null, "suppressed": true on its object and, in the object's "suppression"
 * map, the label that is true of this figure ("<5" or "afgeschermd"). */
static void hide(json_t *o, const char *key, sup_mark m)
{
    json_object_set_new(o, key, json_null());
    json_object_set_new(o, "suppressed", json_true());
    json_t *labels = json_object_get(o, "suppression");
    if (!json_is_object(labels)) {
        labels = json_object();
        json_object_set_new(o, "suppression", labels);
    }
    json_object_set_new(labels, key, json_string(sup_label(m)));
}

/* A tally as the caller may see it: the figures, or all four hidden (hours, banen and fte of a
 * hidden group would tell as much as its head count). Only the head count is a count of people:
 * the others say "afgeschermd", which claims nothing about their size. */
static void add_tally_as(json_t *o, const banen_tally *t, sup_mark m)
{
    if (m == SUP_SHOWN) {
        add_tally(o, t);
        return;
    }
    hide(o, "people", m);
    static const char *const keys[] = {"hours", "banen", "fte"};
    for (int k = 0; k < 3; k++) hide(o, keys[k], SUP_PROTECTS);
}

/* A count of people or records on its own: hidden below 5 for aggregate_only. */
static void set_count(json_t *o, const char *key, int64_t n, bool aggregate_only)
{
    if (aggregate_only && sup_small(n)) hide(o, key, SUP_SMALL);
    else json_object_set_new(o, key, json_integer((json_int_t)n));
}

/* A part of a whole with its share: the part and the share are hidden when the whole is small or
 * when either the part or the rest is 1 to 4 (the rest is the whole less the part). */
static void set_part(json_t *o, const char *whole_key, int64_t whole, const char *part_key, int64_t part,
                     const char *share_key, int32_t bp, bool aggregate_only)
{
    int64_t rest = whole - part;
    bool small_whole = aggregate_only && sup_small(whole);
    bool hidden = small_whole || (aggregate_only && ((part > 0 && sup_small(part)) || (rest > 0 && sup_small(rest))));
    set_count(o, whole_key, whole, aggregate_only);
    if (hidden) {
        hide(o, part_key, small_whole || sup_small(part) ? SUP_SMALL : SUP_PROTECTS);
        hide(o, share_key, SUP_PROTECTS);
    } else {
        json_object_set_new(o, part_key, json_integer((json_int_t)part));
        json_object_set_new(o, share_key, share_json(bp));
    }
}

static const char *employer_name(inc_db *db, int64_t id, char *kvk, size_t kvk_size, char *name, size_t size)
{
    inc_stmt *st;
    kvk[0] = name[0] = 0;
    if (db_prepare(db, "SELECT kvk, name FROM organisations WHERE id = ?", &st, NULL)) return name;
    db_bind_int64(st, 1, id);
    if (db_step_rc(st) == DB_ROW) {
        db_column_text(st, 0, kvk, kvk_size);
        db_column_text(st, 1, name, size);
    }
    db_finalize(st);
    return name;
}

static void municipality_names(inc_db *db, int64_t id, char *code, char *name, size_t size)
{
    inc_stmt *st;
    code[0] = name[0] = 0;
    if (db_prepare(db, "SELECT code, name FROM municipalities WHERE id = ?", &st, NULL)) return;
    db_bind_int64(st, 1, id);
    if (db_step_rc(st) == DB_ROW) {
        db_column_text(st, 0, code, size);
        db_column_text(st, 1, name, size);
    }
    db_finalize(st);
}

/* One breakdown as an array of objects naming the group, then people/hours/banen/fte. */
static inc_status breakdown_json(inc_db *db, const banen_set *s, inc_date day, banen_key key, bool aggregate_only,
                                 json_t **out, inc_error *e)
{
    banen_group_row *rows;
    size_t n;
    if (banen_breakdown(s->recs, s->n, day, key, &rows, &n, e)) return INC_EINTERNAL;
    /* the rows' people beside the report's shown total: core/suppress.h decides what is hidden */
    sup_mark *marks = calloc(n ? n : 1, sizeof *marks);
    int64_t *counts = calloc(n ? n : 1, sizeof *counts);
    if (!marks || !counts) {
        free(marks);
        free(counts);
        free(rows);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    for (size_t i = 0; i < n; i++) counts[i] = rows[i].t.people;
    if (aggregate_only) sup_cells(counts, (int)n, marks);
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();
        int64_t k = rows[i].key;
        char kvk[16], name[256], code[256];
        switch (key) {
        case BK_SECTOR:
            json_object_set_new(o, "sector", json_string(banen_sector_code((banen_sector)k)));
            break;
        case BK_GROUP:
            json_object_set_new(o, "target_group", json_string(banen_group_code((banen_group)k)));
            json_object_set_new(o, "label", json_string(banen_group_label((banen_group)k)));
            break;
        case BK_INSTRUMENT:
            json_object_set_new(o, "instrument", json_string(banen_instrument_code((banen_instrument)k)));
            json_object_set_new(o, "label", json_string(banen_instrument_label((banen_instrument)k)));
            break;
        case BK_CONTRACT:
            json_object_set_new(o, "contract_type", json_string(banen_contract_code((banen_contract)k)));
            break;
        case BK_SOURCE:
            json_object_set_new(o, "source", json_string(banen_source_code((banen_source)k)));
            json_object_set_new(o, "label", json_string(banen_source_label((banen_source)k)));
            break;
        case BK_EMPLOYER:
            employer_name(db, k, kvk, sizeof kvk, name, sizeof name);
            json_object_set_new(o, "employer_kvk", json_string(kvk));
            json_object_set_new(o, "employer_name", json_string(name));
            break;
        case BK_DEPARTMENT:
            employer_name(db, s->department_employer[k], kvk, sizeof kvk, name, sizeof name);
            json_object_set_new(o, "employer_kvk", json_string(kvk));
            json_object_set_new(o, "employer_name", json_string(name));
            json_object_set_new(o, "department", json_string(s->departments[k]));
            break;
        case BK_MUNICIPALITY:
            municipality_names(db, k, code, name, sizeof name);
            json_object_set_new(o, "municipality", json_string(code));
            json_object_set_new(o, "name", json_string(name));
            break;
        case BK_REGION:
            json_object_set_new(o, "region", json_string(s->regions[k]));
            break;
        default: break;
        }
        add_tally_as(o, &rows[i].t, marks[i]);
        json_array_append_new(a, o);
    }
    free(marks);
    free(counts);
    free(rows);
    *out = a;
    return INC_OK;
}

static int year_of(inc_date d)
{
    int y, m, dd;
    date_to_ymd(d, &y, &m, &dd);
    return y;
}

/* Banen of one sector on a day over a loaded set, and the people they rest on (people may be NULL). */
static inc_status sector_banen(const banen_set *s, banen_sector sector, inc_date day, int64_t *centi, int64_t *people,
                               inc_error *e)
{
    banen_group_row *rows;
    size_t n;
    *centi = 0;
    if (people) *people = 0;
    if (banen_breakdown(s->recs, s->n, day, BK_SECTOR, &rows, &n, e)) return INC_EINTERNAL;
    for (size_t i = 0; i < n; i++)
        if (rows[i].key == sector) {
            *centi = rows[i].t.banen_centi;
            if (people) *people = rows[i].t.people;
        }
    free(rows);
    return INC_OK;
}

/* A regional target: extra banen of the sector on the target's peildatum (or `day`) against its baseline. */
static inc_status regional_json(const banen_set *region, const banen_target *t, inc_date day, bool aggregate_only,
                                json_t **out, inc_error *e)
{
    banen_sector sector;
    if (banen_sector_parse(t->sector, &sector, "sector", e)) return INC_EINVAL;
    int64_t now, base = 0, now_people, base_people = SUPPRESS_BELOW;
    if (sector_banen(region, sector, day, &now, &now_people, e)) return INC_EINTERNAL;
    if (t->baseline != INC_DATE_NONE && sector_banen(region, sector, t->baseline, &base, &base_people, e))
        return INC_EINTERNAL;
    json_t *o = banen_target_json(t);
    char d[11];
    date_format_iso(day, d);
    json_object_set_new(o, "measured_on", json_string(d));
    if (aggregate_only && (sup_small(now_people) || sup_small(base_people))) {
        hide(o, "baseline_banen", SUP_PROTECTS);
        hide(o, "realised_banen", SUP_PROTECTS);
        hide(o, "realised", SUP_PROTECTS);
    } else {
        json_object_set_new(o, "baseline_banen", json_fixed(base, 2));
        json_object_set_new(o, "realised_banen", json_fixed(now, 2));
        json_object_set_new(o, "realised", json_fixed(now - base, 2));
    }
    json_object_set_new(o, "goal_met", json_boolean(banen_goal_met(now - base, t->value_centi)));
    *out = o;
    return INC_OK;
}

static inc_status own_fte(inc_db *db, const char *own_kvk, inc_date day, banen_tally *t, inc_error *e)
{
    banen_filter f = {.employer_kvk = own_kvk};
    banen_set s;
    if (banen_set_load(db, &f, &s, e)) return e ? e->status : INC_EIO;
    inc_status st = banen_tally_at(s.recs, s.n, day, t, e);
    banen_set_free(&s);
    return st;
}

static inc_status add_breakdowns(inc_db *db, const banen_set *s, inc_date day, bool aggregate_only, json_t *r,
                                 inc_error *e)
{
    static const struct { banen_key key; const char *name; } keys[] = {
        {BK_SECTOR, "by_sector"},       {BK_GROUP, "by_target_group"},     {BK_INSTRUMENT, "by_instrument"},
        {BK_CONTRACT, "by_contract_type"}, {BK_SOURCE, "by_source"},       {BK_EMPLOYER, "by_employer"},
        {BK_DEPARTMENT, "by_department"}, {BK_MUNICIPALITY, "by_municipality"}, {BK_REGION, "by_region"}};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        json_t *a = NULL;
        if (aggregate_only && keys[i].key == BK_DEPARTMENT) continue;   /* departments are too fine */
        if (breakdown_json(db, s, day, keys[i].key, aggregate_only, &a, e)) return INC_EINTERNAL;
        json_object_set_new(r, keys[i].name, a);
    }
    return INC_OK;
}

static json_t *durability_json(const banen_durability *d, bool agg)
{
    json_t *o = json_object();
    set_part(o, "active_records", d->active_records, "permanent_records", d->permanent_records, "share_permanent_pct",
             d->permanent_bp, agg);
    set_count(o, "duration_records", d->duration_records, agg);
    if (agg && sup_small(d->duration_records)) hide(o, "median_duration_days", SUP_PROTECTS);
    else json_object_set_new(o, "median_duration_days", json_integer((json_int_t)d->median_days));
    set_part(o, "cohort_6_months", d->cohort6, "still_employed_6_months", d->still6, "share_still_employed_6_months_pct",
             d->still6_bp, agg);
    set_part(o, "cohort_12_months", d->cohort12, "still_employed_12_months", d->still12,
             "share_still_employed_12_months_pct", d->still12_bp, agg);
    set_part(o, "trials_ended", d->trials_ended, "trials_converted", d->trials_converted, "share_trials_converted_pct",
             d->trials_converted_bp, agg);
    return o;
}

json_t *banen_report_json(inc_db *db, const banen_report_req *req, inc_error *e)
{
    const banen_filter *f = &req->filter;
    if (banen_filter_check(db, f, e)) return NULL;
    int year = year_of(req->date);
    /* The municipality whose own target applies: named, or the municipality whose own organisation
     * is the employer filtered on. */
    char muni[64] = "", own_kvk[9] = "";
    bool found = false;
    if (f->municipality) snprintf(muni, sizeof muni, "%s", f->municipality);
    else if (f->employer_kvk && banen_own_employer_municipality(db, f->employer_kvk, muni, &found, e)) return NULL;
    bool has_own = false;
    if (muni[0] && banen_own_employer_get(db, muni, own_kvk, &has_own, e)) return NULL;

    banen_set s;
    if (banen_set_load(db, f, &s, e)) return NULL;
    json_t *r = json_object();
    char day[11];
    date_format_iso(req->date, day);
    json_object_set_new(r, "date", json_string(day));
    json_object_set_new(r, "municipality", f->municipality ? json_string(f->municipality) : json_null());
    json_object_set_new(r, "region", f->region ? json_string(f->region) : json_null());
    json_object_set_new(r, "employer", f->employer_kvk ? json_string(f->employer_kvk) : json_null());
    bool agg = req->aggregate_only;
    banen_tally t;
    if (banen_tally_at(s.recs, s.n, req->date, &t, e)) goto fail;
    /* the records behind a hidden total would tell it too */
    if (agg && (sup_small((int64_t)s.n) || sup_small(t.people)))
        hide(r, "records", sup_small((int64_t)s.n) ? SUP_SMALL : SUP_PROTECTS);
    else json_object_set_new(r, "records", json_integer((json_int_t)s.n));
    add_tally_as(r, &t, agg ? sup_count(t.people) : SUP_SHOWN);
    if (add_breakdowns(db, &s, req->date, agg, r, e)) goto fail;

    /* The municipality's own target as employer (fte). */
    json_t *target = json_null(), *goal = json_null();
    banen_target mt;
    bool has_target = false;
    if (muni[0] && banen_target_get(db, "banenafspraak", "gemeente", muni, "overheid", year, &mt, &has_target, e))
        goto fail;
    if (has_target) {
        banen_tally own = {0};
        if (has_own && own_fte(db, own_kvk, req->date, &own, e)) goto fail;
        json_decref(target);
        target = banen_target_json(&mt);
        json_object_set_new(target, "own_employer_kvk", has_own ? json_string(own_kvk) : json_null());
        if (agg && sup_small(own.people)) {
            hide(target, "realised", SUP_PROTECTS);
            hide(target, "realised_banen", SUP_PROTECTS);
            hide(target, "realised_people", SUP_SMALL);
        } else {
            json_object_set_new(target, "realised", json_fixed(own.fte_centi, 2));
            json_object_set_new(target, "realised_banen", json_fixed(own.banen_centi, 2));
            json_object_set_new(target, "realised_people", json_integer((json_int_t)own.people));
        }
        json_decref(goal);
        goal = json_boolean(banen_goal_met(own.fte_centi, mt.value_centi));
    }
    json_object_set_new(r, "target", target);
    json_object_set_new(r, "goal_met", goal);

    /* Regional targets of the year for the region in scope (all regions when none is). */
    json_t *regional = json_array();
    json_object_set_new(r, "regional_targets", regional);
    banen_target *all;
    size_t nt;
    if (banen_targets_load(db, muni[0] ? muni : NULL, &all, &nt, e)) goto fail;
    banen_set rs = {0};
    char loaded_region[64] = "";
    for (size_t i = 0; i < nt; i++) {
        if (strcmp(all[i].scope, "regio") || all[i].year != year) continue;
        if (f->region && strcmp(f->region, all[i].scope_code)) continue;
        if (strcmp(loaded_region, all[i].scope_code)) {
            banen_set_free(&rs);
            banen_filter rf = {.region = all[i].scope_code};
            if (banen_set_load(db, &rf, &rs, e)) {
                free(all);
                goto fail;
            }
            snprintf(loaded_region, sizeof loaded_region, "%s", all[i].scope_code);
        }
        json_t *o;
        if (regional_json(&rs, &all[i], req->date, agg, &o, e)) {
            banen_set_free(&rs);
            free(all);
            goto fail;
        }
        json_array_append_new(regional, o);
    }
    banen_set_free(&rs);
    free(all);

    banen_durability du;
    if (banen_durability_at(s.recs, s.n, req->date, &du, e)) goto fail;
    json_object_set_new(r, "durability", durability_json(&du, agg));

    banen_work_company w;
    if (banen_work_company_at(s.recs, s.n, req->date, &w, e)) goto fail;
    banen_target bt;
    bool has_task = false;
    if (muni[0] && banen_target_get(db, "beschut-werk", "gemeente", muni, "totaal", year, &bt, &has_task, e)) goto fail;
    json_t *wc = json_object();
    set_count(wc, "loonkostensubsidie_external", w.lks_people, agg);
    set_count(wc, "beschut_werk", w.beschut_people, agg);
    json_object_set_new(wc, "beschut_werk_task", has_task ? json_fixed(bt.value_centi, 2) : json_null());
    json_object_set_new(wc, "beschut_werk_task_met",
                        has_task ? json_boolean(banen_goal_met(w.beschut_people * 100, bt.value_centi)) : json_null());
    set_count(wc, "direct_werk_placements", w.direct_werk_placements, agg);
    /* fewer employers than placements: hidden with the placements */
    if (agg && sup_small(w.direct_werk_placements)) hide(wc, "direct_werk_employers", SUP_SMALL);
    else json_object_set_new(wc, "direct_werk_employers", json_integer((json_int_t)w.direct_werk_employers));
    json_object_set_new(r, "work_company", wc);

    /* Quarterly trend up to the date. */
    inc_date from = req->trend_from != INC_DATE_NONE ? req->trend_from : date_from_ymd(year - 2, 1, 1);
    inc_date q[BANEN_TREND_MAX];
    int nq = banen_quarter_ends(from, req->date, q, BANEN_TREND_MAX);
    if (nq > BANEN_TREND_MAX) nq = BANEN_TREND_MAX;
    json_t *trend = json_array();
    json_object_set_new(r, "trend", trend);
    banen_set own_set = {0};
    if (muni[0] && has_own) {
        banen_filter of = {.employer_kvk = own_kvk};
        if (banen_set_load(db, &of, &own_set, e)) goto fail;
    }
    for (int i = 0; i < nq; i++) {
        banen_tally qt;
        if (banen_tally_at(s.recs, s.n, q[i], &qt, e)) {
            banen_set_free(&own_set);
            goto fail;
        }
        char qd[11];
        date_format_iso(q[i], qd);
        json_t *o = json_pack("{s:s}", "date", qd);
        add_tally_as(o, &qt, agg ? sup_count(qt.people) : SUP_SHOWN);
        int64_t mb, ob, mp, op;
        if (sector_banen(&s, BS_MARKT, q[i], &mb, &mp, e) || sector_banen(&s, BS_OVERHEID, q[i], &ob, &op, e)) {
            banen_set_free(&own_set);
            goto fail;
        }
        /* two sectors beside the quarter's total: either both are shown or neither */
        if (agg && (sup_small(qt.people) || (mp > 0 && sup_small(mp)) || (op > 0 && sup_small(op)))) {
            hide(o, "banen_markt", SUP_PROTECTS);
            hide(o, "banen_overheid", SUP_PROTECTS);
        } else {
            json_object_set_new(o, "banen_markt", json_fixed(mb, 2));
            json_object_set_new(o, "banen_overheid", json_fixed(ob, 2));
        }
        if (muni[0]) {
            banen_tally own = {0};
            if (has_own && banen_tally_at(own_set.recs, own_set.n, q[i], &own, e)) {
                banen_set_free(&own_set);
                goto fail;
            }
            if (agg && sup_small(own.people)) hide(o, "own_fte", SUP_PROTECTS);
            else json_object_set_new(o, "own_fte", json_fixed(own.fte_centi, 2));
            banen_target qt2;
            bool qf = false;
            if (banen_target_get(db, "banenafspraak", "gemeente", muni, "overheid", year_of(q[i]), &qt2, &qf, e)) {
                banen_set_free(&own_set);
                goto fail;
            }
            json_object_set_new(o, "target_fte", qf ? json_fixed(qt2.value_centi, 2) : json_null());
        }
        json_array_append_new(trend, o);
    }
    banen_set_free(&own_set);
    banen_set_free(&s);
    return r;
fail:
    banen_set_free(&s);
    json_decref(r);
    return NULL;
}

json_t *banen_targets_report_json(inc_db *db, const char *municipality, inc_error *e)
{
    return banen_targets_report_json_as(db, municipality, false, e);
}

json_t *banen_targets_report_json_as(inc_db *db, const char *municipality, bool aggregate_only, inc_error *e)
{
    if (municipality) {
        int64_t id;
        if (banen_municipality_id(db, municipality, &id, "municipality", e)) return NULL;
    }
    banen_target *all;
    size_t n;
    if (banen_targets_load(db, municipality, &all, &n, e)) return NULL;
    json_t *rows = json_array();
    inc_date today = date_today();
    banen_set rs = {0};
    char loaded_region[64] = "";
    for (size_t i = 0; i < n; i++) {
        banen_target *t = &all[i];
        json_t *o = NULL;
        bool measurable = t->peildatum <= today;
        if (strcmp(t->scope, "regio") == 0) {
            if (strcmp(loaded_region, t->scope_code)) {
                banen_set_free(&rs);
                banen_filter rf = {.region = t->scope_code};
                if (banen_set_load(db, &rf, &rs, e)) goto fail;
                snprintf(loaded_region, sizeof loaded_region, "%s", t->scope_code);
            }
            if (regional_json(&rs, t, t->peildatum, aggregate_only, &o, e)) goto fail;
        } else {
            o = banen_target_json(t);
            banen_tally own = {0};
            char kvk[9] = "";
            bool has_own = false;
            if (banen_own_employer_get(db, t->scope_code, kvk, &has_own, e)) {
                json_decref(o);
                goto fail;
            }
            int64_t realised = 0, people = 0;
            if (strcmp(t->kind, "beschut-werk") == 0) {
                banen_filter mf = {.municipality = t->scope_code};
                banen_set ms;
                banen_work_company w;
                if (banen_set_load(db, &mf, &ms, e)) {
                    json_decref(o);
                    goto fail;
                }
                inc_status st = banen_work_company_at(ms.recs, ms.n, t->peildatum, &w, e);
                banen_set_free(&ms);
                if (st) {
                    json_decref(o);
                    goto fail;
                }
                realised = w.beschut_people * 100;
                people = w.beschut_people;
            } else {
                if (has_own && own_fte(db, kvk, t->peildatum, &own, e)) {
                    json_decref(o);
                    goto fail;
                }
                realised = strcmp(t->unit, "banen") == 0 ? own.banen_centi : own.fte_centi;
                people = own.people;
            }
            char d[11];
            date_format_iso(t->peildatum, d);
            json_object_set_new(o, "measured_on", json_string(d));
            if (aggregate_only && sup_small(people)) hide(o, "realised", SUP_PROTECTS);
            else json_object_set_new(o, "realised", json_fixed(realised, 2));
            json_object_set_new(o, "goal_met", json_boolean(banen_goal_met(realised, t->value_centi)));
        }
        if (!measurable) json_object_set_new(o, "goal_met", json_null());
        json_t *gm = json_object_get(o, "goal_met");
        json_object_set_new(o, "doel_gehaald", json_string(json_is_null(gm) ? "N.v.t." : json_is_true(gm) ? "Ja" : "Nee"));
        json_array_append_new(rows, o);
    }
    banen_set_free(&rs);
    free(all);
    return json_pack("{s:o, s:o}", "municipality", municipality ? json_string(municipality) : json_null(), "targets",
                     rows);
fail:
    banen_set_free(&rs);
    free(all);
    json_decref(rows);
    return NULL;
}
