#include "store/import_store.h"
#include "store/audit.h"
#include <jansson.h>
#include <stdlib.h>

inc_status contract_max_id(inc_db *db, int64_t *id, inc_error *e)
{
    static const char sql[] = "SELECT coalesce(max(id), 0) FROM contracts";
    sqlite3_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    int rc = sqlite3_step(st);
    *id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? INC_OK : db_fail(db, e);
}

inc_status import_audit(inc_db *db, const char *entity, const char *file, long rows, inc_error *e)
{
    json_t *d = json_pack("{s:s, s:I}", "file", file, "rows", (json_int_t)rows);
    char *txt = d ? json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(d);
    inc_status s = audit_write(db, "import", entity, 0, txt, e);
    free(txt);
    return s;
}
