#include "store/throttle_store.h"
#include "core/throttle.h"
#include <stdio.h>

inc_status throttle_locked_for(inc_db *db, const char *key, int64_t now, int64_t *seconds, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT locked_until FROM login_throttle WHERE key = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, key, -1, DB_COPY);
    int rc = db_step_rc(st);
    int64_t until = rc == DB_ROW ? db_col_int64(st, 0) : 0;
    db_finalize(st);
    if (rc != DB_ROW && rc != DB_DONE) return db_fail(db, e);
    *seconds = until > now ? until - now : 0;
    return INC_OK;
}

inc_status throttle_record_failure(inc_db *db, const char *key, int64_t threshold, int64_t now, inc_error *e)
{
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    inc_stmt *st;
    int64_t stored = 0, last = 0;
    /* Failures on several servers at once are all counted: each waits for the other's count. */
    char lock_key[160];
    snprintf(lock_key, sizeof lock_key, "throttle:%s", key);
    if (db_lock(db, lock_key, e) != INC_OK) goto fail;
    if (db_prepare(db, "SELECT failures, last_failure FROM login_throttle WHERE key = ?", &st, e)) goto fail;
    db_bind_text(st, 1, key, -1, DB_COPY);
    if (db_step_rc(st) == DB_ROW) {
        stored = db_col_int64(st, 0);
        last = db_col_int64(st, 1);
    }
    db_finalize(st);
    int64_t failures = throttle_next_failures(stored, last, now);
    int64_t lock = throttle_lock_seconds(failures, threshold);
    if (db_prepare(db,
                   "INSERT INTO login_throttle(key, failures, last_failure, locked_until) VALUES (?,?,?,?)"
                   " ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure,"
                   " locked_until = excluded.locked_until",
                   &st, e))
        goto fail;
    db_bind_text(st, 1, key, -1, DB_COPY);
    db_bind_int64(st, 2, failures);
    db_bind_int64(st, 3, now);
    db_bind_int64(st, 4, lock ? now + lock : 0);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) {
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
    inc_stmt *st;
    if (db_prepare(db, "DELETE FROM login_throttle WHERE key = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, key, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}
