/* Handler-side use of authz.c and shared query parsing. */
#ifndef INC_GUARD_H
#define INC_GUARD_H
#include "web/authz.h"
#include "web/web.h"

/* True when allowed; otherwise sets a 403 (role) or 404 (outside the user's scope) problem. */
bool web_guard(web_req *req, authz_action a, const char *municipality, int64_t organisation_id);
bool web_guard_role(web_req *req, authz_action a);
/* page (>= 1, default 1) and per_page (1..200, default 25) from the query; false after a 400. */
bool web_page(web_req *req, int *page, int *per_page);
/* A positive integer query parameter (0 when absent); false after a 400. */
bool web_query_id(web_req *req, const char *name, int64_t *out);

#endif
