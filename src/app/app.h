/* What the faces (web, cli) need of a connection without reaching into store or db: the handle
 * they pass to app functions, and its request-scoped settings (who acts, who may see what, the
 * timestamp). Opening, closing and the schema live behind app functions. Record types the faces
 * read are pure data in core/ (as core/user.h); app functions return them filled. */
#ifndef INC_APP_H
#define INC_APP_H
#include "db/db.h"
#endif
