#include "store/import_store.h"

/* SQLite only: PostgreSQL checks its foreign keys (and has no such switch). */
inc_status import_checks_off(inc_db *db, inc_error *e)
{
    return db_dialect_of(db) == DB_DIALECT_SQLITE ? db_exec(db, "PRAGMA foreign_keys=OFF", e) : INC_OK;
}

void import_checks_on(inc_db *db)
{
    if (db_dialect_of(db) == DB_DIALECT_SQLITE) db_exec(db, "PRAGMA foreign_keys=ON", NULL);
}
