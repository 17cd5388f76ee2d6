#include "web/guard.h"
#include <stdlib.h>
#include <string.h>

bool web_guard(web_req *req, authz_action a, const char *municipality, int64_t organisation_id)
{
    switch (authz_decide(&req->user, a, municipality, organisation_id)) {
    case AUTHZ_ALLOW: return true;
    case AUTHZ_HIDDEN: web_problem(req, 404, NULL, "niet gevonden"); return false;
    default: web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role)); return false;
    }
}

bool web_guard_role(web_req *req, authz_action a)
{
    if (authz_role(&req->user, a) == AUTHZ_ALLOW) return true;
    web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    return false;
}

static bool parse_int(const char *s, long lo, long hi, long *out)
{
    if (!s || !*s || strlen(s) > 12) return false;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

bool web_page(web_req *req, int *page, int *per_page)
{
    long p = 1, pp = 25;
    const char *ps = web_query(req, "page"), *pps = web_query(req, "perPage");
    if (ps && !parse_int(ps, 1, 1000000, &p)) {
        web_problem(req, 400, "page", "page moet een geheel getal vanaf 1 zijn");
        return false;
    }
    if (pps && !parse_int(pps, 1, 200, &pp)) {
        web_problem(req, 400, "perPage", "perPage moet een geheel getal van 1 tot en met 200 zijn");
        return false;
    }
    *page = (int)p;
    *per_page = (int)pp;
    return true;
}

bool web_query_id(web_req *req, const char *name, int64_t *out)
{
    const char *s = web_query(req, name);
    long v;
    *out = 0;
    if (!s) return true;
    if (!parse_int(s, 1, 999999999999L, &v)) {
        web_problem(req, 400, name, "%s moet een positief geheel getal zijn", name);
        return false;
    }
    *out = v;
    return true;
}
