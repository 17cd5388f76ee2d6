#include "app/register_calc.h"
#include "app/pso.h"
#include "core/ident.h"
#include "core/register_input.h"
#include "store/policy_store.h"
#include "store/register.h"
#include <string.h>

/* What the contractor's PSO certificate would cover of the obligation (asked with contractor_kvk). */
static inc_status calc_pso_of(inc_db *db, const field_source *fs, int64_t policy_id, inc_date award,
                              const inc_obligation *ob, calc_pso *pso, inc_error *e)
{
    memset(pso, 0, sizeof *pso);
    const char *kvk = field_get(fs, "contractor_kvk");
    inc_date start, end;
    if (parse_date_field(fs, "start_date", false, &start, e) != INC_OK ||
        parse_date_field(fs, "end_date", false, &end, e) != INC_OK)
        return e->status;
    if (!kvk || !*kvk) {
        if (start != INC_DATE_NONE || end != INC_DATE_NONE)
            return inc_fail(e, INC_EINVAL, "contractor_kvk", "de looptijd telt alleen voor PSO: geef ook het KvK-nummer van de opdrachtnemer");
        return INC_OK;
    }
    if (kvk_check(kvk, "contractor_kvk", e) != INC_OK) return e->status;
    if (start == INC_DATE_NONE) start = award;
    if (end == INC_DATE_NONE) end = date_add_months(start, 12) - 1;   /* as a draft from an award */
    if (end < start) return inc_fail(e, INC_EINVAL, "end_date", "de einddatum ligt voor de begindatum");
    pso->asked = true;
    return app_pso_effect_for(db, policy_id, kvk, ob->applies ? ob->amount_cents : 0, start, end, &pso->effect, e);
}

inc_status app_calc_obligation(inc_db *db, const field_source *fs, inc_obligation *out, calc_pso *pso, inc_error *e)
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
    int64_t pids[MAX_POLICIES];
    int np;
    if (policies_load(db, mid, ps, pids, MAX_POLICIES, &np, e) != INC_OK) return e->status;
    if (obligation_compute(ps, np, &in, out, e) != INC_OK) return e->status;
    return calc_pso_of(db, fs, pids[policy_in_force(ps, np, in.award_date) - ps], in.award_date, out, pso, e);
}

inc_status app_calc_value(inc_db *db, const field_source *fs, inc_block *block, inc_value *out, inc_error *e)
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
    /* The catalogue in force on the award date, before the first one that first one (as a contract). */
    if (catalogue_for_award(db, award, &cid, e) != INC_OK) return e->status;
    if (block_by_code(db, cid, field_get(fs, "block"), block, NULL, e) != INC_OK) return e->status;
    in.block = block;
    const char *hours_field = block->kind == BLOCK_PER_HOUR ? "hours" : "hours_per_week";
    if (block->kind == BLOCK_PER_YEAR || block->kind == BLOCK_PER_HOUR) {
        if (parse_fixed(fs, hours_field, true, 2, 1, block->kind == BLOCK_PER_YEAR ? 6000 : 10000000, &v, e) != INC_OK)
            return e->status;
        in.hours_centi = (int32_t)v;
    }
    if (parse_fixed(fs, "amount", block->kind == BLOCK_ACTUAL_COST, 2, 0, 100000000000000LL, &in.amount_cents, e) !=
        INC_OK)
        return e->status;
    return valuation_compute(&in, out, e);
}
