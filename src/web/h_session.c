/* POST/GET/DELETE /api/v1/session: log in, who am I, log out. */
#include "app/session.h"
#include "app/user.h"
#include "web/body.h"
#include "web/permissions.h"
#include "web/router.h"
#include "web/session_auth.h"
#include <stdio.h>

static json_t *session_json(const web_req *req)
{
    return json_pack("{s:o, s:s, s:o}", "user", user_json(&req->user), "csrf_token", req->session.csrf_token,
                     "permissions", permissions_json(&req->user));
}

int h_session_login(web_req *req)
{
    static const web_field fields[] = {{"username", F_STRING, true}, {"password", F_STRING, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    const char *username = json_string_value(json_object_get(req->body, "username"));
    const char *password = json_string_value(json_object_get(req->body, "password"));
    app_login_request r = {.username = username, .password = password, .address = req->address,
                           .replaces = web_session_cookie(req), .now = web_now(), .limits = web_session_limits()};
    char token[SESSION_TOKEN_HEX + 1];
    int64_t wait = 0;
    inc_error e = {0};
    inc_status st = app_session_login(req->db, &r, &req->user, &req->session, token, &wait, &e);
    if (wait > 0) {
        snprintf(req->retry_after, sizeof req->retry_after, "%lld", (long long)wait);
        return web_problem(req, 429, NULL, "%s", e.message);
    }
    if (st == INC_EFORBIDDEN) return web_problem(req, 401, NULL, "%s", e.message);
    if (st != INC_OK) return web_fail(req, &e);
    req->logged_in = true;
    web_set_session_cookie(req, token);
    return web_json(req, 200, session_json(req));
}

int h_session_get(web_req *req) { return web_json(req, 200, session_json(req)); }

int h_session_logout(web_req *req)
{
    inc_error e = {0};
    if (app_session_end(req->db, web_session_cookie(req), &e) != INC_OK) return web_fail(req, &e);
    web_clear_session_cookie(req);
    return web_no_content(req);
}
