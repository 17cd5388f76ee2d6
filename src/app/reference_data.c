#include "app/reference_data.h"
#include "core/json_fixed.h"
#include "store/policy_store.h"
#include "store/reference_store.h"

inc_status app_municipalities(inc_db *db, municipality_list *out, inc_error *e)
{
    return municipalities_list(db, out, e);
}

inc_status app_organisations(inc_db *db, int64_t only_id, organisation_list *out, inc_error *e)
{
    return organisations_list(db, only_id, out, e);
}

inc_status app_organisation_id_by_kvk(inc_db *db, const char *kvk, int64_t *id, inc_error *e)
{
    return organisation_id_by_kvk(db, kvk, id, e);
}

inc_status app_audit_page(inc_db *db, const audit_filter *f, audit_page *out, inc_error *e)
{
    return audit_page_read(db, f, out, e);
}

inc_status app_policies(inc_db *db, const char *municipality, policy_list *out, inc_error *e)
{
    return policies_list(db, municipality, out, e);
}

inc_status app_catalogues(inc_db *db, inc_date day, catalogue_list *out, inc_error *e)
{
    return catalogues_list(db, day, out, e);
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

json_t *municipalities_json(const municipality_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const municipality_rec *m = &l->items[i];
        json_array_append_new(arr, json_pack("{s:o, s:o, s:o, s:o}", "code", str_or_null(m->code), "name",
                                             str_or_null(m->name), "region", str_or_null(m->region), "sr_team",
                                             str_or_null(m->sr_team)));
    }
    return arr;
}

json_t *organisations_json(const organisation_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const organisation_rec *o = &l->items[i];
        json_array_append_new(arr, json_pack("{s:I, s:o, s:o, s:o, s:o, s:b}", "id", (json_int_t)o->id, "kvk",
                                             str_or_null(o->kvk), "name", str_or_null(o->name), "municipality",
                                             str_or_null(o->municipality), "postcode", str_or_null(o->postcode),
                                             "municipal_employer", o->municipal_employer));
    }
    return arr;
}

json_t *audit_page_json(const audit_page *p)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < p->entries.n; i++) {
        const audit_rec *r = &p->entries.items[i];
        /* The detail is JSON as written; older free text is shown as a string. */
        json_t *detail = r->detail ? json_loads(r->detail, 0, NULL) : NULL;
        if (!detail) detail = r->detail ? json_string(r->detail) : json_null();
        json_t *eid = r->has_entity_id ? json_integer(r->entity_id) : json_null();
        json_array_append_new(arr, json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o}", "id", (json_int_t)r->id, "at",
                                             str_or_null(r->at), "actor", str_or_null(r->actor), "action",
                                             str_or_null(r->action), "entity", str_or_null(r->entity), "entity_id",
                                             eid, "detail", detail));
    }
    return json_pack("{s:o, s:I, s:i, s:i}", "items", arr, "total", (json_int_t)p->total, "page", p->page,
                     "per_page", p->per_page);
}

static json_t *policy_json(const inc_policy *p, int64_t id, const char *municipality_code)
{
    char day[11];
    date_format_iso(p->effective_from, day);
    json_t *cats = json_array(), *procs = json_array(), *mins = json_object();
    for (int c = 0; c < CAT__COUNT; c++) {
        if (p->applies_category[c]) json_array_append_new(cats, json_string(category_code(c)));
        json_object_set_new(mins, category_code(c), json_money(p->min_value_cents[c]));
    }
    for (int k = 0; k < PROC__COUNT; k++)
        if (p->applies_procedure[k]) json_array_append_new(procs, json_string(procedure_code(k)));
    return json_pack("{s:I, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:b}", "id", (json_int_t)id, "municipality",
                     municipality_code, "name", p->name, "effective_from", day, "categories", cats, "procedures",
                     procs, "min_value", mins, "percentage", json_pct(p->pct_bp), "low_labour_percentage",
                     json_pct(p->low_labour_pct_bp), "low_labour_below_pct", json_pct(p->low_labour_below_bp),
                     "sebo_meets_meervoudig", p->sebo_meets_meervoudig);
}

json_t *policies_json(const policy_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++)
        json_array_append_new(arr, policy_json(&l->items[i].policy, l->items[i].id, l->items[i].municipality));
    return arr;
}

static json_t *block_json(const inc_block *b)
{
    json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}", "code", b->code, "part", b->part, "group", b->group_name,
                          "name", b->name, "kind", block_kind_code(b->kind), "value", json_money(b->value_cents));
    if (b->kind == BLOCK_PER_YEAR)
        json_object_set_new(j, "cap_months", b->cap_months ? json_integer(b->cap_months) : json_null());
    return j;
}

json_t *catalogues_json(const catalogue_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const catalogue_rec *c = &l->items[i];
        json_t *blocks = json_array();
        for (size_t k = 0; k < c->n_blocks; k++) json_array_append_new(blocks, block_json(&c->blocks[k]));
        json_array_append_new(arr, json_pack("{s:I, s:s, s:s, s:o}", "id", (json_int_t)c->id, "name", c->name,
                                             "effective_from", c->effective_from, "blocks", blocks));
    }
    return arr;
}
