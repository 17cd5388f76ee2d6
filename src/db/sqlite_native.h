/* The SQLite driver's raw handle, for tests that must reach below the seam (breaking a table to
 * prove a failing step is reported). Part of the SQLite driver: nothing in src/ outside src/db
 * includes it. */
#ifndef INC_DB_SQLITE_NATIVE_H
#define INC_DB_SQLITE_NATIVE_H
#include <sqlite3.h>
#include "db/db.h"

sqlite3 *db_sqlite_native(inc_db *db);

#endif
