#include "store/local_area.h"
#include "store/columns.h"
#include "store/municipality.h"

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

inc_status municipality_pc4_ranges(inc_db *db, const char *municipality, bool region, pc4_range *out, size_t max,
                                   size_t *n, inc_error *e)
{
    *n = 0;
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.pc_from, p.pc_to FROM local_postcodes p JOIN municipalities m"
                   " ON m.id = p.municipality_id WHERE m.code = ? AND p.scope = ? ORDER BY p.pc_from",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, municipality, -1, DB_COPY);
    db_bind_text(st, 2, region ? "regio" : "gemeente", -1, DB_STATIC);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (*n == max) continue;
        db_column_text(st, 0, out[*n].from, sizeof out[*n].from);
        db_column_text(st, 1, out[*n].to, sizeof out[*n].to);
        (*n)++;
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status municipality_pc4_ranges_set(inc_db *db, const char *municipality, bool region, const pc4_range *r, size_t n,
                                       inc_error *e)
{
    int64_t mid;
    if (municipality_resolve_id(db, municipality, &mid, "municipality", e)) return e ? e->status : INC_ENOTFOUND;
    inc_stmt *st;
    if (db_prepare(db, "DELETE FROM local_postcodes WHERE municipality_id = ? AND scope = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, mid);
    db_bind_text(st, 2, region ? "regio" : "gemeente", -1, DB_STATIC);
    if (store_step_done(db, st, e)) return INC_EIO;
    for (size_t i = 0; i < n; i++)
        if (local_postcodes_insert(db, mid, region, r[i].from, r[i].to, e)) return e && e->status ? e->status : INC_EIO;
    return INC_OK;
}
