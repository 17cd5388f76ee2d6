#include "store/db_version.h"

bool db_change_stamp(inc_db *db, db_stamp *out)
{
    static const char sql[] = "PRAGMA data_version";
    sqlite3_stmt *st = db_stmt(db, sql, NULL);
    if (!st) return false;
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    out->data_version = ok ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    out->own_changes = sqlite3_total_changes64(db_sqlite(db));
    return ok;
}
