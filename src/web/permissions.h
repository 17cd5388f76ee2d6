/* What the logged-in user's role may do, as a list of action names taken from the authorisation
 * tables (authz.c, authz_banen.c, authz_sebo.c, authz_goals.c, wsp_guard.c). The browser builds its
 * menu and page checks from this list, so the interface cannot drift from what the API allows. */
#ifndef INC_PERMISSIONS_H
#define INC_PERMISSIONS_H
#include <jansson.h>
#include "core/user.h"

/* A JSON array of the action names the user's role is allowed (empty for a disabled user). */
json_t *permissions_json(const inc_user *u);

#endif
