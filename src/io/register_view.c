#include "io/register_view.h"
#include "core/date.h"
#include "core/json_fixed.h"

json_t *obligation_calc_json(const inc_obligation *ob)
{
    return json_pack("{s:b, s:o, s:o, s:o, s:o, s:b, s:o, s:s, s:s}", "applies", ob->applies, "percentage",
                     json_pct(ob->percentage_bp), "base_percentage", json_pct(ob->base_pct_bp), "extra_percentage",
                     json_pct(ob->extra_pct_bp), "amount", json_money(ob->amount_cents), "met_by_sebo",
                     ob->met_by_sebo, "sebo_covered", json_money(ob->sebo_covered_cents), "policy", ob->policy_name,
                     "reason", ob->reason);
}

json_t *pso_effect_json(const pso_effect *f)
{
    char lapsed[11] = "";
    if (f->lapsed) date_format_iso(f->lapsed_on, lapsed);
    return json_pack("{s:b, s:s?, s:o, s:o, s:o, s:b, s:s?, s:s}", "applies", f->applies, "level",
                     f->applies ? pso_level_code(f->level) : NULL, "covers_percentage", json_pct(f->applies ? f->covers_bp : 0),
                     "covered", json_money(f->covered_cents), "remaining", json_money(f->remaining_cents), "lapsed",
                     f->lapsed, "lapsed_on", lapsed[0] ? lapsed : NULL, "reason", f->reason);
}

static json_t *iso_or_null(inc_date d)
{
    if (d == INC_DATE_NONE) return json_null();
    char b[11];
    date_format_iso(d, b);
    return json_string(b);
}

json_t *pso_certificates_json(const char *kvk, const pso_certificate *c, int n)
{
    json_t *items = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(items, json_pack("{s:s, s:s, s:o, s:o, s:o}", "level", pso_level_code(c[i].level),
                                               "level_label", pso_level_label(c[i].level), "valid_from",
                                               iso_or_null(c[i].valid_from), "valid_until", iso_or_null(c[i].valid_until),
                                               "withdrawn_on", iso_or_null(c[i].withdrawn_on)));
    return json_pack("{s:s, s:o}", "kvk", kvk, "items", items);
}

json_t *pso_tables_json(const char *municipality, const pso_policy_table *t, int n)
{
    json_t *items = json_array();
    for (int i = 0; i < n; i++) {
        json_t *levels = json_object();
        for (int l = 0; l < PSO__COUNT; l++)
            json_object_set_new(levels, pso_level_code(l), t[i].table.set[l] ? json_pct(t[i].table.covers_bp[l]) : json_null());
        json_array_append_new(items, json_pack("{s:s, s:o, s:b, s:o}", "policy", t[i].policy, "effective_from",
                                               iso_or_null(t[i].effective_from), "accepts_pso",
                                               pso_table_accepts(&t[i].table), "covers_percentage", levels));
    }
    return json_pack("{s:s, s:o}", "municipality", municipality, "items", items);
}

json_t *value_calc_json(const inc_value *v, const inc_block *b)
{
    char f[11] = "", t[11] = "";
    if (v->counted_from != INC_DATE_NONE) {
        date_format_iso(v->counted_from, f);
        date_format_iso(v->counted_to, t);
    }
    return json_pack("{s:o, s:i, s:b, s:s?, s:s?, s:s, s:s, s:s}", "value", json_money(v->value_cents),
                     "counted_days", v->counted_days, "capped", v->capped, "counted_from", f[0] ? f : NULL,
                     "counted_to", t[0] ? t : NULL, "block", b->code, "block_name", b->name, "note", v->note);
}

/* ---- contracts ---- */

static void date_out(view_out *o, const char *key, inc_date d)
{
    if (d == INC_DATE_NONE) {
        vo_null(o, key);
        return;
    }
    char b[11];
    date_format_iso(d, b);
    vo_str(o, key, b);
}

void contract_view_members(view_out *o, const contract_record *c, inc_date today, const contract_flags *flags)
{
    const inc_progress *p = &flags->progress;
    vo_int(o, "id", c->id);
    vo_str(o, "municipality", c->municipality);
    vo_str(o, "municipality_name", c->municipality_name);
    vo_str(o, "department", c->department);
    vo_str(o, "reference", c->reference);
    vo_str(o, "title", c->title);
    vo_str(o, "category", c->category);
    vo_str(o, "procedure", c->procedure);
    vo_fixed2(o, "value", c->value_cents);
    vo_fixed2(o, "labour_share_pct", c->labour_share_bp);
    date_out(o, "award_date", c->award);
    date_out(o, "start_date", c->start);
    date_out(o, "end_date", c->end);
    vo_object(o, "contractor");
    vo_int(o, "id", c->contractor_id);
    vo_str(o, "kvk", c->contractor_kvk);
    vo_str(o, "name", c->contractor_name);
    vo_end(o);
    vo_str(o, "cpv", c->cpv);
    vo_bool(o, "draft", c->draft);
    vo_bool(o, "sebo_holder", c->sebo_holder);
    vo_fixed2(o, "extra_pct", c->extra_bp);
    if (c->exempted) {
        vo_object(o, "exemption");
        vo_fixed2(o, "pct", c->exemption_pct_bp);
        vo_str(o, "by", c->exemption_by);
        vo_str(o, "date", c->exemption_date);
        vo_str(o, "reason", c->exemption_reason);
        vo_end(o);
    } else {
        vo_null(o, "exemption");
    }
    vo_object(o, "obligation");
    vo_bool(o, "applies", c->applies);
    vo_fixed2(o, "base_percentage", c->base_pct_bp);
    vo_fixed2(o, "extra_percentage", c->extra_bp);
    vo_fixed2(o, "percentage", c->percentage_bp);
    vo_fixed2(o, "amount", c->obligation_cents);
    vo_bool(o, "met_by_sebo", c->met_by_sebo);
    vo_fixed2(o, "sebo_covered", c->sebo_covered_cents);
    vo_fixed2(o, "pso_covered", c->pso_covered_cents);
    vo_bool(o, "provisional", c->obligation_provisional);
    vo_str(o, "reason", c->obligation_reason);
    vo_end(o);
    vo_object(o, "progress");
    vo_str(o, "status", progress_status_code(p->status));
    vo_str(o, "status_label", progress_status_label(p->status));
    vo_fixed2(o, "due", p->due_cents);
    vo_fixed2(o, "verified", c->verified_cents);
    vo_fixed2(o, "reported", c->reported_cents);
    vo_fixed2(o, "expected", p->expected_cents);
    vo_fixed2(o, "verified_pct", p->verified_pct_bp);
    vo_fixed2(o, "reported_pct", p->reported_pct_bp);
    vo_end(o);

    vo_object(o, "contact");
    date_out(o, "deadline", flags->contact_deadline);
    date_out(o, "date", c->contact);
    vo_bool(o, "overdue", flags->contact_overdue);
    vo_end(o);

    contract_yearly_reports y;
    contract_yearly_reports_of(c, today, &y);
    vo_array(o, "yearly_reports");
    for (int k = 0; k < y.n; k++) {
        vo_object(o, NULL);
        vo_int(o, "year_no", k + 1);
        date_out(o, "period_end", y.due[k]);
        date_out(o, "deadline", y.deadline[k]);
        vo_bool(o, "submitted", y.submitted[k]);
        vo_bool(o, "overdue", y.overdue[k]);
        vo_end(o);
    }
    vo_end(o);
}

void contract_view_write(view_out *o, const char *key, const contract_record *c, inc_date today,
                         const contract_flags *flags)
{
    vo_object(o, key);
    contract_view_members(o, c, today, flags);
    vo_end(o);
}

/* ---- realisations ---- */

void realisation_view_write(view_out *o, const char *key, const realisation_record *r)
{
    vo_object(o, key);
    vo_int(o, "id", r->id);
    vo_int(o, "contract_id", r->contract_id);
    vo_str(o, "block", r->block);
    vo_str(o, "block_name", r->block_name);
    vo_str(o, "candidate_ref", r->candidate_ref);
    vo_bool(o, "has_person", r->has_person);
    vo_fixed2(o, r->per_hour ? "hours" : "hours_per_week", r->hours_centi);
    vo_str(o, "start", r->start);
    vo_str(o, "end", r->end);
    vo_fixed2(o, "amount", r->amount_cents);
    vo_fixed2(o, "value", r->value_cents);
    vo_int(o, "counted_days", r->counted_days);
    vo_str(o, "counted_from", r->counted_from);
    vo_str(o, "counted_to", r->counted_to);
    vo_bool(o, "capped", r->capped);
    vo_str(o, "status", r->status);
    vo_str(o, "reject_reason", r->reject_reason);
    vo_str(o, "reported_by", r->reported_by);
    vo_str(o, "decided_by", r->decided_by);
    vo_str(o, "decided_at", r->decided_at);
    vo_str(o, "created_at", r->created_at);
    vo_end(o);
}

/* ---- the SROI report ---- */

static json_t *sroi_row_json(const sroi_row *x)
{
    json_t *statuses = json_object();
    for (int s = 0; s < PS__COUNT; s++)
        json_object_set_new(statuses, progress_status_code(s), json_integer(x->status_count[s]));
    return json_pack("{s:s, s:o, s:i, s:i, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}", "municipality", x->municipality,
                     "year", x->year ? json_integer(x->year) : json_null(), "contracts", x->contracts,
                     "with_obligation", x->with_obligation, "obligation", json_money(x->obligation), "sebo_covered",
                     json_money(x->sebo_covered), "pso_covered", json_money(x->pso_covered), "due", json_money(x->due), "verified", json_money(x->verified),
                     "reported", json_money(x->reported), "expected", json_money(x->expected), "verified_pct",
                     json_pct(sroi_row_verified_pct(x)), "statuses", statuses);
}

json_t *sroi_report_json(const sroi_report *r)
{
    json_t *rows = json_array();
    for (size_t i = 0; i < r->n; i++) json_array_append_new(rows, sroi_row_json(&r->rows[i]));
    json_t *deps = json_array();
    for (size_t i = 0; i < r->n_departments; i++) {
        json_t *x = sroi_row_json(&r->departments[i]);
        json_object_set_new(x, "department", json_string(r->departments[i].department));
        json_array_append_new(deps, x);
    }
    char d[11];
    date_format_iso(r->date, d);
    return json_pack("{s:s, s:o, s:o, s:o, s:o}", "date", d, "year", r->year ? json_integer(r->year) : json_null(), "rows",
                     rows, "total", sroi_row_json(&r->total), "departments", deps);
}
