/* The municipality/contractor scope of list and report requests: the user's scope (authz.c)
 * narrowed by the optional ?municipality= and ?contractor= query parameters. */
#ifndef INC_WEB_SCOPE_H
#define INC_WEB_SCOPE_H
#include "web/guard.h"

typedef struct {
    const char *buf[USER_MAX_MUNICIPALITIES + 1];
    const char *one[2];
    const char *const *municipalities;   /* NULL-terminated, or NULL for all */
    const int64_t *municipality_ids;     /* their ids when the session gave them, else NULL */
    int64_t one_id;
    int64_t contractor_id;               /* 0 for all */
} web_scope;

/* False after a problem: 404 for a municipality or contractor outside the user's scope. */
bool web_scope_for(web_req *req, web_scope *s);

/* Makes the store's messages name only records this request's user may see (db_set_viewer);
 * set for every request, logged in or not, before its handler runs. */
void web_scope_set_viewer(web_req *req);

#endif
