#include "app/session.h"
#include "core/throttle.h"
#include "store/session_store.h"
#include "store/throttle_store.h"
#include "store/user_store.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

session_limits app_session_limits_from_env(void) { return session_limits_from_env(); }

static int64_t env_threshold(const char *name, int64_t dflt)
{
    const char *v = getenv(name);
    long n = v ? strtol(v, NULL, 10) : 0;
    return n > 0 ? n : dflt;
}

inc_status app_session_login(inc_db *db, const app_login_request *r, inc_user *user, inc_session *session,
                             char token[SESSION_TOKEN_HEX + 1], int64_t *locked_for, inc_error *e)
{
    *locked_for = 0;
    char ukey[96], akey[96];
    snprintf(ukey, sizeof ukey, "user:%.80s", r->username);
    for (char *p = ukey; *p; p++) *p = (char)tolower((unsigned char)*p);
    snprintf(akey, sizeof akey, "addr:%s", r->address);
    int64_t ulock = 0, alock = 0;
    if (throttle_locked_for(db, ukey, r->now, &ulock, e) != INC_OK ||
        throttle_locked_for(db, akey, r->now, &alock, e) != INC_OK)
        return e ? e->status : INC_EIO;
    int64_t wait = ulock > alock ? ulock : alock;
    if (wait > 0) {
        *locked_for = wait;
        return inc_fail(e, INC_EFORBIDDEN, "",
                        "te veel mislukte inlogpogingen; probeer het over %lld seconden opnieuw", (long long)wait);
    }
    inc_status st = user_authenticate(db, r->username, r->password, user, e);
    if (st == INC_EFORBIDDEN) {
        inc_error te = {0};
        if (throttle_record_failure(db, ukey, env_threshold("INCLUSIO_THROTTLE_USER", THROTTLE_USER_THRESHOLD),
                                    r->now, &te) != INC_OK ||
            throttle_record_failure(db, akey, env_threshold("INCLUSIO_THROTTLE_ADDR", THROTTLE_ADDR_THRESHOLD),
                                    r->now, &te) != INC_OK) {
            if (e) *e = te;
            return te.status;
        }
        return st;
    }
    if (st != INC_OK) return st;
    /* A new login replaces the session the browser had (if any). */
    if (r->replaces && session_delete(db, r->replaces, e) != INC_OK) return e ? e->status : INC_EIO;
    /* Sessions of users who never came back are removed at the next login of anyone. */
    if (session_purge(db, r->now, r->limits, NULL, e) != INC_OK) return e ? e->status : INC_EIO;
    if (throttle_clear(db, ukey, e) != INC_OK ||
        session_create(db, user->id, r->address, r->now, token, session->csrf_token, e) != INC_OK)
        return e ? e->status : INC_EIO;
    return INC_OK;
}

inc_status app_session_check(inc_db *db, const char *token, int64_t now, const session_limits *limits,
                             inc_session *session, inc_user *user, inc_error *e)
{
    return session_user_lookup(db, token, now, limits, session, user, e);
}

inc_status app_session_end(inc_db *db, const char *token, inc_error *e) { return session_delete(db, token, e); }
