#include "store/throttle_store.h"
#include "core/throttle.h"

inc_status throttle_locked_for(inc_db *db, const char *key, int64_t now, int64_t *seconds, inc_error *e)
{
    sqlite3_stmt *st;
    if (db_prepare(db, "SELECT locked_until FROM login_throttle WHERE key = ?", &st, e)) return INC_EIO;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    int64_t until = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(db, e);
    *seconds = until > now ? until - now : 0;
    return INC_OK;
}

inc_status throttle_record_failure(inc_db *db, const char *key, int64_t threshold, int64_t now, inc_error *e)
{
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    sqlite3_stmt *st;
    int64_t stored = 0, last = 0;
    if (db_prepare(db, "SELECT failures, last_failure FROM login_throttle WHERE key = ?", &st, e)) goto fail;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW) {
        stored = sqlite3_column_int64(st, 0);
        last = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    int64_t failures = throttle_next_failures(stored, last, now);
    int64_t lock = throttle_lock_seconds(failures, threshold);
    if (db_prepare(db,
                   "INSERT INTO login_throttle(key, failures, last_failure, locked_until) VALUES (?,?,?,?)"
                   " ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure,"
                   " locked_until = excluded.locked_until",
                   &st, e))
        goto fail;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, failures);
    sqlite3_bind_int64(st, 3, now);
    sqlite3_bind_int64(st, 4, lock ? now + lock : 0);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        db_fail(db, e);
        goto fail;
    }
    return db_commit(db, e);
fail:
    db_rollback(db);
    return INC_EIO;
}

inc_status throttle_clear(inc_db *db, const char *key, inc_error *e)
{
    sqlite3_stmt *st;
    if (db_prepare(db, "DELETE FROM login_throttle WHERE key = ?", &st, e)) return INC_EIO;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? INC_OK : db_fail(db, e);
}
