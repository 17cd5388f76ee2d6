/* A stamp that changes whenever the database changes: commits by other connections (PRAGMA
 * data_version) and this connection's own writes (sqlite3_total_changes). Used by the web layer to
 * know when cached responses are stale. */
#ifndef INC_DB_VERSION_H
#define INC_DB_VERSION_H
#include <stdint.h>
#include "store/db.h"

typedef struct {
    int64_t data_version;
    int64_t own_changes;
} db_stamp;

/* False on a database error (treat as "changed"). */
bool db_change_stamp(inc_db *db, db_stamp *out);

#endif
