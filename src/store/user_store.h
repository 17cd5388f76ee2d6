/* Users of the web application: role, the municipalities they serve, the organisation an
 * opdrachtnemer acts for, an Argon2id password hash. Every change is audit-logged (never the
 * password) and ends the user's sessions where the change affects access. */
#ifndef INC_USER_STORE_H
#define INC_USER_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/session.h"
#include "core/user.h"
#include "store/db.h"

/* Checks length (10..256 bytes) and refuses common and guessable passwords (zxcvbn, with Dutch words
 * and the username as words to avoid; username may be NULL), saying why in Dutch. */
inc_status password_check(const char *password, const char *username, const char *field, inc_error *e);
/* Argon2id string with libsodium's interactive limits. */
inc_status password_hash(const char *password, char *out, size_t out_size, inc_error *e);

inc_status user_create(inc_db *db, const inc_user_new *u, int64_t *id, inc_error *e);
/* INC_ENOTFOUND when there is no such user. */
/* The user of the session whose token hash this is, and the session, in one statement (every API
 * request: session_user_lookup). INC_ENOTFOUND when there is no such session. */
inc_status user_load_by_session(inc_db *db, const char *token_hash, inc_user *u, inc_session *ses, inc_error *e);
inc_status user_load(inc_db *db, int64_t id, inc_user *out, inc_error *e);
inc_status user_load_by_name(inc_db *db, const char *username, inc_user *out, inc_error *e);
/* Verifies the password. Unknown user, disabled user and wrong password all give INC_EFORBIDDEN
 * with the same message, and take about the same time (a dummy hash is verified). */
inc_status user_authenticate(inc_db *db, const char *username, const char *password, inc_user *out, inc_error *e);
/* Sets a new password and ends every session of the user. */
inc_status user_set_password(inc_db *db, int64_t id, const char *password, inc_error *e);
/* Disables the account and ends its sessions. */
inc_status user_disable(inc_db *db, int64_t id, inc_error *e);

/* Calls fn for every user, by username; stops at the first status fn returns other than INC_OK. */
typedef inc_status (*user_visit_fn)(const inc_user *u, void *arg, inc_error *e);
inc_status user_each(inc_db *db, user_visit_fn fn, void *arg, inc_error *e);

#endif
