/* A municipality's postcode areas over the API (app/local_area.h): its own (they make a company
 * local for the SEBO preference and a candidate known only by postcode area a resident) and the
 * region's (local for the SEBO preference only). Read by any logged-in user, set by beheer. */
#include "app/local_area.h"
#include "core/role.h"
#include "web/body.h"
#include "web/router.h"

static int answer(web_req *req, const char *m)
{
    char own[1024], region[1024];
    inc_error e = {0};
    if (app_municipality_postcodes_get(req->db, m, false, own, sizeof own, &e) ||
        app_municipality_postcodes_get(req->db, m, true, region, sizeof region, &e)) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, "municipality", "niet gevonden");
        return web_fail(req, &e);
    }
    return web_json(req, 200, json_pack("{s:s, s:s, s:s}", "municipality", m, "postcodes", own, "region", region));
}

int h_municipality_postcodes_show(web_req *req) { return answer(req, web_param(req, "code")); }

int h_municipality_postcodes(web_req *req)
{
    if (req->user.role != ROLE_BEHEER)
        return web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    static const web_field fields[] = {{"postcodes", F_STRING, false}, {"region", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    const char *m = web_param(req, "code");
    const char *own = json_string_value(json_object_get(req->body, "postcodes"));
    const char *region = json_string_value(json_object_get(req->body, "region"));
    if (!own && !region) return web_problem(req, 400, "postcodes", "geef postcodes, region of beide (een lege tekst: geen gebieden)");
    inc_error e = {0};
    if (app_municipality_postcodes_set(req->db, m, own, region, &e)) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, "municipality", "niet gevonden");
        return web_fail(req, &e);
    }
    return answer(req, m);
}
