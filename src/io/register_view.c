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
