#include "app/banen_view.h"
#include "core/json_fixed.h"
#include "core/suppress.h"
#include <string.h>

json_t *banen_target_json(const banen_target *t)
{
    char peil[11], base[11];
    date_format_iso(t->peildatum, peil);
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:i, s:s, s:o, s:s}", "kind", t->kind, "scope", t->scope,
                          "scope_code", t->scope_code, "sector", t->sector, "year", t->year, "unit", t->unit, "value",
                          json_fixed(t->value_centi, 2), "peildatum", peil);
    if (t->baseline != INC_DATE_NONE) {
        date_format_iso(t->baseline, base);
        json_object_set_new(o, "baseline_date", json_string(base));
    } else {
        json_object_set_new(o, "baseline_date", json_null());
    }
    json_object_set_new(o, "source", t->source[0] ? json_string(t->source) : json_null());
    return o;
}

json_t *banen_record_json(const banen_record *r)
{
    char start[11], end[11];
    date_format_iso(r->start, start);
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(r->id));
    json_object_set_new(o, "municipality", json_string(r->municipality));
    json_object_set_new(o, "employer_kvk", json_string(r->employer_kvk));
    json_object_set_new(o, "employer_name", json_string(r->employer_name));
    json_object_set_new(o, "department", json_string(r->department));
    json_object_set_new(o, "sector", json_string(banen_sector_code(r->sector)));
    json_object_set_new(o, "person_id", json_integer(r->person_id));
    json_object_set_new(o, "target_group", json_string(banen_group_code(r->group)));
    json_object_set_new(o, "start", json_string(start));
    if (r->end == INC_DATE_NONE) {
        json_object_set_new(o, "end", json_null());
    } else {
        date_format_iso(r->end, end);
        json_object_set_new(o, "end", json_string(end));
    }
    json_object_set_new(o, "hours_per_week", json_fixed(r->hours_centi, 2));
    json_object_set_new(o, "contract_type", json_string(banen_contract_code(r->contract)));
    json_object_set_new(o, "instrument", json_string(banen_instrument_code(r->instrument)));
    json_object_set_new(o, "source", json_string(banen_source_code(r->source)));
    json_object_set_new(o, "realisation_id", r->realisation_id ? json_integer(r->realisation_id) : json_null());
    return o;
}

json_t *banen_records_json(const banen_record *r, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) json_array_append_new(a, banen_record_json(&r[i]));
    return a;
}

/* ---- the report ---- */

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

static void set_count(json_t *o, const char *key, int64_t n, sup_mark m)
{
    if (m != SUP_SHOWN) hide(o, key, m);
    else json_object_set_new(o, key, json_integer((json_int_t)n));
}

static void set_part(json_t *o, const char *whole_key, int64_t whole, const char *part_key, int64_t part,
                     const char *share_key, int32_t bp, sup_part_marks m)
{
    set_count(o, whole_key, whole, m.whole);
    if (m.part != SUP_SHOWN) {
        hide(o, part_key, m.part);
        hide(o, share_key, m.share);
    } else {
        json_object_set_new(o, part_key, json_integer((json_int_t)part));
        json_object_set_new(o, share_key, share_json(bp));
    }
}

static json_t *breakdown_json(const banen_figures_breakdown *b)
{
    json_t *a = json_array();
    for (size_t i = 0; i < b->n; i++) {
        const banen_figures_row *r = &b->rows[i];
        json_t *o = json_object();
        int64_t k = r->key;
        switch (b->key) {
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
            json_object_set_new(o, "employer_kvk", json_string(r->kvk));
            json_object_set_new(o, "employer_name", json_string(r->name));
            break;
        case BK_DEPARTMENT:
            json_object_set_new(o, "employer_kvk", json_string(r->kvk));
            json_object_set_new(o, "employer_name", json_string(r->name));
            json_object_set_new(o, "department", json_string(r->department));
            break;
        case BK_MUNICIPALITY:
            json_object_set_new(o, "municipality", json_string(r->code));
            json_object_set_new(o, "name", json_string(r->name));
            break;
        case BK_REGION:
            json_object_set_new(o, "region", json_string(r->code));
            break;
        default: break;
        }
        add_tally_as(o, &r->t, r->mark);
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *regional_json(const banen_figures_regional *r)
{
    json_t *o = banen_target_json(&r->target);
    char d[11];
    date_format_iso(r->measured_on, d);
    json_object_set_new(o, "measured_on", json_string(d));
    if (r->hidden) {
        hide(o, "baseline_banen", SUP_PROTECTS);
        hide(o, "realised_banen", SUP_PROTECTS);
        hide(o, "realised", SUP_PROTECTS);
    } else {
        json_object_set_new(o, "baseline_banen", json_fixed(r->base_centi, 2));
        json_object_set_new(o, "realised_banen", json_fixed(r->now_centi, 2));
        json_object_set_new(o, "realised", json_fixed(r->now_centi - r->base_centi, 2));
    }
    /* UWV's count of the whole region beside inclusio's own records (the region's own contribution,
     * "realised"); UWV's figure decides the goal when it is there. Public aggregates: never hidden. */
    json_object_set_new(o, "uwv_extra_banen", r->has_uwv ? json_fixed(r->uwv_centi, 2) : json_null());
    json_object_set_new(o, "own_goal_met", json_boolean(r->own_goal_met));
    json_object_set_new(o, "goal_basis", json_string(r->has_uwv ? "uwv" : "inclusio"));
    json_object_set_new(o, "goal_met", json_boolean(r->goal_met));
    return o;
}

/* Durable placements per instrument: still working 6 and 12 months after the start. */
static json_t *instrument_durability_json(const banen_figures *f)
{
    json_t *a = json_array();
    for (int i = 0; i < BI__COUNT; i++) {
        const banen_instrument_durability *d = &f->by_instrument[i];
        json_t *o = json_pack("{s:s}", "instrument", banen_instrument_code((banen_instrument)i));
        set_part(o, "cohort_6_months", d->cohort6, "still_working_6_months", d->still6, "share_still_working_6_months_pct",
                 d->still6_bp, f->instrument6[i]);
        set_part(o, "cohort_12_months", d->cohort12, "still_working_12_months", d->still12,
                 "share_still_working_12_months_pct", d->still12_bp, f->instrument12[i]);
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *durability_json(const banen_figures *f)
{
    const banen_durability *d = &f->du;
    json_t *o = json_object();
    set_part(o, "active_records", d->active_records, "permanent_records", d->permanent_records, "share_permanent_pct",
             d->permanent_bp, f->active);
    set_count(o, "duration_records", d->duration_records, f->duration_mark);
    if (f->median_mark != SUP_SHOWN) hide(o, "median_duration_days", f->median_mark);
    else json_object_set_new(o, "median_duration_days", json_integer((json_int_t)d->median_days));
    set_part(o, "cohort_6_months", d->cohort6, "still_employed_6_months", d->still6, "share_still_employed_6_months_pct",
             d->still6_bp, f->cohort6);
    set_part(o, "cohort_12_months", d->cohort12, "still_employed_12_months", d->still12,
             "share_still_employed_12_months_pct", d->still12_bp, f->cohort12);
    set_part(o, "trials_ended", d->trials_ended, "trials_converted", d->trials_converted, "share_trials_converted_pct",
             d->trials_converted_bp, f->trials);
    return o;
}

json_t *banen_figures_json(const banen_figures *f)
{
    static const char *const names[BK__COUNT] = {
        [BK_SECTOR] = "by_sector",       [BK_GROUP] = "by_target_group",   [BK_INSTRUMENT] = "by_instrument",
        [BK_CONTRACT] = "by_contract_type", [BK_SOURCE] = "by_source",     [BK_EMPLOYER] = "by_employer",
        [BK_DEPARTMENT] = "by_department", [BK_MUNICIPALITY] = "by_municipality", [BK_REGION] = "by_region"};
    json_t *r = json_object();
    char day[11];
    date_format_iso(f->date, day);
    json_object_set_new(r, "date", json_string(day));
    json_object_set_new(r, "municipality", f->has_municipality ? json_string(f->municipality) : json_null());
    json_object_set_new(r, "region", f->has_region ? json_string(f->region) : json_null());
    json_object_set_new(r, "employer", f->has_employer ? json_string(f->employer) : json_null());
    set_count(r, "records", f->records, f->records_mark);
    add_tally_as(r, &f->t, f->mark);
    for (int k = 0; k < BK__COUNT; k++)
        if (f->has_breakdown[k]) json_object_set_new(r, names[k], breakdown_json(&f->breakdowns[k]));

    json_t *target = json_null(), *goal = json_null();
    if (f->has_target) {
        target = banen_target_json(&f->target);
        json_object_set_new(target, "own_employer_kvk", f->has_own ? json_string(f->own_kvk) : json_null());
        if (f->own_hidden) {
            hide(target, "realised", SUP_PROTECTS);
            hide(target, "realised_banen", SUP_PROTECTS);
            hide(target, "realised_people", SUP_SMALL);
        } else {
            json_object_set_new(target, "realised", json_fixed(f->own.fte_centi, 2));
            json_object_set_new(target, "realised_banen", json_fixed(f->own.banen_centi, 2));
            json_object_set_new(target, "realised_people", json_integer((json_int_t)f->own.people));
        }
        goal = json_boolean(f->goal_met);
    }
    json_object_set_new(r, "target", target);
    json_object_set_new(r, "goal_met", goal);

    json_t *regional = json_array();
    for (size_t i = 0; i < f->n_regional; i++) json_array_append_new(regional, regional_json(&f->regional[i]));
    json_object_set_new(r, "regional_targets", regional);
    json_object_set_new(r, "durability", durability_json(f));
    json_object_set_new(r, "durability_by_instrument", instrument_durability_json(f));

    json_t *wc = json_object();
    set_count(wc, "loonkostensubsidie_external", f->w.lks_people, f->lks_mark);
    set_count(wc, "beschut_werk", f->w.beschut_people, f->beschut_mark);
    json_object_set_new(wc, "beschut_werk_task", f->has_task ? json_fixed(f->task_centi, 2) : json_null());
    json_object_set_new(wc, "beschut_werk_task_met", f->has_task ? json_boolean(f->task_met) : json_null());
    set_count(wc, "direct_werk_placements", f->w.direct_werk_placements, f->placements_mark);
    set_count(wc, "direct_werk_employers", f->w.direct_werk_employers, f->employers_mark);
    json_object_set_new(r, "work_company", wc);

    json_t *trend = json_array();
    bool own_column = f->own_municipality[0] != 0;
    for (int i = 0; i < f->n_trend; i++) {
        const banen_figures_point *p = &f->trend[i];
        char qd[11];
        date_format_iso(p->date, qd);
        json_t *o = json_pack("{s:s}", "date", qd);
        add_tally_as(o, &p->t, p->mark);
        /* two sectors beside the quarter's total: either both are shown or neither */
        if (p->sectors_hidden) {
            hide(o, "banen_markt", SUP_PROTECTS);
            hide(o, "banen_overheid", SUP_PROTECTS);
        } else {
            json_object_set_new(o, "banen_markt", json_fixed(p->markt_centi, 2));
            json_object_set_new(o, "banen_overheid", json_fixed(p->overheid_centi, 2));
        }
        if (own_column) {
            if (p->own_hidden) hide(o, "own_fte", SUP_PROTECTS);
            else json_object_set_new(o, "own_fte", json_fixed(p->own.fte_centi, 2));
            json_object_set_new(o, "target_fte", p->has_target_fte ? json_fixed(p->target_fte_centi, 2) : json_null());
        }
        json_array_append_new(trend, o);
    }
    json_object_set_new(r, "trend", trend);
    return r;
}

json_t *banen_targets_report_json(const char *municipality, const banen_target_result *rows, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        const banen_target_result *t = &rows[i];
        json_t *o;
        if (t->regional) {
            o = regional_json(&t->r);
        } else {
            o = banen_target_json(&t->target);
            char d[11];
            date_format_iso(t->target.peildatum, d);
            json_object_set_new(o, "measured_on", json_string(d));
            if (t->hidden) hide(o, "realised", SUP_PROTECTS);
            else json_object_set_new(o, "realised", json_fixed(t->realised_centi, 2));
            json_object_set_new(o, "goal_met", json_boolean(t->goal_met));
        }
        if (!t->measurable) json_object_set_new(o, "goal_met", json_null());
        json_t *gm = json_object_get(o, "goal_met");
        json_object_set_new(o, "doel_gehaald", json_string(json_is_null(gm) ? "N.v.t." : json_is_true(gm) ? "Ja" : "Nee"));
        json_array_append_new(a, o);
    }
    return json_pack("{s:o, s:o}", "municipality", municipality ? json_string(municipality) : json_null(), "targets", a);
}
