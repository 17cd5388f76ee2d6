/* The seam's driver-independent half: choosing the driver, the statement caches, checked steps,
 * transactions and the per-connection context. Every call on a statement goes through its driver. */
#include "db/db.h"
#include "db/driver.h"
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A libpq URI is PostgreSQL; anything else is a file path for SQLite. */
static const db_driver *driver_for(const char *target)
{
    if (strncmp(target, "postgresql://", 13) == 0 || strncmp(target, "postgres://", 11) == 0) return &db_pgsql_driver;
    return &db_sqlite_driver;
}

static void init_all(void)
{
    db_sqlite_driver.global_init();
    db_pgsql_driver.global_init();
}

void db_global_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_all);
}

inc_status db_open(const char *target, inc_db **out, inc_error *e)
{
    db_global_init();
    if (sodium_init() < 0) return inc_fail(e, INC_EINTERNAL, "", "libsodium kon niet starten");
    inc_db *db = calloc(1, sizeof *db);
    if (!db) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    db->drv = driver_for(target);
    snprintf(db->path, sizeof db->path, "%s", target);
    const char *kf = getenv("INCLUSIO_KEY_FILE");
    if (kf) snprintf(db->key_path, sizeof db->key_path, "%s", kf);
    else if (db->drv->default_key_path) db->drv->default_key_path(target, db->key_path, sizeof db->key_path);
    else snprintf(db->key_path, sizeof db->key_path, "%s.key", target);
    snprintf(db->actor, sizeof db->actor, "cli");
    if (db->drv->open(db, target, e) != INC_OK) {
        db_close(db);
        return INC_EIO;
    }
    *out = db;
    return INC_OK;
}

static void free_stmt(inc_stmt *st)
{
    if (!st) return;
    st->drv->finalize(st);
    free(st);
}

void db_close(inc_db *db)
{
    if (!db) return;
    db_close(db->reader);
    for (int i = 0; i < db->nstmts; i++) free_stmt(db->stmts[i].st);
    for (int i = 0; i < db->nbuilt; i++) {
        free_stmt(db->built[i].st);
        free(db->built[i].sql);
    }
    if (db->native) db->drv->close(db);
    sodium_memzero(db->key, sizeof db->key);
    free(db);
}

const char *db_path(inc_db *db) { return db->path; }
const char *db_key_path(inc_db *db) { return db->key_path; }
db_dialect db_dialect_of(inc_db *db) { return db->drv->dialect; }
const char *db_sql(inc_db *db, const char *sqlite_sql, const char *pg_sql)
{
    return db->drv->dialect == DB_DIALECT_POSTGRESQL ? pg_sql : sqlite_sql;
}

/* ---- Statements ---- */

static inc_stmt *new_stmt(inc_db *db, const char *sql, bool persistent, inc_error *e)
{
    inc_stmt *st = calloc(1, sizeof *st);
    if (!st) {
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return NULL;
    }
    st->drv = db->drv;
    st->db = db;
    if (db->drv->prepare(db, sql, persistent, st, e) != INC_OK) {
        free(st);
        return NULL;
    }
    return st;
}

inc_status db_prepare(inc_db *db, const char *sql, inc_stmt **st, inc_error *e)
{
    *st = new_stmt(db, sql, false, e);
    return *st ? INC_OK : INC_EIO;
}

static inc_stmt *ready(inc_stmt *st)
{
    st->drv->reset(st);
    st->drv->clear_bindings(st);
    return st;
}

inc_stmt *db_stmt(inc_db *db, const char *sql, inc_error *e)
{
    for (int i = 0; i < db->nstmts; i++)
        if (db->stmts[i].sql == sql) return ready(db->stmts[i].st);
    if (db->nstmts == (int)(sizeof db->stmts / sizeof db->stmts[0])) {
        inc_fail(e, INC_EINTERNAL, "", "te veel verschillende opgeslagen queries (cache vol)");
        return NULL;
    }
    inc_stmt *st = new_stmt(db, sql, true, e);
    if (!st) return NULL;
    st->cached = true;
    db->stmts[db->nstmts].sql = sql;
    db->stmts[db->nstmts++].st = st;
    return st;
}

inc_stmt *db_stmt_built(inc_db *db, const char *sql, inc_error *e)
{
    for (int i = 0; i < db->nbuilt; i++)
        if (strcmp(db->built[i].sql, sql) == 0) {
            db->last_built = i;
            return ready(db->built[i].st);
        }
    char *copy = strdup(sql);
    if (!copy) {
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return NULL;
    }
    inc_stmt *st = new_stmt(db, sql, true, e);
    if (!st) {
        free(copy);
        return NULL;
    }
    st->cached = true;
    /* Full: the slots are reused in turn, skipping the statement returned last (the caller may still
     * be using it beside this one). */
    int i;
    if (db->nbuilt < DB_BUILT_STMTS) {
        i = db->nbuilt++;
    } else {
        i = db->next_built++ % DB_BUILT_STMTS;
        if (i == db->last_built) i = db->next_built++ % DB_BUILT_STMTS;
    }
    if (db->built[i].st) {
        free_stmt(db->built[i].st);
        free(db->built[i].sql);
    }
    db->built[i].sql = copy;
    db->built[i].st = st;
    db->last_built = i;
    return st;
}

void db_release(inc_db *db, inc_stmt *st)
{
    (void)db;
    db_finalize(st);
}

void db_finalize(inc_stmt *st)
{
    if (!st) return;
    if (st->cached) st->drv->reset(st);
    else free_stmt(st);
}

void db_reset(inc_stmt *st) { st->drv->reset(st); }
void db_clear_bindings(inc_stmt *st) { st->drv->clear_bindings(st); }

/* ---- Binding ---- */
void db_bind_int64(inc_stmt *st, int idx, int64_t v) { st->drv->bind_int64(st, idx, v); }
void db_bind_int(inc_stmt *st, int idx, int v) { st->drv->bind_int64(st, idx, v); }
void db_bind_text(inc_stmt *st, int idx, const char *s, int len, db_lifetime life)
{
    if (!s) st->drv->bind_null(st, idx);
    else st->drv->bind_text(st, idx, s, len, life);
}
void db_bind_blob(inc_stmt *st, int idx, const void *p, int len, db_lifetime life)
{
    st->drv->bind_blob(st, idx, p, len, life);
}
void db_bind_null(inc_stmt *st, int idx) { st->drv->bind_null(st, idx); }
void db_bind_text_or_null(inc_stmt *st, int idx, const char *s)
{
    if (s && *s) st->drv->bind_text(st, idx, s, -1, DB_COPY);
    else st->drv->bind_null(st, idx);
}
int db_bind_index(inc_stmt *st, const char *name) { return st->drv->bind_index(st, name); }

/* ---- Stepping ---- */
int db_step_rc(inc_stmt *st)
{
    if (st->db) st->db->saved = false;
    return st->drv->step_rc ? st->drv->step_rc(st) : st->drv->step(st);
}

int db_step(inc_db *db, inc_stmt *st, inc_error *e)
{
    if (st->db) st->db->saved = false;
    int rc = st->drv->step(st);
    if (rc == DB_ROW || rc == DB_DONE) return rc;
    inc_fail(e, INC_EIO, "", "databasefout bij het lezen of schrijven: %s", db ? db_errmsg(db) : "?");
    return DB_ERR;
}

inc_status db_step_done(inc_db *db, inc_stmt *st, inc_error *e)
{
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {}
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* ---- Columns ---- */
int64_t db_col_int64(inc_stmt *st, int col) { return st->drv->col_int64(st, col); }
int db_col_int(inc_stmt *st, int col) { return (int)st->drv->col_int64(st, col); }
const char *db_col_text(inc_stmt *st, int col) { return st->drv->col_text(st, col); }
const void *db_col_blob(inc_stmt *st, int col) { return st->drv->col_blob(st, col); }
int db_col_bytes(inc_stmt *st, int col) { return st->drv->col_bytes(st, col); }
bool db_col_is_null(inc_stmt *st, int col) { return st->drv->col_is_null(st, col); }
db_type db_col_type(inc_stmt *st, int col) { return st->drv->col_type(st, col); }
int db_col_count(inc_stmt *st) { return st->drv->col_count(st); }
const char *db_col_name(inc_stmt *st, int col) { return st->drv->col_name(st, col); }

void db_column_text(inc_stmt *st, int col, char *buf, size_t size)
{
    const char *t = st->drv->col_text(st, col);
    snprintf(buf, size, "%s", t ? t : "");
}

/* ---- The connection ---- */
inc_status db_exec(inc_db *db, const char *sql, inc_error *e) { return db->drv->exec(db, sql, e); }

inc_status db_fail(inc_db *db, inc_error *e)
{
    return inc_fail(e, INC_EIO, "", "databasefout: %s", db && db->native ? db->drv->errmsg(db) : "niet geopend");
}

const char *db_errmsg(inc_db *db) { return db->drv->errmsg(db); }
int64_t db_changes(inc_db *db) { return db->saved ? db->saved_changes : db->drv->changes(db); }
int64_t db_last_id(inc_db *db) { return db->saved ? db->saved_last_id : db->drv->last_id(db); }

void db_refresh_statistics(inc_db *db, const char *const *tables)
{
    if (db_dialect_of(db) != DB_DIALECT_POSTGRESQL || db->drv->in_transaction(db)) return;
    for (; *tables; tables++) {
        char sql[96];
        snprintf(sql, sizeof sql, "ANALYZE %s", *tables);
        db->drv->exec(db, sql, NULL);
    }
}

inc_status db_begin(inc_db *db, inc_error *e)
{
    db->locked_all = false;
    db_touch_reset(db);
    inc_status s = db_exec(db, db->drv->begin_sql, e);
    db->tx_changes = db->drv->total_changes(db);
    return s;
}

inc_status db_lock(inc_db *db, const char *key, inc_error *e)
{
    if (!db->drv->lock || db->locked_all || !db->drv->in_transaction(db)) return INC_OK;
    return db->drv->lock(db, key, e);
}

inc_status db_lock_all(inc_db *db, inc_error *e)
{
    if (!db->drv->lock || db->locked_all || !db->drv->in_transaction(db)) return INC_OK;
    if (db->drv->lock(db, NULL, e) != INC_OK) return INC_EIO;
    db->locked_all = true;
    return INC_OK;
}

inc_status db_commit(inc_db *db, inc_error *e)
{
    if (db_stamp_writes(db, e) != INC_OK) {
        db_rollback(db);
        return INC_EIO;
    }
    db_touch_reset(db);
    return db_exec(db, "COMMIT", e);
}
void db_rollback(inc_db *db)
{
    db_touch_reset(db);
    if (db->drv->in_transaction(db)) db->drv->exec(db, "ROLLBACK", NULL);
}

/* ---- Change counters per municipality (migration 009) ---- */
void db_touch_reset(inc_db *db)
{
    db->ntouched = 0;
    db->touch_all = false;
}

void db_touch(inc_db *db, const char *municipality)
{
    if (!municipality || !*municipality || strlen(municipality) >= sizeof db->touched[0]) {
        db->touch_all = true;
        return;
    }
    for (int i = 0; i < db->ntouched; i++)
        if (strcmp(db->touched[i], municipality) == 0) return;
    if (db->ntouched == DB_TOUCH_MAX) {
        db->touch_all = true;
        return;
    }
    snprintf(db->touched[db->ntouched++], sizeof db->touched[0], "%s", municipality);
    if (db->drv->touched) db->drv->touched(db);
}

static inc_status bump(inc_db *db, const char *municipality, inc_error *e)
{
    static const char sql[] = "INSERT INTO change_stamps(municipality, n) VALUES (?, 1)"
                              " ON CONFLICT (municipality) DO UPDATE SET n = change_stamps.n + 1";
    /* Before migration 009 (the migrations themselves) there is no table to count in, and no server
     * reading it: the servers refuse an older schema. */
    inc_stmt *st = db_stmt(db, sql, NULL);
    if (!st) return INC_OK;
    db_bind_text(st, 1, municipality, -1, DB_STATIC);
    int rc = st->drv->step(st);
    db_release(db, st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status db_stamp_writes(inc_db *db, inc_error *e)
{
    /* SQLite: nothing written, nothing to count. PostgreSQL: the triggers count an undeclared
     * transaction; a declared one is counted here whatever it wrote (db_exec's writes are not in
     * total_changes there). */
    if (db->drv->dialect == DB_DIALECT_POSTGRESQL ? db->ntouched == 0 : db->drv->total_changes(db) == db->tx_changes)
        return INC_OK;
    int64_t changes = db->drv->changes(db), last_id = db->drv->last_id(db);
    inc_status s = INC_OK;
    if (db->ntouched && !db->touch_all) {
        for (int i = 0; i < db->ntouched && s == INC_OK; i++) s = bump(db, db->touched[i], e);
        if (s == INC_OK && db->drv->dialect == DB_DIALECT_POSTGRESQL)
            s = db_exec(db, "UPDATE inc_db_changes SET scoped = scoped + 1 WHERE slot = pg_backend_pid() % 16", e);
    } else if (db->drv->dialect == DB_DIALECT_SQLITE) {
        s = bump(db, "", e);
    } else if (db->ntouched) {
        /* PostgreSQL: the triggers were told this transaction is counted; it is not, after all. */
        s = db_exec(db, "UPDATE inc_db_changes SET n = n + 1 WHERE slot = pg_backend_pid() % 16", e);
    }
    db->saved = true;
    db->saved_changes = changes;
    db->saved_last_id = last_id;
    return s;
}

bool db_scope_stamps(inc_db *db, db_scope_fn fn, void *ctx)
{
    static const char sqlite_sql[] = "SELECT municipality, n FROM change_stamps";
    static const char pg_sql[] = "SELECT '', coalesce(sum(n), 0) FROM inc_db_changes"
                                 " UNION ALL SELECT municipality, n FROM change_stamps";
    inc_stmt *st = db_stmt(db, db_sql(db, sqlite_sql, pg_sql), NULL);
    if (!st) return false;
    int rc;
    while ((rc = st->drv->step(st)) == DB_ROW) {
        const char *m = db_col_text(st, 0);
        fn(ctx, m ? m : "", db_col_int64(st, 1));
    }
    db_release(db, st);
    return rc == DB_DONE;
}
bool db_in_transaction(inc_db *db) { return db->drv->in_transaction(db); }

inc_status db_begin_if_needed(inc_db *db, bool *own, inc_error *e)
{
    *own = !db->drv->in_transaction(db);
    return *own ? db_begin(db, e) : INC_OK;
}

inc_status db_end(inc_db *db, bool own, inc_status result, inc_error *e)
{
    if (!own) return result;
    if (result != INC_OK) {
        db_rollback(db);
        return result;
    }
    return db_commit(db, e);
}

bool db_lost(inc_db *db) { return db->drv->lost && db->drv->lost(db); }

inc_status db_reconnect(inc_db *db, inc_error *e)
{
    if (!db->drv->reconnect) return INC_OK;
    db->locked_all = false;
    return db->drv->reconnect(db, e);
}

bool db_change_stamp(inc_db *db, db_stamp *out) { return db->drv->change_stamp(db, out); }
int64_t db_own_changes(inc_db *db) { return db->drv->total_changes(db); }
int64_t db_statements_run(inc_db *db)
{
    return db->drv->statements_run ? db->drv->statements_run(db) : db->statements_started;
}
void db_retry_quickly(inc_db *db) { db->drv->retry_quickly(db); }
void db_checkpoints_elsewhere(inc_db *db)
{
    if (db->drv->dialect == DB_DIALECT_SQLITE) db_exec(db, "PRAGMA wal_autocheckpoint=0", NULL);
}
inc_status db_checkpoint(inc_db *db, inc_error *e)
{
    return db->drv->dialect == DB_DIALECT_SQLITE ? db_exec(db, "PRAGMA wal_checkpoint(PASSIVE)", e) : INC_OK;
}
int db_schema_version(inc_db *db) { return db->drv->schema_version(db); }
inc_status db_set_schema_version(inc_db *db, int version, inc_error *e)
{
    return db->drv->set_schema_version(db, version, e);
}

/* ---- Per-connection context ---- */
void db_set_actor(inc_db *db, const char *actor) { snprintf(db->actor, sizeof db->actor, "%s", actor); }
const char *db_actor(inc_db *db) { return db->actor; }

void db_set_viewer(inc_db *db, db_sees_fn fn, void *ctx)
{
    db->sees = fn;
    db->sees_ctx = ctx;
}

bool db_viewer_sees(inc_db *db, db_see_kind kind, const char *municipality, int64_t organisation_id)
{
    return !db->sees || db->sees(db->sees_ctx, db, kind, municipality, organisation_id);
}

const char *db_timestamp(inc_db *db)
{
    time_t now = time(NULL);
    if (now != db->stamp_time) {
        struct tm tm;
        gmtime_r(&now, &tm);
        strftime(db->stamp, sizeof db->stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
        db->stamp_time = now;
    }
    return db->stamp;
}

void db_set_key(inc_db *db, const unsigned char key[PSEUDONYM_KEY_BYTES])
{
    memcpy(db->key, key, PSEUDONYM_KEY_BYTES);
    db->key_loaded = true;
}

const unsigned char *db_key(inc_db *db) { return db->key_loaded ? db->key : NULL; }

/* ---- Bulk rows ---- */

inc_bulk *db_bulk_open(inc_db *db, const char *table, const char *columns, inc_error *e)
{
    return db->drv->bulk_open ? db->drv->bulk_open(db, table, columns, e) : NULL;
}
void db_bulk_int64(inc_bulk *b, int64_t v) { b->drv->bulk_int64(b, v); }
void db_bulk_text(inc_bulk *b, const char *s, int len) { b->drv->bulk_text(b, s, len); }
void db_bulk_blob(inc_bulk *b, const void *p, int len) { b->drv->bulk_blob(b, p, len); }
void db_bulk_null(inc_bulk *b) { b->drv->bulk_null(b); }
inc_status db_bulk_row_end(inc_bulk *b, inc_error *e) { return b->drv->bulk_row_end(b, e); }
inc_status db_bulk_flush(inc_bulk *b, inc_error *e) { return b->drv->bulk_flush(b, e); }
void db_bulk_send_first(inc_bulk *b, inc_bulk *first)
{
    if (b) b->first = first;
}
void db_bulk_close(inc_bulk *b)
{
    if (b) b->drv->bulk_close(b);
}
void db_bulk_trust_keys(inc_db *db, bool trust)
{
    if (db->drv->bulk_trust_keys) db->drv->bulk_trust_keys(db, trust);
}
bool db_bulk_connection_lost(inc_db *db)
{
    return db && db->native && db->drv->bulk_connection_lost && db->drv->bulk_connection_lost(db);
}
inc_status db_bulk_reserve_ids(inc_bulk *b, int n, int64_t *ids, inc_error *e)
{
    return b->drv->bulk_reserve_ids(b, n, ids, e);
}
