#include "app/audit_json.h"
#include "store/local_area.h"
#include "app/procurement_log.h"
#include "core/ident.h"
#include "core/json_fixed.h"
#include "store/procurement_log.h"
#include "store/reference_store.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int64_t mun_id;
    int64_t org_id[SEBO_MAX_INVITED];
    sebo_rule_input rule;
} classified;

/* Looks every invited company up and classifies it on the procurement date; runs the rule. */
static inc_status classify_all(inc_db *db, const sebo_proc_input *in, classified *c, sebo_rule_result *r, inc_error *e)
{
    if (sebo_proc_input_check(in, e)) return INC_EINVAL;
    if (sebo_municipality_id(db, in->municipality, &c->mun_id, e)) return INC_EINVAL;
    memset(&c->rule, 0, sizeof c->rule);
    c->rule.procedure = in->procedure;
    c->rule.category = in->category;
    c->rule.value_cents = in->estimated_cents;
    c->rule.has_reason = in->reason[0] != 0;
    for (int i = 0; i < in->invited_count; i++) {
        char field[32];
        snprintf(field, sizeof field, "invited[%d]", i);
        int64_t org_mun = 0;
        if (sebo_org_by_kvk(db, in->invited[i], field, &c->org_id[i], &org_mun, e)) return INC_EINVAL;
        bool holder = false;
        if (sebo_org_holds_on(db, c->org_id[i], in->date, &holder, e)) return INC_EIO;
        bool local = org_mun == c->mun_id;
        if (!local && organisation_is_local(db, c->org_id[i], c->mun_id, &local, e)) return INC_EIO;
        c->rule.invited[i] = sebo_classify(local, holder);
        c->rule.invited_holder[i] = holder;
        c->rule.invited_count++;
    }
    if (sebo_local_holders_count(db, c->mun_id, in->category, in->date, &c->rule.local_holders_available, e))
        return INC_EIO;
    sebo_thresholds t;
    sebo_thresholds_load(db, &t);
    return sebo_rule_check(&t, &c->rule, r, e);
}

inc_status app_procurement_check(inc_db *db, const sebo_proc_input *in, procurement_check_result *out, inc_error *e)
{
    classified c;
    if (classify_all(db, in, &c, &out->result, e)) return e ? e->status : INC_EINVAL;
    out->rule = c.rule;
    return INC_OK;
}

static inc_status log_tx(inc_db *db, const sebo_proc_input *in, int64_t *id, sebo_rule_result *result, inc_error *e)
{
    classified c;
    sebo_rule_result r;
    if (classify_all(db, in, &c, &r, e)) return e ? e->status : INC_EINVAL;
    procurement_row row = {.in = in, .municipality_id = c.mun_id, .org_id = c.org_id, .rule = &c.rule,
                           .result = &r, .awarded_cents = sebo_proc_awarded_cents(in)};
    for (int i = 0; i < in->invited_count; i++)
        if (in->winner[0] && strcmp(in->invited[i], in->winner) == 0) row.winner_org_id = c.org_id[i];
    inc_status st = procurement_insert(db, &row, id, e);
    if (st) return st;
    st = app_audit_json(db, "create", "procurement", *id,
                      json_pack("{s:s, s:s, s:s, s:i, s:s}", "municipality", in->municipality, "department",
                                in->department, "procedure", procedure_code(in->procedure), "invited",
                                in->invited_count, "rule", sebo_rule_outcome_code(r.outcome)),
                      e);
    if (st) return st;
    if (result) *result = r;
    return INC_OK;
}

inc_status app_procurement_log(inc_db *db, const sebo_proc_input *in, int64_t *id, sebo_rule_result *result,
                               inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e)) return INC_EIO;
    return db_end(db, own, log_tx(db, in, id, result, e), e);
}

inc_status app_procurements(inc_db *db, const procurement_filter *f, procurement_list *out, inc_error *e)
{
    return procurements_read(db, f, out, e);
}

inc_status app_procurement(inc_db *db, int64_t id, procurement_list *out, inc_error *e)
{
    return procurement_read(db, id, out, e);
}

inc_status app_procurement_municipality(inc_db *db, int64_t id, char code[48], inc_error *e)
{
    return procurement_municipality(db, id, code, e);
}

inc_status app_procurement_companies(inc_db *db, const char *municipality, inc_category category, inc_date day,
                                     procurement_company_list *out, inc_error *e)
{
    int64_t mun_id;
    if (sebo_municipality_id(db, municipality, &mun_id, e)) return INC_EINVAL;
    return procurement_companies_read(db, mun_id, category, day, out, e);
}

static inc_status company_tx(inc_db *db, const char *kvk, const char *name, const char *established, bool *created,
                             inc_error *e)
{
    if (kvk_check(kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    int64_t est = 0;
    if (established && established[0] && sebo_municipality_id(db, established, &est, e)) {
        if (e) snprintf(e->field, sizeof e->field, "established");
        return INC_EINVAL;
    }
    int64_t org_id = 0;
    inc_error tmp = {0};
    *created = sebo_org_by_kvk(db, kvk, "kvk", &org_id, NULL, &tmp) != INC_OK;
    inc_status st;
    if (*created) {
        if (!name || !name[0]) return inc_fail(e, INC_EINVAL, "name", "geef de naam van de onderneming op");
        st = organisation_insert(db, kvk, name, est, &org_id, e);
    } else {
        st = organisation_update(db, org_id, name, est, e);
    }
    if (st) return st;
    return app_audit_json(db, *created ? "create" : "update", "organisation", org_id,
                        json_pack("{s:s, s:s}", "kvk", kvk, "established",
                                  established && established[0] ? established : ""),
                        e);
}

inc_status app_procurement_company_add(inc_db *db, const char *kvk, const char *name, const char *established,
                                       bool *created, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e)) return INC_EIO;
    return db_end(db, own, company_tx(db, kvk, name, established, created, e), e);
}

/* ---- JSON views ---- */

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

json_t *procurement_json(const procurement_rec *r)
{
    json_t *p = json_object();
    json_object_set_new(p, "id", json_integer(r->id));
    json_object_set_new(p, "municipality", json_string(r->municipality));
    json_object_set_new(p, "department", json_string(r->department));
    json_object_set_new(p, "reference", str_or_null(r->reference));
    json_object_set_new(p, "subject", json_string(r->subject));
    json_object_set_new(p, "category", json_string(r->category));
    json_object_set_new(p, "estimated_value", json_money(r->estimated_cents));
    json_object_set_new(p, "procedure", json_string(r->procedure));
    json_object_set_new(p, "date", json_string(r->date));
    if (r->winner_kvk) {
        json_object_set_new(p, "winner", json_pack("{s:s, s:s, s:o, s:b}", "kvk", r->winner_kvk, "name",
                                                   r->winner_name, "class", str_or_null(r->winner_class), "holder",
                                                   r->winner_holder));
        json_object_set_new(p, "awarded_value", r->awarded_set ? json_money(r->awarded_cents) : json_null());
    } else {
        json_object_set_new(p, "winner", json_null());
        json_object_set_new(p, "awarded_value", json_null());
    }
    json_object_set_new(p, "deviation_reason", str_or_null(r->deviation_reason));
    json_object_set_new(p, "rule", json_pack("{s:s, s:s, s:i, s:b, s:b, s:b, s:s}", "outcome", r->outcome,
                                             "expected", r->expected, "local_holders_available",
                                             r->local_holders_available, "sebo_invited", r->sebo_invited,
                                             "aim_applies", r->aim_applies, "aim_met", r->aim_met, "explanation",
                                             r->explanation));
    json_object_set_new(p, "flagged", json_boolean(strcmp(r->outcome, "gemarkeerd") == 0));
    json_object_set_new(p, "logged_by", json_string(r->logged_by));
    json_t *arr = json_array();
    for (size_t i = 0; i < r->n_invited; i++) {
        const procurement_invitation *x = &r->invited[i];
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:b, s:b, s:o}", "kvk", x->kvk, "name", x->name,
                                             "class", x->class_code, "holder", x->holder, "quoted", x->quoted,
                                             "quote", x->quote_set ? json_money(x->quote_cents) : json_null()));
    }
    json_object_set_new(p, "invited", arr);
    return p;
}

json_t *procurements_json(const procurement_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) json_array_append_new(arr, procurement_json(&l->items[i]));
    return arr;
}

json_t *procurement_check_json(const sebo_proc_input *in, const procurement_check_result *c)
{
    const sebo_rule_result *r = &c->result;
    json_t *arr = json_array();
    for (int i = 0; i < in->invited_count; i++)
        json_array_append_new(arr, json_pack("{s:s, s:s, s:b}", "kvk", in->invited[i], "class",
                                             sebo_class_code(c->rule.invited[i]), "holder", c->rule.invited_holder[i]));
    json_t *res = json_pack("{s:s, s:s, s:s, s:i, s:b, s:b, s:b, s:s}", "outcome", sebo_rule_outcome_code(r->outcome),
                            "expected", sebo_class_code(r->expected), "best_invited", sebo_class_code(r->best_invited),
                            "local_holders_available", c->rule.local_holders_available, "sebo_invited",
                            r->sebo_invited, "aim_applies", r->aim_applies, "aim_met", r->aim_met, "explanation",
                            r->explanation);
    json_object_set_new(res, "invited", arr);
    return res;
}

json_t *procurement_companies_json(const procurement_company_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const procurement_company *c = &l->items[i];
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:b, s:b}", "kvk", c->kvk, "name", c->name, "class",
                                             sebo_class_code(c->class_on_day), "holder", c->holder, "does_category",
                                             c->does_category));
    }
    return arr;
}
