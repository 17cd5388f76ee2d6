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
    sqlite3_stmt *st = db_stmt(db, ins, e);
    if (!st) return INC_EIO;
    sqlite3_bind_blob(st, 1, pseudo, PSEUDONYM_BYTES, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, db_timestamp(db), -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_fail(db, e);
    bool added = sqlite3_changes(db_sqlite(db)) == 1;
    if (created) *created = added;
    if (added) {
        *id = sqlite3_last_insert_rowid(db_sqlite(db));
        return INC_OK;
    }
    if (!(st = db_stmt(db, sel, e))) return INC_EIO;
    sqlite3_bind_blob(st, 1, pseudo, PSEUDONYM_BYTES, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) *id = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? INC_OK : db_fail(db, e);
}
