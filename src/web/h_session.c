/* POST/GET/DELETE /api/v1/session: log in, who am I, log out. */
#include "core/throttle.h"
#include "store/throttle_store.h"
#include "web/body.h"
#include "web/permissions.h"
#include "web/router.h"
#include "web/session_auth.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t env_threshold(const char *name, int64_t dflt)
{
    const char *v = getenv(name);
    long n = v ? strtol(v, NULL, 10) : 0;
    return n > 0 ? n : dflt;
}

static json_t *session_json(const web_req *req)
{
    return json_pack("{s:o, s:s, s:o}", "user", user_to_json(&req->user), "csrf_token", req->session.csrf_token,
                     "permissions", permissions_json(&req->user));
}

int h_session_login(web_req *req)
{
    static const web_field fields[] = {{"username", F_STRING, true}, {"password", F_STRING, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    const char *username = json_string_value(json_object_get(req->body, "username"));
    const char *password = json_string_value(json_object_get(req->body, "password"));
    char ukey[96], akey[96];
    snprintf(ukey, sizeof ukey, "user:%.80s", username);
    for (char *p = ukey; *p; p++) *p = (char)tolower((unsigned char)*p);
    snprintf(akey, sizeof akey, "addr:%s", req->address);
    int64_t now = web_now(), ulock = 0, alock = 0;
    inc_error e = {0};
    if (throttle_locked_for(req->db, ukey, now, &ulock, &e) != INC_OK ||
        throttle_locked_for(req->db, akey, now, &alock, &e) != INC_OK)
        return web_fail(req, &e);
    int64_t wait = ulock > alock ? ulock : alock;
    if (wait > 0) {
        snprintf(req->retry_after, sizeof req->retry_after, "%lld", (long long)wait);
        return web_problem(req, 429, NULL, "te veel mislukte inlogpogingen; probeer het over %lld seconden opnieuw",
                           (long long)wait);
    }
    inc_status st = user_authenticate(req->db, username, password, &req->user, &e);
    if (st == INC_EFORBIDDEN) {
        inc_error te = {0};
        if (throttle_record_failure(req->db, ukey, env_threshold("INCLUSIO_THROTTLE_USER", THROTTLE_USER_THRESHOLD),
                                    now, &te) != INC_OK ||
            throttle_record_failure(req->db, akey, env_threshold("INCLUSIO_THROTTLE_ADDR", THROTTLE_ADDR_THRESHOLD),
                                    now, &te) != INC_OK)
            return web_fail(req, &te);
        return web_problem(req, 401, NULL, "%s", e.message);
    }
    if (st != INC_OK) return web_fail(req, &e);
    char token[SESSION_TOKEN_HEX + 1];
    /* A new login replaces the session the browser had (if any). */
    if (web_session_cookie(req) && session_delete(req->db, web_session_cookie(req), &e) != INC_OK)
        return web_fail(req, &e);
    /* Sessions of users who never came back are removed at the next login of anyone. */
    if (session_purge(req->db, now, web_session_limits(), NULL, &e) != INC_OK) return web_fail(req, &e);
    if (throttle_clear(req->db, ukey, &e) != INC_OK ||
        session_create(req->db, req->user.id, req->address, now, token, req->session.csrf_token, &e) != INC_OK)
        return web_fail(req, &e);
    req->logged_in = true;
    web_set_session_cookie(req, token);
    return web_json(req, 200, session_json(req));
}

int h_session_get(web_req *req) { return web_json(req, 200, session_json(req)); }

int h_session_logout(web_req *req)
{
    inc_error e = {0};
    if (session_delete(req->db, web_session_cookie(req), &e) != INC_OK) return web_fail(req, &e);
    web_clear_session_cookie(req);
    return web_no_content(req);
}
