#include "app/user.h"
#include "store/user_store.h"

inc_status app_user_create(inc_db *db, const inc_user_new *u, int64_t *id, inc_error *e)
{
    return user_create(db, u, id, e);
}

inc_status app_user_load(inc_db *db, int64_t id, inc_user *out, inc_error *e) { return user_load(db, id, out, e); }

inc_status app_user_load_by_name(inc_db *db, const char *username, inc_user *out, inc_error *e)
{
    return user_load_by_name(db, username, out, e);
}

inc_status app_user_authenticate(inc_db *db, const char *username, const char *password, inc_user *out, inc_error *e)
{
    return user_authenticate(db, username, password, out, e);
}

inc_status app_user_set_password(inc_db *db, int64_t id, const char *password, inc_error *e)
{
    return user_set_password(db, id, password, e);
}

inc_status app_user_disable(inc_db *db, int64_t id, inc_error *e) { return user_disable(db, id, e); }

json_t *user_json(const inc_user *u)
{
    json_t *munis = json_array();
    for (int i = 0; i < u->n_municipalities; i++) json_array_append_new(munis, json_string(u->municipalities[i]));
    json_t *org = u->organisation_id
                      ? json_pack("{s:I, s:s, s:s}", "id", (json_int_t)u->organisation_id, "kvk", u->organisation_kvk,
                                  "name", u->organisation_name)
                      : json_null();
    return json_pack("{s:I, s:s, s:s, s:o, s:o, s:b}", "id", (json_int_t)u->id, "username", u->username, "role",
                     role_code(u->role), "organisation", org, "municipalities", munis, "disabled", u->disabled);
}

static inc_status append_user(const inc_user *u, void *arr, inc_error *e)
{
    (void)e;
    json_array_append_new(arr, user_json(u));
    return INC_OK;
}

inc_status app_users_list_json(inc_db *db, json_t **out, inc_error *e)
{
    json_t *arr = json_array();
    inc_status st = user_each(db, append_user, arr, e);
    if (st != INC_OK) {
        json_decref(arr);
        return st;
    }
    *out = arr;
    return INC_OK;
}
