#include "store/person_store.h"
#include "core/pseudonym.h"

inc_status person_ensure(inc_db *db, const char *bsn, const char *field, int64_t *id, bool *created, inc_error *e)
{
    const unsigned char *key = db_key(db);
    if (!key) return inc_fail(e, INC_EINTERNAL, "", "sleutel voor pseudonimisering niet geladen");
    unsigned char pseudo[PSEUDONYM_BYTES];
    if (pseudonym_of_bsn(key, bsn, pseudo, field, e) != INC_OK) return e ? e->status : INC_EINVAL;
    return person_ensure_pseudonym(db, pseudo, id, created, e);
}

inc_status person_ensure_pseudonym(inc_db *db, const unsigned char *pseudo, int64_t *id, bool *created, inc_error *e)
{
    /* One statement for the common case of a new person; the SELECT only for one seen before. */
    static const char ins[] =
        "INSERT INTO persons(pseudonym, created_at) VALUES (?, ?) ON CONFLICT(pseudonym) DO NOTHING";
    static const char sel[] = "SELECT id FROM persons WHERE pseudonym = ?";
    inc_stmt *st = db_stmt(db, ins, e);
    if (!st) return INC_EIO;
    db_bind_blob(st, 1, pseudo, PSEUDONYM_BYTES, DB_STATIC);
    db_bind_text(st, 2, db_timestamp(db), -1, DB_STATIC);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    bool added = db_changes(db) == 1;
    if (created) *created = added;
    if (added) {
        *id = db_last_id(db);
        return INC_OK;
    }
    if (!(st = db_stmt(db, sel, e))) return INC_EIO;
    db_bind_blob(st, 1, pseudo, PSEUDONYM_BYTES, DB_STATIC);
    rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_reset(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}
