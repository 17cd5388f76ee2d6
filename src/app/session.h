/* Logging in and out of the web application (/api/v1/session) and finding the session of a
 * request. Records are core/session.h and core/user.h values. Failed logins are counted per
 * account and per address (policy core/throttle.h, thresholds INCLUSIO_THROTTLE_USER and
 * INCLUSIO_THROTTLE_ADDR), so every worker thread and a restarted server see the same locks. */
#ifndef INC_APP_SESSION_H
#define INC_APP_SESSION_H
#include "app/app.h"
#include "core/session.h"
#include "core/user.h"

/* Defaults, overridden by INCLUSIO_SESSION_IDLE_SECONDS and INCLUSIO_SESSION_MAX_SECONDS. */
session_limits app_session_limits_from_env(void);

typedef struct {
    const char *username, *password;
    const char *address;         /* the caller's IP address */
    const char *replaces;        /* the session token the browser had, or NULL: ended first */
    int64_t now;
    const session_limits *limits;
} app_login_request;

/* Logs in: refuses while the account or the address is locked (INC_EFORBIDDEN with
 * *locked_for > 0, seconds), verifies the password (unknown user, disabled user and wrong password
 * all INC_EFORBIDDEN with *locked_for == 0 and one message, and counted as a failure), then ends
 * the replaced session and every expired one, and starts a new session: token (for the cookie)
 * and session (its CSRF token) filled, *user the account. */
inc_status app_session_login(inc_db *db, const app_login_request *r, inc_user *user, inc_session *session,
                             char token[SESSION_TOKEN_HEX + 1], int64_t *locked_for, inc_error *e);
/* The live session of a token and its user, refreshing its last use. INC_ENOTFOUND when the
 * token is unknown or expired or its user is gone. */
inc_status app_session_check(inc_db *db, const char *token, int64_t now, const session_limits *limits,
                             inc_session *session, inc_user *user, inc_error *e);
/* Logs out: ends the session of the token. */
inc_status app_session_end(inc_db *db, const char *token, inc_error *e);

#endif
