#include "store/db.h"
#include "store/migrations.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct inc_db {
    sqlite3 *sq;
    char path[1024];
    char key_path[1100];
    unsigned char key[PSEUDONYM_KEY_BYTES];
    bool key_loaded;
    char actor[128];
    time_t stamp_time;
    char stamp[24];
    struct { const char *sql; sqlite3_stmt *st; } stmts[160];
    int nstmts;
    struct { char *sql; sqlite3_stmt *st; } built[DB_BUILT_STMTS];   /* db_stmt_built, by text */
    int nbuilt, next_built, last_built;
};

inc_status db_fail(inc_db *db, inc_error *e)
{
    return inc_fail(e, INC_EIO, "", "databasefout: %s", db && db->sq ? sqlite3_errmsg(db->sq) : "niet geopend");
}

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

static inc_status register_sql_functions(inc_db *db, inc_error *e)
{
    if (sqlite3_create_function(db->sq, "inc_unhex", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_unhex, NULL,
                                NULL) != SQLITE_OK)
        return db_fail(db, e);
    return INC_OK;
}

/* Before SQLite starts: no global memory statistics, whose mutex every allocation would take. */
static void configure_sqlite(void) { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

inc_status db_open(const char *path, inc_db **out, inc_error *e)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, configure_sqlite);
    if (sodium_init() < 0) return inc_fail(e, INC_EINTERNAL, "", "libsodium kon niet starten");
    inc_db *db = calloc(1, sizeof *db);
    if (!db) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    snprintf(db->path, sizeof db->path, "%s", path);
    const char *kf = getenv("INCLUSIO_KEY_FILE");
    snprintf(db->key_path, sizeof db->key_path, "%s%s", kf ? kf : path, kf ? "" : ".key");
    snprintf(db->actor, sizeof db->actor, "cli");
    /* NOMUTEX: a connection is used by one thread only (the web server opens one per worker). */
    if (sqlite3_open_v2(path, &db->sq, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        inc_fail(e, INC_EIO, "", "kan database '%s' niet openen: %s", path, sqlite3_errmsg(db->sq));
        db_close(db);
        return INC_EIO;
    }
    sqlite3_busy_timeout(db->sq, 5000);
    /* page_size only takes effect on a new, empty file: 8 KiB pages measured about 10 % faster
     * imports than the default 4 KiB (docs/bench.md). */
    if (db_exec(db, "PRAGMA page_size=8192; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                    "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;", e) != INC_OK ||
        register_sql_functions(db, e) != INC_OK) {
        db_close(db);
        return INC_EIO;
    }
    *out = db;
    return INC_OK;
}

void db_close(inc_db *db)
{
    if (!db) return;
    for (int i = 0; i < db->nstmts; i++) sqlite3_finalize(db->stmts[i].st);
    for (int i = 0; i < db->nbuilt; i++) {
        sqlite3_finalize(db->built[i].st);
        free(db->built[i].sql);
    }
    if (db->sq) sqlite3_close_v2(db->sq);
    sodium_memzero(db->key, sizeof db->key);
    free(db);
}

sqlite3 *db_sqlite(inc_db *db) { return db->sq; }
const char *db_path(inc_db *db) { return db->path; }
void db_set_actor(inc_db *db, const char *actor) { snprintf(db->actor, sizeof db->actor, "%s", actor); }
const char *db_actor(inc_db *db) { return db->actor; }

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
const unsigned char *db_key(inc_db *db) { return db->key_loaded ? db->key : NULL; }

inc_status db_exec(inc_db *db, const char *sql, inc_error *e)
{
    char *msg = NULL;
    if (sqlite3_exec(db->sq, sql, NULL, NULL, &msg) != SQLITE_OK) {
        inc_fail(e, INC_EIO, "", "databasefout: %s", msg ? msg : "?");
        sqlite3_free(msg);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status db_prepare(inc_db *db, const char *sql, sqlite3_stmt **st, inc_error *e)
{
    if (sqlite3_prepare_v2(db->sq, sql, -1, st, NULL) != SQLITE_OK) return db_fail(db, e);
    return INC_OK;
}

sqlite3_stmt *db_stmt(inc_db *db, const char *sql, inc_error *e)
{
    for (int i = 0; i < db->nstmts; i++)
        if (db->stmts[i].sql == sql) {
            sqlite3_reset(db->stmts[i].st);
            sqlite3_clear_bindings(db->stmts[i].st);
            return db->stmts[i].st;
        }
    if (db->nstmts == (int)(sizeof db->stmts / sizeof db->stmts[0])) {
        inc_fail(e, INC_EINTERNAL, "", "te veel verschillende opgeslagen queries (cache vol)");
        return NULL;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v3(db->sq, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
        db_fail(db, e);
        return NULL;
    }
    db->stmts[db->nstmts].sql = sql;
    db->stmts[db->nstmts++].st = st;
    return st;
}

sqlite3_stmt *db_stmt_built(inc_db *db, const char *sql, inc_error *e)
{
    for (int i = 0; i < db->nbuilt; i++)
        if (strcmp(db->built[i].sql, sql) == 0) {
            sqlite3_reset(db->built[i].st);
            sqlite3_clear_bindings(db->built[i].st);
            db->last_built = i;
            return db->built[i].st;
        }
    char *copy = strdup(sql);
    sqlite3_stmt *st;
    if (!copy) {
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return NULL;
    }
    if (sqlite3_prepare_v3(db->sq, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
        free(copy);
        db_fail(db, e);
        return NULL;
    }
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
        sqlite3_finalize(db->built[i].st);
        free(db->built[i].sql);
    }
    db->built[i].sql = copy;
    db->built[i].st = st;
    db->last_built = i;
    return st;
}

void db_bind_text_or_null(sqlite3_stmt *st, int idx, const char *s)
{
    if (s && *s) sqlite3_bind_text(st, idx, s, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, idx);
}

void db_column_text(sqlite3_stmt *st, int col, char *buf, size_t size)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    snprintf(buf, size, "%s", t ? (const char *)t : "");
}

inc_status db_begin(inc_db *db, inc_error *e) { return db_exec(db, "BEGIN IMMEDIATE", e); }
inc_status db_begin_if_needed(inc_db *db, bool *own, inc_error *e)
{
    *own = sqlite3_get_autocommit(db->sq) != 0;
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

inc_status db_commit(inc_db *db, inc_error *e) { return db_exec(db, "COMMIT", e); }
void db_rollback(inc_db *db)
{
    if (!sqlite3_get_autocommit(db->sq)) sqlite3_exec(db->sq, "ROLLBACK", NULL, NULL, NULL);
}

int db_schema_version(inc_db *db)
{
    sqlite3_stmt *st;
    int v = 0;
    if (sqlite3_prepare_v2(db->sq, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

#define MIGRATION_FK_OFF "-- foreign_keys: off"

static inc_status migrate_one(inc_db *db, const struct migration *m, bool check_fk, inc_error *e)
{
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", m->version);
    bool ok = db_exec(db, m->sql, e) == INC_OK && db_exec(db, pragma, e) == INC_OK;
    if (ok && check_fk) {
        sqlite3_stmt *st;
        ok = sqlite3_prepare_v2(db->sq, "PRAGMA foreign_key_check", -1, &st, NULL) == SQLITE_OK;
        if (ok) {
            int rc = sqlite3_step(st);
            if (rc == SQLITE_ROW)
                inc_fail(e, INC_EIO, "", "verwijzing van %s naar %s klopt niet", sqlite3_column_text(st, 0),
                         sqlite3_column_text(st, 2));
            ok = rc == SQLITE_DONE;
            sqlite3_finalize(st);
        }
    }
    if (!ok) {
        char msg[320];
        snprintf(msg, sizeof msg, "%.300s", e ? e->message : "");
        db_rollback(db);
        return inc_fail(e, INC_EIO, "", "migratie %s mislukt: %s", m->name, msg);
    }
    return db_commit(db, e) == INC_OK ? INC_OK : INC_EIO;
}

inc_status db_migrate(inc_db *db, inc_error *e)
{
    int current = db_schema_version(db);
    for (int i = 0; i < inc_migration_count; i++) {
        const struct migration *m = &inc_migrations[i];
        if (m->version <= current) continue;
        /* A migration that rebuilds tables others refer to starts with this line: it runs with foreign
         * keys off (SQLite's documented 12-step table change) and is checked before it commits. */
        bool fk_off = strncmp(m->sql, MIGRATION_FK_OFF, strlen(MIGRATION_FK_OFF)) == 0;
        if (fk_off && db_exec(db, "PRAGMA foreign_keys=OFF", e) != INC_OK) return INC_EIO;
        inc_status s = migrate_one(db, m, fk_off, e);
        if (fk_off && db_exec(db, "PRAGMA foreign_keys=ON", s == INC_OK ? e : NULL) != INC_OK && s == INC_OK)
            return INC_EIO;
        if (s != INC_OK) return s;
        current = m->version;
    }
    return INC_OK;
}

inc_status db_load_key(inc_db *db, bool create, inc_error *e)
{
    int fd = open(db->key_path, O_RDONLY);
    if (fd < 0 && errno == ENOENT && create) {
        randombytes_buf(db->key, sizeof db->key);
        fd = open(db->key_path, O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0 || write(fd, db->key, sizeof db->key) != (ssize_t)sizeof db->key) {
            if (fd >= 0) close(fd);
            return inc_fail(e, INC_EIO, "", "kan sleutelbestand '%s' niet schrijven: %s", db->key_path, strerror(errno));
        }
        close(fd);
        db->key_loaded = true;
        return INC_OK;
    }
    if (fd < 0)
        return inc_fail(e, INC_EIO, "", "sleutelbestand '%s' ontbreekt (maak het met 'inclusio init')", db->key_path);
    ssize_t n = read(fd, db->key, sizeof db->key);
    close(fd);
    if (n != (ssize_t)sizeof db->key)
        return inc_fail(e, INC_EIO, "", "sleutelbestand '%s' is beschadigd", db->key_path);
    db->key_loaded = true;
    return INC_OK;
}
