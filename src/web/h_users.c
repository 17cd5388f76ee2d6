/* /api/v1/users: accounts, managed by beheer; a user may change its own password. */
#include "app/user.h"
#include "web/body.h"
#include "web/guard.h"
#include "web/router.h"
#include "web/session_auth.h"
#include <sodium.h>
#include <string.h>

int h_users_list(web_req *req)
{
    if (!web_guard_role(req, ACT_USER_MANAGE)) return req->status;
    json_t *arr;
    inc_error e = {0};
    if (app_users_list_json(req->db, &arr, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:o}", "items", arr));
}

int h_users_create(web_req *req)
{
    if (!web_guard_role(req, ACT_USER_MANAGE)) return req->status;
    static const web_field fields[] = {{"username", F_STRING, true},     {"role", F_STRING, true},
                                       {"password", F_STRING, true},     {"municipalities", F_STRINGS, false},
                                       {"organisation", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_user_new u = {
        .username = json_string_value(json_object_get(req->body, "username")),
        .password = json_string_value(json_object_get(req->body, "password")),
        .organisation_kvk = json_string_value(json_object_get(req->body, "organisation")),
    };
    /* Every bad field at once: these checks and user_create's (which writes nothing after a failure here). */
    inc_errors bad = {0};
    inc_error e = {.all = &bad};
    inc_checks c;
    inc_checks_begin(&c, &e);
    const char *role = json_string_value(json_object_get(req->body, "role"));
    if (!role_parse(role, &u.role)) {
        u.role = ROLE__COUNT;
        inc_check(&c, inc_fail(&e, INC_EINVAL, "role",
                               "onbekende rol '%s' (beheer, sr-team, inkoop, opdrachtnemer, wsp, po, raad)", role));
    }
    json_t *munis = json_object_get(req->body, "municipalities");
    const char *codes[USER_MAX_MUNICIPALITIES];
    if (json_array_size(munis) > USER_MAX_MUNICIPALITIES)
        inc_check(&c, inc_fail(&e, INC_EINVAL, "municipalities", "hoogstens %d gemeenten per gebruiker",
                               USER_MAX_MUNICIPALITIES));
    size_t i;
    json_t *m;
    json_array_foreach(munis, i, m) if (i < USER_MAX_MUNICIPALITIES) codes[u.n_municipalities++] = json_string_value(m);
    u.municipalities = codes;
    int64_t id;
    inc_user made;
    inc_status st = app_user_create(req->db, &u, &id, &e);
    inc_check(&c, st);
    if (inc_checks_end(&c) != INC_OK) return web_fail(req, &e);
    if (app_user_load(req->db, id, &made, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 201, user_json(&made));
}

/* The target user of /users/{id}/...; false after a problem. */
static bool target_user(web_req *req, inc_user *out)
{
    int64_t id;
    if (!web_param_id(req, "id", &id)) return false;
    inc_error e = {0};
    if (app_user_load(req->db, id, out, &e) != INC_OK) {
        web_fail(req, &e);
        return false;
    }
    return true;
}

int h_users_disable(web_req *req)
{
    if (!web_guard_role(req, ACT_USER_MANAGE)) return req->status;
    static const web_field fields[] = {{NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_user u;
    if (!target_user(req, &u)) return req->status;
    if (u.id == req->user.id) return web_problem(req, 409, NULL, "u kunt uw eigen account niet blokkeren");
    inc_error e = {0};
    if (app_user_disable(req->db, u.id, &e) != INC_OK || app_user_load(req->db, u.id, &u, &e) != INC_OK)
        return web_fail(req, &e);
    return web_json(req, 200, user_json(&u));
}

/* beheer sets other users' passwords; every user (beheer too) changes its own giving the current one. */
int h_users_password(web_req *req)
{
    int64_t id;
    if (!web_param_id(req, "id", &id)) return req->status;
    bool self = id == req->user.id;
    if (!self && !web_guard_role(req, ACT_USER_MANAGE)) return req->status;
    static const web_field fields[] = {{"password", F_STRING, true}, {"current_password", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_user u;
    if (!target_user(req, &u)) return req->status;
    inc_error e = {0};
    if (self) {   /* also beheer: a stolen session alone must not be enough to take over the account */
        const char *cur = json_string_value(json_object_get(req->body, "current_password"));
        inc_user check;
        if (!cur) return web_problem(req, 400, "current_password", "veld 'current_password' ontbreekt");
        if (app_user_authenticate(req->db, u.username, cur, &check, &e) != INC_OK)
            return web_problem(req, 422, "current_password", "het huidige wachtwoord klopt niet");
    }
    if (app_user_set_password(req->db, u.id, json_string_value(json_object_get(req->body, "password")), &e) != INC_OK)
        return web_fail(req, &e);
    if (self) web_clear_session_cookie(req);   /* every session ended, this one too */
    return web_no_content(req);
}
