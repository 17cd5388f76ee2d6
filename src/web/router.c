#include "web/router.h"
#include <stdio.h>
#include <string.h>

const web_route web_routes[] = {
#define ROUTE(method, pattern, handler, auth) {method, pattern, handler, auth},
#include "web/routes.def"
#undef ROUTE
};
const int web_route_count = sizeof web_routes / sizeof web_routes[0];

/* Matches pattern segments against the path; {name} captures one non-empty segment. */
static bool match_path(const char *pattern, const char *path, web_req *req)
{
    int n = 0;
    const char *p = pattern, *u = path;
    while (*p && *u) {
        if (*p == '{') {
            const char *close = strchr(p, '}');
            size_t seg = strcspn(u, "/");
            if (!close || seg == 0 || seg >= sizeof req->param_values[0] || n >= WEB_MAX_PARAMS) return false;
            /* The parameter name points into the (static) pattern; it ends at '}'. */
            req->param_names[n] = p + 1;
            memcpy(req->param_values[n], u, seg);
            req->param_values[n][seg] = '\0';
            n++;
            p = close + 1;
            u += seg;
            continue;
        }
        if (*p != *u) return false;
        p++;
        u++;
    }
    if (*p || *u) return false;
    req->n_params = n;
    return true;
}

route_match router_match(web_req *req, const web_route **out, char *allow, size_t allow_size)
{
    bool path_seen = false;
    if (allow_size) allow[0] = '\0';
    for (int i = 0; i < web_route_count; i++) {
        if (!match_path(web_routes[i].pattern, req->path, req)) continue;
        if (strcmp(web_routes[i].method, req->method) == 0) {
            *out = &web_routes[i];
            return ROUTE_FOUND;
        }
        if (allow_size && !strstr(allow, web_routes[i].method)) {
            size_t used = strlen(allow);
            snprintf(allow + used, allow_size - used, "%s%s", used ? ", " : "", web_routes[i].method);
        }
        path_seen = true;
    }
    req->n_params = 0;
    return path_seen ? ROUTE_WRONG_METHOD : ROUTE_NO_PATH;
}

const char *web_param(const web_req *req, const char *name)
{
    size_t n = strlen(name);
    for (int i = 0; i < req->n_params; i++)
        if (strncmp(req->param_names[i], name, n) == 0 && req->param_names[i][n] == '}') return req->param_values[i];
    return NULL;
}

bool web_param_id(web_req *req, const char *name, int64_t *id)
{
    const char *v = web_param(req, name);
    int64_t x = 0;
    bool ok = v && *v && strlen(v) <= 15;
    for (const char *c = v; ok && *c; c++) {
        if (*c < '0' || *c > '9') ok = false;
        else x = x * 10 + (*c - '0');
    }
    if (!ok || x <= 0) {
        web_problem(req, 400, name, "ongeldig id '%s': verwacht een positief geheel getal", v ? v : "");
        return false;
    }
    *id = x;
    return true;
}
