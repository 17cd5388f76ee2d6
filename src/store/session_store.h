/* Login sessions. The cookie carries a random 32-byte token (64 hex characters); the database
 * keeps only its keyed BLAKE2b hash under a sub-key derived from the server key, so a copy of
 * the database alone cannot be used to take over a session. Each session has its own CSRF token. */
#ifndef INC_SESSION_STORE_H
#define INC_SESSION_STORE_H
#include <stdint.h>
#include "core/session.h"
#include "core/user.h"
#include "store/db.h"

/* Defaults, overridden by INCLUSIO_SESSION_IDLE_SECONDS and INCLUSIO_SESSION_MAX_SECONDS. */
session_limits session_limits_from_env(void);

inc_status session_create(inc_db *db, int64_t user_id, const char *address, int64_t now,
                          char token[SESSION_TOKEN_HEX + 1], char csrf[SESSION_TOKEN_HEX + 1], inc_error *e);
/* Finds a live session for the token, refreshing last_seen (at most once per minute, or per
 * idle/30 when that is shorter). Unknown or expired: INC_ENOTFOUND (an expired one is deleted). */
inc_status session_lookup(inc_db *db, const char *token, int64_t now, const session_limits *lim, inc_session *out,
                          inc_error *e);
/* session_lookup and the session's user in one statement (every API request; a statement is a round
 * trip on a database server). */
inc_status session_user_lookup(inc_db *db, const char *token, int64_t now, const session_limits *lim,
                               inc_session *out, inc_user *user, inc_error *e);
inc_status session_delete(inc_db *db, const char *token, inc_error *e);
/* Removes every expired session; returns how many in *removed (may be NULL). */
inc_status session_purge(inc_db *db, int64_t now, const session_limits *lim, int *removed, inc_error *e);

#endif
