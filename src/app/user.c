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

inc_status app_users_list_json(inc_db *db, json_t **out, inc_error *e) { return users_list_json(db, out, e); }

json_t *user_json(const inc_user *u) { return user_to_json(u); }
