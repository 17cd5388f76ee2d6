/* What the faces (web, cli) need of a connection without reaching into store or db: the handle
 * they pass to app functions, and its request-scoped settings (who acts, who may see what, the
 * timestamp). Opening, closing and the schema live behind app functions. Record types the faces
 * read are pure data in core/ (as core/user.h); app functions return them filled. */
#ifndef INC_APP_H
#define INC_APP_H
#include "db/db.h"

/* How a face opens the database (flags, or-ed). */
enum {
    APP_DB_MIGRATE = 1,     /* apply pending migrations (every command; not the server's threads) */
    APP_DB_CREATE_KEY = 2,  /* make the key file when there is none (init, demo) */
    APP_DB_SERVER = 4,      /* a web worker thread: short busy retries (db_retry_quickly) */
    APP_DB_NO_CHECKPOINT = 8, /* commits leave checkpoints to the server's checkpoint thread (db.h) */
};
/* One checkpoint of the write-ahead log, for the server's checkpoint thread (db_checkpoint). */
inc_status app_db_checkpoint(inc_db *db, inc_error *e);
/* Opens target, migrates when asked and loads the pseudonymisation key (a missing or wrong key file
 * is refused, INC_EIO). On failure *out is NULL and nothing stays open. */
inc_status app_db_open(const char *target, unsigned flags, inc_db **out, inc_error *e);
/* A read target (--db-read, INCLUSIO_DB_READ) for every connection app_db_open opens from now on:
 * reports, dashboards and exports read there (db_reader). NULL or "": none. Set before threads start. */
void app_set_read_target(const char *target);

#endif
