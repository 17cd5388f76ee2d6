#include "store/audit.h"

inc_status audit_write(inc_db *db, const char *action, const char *entity, int64_t entity_id,
                       const char *detail_json, inc_error *e)
{
    static const char sql[] = "INSERT INTO audit_log(actor, action, entity, entity_id, detail) VALUES (?,?,?,?,?)";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, db_actor(db), -1, DB_COPY);
    db_bind_text(st, 2, action, -1, DB_STATIC);
    db_bind_text(st, 3, entity, -1, DB_STATIC);
    if (entity_id > 0) db_bind_int64(st, 4, entity_id);
    else db_bind_null(st, 4);
    db_bind_text_or_null(st, 5, detail_json);
    /* No refusal to go on from (a failed audit entry fails its action, whose transaction is rolled
     * back): db_step, not db_step_rc, spares PostgreSQL the savepoint's two round trips. */
    inc_status s = db_step_done(db, st, e);
    db_reset(st);
    return s;
}
