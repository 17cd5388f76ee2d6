#include "web/session_auth.h"
#include "app/session.h"
#include "web/scope.h"
#include <microhttpd.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static session_limits limits = {1800, 28800};
static bool secure;

void web_session_configure(session_limits l, bool secure_cookie)
{
    limits = l;
    secure = secure_cookie;
}

const session_limits *web_session_limits(void) { return &limits; }

int64_t web_now(void) { return (int64_t)time(NULL); }

const char *web_session_cookie(const web_req *req)
{
    return MHD_lookup_connection_value(req->conn, MHD_COOKIE_KIND, WEB_SESSION_COOKIE);
}

inc_status web_resolve_session(web_req *req, inc_error *e)
{
    req->logged_in = false;
    const char *token = web_session_cookie(req);
    if (!token) return INC_OK;
    inc_error le = {0};
    inc_status st = app_session_check(req->db, token, web_now(), &limits, &req->session, &req->user, &le);
    if (st == INC_ENOTFOUND) return INC_OK;
    if (st != INC_OK) return inc_fail(e, st, "", "%s", le.message);
    req->logged_in = !req->user.disabled;
    return INC_OK;
}

void web_set_session_cookie(web_req *req, const char *token)
{
    snprintf(req->set_cookie, sizeof req->set_cookie, "%s=%s; HttpOnly; SameSite=Strict; Path=/%s",
             WEB_SESSION_COOKIE, token, secure || req->tls ? "; Secure" : "");
}

void web_clear_session_cookie(web_req *req)
{
    snprintf(req->set_cookie, sizeof req->set_cookie, "%s=; Max-Age=0; HttpOnly; SameSite=Strict; Path=/%s",
             WEB_SESSION_COOKIE, secure || req->tls ? "; Secure" : "");
}

bool web_csrf_ok(const web_req *req)
{
    const char *h = web_header(req, "X-CSRF-Token");
    size_t n = strlen(req->session.csrf_token);
    if (!h || n == 0 || strlen(h) != n) return false;
    return sodium_memcmp(h, req->session.csrf_token, n) == 0;
}

void web_set_actor(web_req *req)
{
    char actor[128];
    if (req->logged_in) snprintf(actor, sizeof actor, "user:%lld %s", (long long)req->user.id, req->user.username);
    else snprintf(actor, sizeof actor, "web:%s", req->address);
    db_set_actor(req->db, actor);
    web_scope_set_viewer(req);
}
