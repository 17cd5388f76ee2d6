/* /api/v1/sebo/...: the SEBO-keurmerk registry (public holder list, holders, lifecycle, expiring,
 * requests for quotes) and /api/v1/reports/sebo. Actions: app/sebo_registry.h, app/sebo_report.h. */
#include "app/reference_data.h"
#include "app/sebo_registry.h"
#include "app/sebo_report.h"
#include "app/settlement.h"
#include "core/decimal.h"
#include "web/authz_sebo.h"
#include "web/body.h"
#include "web/router.h"
#include "web/scope.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool sebo_role(web_req *req, sebo_action a)
{
    if (authz_sebo_role(&req->user, a) == AUTHZ_ALLOW) return true;
    web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    return false;
}

static bool sebo_guard(web_req *req, sebo_action a, const char *municipality, int64_t org)
{
    switch (authz_sebo_decide(&req->user, a, municipality, org)) {
    case AUTHZ_ALLOW: return true;
    case AUTHZ_HIDDEN: web_problem(req, 404, NULL, "niet gevonden"); return false;
    default: web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role)); return false;
    }
}

/* The municipalities of a list request: ?municipality= (in scope) narrows to that one; without it
 * every municipality the user serves (s->municipalities NULL: all, for beheer). False after a problem. */
static bool list_municipalities(web_req *req, sebo_action a, web_scope *s)
{
    const char *m = web_query(req, "municipality");
    if (m && authz_sebo_decide(&req->user, a, m, 0) != AUTHZ_ALLOW) {
        web_problem(req, 404, "municipality", "gemeente '%s' niet gevonden", m);
        return false;
    }
    authz_scope(&req->user, s->buf, &s->municipalities, &s->contractor_id);
    if (m) {
        s->one[0] = m;
        s->one[1] = NULL;
        s->municipalities = s->one;
    }
    return true;
}

/* The one municipality of a report: ?municipality= (in scope), else the user's first one;
 * NULL (all) for beheer without a choice. False after a problem. */
static bool list_municipality(web_req *req, sebo_action a, const char **out)
{
    const char *m = web_query(req, "municipality");
    if (!m && req->user.role != ROLE_BEHEER && req->user.n_municipalities > 0) m = req->user.municipalities[0];
    if (m && authz_sebo_decide(&req->user, a, m, 0) != AUTHZ_ALLOW) {
        web_problem(req, 404, "municipality", "gemeente '%s' niet gevonden", m);
        return false;
    }
    *out = m;
    return true;
}

int h_sebo_public_holders(web_req *req)
{
    const char *m = web_query(req, "municipality");
    sebo_holder_filter f = {.municipality = m ? m : "zoetermeer", .public_only = true};
    sebo_holder_list l;
    inc_error e = {0};
    if (app_sebo_holders(req->db, &f, date_today(), &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *arr = sebo_holders_json(&l, true, date_today());
    arena_free(&l.arena);
    return web_json(req, 200, json_pack("{s:s, s:o}", "municipality", f.municipality, "items", arr));
}

int h_sebo_holders_list(web_req *req)
{
    if (!sebo_role(req, SACT_REGISTRY_READ)) return req->status;
    sebo_holder_filter f = {.status = web_query(req, "status")};
    web_scope sc;
    if (!list_municipalities(req, SACT_REGISTRY_READ, &sc)) return req->status;
    f.municipalities = sc.municipalities;
    sebo_holder_list l;
    inc_error e = {0};
    if (app_sebo_holders(req->db, &f, date_today(), &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *arr = sebo_holders_json(&l, false, date_today());
    arena_free(&l.arena);
    return web_json(req, 200, json_pack("{s:o}", "items", arr));
}

/* Loads a holder and checks scope for `a` by its registry municipality; *holder (may be NULL)
 * receives its JSON view. */
static bool holder_in_scope(web_req *req, sebo_action a, json_t **holder)
{
    if (!sebo_role(req, a)) return false;
    const char *kvk = web_param(req, "kvk");
    sebo_holder_detail d;
    inc_error e = {0};
    if (app_sebo_holder(req->db, kvk, date_today(), &d, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND || e.status == INC_EINVAL) web_problem(req, 404, "kvk", "%s", e.message);
        else web_fail(req, &e);
        return false;
    }
    bool ok = sebo_guard(req, a, d.holder.municipality, 0);
    if (ok && holder) *holder = sebo_holder_json(&d, date_today());
    arena_free(&d.arena);
    return ok;
}

static int show_holder(web_req *req, int status)
{
    sebo_holder_detail d;
    inc_error e = {0};
    if (app_sebo_holder(req->db, web_param(req, "kvk"), date_today(), &d, &e) != INC_OK) return web_fail(req, &e);
    json_t *h = sebo_holder_json(&d, date_today());
    arena_free(&d.arena);
    return web_json(req, status, h);
}

int h_sebo_holder_show(web_req *req)
{
    json_t *h;
    if (!holder_in_scope(req, SACT_REGISTRY_READ, &h)) return req->status;
    /* The "past performance" criterion reads the holder's settled contracts (issue 17), those in scope. */
    const char *buf[USER_MAX_MUNICIPALITIES + 1];
    const char *const *munis;
    int64_t org;
    authz_scope(&req->user, buf, &munis, &org);
    inc_error e = {0};
    if (app_sebo_past_performance(req->db, json_string_value(json_object_get(h, "kvk")), munis, h, &e) != INC_OK) {
        json_decref(h);
        return web_fail(req, &e);
    }
    return web_json(req, 200, h);
}

static bool text_field(web_req *req, const char *name, char *buf, size_t size)
{
    const char *v = json_string_value(json_object_get(req->body, name));
    if (!v) return true;
    if (strlen(v) >= size) {
        web_problem(req, 422, name, "veld '%s' is te lang", name);
        return false;
    }
    snprintf(buf, size, "%s", v);
    return true;
}

static bool date_field(web_req *req, const char *name, inc_date *out)
{
    const char *v = json_string_value(json_object_get(req->body, name));
    if (!v) return true;
    inc_error e = {0};
    if (date_parse(v, out, name, &e) != INC_OK) {
        web_fail(req, &e);
        return false;
    }
    return true;
}

int h_sebo_holders_create(web_req *req)
{
    if (!sebo_role(req, SACT_REGISTRY_MANAGE)) return req->status;
    static const web_field fields[] = {
        {"kvk", F_STRING, true},       {"name", F_STRING, false},         {"municipality", F_STRING, false},
        {"established", F_STRING, false}, {"self_employed", F_BOOL, false}, {"profile", F_STRING, false},
        {"website", F_STRING, false},  {"kinds", F_STRINGS, true},        {"applied_on", F_STRING, false},
        {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    sebo_holder_input in;
    memset(&in, 0, sizeof in);
    in.applied_on = INC_DATE_NONE;
    if (!text_field(req, "kvk", in.kvk, sizeof in.kvk) || !text_field(req, "name", in.name, sizeof in.name) ||
        !text_field(req, "municipality", in.municipality, sizeof in.municipality) ||
        !text_field(req, "established", in.established, sizeof in.established) ||
        !text_field(req, "profile", in.profile, sizeof in.profile) ||
        !text_field(req, "website", in.website, sizeof in.website) || !date_field(req, "applied_on", &in.applied_on))
        return req->status;
    in.self_employed = json_is_true(json_object_get(req->body, "self_employed"));
    size_t i;
    json_t *k;
    json_array_foreach(json_object_get(req->body, "kinds"), i, k) {
        inc_category c;
        if (!category_parse(json_string_value(k), &c))
            return web_problem(req, 422, "kinds", "onbekende soort werk '%s' (werken, diensten, leveringen)",
                               json_string_value(k));
        in.kinds[c] = true;
    }
    const char *m = in.municipality[0] ? in.municipality : "zoetermeer";
    if (!sebo_guard(req, SACT_REGISTRY_MANAGE, m, 0)) return req->status;
    int64_t id;
    inc_error e = {0};
    if (app_sebo_holder_add(req->db, &in, &id, &e) != INC_OK) return web_fail(req, &e);
    sebo_holder_detail d;
    if (app_sebo_holder(req->db, in.kvk, date_today(), &d, &e) != INC_OK) return web_fail(req, &e);
    json_t *h = sebo_holder_json(&d, date_today());
    arena_free(&d.arena);
    return web_json(req, 201, h);
}

int h_sebo_holder_apply(web_req *req)
{
    if (!holder_in_scope(req, SACT_REGISTRY_MANAGE, NULL)) return req->status;
    static const web_field fields[] = {{"date", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_date day = date_today();
    if (!date_field(req, "date", &day)) return req->status;
    int64_t id;
    inc_error e = {0};
    if (app_sebo_apply(req->db, web_param(req, "kvk"), day, &id, &e) != INC_OK) return web_fail(req, &e);
    return show_holder(req, 201);
}

int h_sebo_holder_evidence(web_req *req)
{
    if (!holder_in_scope(req, SACT_REGISTRY_MANAGE, NULL)) return req->status;
    static const web_field fields[] = {{"criterion", F_STRING, true}, {"evidence", F_STRING, false},
                                       {"not_applicable", F_BOOL, false}, {"date", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    sebo_criterion c;
    const char *crit = json_string_value(json_object_get(req->body, "criterion"));
    if (!sebo_criterion_parse(crit, &c)) return web_problem(req, 422, "criterion", "onbekend criterium '%s'", crit);
    inc_date day = date_today();
    if (!date_field(req, "date", &day)) return req->status;
    inc_error e = {0};
    if (app_sebo_evidence_set(req->db, web_param(req, "kvk"), c, json_string_value(json_object_get(req->body, "evidence")),
                          json_is_true(json_object_get(req->body, "not_applicable")), day, &e) != INC_OK)
        return web_fail(req, &e);
    return show_holder(req, 200);
}

int h_sebo_holder_status(web_req *req)
{
    if (!holder_in_scope(req, SACT_REGISTRY_MANAGE, NULL)) return req->status;
    static const web_field fields[] = {
        {"status", F_STRING, true},      {"date", F_STRING, false},           {"audit_body", F_STRING, false},
        {"audit_date", F_STRING, false}, {"audit_cost", F_NUMBER, false},     {"certified_from", F_STRING, false},
        {"valid_until", F_STRING, false}, {"reason", F_STRING, false},       {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    sebo_transition_input t;
    memset(&t, 0, sizeof t);
    t.day = date_today();
    t.audit_date = t.certified_from = t.valid_until = INC_DATE_NONE;
    const char *s = json_string_value(json_object_get(req->body, "status"));
    if (!sebo_status_parse(s, &t.to)) return web_problem(req, 422, "status", "onbekende status '%s'", s);
    if (!date_field(req, "date", &t.day) || !date_field(req, "audit_date", &t.audit_date) ||
        !date_field(req, "certified_from", &t.certified_from) || !date_field(req, "valid_until", &t.valid_until) ||
        !text_field(req, "audit_body", t.audit_body, sizeof t.audit_body) ||
        !text_field(req, "reason", t.note, sizeof t.note))
        return req->status;
    inc_error e = {0};
    json_t *cost = json_object_get(req->body, "audit_cost");
    if (cost && !json_is_null(cost)) {
        if ((json_is_string(cost) ? decimal_parse(json_string_value(cost), 2, &t.audit_cost_cents, "audit_cost", &e)
                                  : decimal_from_double(json_number_value(cost), 2, &t.audit_cost_cents, "audit_cost",
                                                        &e)) != INC_OK)
            return web_fail(req, &e);
        t.cost_set = true;
    }
    if (app_sebo_transition(req->db, web_param(req, "kvk"), &t, &e) != INC_OK) return web_fail(req, &e);
    return show_holder(req, 200);
}

int h_sebo_holder_requests(web_req *req)
{
    if (!sebo_role(req, SACT_REQUESTS_READ)) return req->status;
    const char *kvk = web_param(req, "kvk");
    int64_t org = 0;
    inc_error e = {0};
    if (app_organisation_id_by_kvk(req->db, kvk, &org, &e) == INC_EIO) return web_fail(req, &e);
    if (org <= 0) return web_problem(req, 404, "kvk", "niet gevonden");
    if (!sebo_guard(req, SACT_REQUESTS_READ, NULL, org)) return req->status;
    /* Commercial figures only of the procurements of municipalities the user serves; the holder
     * itself (opdrachtnemer) sees its own quotes, beheer everything. */
    const char *buf[USER_MAX_MUNICIPALITIES + 1];
    const char *const *full = NULL;
    int64_t own_org;
    if (req->user.role != ROLE_OPDRACHTNEMER) authz_scope(&req->user, buf, &full, &own_org);
    sebo_request_list l;
    if (app_sebo_requests(req->db, kvk, full, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = sebo_requests_json(kvk, &l);
    arena_free(&l.arena);
    return web_json(req, 200, out);
}

int h_sebo_expiring(web_req *req)
{
    if (!sebo_role(req, SACT_REGISTRY_READ)) return req->status;
    web_scope sc;
    if (!list_municipalities(req, SACT_REGISTRY_READ, &sc)) return req->status;
    int days = 90;
    const char *d = web_query(req, "days");
    if (d) {
        char *end;
        long v = strtol(d, &end, 10);
        if (!*d || *end || v < 0 || v > 3660) return web_problem(req, 400, "days", "days moet 0 tot en met 3660 zijn");
        days = (int)v;
    }
    sebo_expiring_list l;
    inc_error e = {0};
    if (app_sebo_expiring(req->db, sc.municipalities, date_today(), days, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = sebo_expiring_json(&l, date_today(), days);
    arena_free(&l.arena);
    return web_json(req, 200, out);
}

int h_report_sebo(web_req *req)
{
    if (!sebo_role(req, SACT_REPORT_READ)) return req->status;
    const char *m;
    if (!list_municipality(req, SACT_REPORT_READ, &m)) return req->status;
    int year, mo, dd;
    date_to_ymd(date_today(), &year, &mo, &dd);
    const char *y = web_query(req, "year");
    if (y) {
        char *end;
        long v = strtol(y, &end, 10);
        if (!*y || *end || v < 1900 || v > 2999) return web_problem(req, 400, "year", "year moet een jaartal zijn (bijv. 2024)");
        year = (int)v;
    }
    sebo_report rep;
    inc_error e = {0};
    if (app_sebo_report(req->db, m, year, date_today(), &rep, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = sebo_report_json(&rep);
    arena_free(&rep.arena);
    return web_json(req, 200, out);
}
