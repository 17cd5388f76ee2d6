/* A login session as the faces see it: its limits and its record. Plain values: creating, finding
 * and ending sessions is app/session.h's job (persisted by store/session_store.h). */
#ifndef INC_CORE_SESSION_H
#define INC_CORE_SESSION_H
#include <stdint.h>

#define SESSION_TOKEN_HEX 64

typedef struct {
    int64_t idle_seconds;      /* 1800: ends after 30 minutes without a request */
    int64_t absolute_seconds;  /* 28800: ends 8 hours after login whatever happens */
} session_limits;

typedef struct {
    int64_t id;
    int64_t user_id;
    char csrf_token[SESSION_TOKEN_HEX + 1];
    int64_t created_at, last_seen;
} inc_session;

#endif
