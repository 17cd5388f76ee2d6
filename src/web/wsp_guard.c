#include "web/wsp_guard.h"
#include "app/wsp_actions.h"
#include <string.h>

static const bool allowed[ROLE__COUNT][WSP__COUNT] = {
    /*                     read write cand skills */
    [ROLE_BEHEER]        = {1,   0,    0,   1},
    [ROLE_SR_TEAM]       = {1,   0,    1,   0},
    [ROLE_INKOOP]        = {0,   0,    0,   0},
    [ROLE_OPDRACHTNEMER] = {0,   0,    0,   0},
    [ROLE_WSP]           = {1,   1,    1,   0},
    [ROLE_PO]            = {0,   0,    0,   0},
    [ROLE_RAAD]          = {0,   0,    0,   0},
};

bool wsp_role_allows(inc_role role, wsp_action a)
{
    return (unsigned)role < ROLE__COUNT && (unsigned)a < WSP__COUNT && allowed[role][a];
}

bool wsp_guard_role(web_req *req, wsp_action a)
{
    if (!req->user.disabled && wsp_role_allows(req->user.role, a)) return true;
    web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    return false;
}

bool wsp_guard(web_req *req, wsp_action a, const char *municipality)
{
    if (!wsp_guard_role(req, a)) return false;
    if (authz_serves(&req->user, municipality)) return true;
    web_problem(req, 404, NULL, "niet gevonden");
    return false;
}

bool wsp_guard_record(web_req *req, wsp_action a, const char *kind, int64_t id)
{
    if (!wsp_guard_role(req, a)) return false;
    char code[64];
    inc_error e = {0};
    if (wsp_record_municipality(req->db, kind, id, code, sizeof code, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, NULL, "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    return wsp_guard(req, a, code);
}

json_t *wsp_filter_scope(web_req *req, json_t *arr) { return wsp_filter_scope_by(req, arr, "municipality"); }

json_t *wsp_filter_scope_by(web_req *req, json_t *arr, const char *key)
{
    size_t i = 0;
    while (i < json_array_size(arr)) {
        const char *m = json_string_value(json_object_get(json_array_get(arr, i), key));
        if (authz_serves(&req->user, m)) i++;
        else json_array_remove(arr, i);
    }
    return arr;
}
