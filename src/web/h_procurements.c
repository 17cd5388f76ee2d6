/* /api/v1/procurements: the invitation log of onderhandse procurements. Inkoop logs them for its
 * municipality; the flags are visible to the department (inkoop) and the programme manager
 * (SR-team) of that municipality. Actions: app/procurement_log.h. */
#include "app/procurement_log.h"
#include "app/reference_data.h"
#include "core/company_search.h"
#include "web/authz_sebo.h"
#include "web/body.h"
#include "web/router.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool role_ok(web_req *req, sebo_action a)
{
    if (authz_sebo_role(&req->user, a) == AUTHZ_ALLOW) return true;
    web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    return false;
}

static const char *const body_fields[] = {"municipality", "department", "reference", "subject", "category",
                                          "estimated_value", "procedure", "date", "invited", "quotes", "winner",
                                          "awarded_value", "deviation_reason", NULL};

/* Parses the body into `in`; with `preview` missing department/subject do not block the check. */
static bool parse_body(web_req *req, sebo_proc_input *in, bool preview)
{
    if (!req->body) {
        web_problem(req, 400, NULL, "verwacht een JSON-object");
        return false;
    }
    const char *key;
    json_t *v;
    json_object_foreach(req->body, key, v) {
        const char *const *f = body_fields;
        while (*f && strcmp(*f, key) != 0) f++;
        if (!*f) {
            web_problem(req, 400, key, "onbekend veld '%s'", key);
            return false;
        }
    }
    json_t *b = json_deep_copy(req->body);
    if (!json_object_get(b, "municipality") && req->user.n_municipalities > 0)
        json_object_set_new(b, "municipality", json_string(req->user.municipalities[0]));
    if (preview) {
        const char *keys[] = {"department", "subject"};
        for (int i = 0; i < 2; i++) {
            json_t *x = json_object_get(b, keys[i]);
            if (!json_is_string(x) || !json_string_length(x)) json_object_set_new(b, keys[i], json_string("-"));
        }
    }
    inc_error e = {0};
    inc_status s = sebo_proc_input_from_json(b, in, &e);
    json_decref(b);
    if (s != INC_OK) {
        web_problem(req, 422, e.field, "%s", e.message);
        return false;
    }
    if (authz_sebo_decide(&req->user, SACT_PROCUREMENT_LOG, in->municipality, 0) != AUTHZ_ALLOW) {
        web_problem(req, 403, "municipality", "u mag geen inkopen vastleggen voor gemeente '%s'", in->municipality);
        return false;
    }
    return true;
}

int h_procurements_create(web_req *req)
{
    if (!role_ok(req, SACT_PROCUREMENT_LOG)) return req->status;
    sebo_proc_input in;
    if (!parse_body(req, &in, false)) return req->status;
    int64_t id;
    inc_error e = {0};
    if (app_procurement_log(req->db, &in, &id, NULL, &e) != INC_OK) return web_fail(req, &e);
    procurement_list l;
    if (app_procurement(req->db, id, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = procurement_json(&l.items[0]);
    arena_free(&l.arena);
    return web_json(req, 201, out);
}

int h_procurements_check(web_req *req)
{
    if (!role_ok(req, SACT_PROCUREMENT_LOG)) return req->status;
    sebo_proc_input in;
    if (!parse_body(req, &in, true)) return req->status;
    procurement_check_result c;
    inc_error e = {0};
    if (app_procurement_check(req->db, &in, &c, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 200, procurement_check_json(&in, &c));
}

int h_procurements_show(web_req *req)
{
    if (!role_ok(req, SACT_PROCUREMENT_READ)) return req->status;
    int64_t id;
    if (!web_param_id(req, "id", &id)) return req->status;
    char muni[48];
    inc_error e = {0};
    if (app_procurement_municipality(req->db, id, muni, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, NULL, "niet gevonden");
        return web_fail(req, &e);
    }
    if (authz_sebo_decide(&req->user, SACT_PROCUREMENT_READ, muni, 0) != AUTHZ_ALLOW)
        return web_problem(req, 404, NULL, "niet gevonden");
    procurement_list l;
    if (app_procurement(req->db, id, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = procurement_json(&l.items[0]);
    arena_free(&l.arena);
    return web_json(req, 200, out);
}

int h_procurements_list(web_req *req)
{
    if (!role_ok(req, SACT_PROCUREMENT_READ)) return req->status;
    procurement_filter f = {.department = web_query(req, "department")};
    const char *flagged = web_query(req, "flagged");
    if (flagged) {
        if (strcmp(flagged, "true") && strcmp(flagged, "false"))
            return web_problem(req, 400, "flagged", "flagged moet true of false zijn");
        f.flagged_only = strcmp(flagged, "true") == 0;
    }
    const char *y = web_query(req, "year");
    if (y) {
        char *end;
        long v = strtol(y, &end, 10);
        if (!*y || *end || v < 1900 || v > 2999) return web_problem(req, 400, "year", "year moet een jaartal zijn (bijv. 2024)");
        f.year = (int)v;
    }
    /* The municipalities to list: ?municipality= in scope, else every municipality of the user. */
    const char *m = web_query(req, "municipality");
    const char *list[USER_MAX_MUNICIPALITIES + 1];
    int n = 0;
    if (m) {
        if (authz_sebo_decide(&req->user, SACT_PROCUREMENT_READ, m, 0) != AUTHZ_ALLOW)
            return web_problem(req, 404, "municipality", "gemeente '%s' niet gevonden", m);
        list[n++] = m;
    } else if (req->user.role == ROLE_BEHEER) {
        list[n++] = NULL;
    } else {
        for (int i = 0; i < req->user.n_municipalities; i++) list[n++] = req->user.municipalities[i];
    }
    json_t *items = json_array();
    inc_error e = {0};
    size_t flagged_n = 0;
    for (int i = 0; i < n; i++) {
        f.municipality = list[i];
        procurement_list l;
        if (app_procurements(req->db, &f, &l, &e) != INC_OK) {
            json_decref(items);
            return web_fail(req, &e);
        }
        for (size_t k = 0; k < l.n; k++) {
            json_array_append_new(items, procurement_json(&l.items[k]));
            flagged_n += strcmp(l.items[k].outcome, "gemarkeerd") == 0;
        }
        arena_free(&l.arena);
    }
    return web_json(req, 200, json_pack("{s:o, s:i, s:i}", "items", items, "total", (int)json_array_size(items),
                                        "flagged", (int)flagged_n));
}

int h_procurements_companies(web_req *req)
{
    if (!role_ok(req, SACT_PROCUREMENT_LOG)) return req->status;
    const char *m = web_query(req, "municipality");
    if (!m && req->user.n_municipalities > 0) m = req->user.municipalities[0];
    if (!m) m = "zoetermeer";
    if (authz_sebo_decide(&req->user, SACT_PROCUREMENT_LOG, m, 0) != AUTHZ_ALLOW)
        return web_problem(req, 404, "municipality", "gemeente '%s' niet gevonden", m);
    inc_category cat = CAT_WERKEN;
    const char *c = web_query(req, "category");
    if (c && !category_parse(c, &cat)) return web_problem(req, 400, "category", "onbekende categorie '%s'", c);
    inc_date day = date_today();
    const char *d = web_query(req, "date");
    inc_error e = {0};
    if (d && date_parse(d, &day, "date", &e) != INC_OK) return web_problem(req, 400, "date", "%s", e.message);
    /* search: q (name or KvK), sebo=true|false, local=true|false */
    company_search cs = {web_query(req, "q"), -1, -1};
    const char *flags[2] = {"sebo", "local"};
    int *vals[2] = {&cs.sebo, &cs.local};
    for (int i = 0; i < 2; i++) {
        const char *v = web_query(req, flags[i]);
        if (!v) continue;
        if (strcmp(v, "true") && strcmp(v, "false")) return web_problem(req, 400, flags[i], "%s moet true of false zijn", flags[i]);
        *vals[i] = strcmp(v, "true") == 0;
    }
    if (cs.q && strlen(cs.q) > 100) return web_problem(req, 400, "q", "de zoekterm is te lang (ten hoogste 100 tekens)");
    procurement_company_list l;
    if (app_procurement_companies(req->db, m, cat, day, &l, &e) != INC_OK) return web_fail(req, &e);
    size_t kept = 0;
    for (size_t i = 0; i < l.n; i++)
        if (company_search_matches(&cs, &l.items[i])) l.items[kept++] = l.items[i];
    size_t all = l.n;
    l.n = kept;
    json_t *arr = procurement_companies_json(&l);
    l.n = all;
    arena_free(&l.arena);
    return web_json(req, 200, json_pack("{s:s, s:s, s:o}", "municipality", m, "category", category_code(cat), "items", arr));
}

int h_procurements_company_create(web_req *req)
{
    if (!role_ok(req, SACT_PROCUREMENT_LOG)) return req->status;
    static const web_field fields[] = {{"kvk", F_STRING, true}, {"name", F_STRING, true},
                                       {"established", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    const char *kvk = json_string_value(json_object_get(req->body, "kvk"));
    const char *name = json_string_value(json_object_get(req->body, "name"));
    const char *est = json_string_value(json_object_get(req->body, "established"));
    if (strlen(name) > 160) return web_problem(req, 422, "name", "de naam is te lang (ten hoogste 160 tekens)");
    bool created;
    inc_error e = {0};
    int64_t existing = 0;
    if (app_organisation_id_by_kvk(req->db, kvk, &existing, &e) == INC_EIO) return web_fail(req, &e);
    if (existing > 0) return web_problem(req, 409, "kvk", "KvK-nummer %s is al bekend", kvk);
    if (app_procurement_company_add(req->db, kvk, name, est, &created, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 201, json_pack("{s:s, s:s, s:o}", "kvk", kvk, "name", name, "established",
                                        est && *est ? json_string(est) : json_null()));
}
