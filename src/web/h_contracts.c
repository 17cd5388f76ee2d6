/* /api/v1/contracts: the register's contracts, through the application layer (app/register_contract.h). */
#include "app/register_contract.h"
#include "core/json_fields.h"
#include "io/view_out.h"
#include "web/body.h"
#include "web/router.h"
#include "web/response_cache.h"
#include "web/scope.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sends what the view wrote as the JSON answer: the same bytes web_json makes of the view's tree,
 * without building, dumping and freeing one (docs/bench.md). */
static int send_view(web_req *req, int status, view_out *o)
{
    size_t len;
    char *s = view_out_take_text(o, &len);
    view_out_free(o);
    if (!s) return web_problem(req, 500, NULL, "antwoord kon niet worden opgebouwd");
    free(req->resp_body);
    req->status = status;
    req->resp_body = s;
    req->resp_len = len;
    req->content_type = "application/json; charset=utf-8";
    return status;
}

/* The cache key of a list: everything the answer depends on, normalised, the scope first. False
 * when it does not fit (then the answer is not cached: a cut key could mix up two scopes). */
static bool list_key(const inc_contract_filter *f, inc_date today, char *out, size_t n)
{
    size_t w = 0;
    int k = snprintf(out, n, "L|%d|%lld|", (int)today, (long long)f->contractor_id);
    if (k < 0 || (size_t)k >= n) return false;
    w = (size_t)k;
    if (!f->municipalities) {
        k = snprintf(out + w, n - w, "*");
        if (k < 0 || (size_t)(k) >= n - w) return false;
        w += (size_t)k;
    }
    for (const char *const *m = f->municipalities; m && *m; m++) {
        k = snprintf(out + w, n - w, "%s,", *m);
        if (k < 0 || (size_t)k >= n - w) return false;
        w += (size_t)k;
    }
    k = snprintf(out + w, n - w, "|%d|%d|%d|%d|%s|%s", f->year, f->status_set ? (int)f->status : -1, f->page,
                 f->per_page, f->overdue ? f->overdue : "", f->query ? f->query : "");
    return k >= 0 && (size_t)k < n - w;
}

int h_contracts_list(web_req *req)
{
    if (!web_guard_role(req, ACT_REGISTER_READ)) return req->status;
    web_scope s;
    if (!web_scope_for(req, &s)) return req->status;
    inc_contract_filter f = {.municipalities = s.municipalities, .municipality_ids = s.municipality_ids,
                             .contractor_id = s.contractor_id,
                             .overdue = web_query(req, "overdue"), .query = web_query(req, "q")};
    if (!web_page(req, &f.page, &f.per_page)) return req->status;
    if (f.query && strlen(f.query) > 100) return web_problem(req, 400, "q", "zoektekst is te lang (hoogstens 100 tekens)");
    const char *status = web_query(req, "status"), *year = web_query(req, "year");
    if (status) {
        if (!progress_status_parse(status, &f.status)) return web_problem(req, 400, "status", "onbekende status '%s'", status);
        f.status_set = true;
    }
    if (year) {
        char *end;
        long y = strtol(year, &end, 10);
        if (*end || y < 1900 || y > 2999) return web_problem(req, 400, "year", "year moet een jaartal zijn (bijv. 2024)");
        f.year = (int)y;
    }
    if (f.overdue && strcmp(f.overdue, "contact") && strcmp(f.overdue, "yearly-report") && strcmp(f.overdue, "behind"))
        return web_problem(req, 400, "overdue", "overdue moet contact, yearly-report of behind zijn");
    inc_date today = date_today();
    char key[1024];
    bool cacheable = list_key(&f, today, key, sizeof key);
    uint64_t gen = rcache_generation(f.municipalities);
    if (cacheable && rcache_get(req, key, gen)) return 200;
    view_out o;
    view_out_text(&o);
    inc_error e = {0};
    if (app_contract_list(req->db, &f, today, &o, &e) != INC_OK) {
        view_out_free(&o);
        return web_fail(req, &e);
    }
    send_view(req, 200, &o);
    if (cacheable) rcache_put(req, key, f.municipalities, gen);
    return req->status;
}

/* Looks the contract up and applies the scope check for `a` (404 outside it). */
static bool contract_in_scope(web_req *req, authz_action a, int64_t *id, char muni[48])
{
    if (!web_guard_role(req, a) || !web_param_id(req, "id", id)) return false;
    int64_t org = 0;
    inc_error e = {0};
    if (app_contract_scope(req->db, *id, muni, &org, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, NULL, "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    return web_guard(req, a, muni, org);
}

static int show(web_req *req, int status, int64_t id)
{
    view_out o;
    view_out_text(&o);
    inc_error e = {0};
    if (app_contract_show(req->db, id, date_today(), &o, &e) != INC_OK) {
        view_out_free(&o);
        return web_fail(req, &e);
    }
    return send_view(req, status, &o);
}

/* The scope check of one contract's page, on the facts the page's own read gives (web_guard
 * answers a refusal: 404 outside the scope, 403 for a role that may not). */
typedef struct {
    web_req *req;
    rcache_tag tag;
} show_gate;

static bool show_allowed(void *ctx, const char *municipality, int64_t contractor_id)
{
    show_gate *g = ctx;
    snprintf(g->tag.municipality, sizeof g->tag.municipality, "%s", municipality ? municipality : "");
    g->tag.organisation_id = contractor_id;
    return web_guard(g->req, ACT_REGISTER_READ, g->tag.municipality, contractor_id);
}

int h_contracts_show(web_req *req)
{
    int64_t id;
    if (!web_guard_role(req, ACT_REGISTER_READ) || !web_param_id(req, "id", &id)) return req->status;
    /* The same for everyone allowed to see it; the entry keeps whom that is, so a hit is checked
     * without a statement, and is stale when its municipality changes. */
    char key[64];
    snprintf(key, sizeof key, "S|%d|%lld", (int)date_today(), (long long)id);
    show_gate g = {req, {{0}, 0}};
    if (rcache_get_tagged(req, key, &g.tag))
        return web_guard(req, ACT_REGISTER_READ, g.tag.municipality, g.tag.organisation_id) ? 200 : req->status;
    uint64_t before = rcache_generation(NULL);
    view_out o;
    view_out_text(&o);
    inc_error e = {0};
    inc_status st = app_contract_show_if(req->db, id, date_today(), show_allowed, &g, &o, &e);
    if (st != INC_OK) {
        view_out_free(&o);
        if (st == INC_EFORBIDDEN) return req->status;   /* answered by the gate */
        if (st == INC_ENOTFOUND) return web_problem(req, 404, NULL, "niet gevonden");
        return web_fail(req, &e);
    }
    send_view(req, 200, &o);
    rcache_put_tagged(req, key, &g.tag, before);
    return req->status;
}

int h_contracts_create(web_req *req)
{
    if (!web_guard_role(req, ACT_CONTRACT_CREATE)) return req->status;
    static const web_field fields[] = {
        {"municipality", F_STRING, true},     {"department", F_STRING, false},   {"reference", F_STRING, true},
        {"title", F_STRING, true},            {"category", F_STRING, true},      {"procedure", F_STRING, true},
        {"value", F_NUMBER, true},            {"labour_share_pct", F_NUMBER, true}, {"award_date", F_STRING, true},
        {"start_date", F_STRING, true},       {"end_date", F_STRING, true},      {"contractor_kvk", F_STRING, true},
        {"contractor_name", F_STRING, false}, {"cpv", F_STRING, false},          {"sebo_holder", F_BOOL, false},
        {"extra_pct", F_NUMBER, false},       {"exemption_pct", F_NUMBER, false}, {"exemption_by", F_STRING, false},
        {"exemption_date", F_STRING, false},  {"exemption_reason", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_fields jf;
    field_source fs = json_fields_source(&jf, req->body);
    inc_contract_input in;
    inc_errors bad = {0};
    inc_error e = {.all = &bad};   /* every bad field at once */
    if (contract_input_parse(&fs, &in, &e) != INC_OK) return web_fail(req, &e);
    if (authz_decide(&req->user, ACT_CONTRACT_CREATE, in.municipality, 0) != AUTHZ_ALLOW)
        return web_problem(req, 403, "municipality", "u mag geen contracten registreren voor gemeente '%s'",
                           in.municipality);
    int64_t id;
    if (app_contract_register(req->db, &in, &id, &e) != INC_OK) return web_fail(req, &e);
    return show(req, 201, id);
}

int h_contracts_contact(web_req *req)
{
    int64_t id;
    char muni[48];
    if (!contract_in_scope(req, ACT_CONTRACT_CONTACT, &id, muni)) return req->status;
    static const web_field fields[] = {{"date", F_STRING, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_date day;
    inc_error e = {0};
    if (date_parse(json_string_value(json_object_get(req->body, "date")), &day, "date", &e) != INC_OK ||
        app_contract_contact(req->db, id, day, &e) != INC_OK)
        return web_fail(req, &e);
    return show(req, 200, id);
}

int h_contracts_yearly_report(web_req *req)
{
    int64_t id;
    char muni[48];
    if (!contract_in_scope(req, ACT_YEARLY_REPORT, &id, muni)) return req->status;
    static const web_field fields[] = {{"year_no", F_INTEGER, true}, {"remarks", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_int_t year_no = json_integer_value(json_object_get(req->body, "year_no"));
    if (year_no < 1 || year_no > 100) return web_problem(req, 422, "year_no", "year_no moet 1 of hoger zijn");
    inc_error e = {0};
    if (app_contract_yearly_report(req->db, id, (int)year_no, json_string_value(json_object_get(req->body, "remarks")),
                               &e) != INC_OK)
        return web_fail(req, &e);
    return show(req, 201, id);
}
