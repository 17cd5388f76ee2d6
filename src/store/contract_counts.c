#include "store/contract_counts.h"
#include <stdio.h>
#include <string.h>

#define INSERT_TRIGGER "contract_counts_insert"

inc_status contract_counts_pause_insert(inc_db *db, contract_counts_pause *p, inc_error *e)
{
    if (p->paused || db_dialect_of(db) != DB_DIALECT_SQLITE || !db_in_transaction(db)) return INC_OK;
    inc_stmt *st;
    if (db_prepare(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '" INSERT_TRIGGER "'", &st, e))
        return INC_EIO;
    int rc = db_step(db, st, e);
    const char *sql = rc == DB_ROW ? db_col_text(st, 0) : NULL;
    bool fits = sql && strlen(sql) < sizeof p->trigger_sql;
    if (fits) snprintf(p->trigger_sql, sizeof p->trigger_sql, "%s", sql);
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (!fits) return INC_OK;   /* an older schema, or a trigger made by hand: left as it is */
    if (db_exec(db, "DROP TRIGGER " INSERT_TRIGGER, e) != INC_OK) return INC_EIO;
    p->paused = true;
    return INC_OK;
}

inc_status contract_counts_resume(inc_db *db, contract_counts_pause *p, inc_error *e)
{
    if (!p->paused) return INC_OK;
    p->paused = false;
    if (db_exec(db,
                "DELETE FROM contract_counts;"
                " INSERT INTO contract_counts(municipality_id, n)"
                " SELECT municipality_id, count(*) FROM contracts GROUP BY municipality_id",
                e) != INC_OK)
        return INC_EIO;
    return db_exec(db, p->trigger_sql, e);
}
