/* The session of a request: the cookie, the logged-in user, the CSRF check. */
#ifndef INC_SESSION_AUTH_H
#define INC_SESSION_AUTH_H
#include "web/web.h"

/* Set once at server start. */
void web_session_configure(session_limits limits, bool secure_cookie);
const session_limits *web_session_limits(void);
int64_t web_now(void);   /* Unix seconds */

/* Looks up the session cookie; on success fills req->user and req->session and sets logged_in.
 * A disabled user counts as not logged in. Returns INC_EIO only on database trouble. */
inc_status web_resolve_session(web_req *req, inc_error *e);
/* The raw cookie value, or NULL. */
const char *web_session_cookie(const web_req *req);
void web_set_session_cookie(web_req *req, const char *token);
void web_clear_session_cookie(web_req *req);
/* X-CSRF-Token equals the session's token (constant-time comparison). */
bool web_csrf_ok(const web_req *req);
/* "user:12 jansen" for the audit log. */
void web_set_actor(web_req *req);

#endif
