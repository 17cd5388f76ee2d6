#include "store/db.h"
#include "store/migrations.h"
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct inc_db {
    sqlite3 *sq;
    char path[1024];
    char key_path[1100];
    unsigned char key[PSEUDONYM_KEY_BYTES];
    bool key_loaded;
    char actor[128];
    struct { const char *sql; sqlite3_stmt *st; } stmts[160];
    int nstmts;
};

inc_status db_fail(inc_db *db, inc_error *e)
{
    return inc_fail(e, INC_EIO, "", "databasefout: %s", db && db->sq ? sqlite3_errmsg(db->sq) : "niet geopend");
}

inc_status db_open(const char *path, inc_db **out, inc_error *e)
{
    if (sodium_init() < 0) return inc_fail(e, INC_EINTERNAL, "", "libsodium kon niet starten");
    inc_db *db = calloc(1, sizeof *db);
    if (!db) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    snprintf(db->path, sizeof db->path, "%s", path);
    const char *kf = getenv("INCLUSIO_KEY_FILE");
    snprintf(db->key_path, sizeof db->key_path, "%s%s", kf ? kf : path, kf ? "" : ".key");
    snprintf(db->actor, sizeof db->actor, "cli");
    if (sqlite3_open_v2(path, &db->sq, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK) {
        inc_fail(e, INC_EIO, "", "kan database '%s' niet openen: %s", path, sqlite3_errmsg(db->sq));
        db_close(db);
        return INC_EIO;
    }
    sqlite3_busy_timeout(db->sq, 5000);
    if (db_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                    "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;", e) != INC_OK) {
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
    if (db->sq) sqlite3_close_v2(db->sq);
    sodium_memzero(db->key, sizeof db->key);
    free(db);
}

sqlite3 *db_sqlite(inc_db *db) { return db->sq; }
const char *db_path(inc_db *db) { return db->path; }
void db_set_actor(inc_db *db, const char *actor) { snprintf(db->actor, sizeof db->actor, "%s", actor); }
const char *db_actor(inc_db *db) { return db->actor; }
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

inc_status db_migrate(inc_db *db, inc_error *e)
{
    int current = db_schema_version(db);
    for (int i = 0; i < inc_migration_count; i++) {
        const struct migration *m = &inc_migrations[i];
        if (m->version <= current) continue;
        if (db_begin(db, e) != INC_OK) return INC_EIO;
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", m->version);
        if (db_exec(db, m->sql, e) != INC_OK || db_exec(db, pragma, e) != INC_OK) {
            char msg[320];
            snprintf(msg, sizeof msg, "%.300s", e ? e->message : "");
            db_rollback(db);
            return inc_fail(e, INC_EIO, "", "migratie %s mislukt: %s", m->name, msg);
        }
        if (db_commit(db, e) != INC_OK) return INC_EIO;
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
