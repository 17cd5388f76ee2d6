/* The public calculators: an obligation for a tender, the value of one building block. Store nothing. */
#include "store/contract_view.h"
#include "store/policy_store.h"
#include "store/register.h"
#include "core/json_fixed.h"
#include <string.h>

inc_status calc_obligation_json(inc_db *db, const field_source *fs, json_t **out, inc_error *e)
{
    inc_obligation_input in = {0};
    const char *cat = field_get(fs, "category"), *proc = field_get(fs, "procedure");
    if (!category_parse(cat, &in.category))
        return inc_fail(e, INC_EINVAL, "category", "onbekende categorie '%s' (werken, diensten of leveringen)",
                        cat ? cat : "");
    if (!procedure_parse(proc, &in.procedure))
        return inc_fail(e, INC_EINVAL, "procedure",
                        "onbekende procedure '%s' (enkelvoudig-onderhands, meervoudig-onderhands, nationaal of europees)",
                        proc ? proc : "");
    int64_t v = 0;
    if (parse_fixed(fs, "value", true, 2, 0, 100000000000000LL, &in.value_cents, e) != INC_OK) return e->status;
    if (parse_fixed(fs, "labour_share_pct", true, 2, 0, 10000, &v, e) != INC_OK) return e->status;
    in.labour_share_bp = (int32_t)v;
    if (parse_date_field(fs, "award_date", true, &in.award_date, e) != INC_OK) return e->status;
    if (parse_bool(fs, "sebo_holder", &in.sebo_holder, e) != INC_OK) return e->status;
    v = 0;
    if (parse_fixed(fs, "extra_pct", false, 2, 0, 10000, &v, e) != INC_OK) return e->status;
    in.extra_bp = (int32_t)v;
    const char *mun = field_get(fs, "municipality");
    int64_t mid;
    if (municipality_id_by_code(db, mun ? mun : "zoetermeer", &mid, e) != INC_OK) return e->status;
    inc_policy ps[MAX_POLICIES];
    int np;
    if (policies_load(db, mid, ps, NULL, MAX_POLICIES, &np, e) != INC_OK) return e->status;
    inc_obligation ob;
    if (obligation_compute(ps, np, &in, &ob, e) != INC_OK) return e->status;
    *out = json_pack("{s:b, s:o, s:o, s:o, s:o, s:b, s:o, s:s, s:s}", "applies", ob.applies, "percentage",
                     json_pct(ob.percentage_bp), "base_percentage", json_pct(ob.base_pct_bp), "extra_percentage",
                     json_pct(ob.extra_pct_bp), "amount", json_money(ob.amount_cents), "met_by_sebo", ob.met_by_sebo,
                     "sebo_covered", json_money(ob.sebo_covered_cents), "policy", ob.policy_name, "reason", ob.reason);
    return INC_OK;
}

inc_status calc_value_json(inc_db *db, const field_source *fs, json_t **out, inc_error *e)
{
    inc_value_input in = {0};
    inc_date award;
    if (parse_date_field(fs, "contract_start", true, &in.contract_start, e) != INC_OK ||
        parse_date_field(fs, "contract_end", true, &in.contract_end, e) != INC_OK ||
        parse_date_field(fs, "start", true, &in.start, e) != INC_OK ||
        parse_date_field(fs, "end", false, &in.end, e) != INC_OK ||
        parse_date_field(fs, "subsidy_end", false, &in.subsidy_end, e) != INC_OK)
        return e->status;
    if (parse_date_field(fs, "award_date", false, &award, e) != INC_OK) return e->status;
    if (award == INC_DATE_NONE) award = in.contract_start;
    if (in.end == INC_DATE_NONE) in.end = in.start;
    int64_t cid, v = 0;
    if (catalogue_in_force(db, award, &cid, NULL) != INC_OK) {
        /* Before the first catalogue: the earliest one (see contract registration). */
        catalogue_list all;
        if (catalogues_list(db, INC_DATE_NONE, &all, e) != INC_OK) return e->status;
        cid = all.n ? all.items[0].id : 0;
        arena_free(&all.arena);
        if (!cid) return inc_fail(e, INC_ENOTFOUND, "award_date", "er is geen bouwblokkencatalogus");
    }
    inc_block b;
    if (block_by_code(db, cid, field_get(fs, "block"), &b, NULL, e) != INC_OK) return e->status;
    in.block = &b;
    const char *hours_field = b.kind == BLOCK_PER_HOUR ? "hours" : "hours_per_week";
    if (b.kind == BLOCK_PER_YEAR || b.kind == BLOCK_PER_HOUR) {
        if (parse_fixed(fs, hours_field, true, 2, 1, b.kind == BLOCK_PER_YEAR ? 6000 : 10000000, &v, e) != INC_OK)
            return e->status;
        in.hours_centi = (int32_t)v;
    }
    if (parse_fixed(fs, "amount", b.kind == BLOCK_ACTUAL_COST, 2, 0, 100000000000000LL, &in.amount_cents, e) != INC_OK)
        return e->status;
    inc_value r;
    if (valuation_compute(&in, &r, e) != INC_OK) return e->status;
    char f[11] = "", t[11] = "";
    if (r.counted_from != INC_DATE_NONE) {
        date_format_iso(r.counted_from, f);
        date_format_iso(r.counted_to, t);
    }
    *out = json_pack("{s:o, s:i, s:b, s:s?, s:s?, s:s, s:s, s:s}", "value", json_money(r.value_cents), "counted_days",
                     r.counted_days, "capped", r.capped, "counted_from", f[0] ? f : NULL, "counted_to", t[0] ? t : NULL,
                     "block", b.code, "block_name", b.name, "note", r.note);
    return INC_OK;
}
