/* Accounts of the web application (`inclusio user add|list|disable|passwd`, /api/v1/users). Every
 * change is audit-logged (never the password) and ends the user's sessions where it affects
 * access. Records are core/user.h values; user_json is their one JSON view. */
#ifndef INC_APP_USER_H
#define INC_APP_USER_H
#include <jansson.h>
#include "app/app.h"
#include "core/user.h"

/* Checks the password (10..256 bytes, not guessable), the role's scope, and creates the account. */
inc_status app_user_create(inc_db *db, const inc_user_new *u, int64_t *id, inc_error *e);
/* INC_ENOTFOUND when there is no such user. */
inc_status app_user_load(inc_db *db, int64_t id, inc_user *out, inc_error *e);
inc_status app_user_load_by_name(inc_db *db, const char *username, inc_user *out, inc_error *e);
/* Verifies a password (a user changing their own). Unknown user, disabled user and wrong password
 * all give INC_EFORBIDDEN with one message. */
inc_status app_user_authenticate(inc_db *db, const char *username, const char *password, inc_user *out, inc_error *e);
/* Sets a new password and ends every session of the user. */
inc_status app_user_set_password(inc_db *db, int64_t id, const char *password, inc_error *e);
/* Disables the account and ends its sessions. */
inc_status app_user_disable(inc_db *db, int64_t id, inc_error *e);
/* [user_json of each account], by username. */
inc_status app_users_list_json(inc_db *db, json_t **out, inc_error *e);

/* {id, username, role, organisation: {id, kvk, name} or null, municipalities, disabled} */
json_t *user_json(const inc_user *u);

#endif
