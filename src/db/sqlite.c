/* The SQLite driver: one file in WAL mode. The only code that includes sqlite3.h (with
 * src/db/sqlite_native.h, which gives tests the raw handle). */
#include "db/driver.h"
#include "db/sqlite_native.h"
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SQ(db) ((sqlite3 *)(db)->native)
#define ST(st) ((sqlite3_stmt *)(st)->native)

sqlite3 *db_sqlite_native(inc_db *db) { return SQ(db); }

/* Before SQLite starts: no global memory statistics, whose mutex every allocation would take. */
static void sq_global_init(void) { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

/* unhex(text): the bytes of a hex string (built into SQLite only from 3.41), for migration 007. */
static void sql_unhex(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *hex = (const char *)sqlite3_value_text(argv[0]);
    if (!hex) return;
    size_t n = strlen(hex) / 2, len = 0;
    unsigned char *bin = sqlite3_malloc64(n ? n : 1);
    if (!bin) {
        sqlite3_result_error_nomem(cx);
        return;
    }
    if (sodium_hex2bin(bin, n, hex, strlen(hex), NULL, &len, NULL) != 0) {
        sqlite3_free(bin);
        return;  /* NULL for text that is not hex */
    }
    sqlite3_result_blob(cx, bin, (int)len, sqlite3_free);
}

/* The database holds personal data: only its owner may read it. SQLite creates a new file with
 * mode 0644 (less the umask) and gives the -wal and -shm files the mode of the database file, so
 * a new file is made here first with 0600 (no process-wide umask change: server threads open
 * connections concurrently), and group/other access is taken away from existing files by path.
 * An existing database file is never opened and closed here: closing any descriptor of a file
 * drops the POSIX locks this process's other SQLite connections hold on it. */
static inc_status restrict_file_modes(const char *path, inc_error *e)
{
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        close(fd);   /* new and empty: nobody holds a lock on it; SQLite starts an empty file as a new database */
        return INC_OK;
    }
    if (errno != EEXIST) return inc_fail(e, INC_EIO, "", "kan database '%s' niet maken: %s", path, strerror(errno));
    struct stat st;
    if (stat(path, &st) == 0 && (st.st_mode & 077) && chmod(path, st.st_mode & 0700) != 0)
        return inc_fail(e, INC_EIO, "", "kan de rechten van database '%s' niet beperken tot de eigenaar: %s", path,
                        strerror(errno));
    static const char *const suffix[] = {"-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
        char side[1100];
        snprintf(side, sizeof side, "%s%s", path, suffix[i]);
        if (stat(side, &st) == 0 && (st.st_mode & 077)) chmod(side, st.st_mode & 0700);
    }
    return INC_OK;
}

static inc_status sq_exec(inc_db *db, const char *sql, inc_error *e)
{
    char *msg = NULL;
    db->statements_started++;
    if (sqlite3_exec(SQ(db), sql, NULL, NULL, &msg) != SQLITE_OK) {
        inc_fail(e, INC_EIO, "", "databasefout: %s", msg ? msg : "?");
        sqlite3_free(msg);
        return INC_EIO;
    }
    return INC_OK;
}

static inc_status sq_open(inc_db *db, const char *path, inc_error *e)
{
    if (restrict_file_modes(path, e) != INC_OK) return INC_EIO;
    sqlite3 *sq = NULL;
    /* NOMUTEX: a connection is used by one thread only (the web server opens one per worker). */
    if (sqlite3_open_v2(path, &sq, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        inc_fail(e, INC_EIO, "", "kan database '%s' niet openen: %s", path, sq ? sqlite3_errmsg(sq) : "geen geheugen");
        sqlite3_close_v2(sq);
        return INC_EIO;
    }
    db->native = sq;
    sqlite3_busy_timeout(sq, 5000);
    /* page_size only takes effect on a new, empty file: 8 KiB pages measured about 10 % faster
     * imports than the default 4 KiB (docs/bench.md). */
    if (sq_exec(db, "PRAGMA page_size=8192; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                    "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;", e) != INC_OK)
        return INC_EIO;
    if (sqlite3_create_function(sq, "inc_unhex", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_unhex, NULL, NULL) !=
        SQLITE_OK)
        return inc_fail(e, INC_EIO, "", "databasefout: %s", sqlite3_errmsg(sq));
    return INC_OK;
}

static void sq_close(inc_db *db) { sqlite3_close_v2(SQ(db)); }

static inc_status sq_prepare(inc_db *db, const char *sql, bool persistent, inc_stmt *st, inc_error *e)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v3(SQ(db), sql, -1, persistent ? SQLITE_PREPARE_PERSISTENT : 0, &s, NULL) != SQLITE_OK)
        return inc_fail(e, INC_EIO, "", "databasefout: %s", sqlite3_errmsg(SQ(db)));
    st->native = s;
    return INC_OK;
}

/* A write outside a transaction runs in a transaction of its own, so that the change counters
 * (db_touch, migration 009) are raised with it; the write's own error message, changes and row id
 * are kept over that. Ended when the statement is done, failed, or (a RETURNING row read) reset. */
static bool is_write(sqlite3_stmt *s)
{
    if (sqlite3_stmt_readonly(s)) return false;
    const char *q = sqlite3_sql(s);
    while (q && (*q == ' ' || *q == '\n' || *q == '\t')) q++;
    return q && (strncasecmp(q, "INSERT", 6) == 0 || strncasecmp(q, "UPDATE", 6) == 0 ||
                 strncasecmp(q, "DELETE", 6) == 0 || strncasecmp(q, "REPLACE", 7) == 0 || strncasecmp(q, "WITH", 4) == 0);
}

static void implicit_end(inc_db *db, bool ok)
{
    sqlite3 *h = SQ(db);
    db->implicit = NULL;
    if (!ok) {
        snprintf(db->saved_err, sizeof db->saved_err, "%s", sqlite3_errmsg(h));
        db_touch_reset(db);
        sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
        return;
    }
    if (db_stamp_writes(db, NULL) != INC_OK) {
        snprintf(db->saved_err, sizeof db->saved_err, "%s", sqlite3_errmsg(h));
        sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
    } else if (sqlite3_exec(h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        snprintf(db->saved_err, sizeof db->saved_err, "%s", sqlite3_errmsg(h));
        sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
    }
    db_touch_reset(db);
}

static void sq_finalize(inc_stmt *st)
{
    sqlite3_finalize(ST(st));
    if (st->db && st->db->implicit == st) implicit_end(st->db, true);
}
static void sq_reset(inc_stmt *st)
{
    sqlite3_reset(ST(st));
    if (st->db && st->db->implicit == st) implicit_end(st->db, true);
}
static void sq_clear_bindings(inc_stmt *st) { sqlite3_clear_bindings(ST(st)); }

static int sq_step(inc_stmt *st)
{
    inc_db *db = st->db;
    if (db) db->saved_err[0] = '\0';
    if (db && !db->implicit && sqlite3_get_autocommit(SQ(db)) && is_write(ST(st))) {
        if (sqlite3_exec(SQ(db), "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK) {
            db->implicit = st;
            db->tx_changes = sqlite3_total_changes64(SQ(db));
        }
    }
    if (db && !sqlite3_stmt_busy(ST(st))) db->statements_started++;
    int rc = sqlite3_step(ST(st));
    if (db && db->implicit == st && rc != SQLITE_ROW) implicit_end(db, rc == SQLITE_DONE);
    if (rc == SQLITE_ROW) return DB_ROW;
    if (rc == SQLITE_DONE) return db && db->saved_err[0] ? DB_ERR : DB_DONE;
    return (rc & 0xff) == SQLITE_CONSTRAINT ? DB_CONSTRAINT : DB_ERR;
}

static void sq_bind_int64(inc_stmt *st, int idx, int64_t v) { sqlite3_bind_int64(ST(st), idx, v); }
static void sq_bind_text(inc_stmt *st, int idx, const char *s, int len, db_lifetime life)
{
    sqlite3_bind_text(ST(st), idx, s, len, life == DB_STATIC ? SQLITE_STATIC : SQLITE_TRANSIENT);
}
static void sq_bind_blob(inc_stmt *st, int idx, const void *p, int len, db_lifetime life)
{
    sqlite3_bind_blob(ST(st), idx, p, len, life == DB_STATIC ? SQLITE_STATIC : SQLITE_TRANSIENT);
}
static void sq_bind_null(inc_stmt *st, int idx) { sqlite3_bind_null(ST(st), idx); }
static int sq_bind_index(inc_stmt *st, const char *name) { return sqlite3_bind_parameter_index(ST(st), name); }

static int64_t sq_col_int64(inc_stmt *st, int col) { return sqlite3_column_int64(ST(st), col); }
static const char *sq_col_text(inc_stmt *st, int col) { return (const char *)sqlite3_column_text(ST(st), col); }
static const void *sq_col_blob(inc_stmt *st, int col) { return sqlite3_column_blob(ST(st), col); }
static int sq_col_bytes(inc_stmt *st, int col) { return sqlite3_column_bytes(ST(st), col); }
static bool sq_col_is_null(inc_stmt *st, int col) { return sqlite3_column_type(ST(st), col) == SQLITE_NULL; }
static db_type sq_col_type(inc_stmt *st, int col)
{
    switch (sqlite3_column_type(ST(st), col)) {
    case SQLITE_NULL: return DB_TYPE_NULL;
    case SQLITE_INTEGER: return DB_TYPE_INTEGER;
    case SQLITE_FLOAT: return DB_TYPE_REAL;
    case SQLITE_BLOB: return DB_TYPE_BLOB;
    default: return DB_TYPE_TEXT;
    }
}
static int sq_col_count(inc_stmt *st) { return sqlite3_column_count(ST(st)); }
static const char *sq_col_name(inc_stmt *st, int col) { return sqlite3_column_name(ST(st), col); }

static const char *sq_errmsg(inc_db *db) { return db->saved_err[0] ? db->saved_err : sqlite3_errmsg(SQ(db)); }
static int64_t sq_total_changes(inc_db *db) { return sqlite3_total_changes64(SQ(db)); }
static int64_t sq_changes(inc_db *db) { return sqlite3_changes64(SQ(db)); }
static int64_t sq_last_id(inc_db *db) { return sqlite3_last_insert_rowid(SQ(db)); }
static bool sq_in_transaction(inc_db *db) { return sqlite3_get_autocommit(SQ(db)) == 0; }

/* Commits by other connections (PRAGMA data_version) and this connection's own writes. */
static bool sq_change_stamp(inc_db *db, db_stamp *out)
{
    static const char sql[] = "PRAGMA data_version";
    inc_stmt *st = db_stmt(db, sql, NULL);
    if (!st) return false;
    bool ok = sqlite3_step(ST(st)) == SQLITE_ROW;
    out->data_version = ok ? sqlite3_column_int64(ST(st), 0) : -1;
    sqlite3_reset(ST(st));
    out->own_changes = sqlite3_total_changes64(SQ(db));
    return ok;
}

/* Waiting for another worker's write: SQLite's own busy timeout sleeps 1, 2, 5 ... 100 ms between
 * tries, and a worker asleep stalls every connection it serves (a 10 % write mix measured p99
 * above 0.5 s). Writes take well under a millisecond here, so try again every 0.2 ms, for the same
 * 5 s in all. */
static int busy_retry(void *arg, int tries)
{
    (void)arg;
    if (tries >= 25000) return 0;
    struct timespec ts = {0, 200 * 1000};
    nanosleep(&ts, NULL);
    return 1;
}
static void sq_retry_quickly(inc_db *db) { sqlite3_busy_handler(SQ(db), busy_retry, NULL); }

static int sq_schema_version(inc_db *db)
{
    sqlite3_stmt *st;
    int v = 0;
    if (sqlite3_prepare_v2(SQ(db), "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

static inc_status sq_set_schema_version(inc_db *db, int version, inc_error *e)
{
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", version);
    return sq_exec(db, pragma, e);
}

const db_driver db_sqlite_driver = {
    .name = "sqlite",
    .dialect = DB_DIALECT_SQLITE,
    .global_init = sq_global_init,
    .open = sq_open,
    .close = sq_close,
    .exec = sq_exec,
    .prepare = sq_prepare,
    .finalize = sq_finalize,
    .reset = sq_reset,
    .clear_bindings = sq_clear_bindings,
    .step = sq_step,
    .bind_int64 = sq_bind_int64,
    .bind_text = sq_bind_text,
    .bind_blob = sq_bind_blob,
    .bind_null = sq_bind_null,
    .bind_index = sq_bind_index,
    .col_int64 = sq_col_int64,
    .col_text = sq_col_text,
    .col_blob = sq_col_blob,
    .col_bytes = sq_col_bytes,
    .col_is_null = sq_col_is_null,
    .col_type = sq_col_type,
    .col_count = sq_col_count,
    .col_name = sq_col_name,
    .errmsg = sq_errmsg,
    .changes = sq_changes,
    .last_id = sq_last_id,
    .in_transaction = sq_in_transaction,
    .begin_sql = "BEGIN IMMEDIATE",
    .change_stamp = sq_change_stamp,
    .total_changes = sq_total_changes,
    .retry_quickly = sq_retry_quickly,
    .schema_version = sq_schema_version,
    .set_schema_version = sq_set_schema_version,
};
