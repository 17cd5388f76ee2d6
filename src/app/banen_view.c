#include "app/banen_view.h"
#include "core/json_fixed.h"

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
