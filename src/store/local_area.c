#include "store/local_area.h"

inc_status organisation_is_local(inc_db *db, int64_t organisation_id, int64_t municipality_id, bool *local,
                                 inc_error *e)
{
    inc_stmt *st = db_stmt(db, "SELECT CASE WHEN " SQL_LOCAL_ORG("?2") " THEN 1 ELSE 0 END FROM organisations o"
                               " WHERE o.id = ?1", e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    db_bind_int64(st, 2, municipality_id);
    int rc = db_step(db, st, e);
    *local = rc == DB_ROW && db_col_int(st, 0) == 1;
    db_release(db, st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status local_postcodes_insert(inc_db *db, int64_t municipality_id, bool region, const char *from, const char *to,
                                  inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO local_postcodes(municipality_id, scope, pc_from, pc_to) VALUES (?, ?, ?, ?)", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, municipality_id);
    db_bind_text(st, 2, region ? "regio" : "gemeente", -1, DB_STATIC);
    db_bind_text(st, 3, from, -1, DB_COPY);
    db_bind_text(st, 4, to, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT) return inc_fail(e, INC_ECONFLICT, "from", "dit postcodegebied is al ingesteld");
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}
