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
