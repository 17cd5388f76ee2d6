#include "store/db.h"
#include "store/audit.h"
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
    db_sees_fn sees;
    void *sees_ctx;
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

int db_step(inc_db *db, sqlite3_stmt *st, inc_error *e)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) return DB_ROW;
    if (rc == SQLITE_DONE) return DB_DONE;
    inc_fail(e, INC_EIO, "", "databasefout bij het lezen of schrijven: %s",
             db && db->sq ? sqlite3_errmsg(db->sq) : sqlite3_errstr(rc));
    return DB_ERR;
}

inc_status db_step_done(inc_db *db, sqlite3_stmt *st, inc_error *e)
{
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {}
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

void db_release(inc_db *db, sqlite3_stmt *st)
{
    if (!st) return;
    for (int i = 0; i < db->nbuilt; i++)
        if (db->built[i].st == st) { sqlite3_reset(st); return; }
    for (int i = 0; i < db->nstmts; i++)
        if (db->stmts[i].st == st) { sqlite3_reset(st); return; }
    sqlite3_finalize(st);
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
    if (restrict_file_modes(path, e) != INC_OK) {
        db_close(db);
        return INC_EIO;
    }
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

/* ---- The pseudonymisation key ----
 * Two keys: the data key, which pseudonymises BSNs (core/pseudonym.h), and the key file, which
 * only wraps the data key stored in key_wrap (migration 008). A missing or wrong key file is
 * therefore detected on every open (the wrap does not open), and `inclusio key rotate` replaces
 * the key file by re-wrapping the same data key: the stored pseudonyms stay valid without the
 * BSNs, which are never stored. */

#define WRAP_NONCE crypto_secretbox_NONCEBYTES
#define KEY_WRAP_BYTES (WRAP_NONCE + PSEUDONYM_KEY_BYTES + crypto_secretbox_MACBYTES)
_Static_assert(KEY_WRAP_BYTES == 72, "the CHECK in migration 008_key_wrap.sql");
#define RESTORE_HINT "zet het juiste sleutelbestand terug uit de back-up (docs/operations.md, 'Sleutelbestand terugzetten')"

/* The key that wraps the data key: BLAKE2b-256 keyed with the key file, over a fixed label. */
static void wrapping_key(const unsigned char file_key[PSEUDONYM_KEY_BYTES], unsigned char kek[crypto_secretbox_KEYBYTES])
{
    static const char label[] = "inclusio-key-wrap-v1";
    crypto_generichash(kek, crypto_secretbox_KEYBYTES, (const unsigned char *)label, sizeof label - 1, file_key,
                       PSEUDONYM_KEY_BYTES);
}

static void wrap_key(const unsigned char file_key[PSEUDONYM_KEY_BYTES], const unsigned char data_key[PSEUDONYM_KEY_BYTES],
                     unsigned char out[KEY_WRAP_BYTES])
{
    unsigned char kek[crypto_secretbox_KEYBYTES];
    wrapping_key(file_key, kek);
    randombytes_buf(out, WRAP_NONCE);
    crypto_secretbox_easy(out + WRAP_NONCE, data_key, PSEUDONYM_KEY_BYTES, out, kek);
    sodium_memzero(kek, sizeof kek);
}

/* False when the wrap does not open with this key file (another key, or damage). */
static bool unwrap_key(const unsigned char file_key[PSEUDONYM_KEY_BYTES], const unsigned char in[KEY_WRAP_BYTES],
                       unsigned char data_key[PSEUDONYM_KEY_BYTES])
{
    unsigned char kek[crypto_secretbox_KEYBYTES];
    wrapping_key(file_key, kek);
    bool ok = crypto_secretbox_open_easy(data_key, in + WRAP_NONCE, KEY_WRAP_BYTES - WRAP_NONCE, in, kek) == 0;
    sodium_memzero(kek, sizeof kek);
    return ok;
}

void db_key_fingerprint(const unsigned char file_key[PSEUDONYM_KEY_BYTES], char out[DB_KEY_FINGERPRINT_SIZE])
{
    static const char label[] = "inclusio-key-fingerprint-v1";
    unsigned char h[(DB_KEY_FINGERPRINT_SIZE - 1) / 2];
    crypto_generichash(h, sizeof h, (const unsigned char *)label, sizeof label - 1, file_key, PSEUDONYM_KEY_BYTES);
    sodium_bin2hex(out, DB_KEY_FINGERPRINT_SIZE, h, sizeof h);
}

/* 1 read, 0 no such file, -1 unreadable or not exactly one key (e set). */
static int read_key_file(const char *path, unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return 0;
        inc_fail(e, INC_EIO, "", "kan sleutelbestand '%s' niet lezen: %s", path, strerror(errno));
        return -1;
    }
    unsigned char extra;
    ssize_t n = read(fd, key, PSEUDONYM_KEY_BYTES);
    bool more = n == PSEUDONYM_KEY_BYTES && read(fd, &extra, 1) > 0;
    close(fd);
    if (n != PSEUDONYM_KEY_BYTES || more) {
        sodium_memzero(key, PSEUDONYM_KEY_BYTES);
        inc_fail(e, INC_EIO, "", "sleutelbestand '%s' is beschadigd (verwacht precies %d bytes); " RESTORE_HINT, path,
                 PSEUDONYM_KEY_BYTES);
        return -1;
    }
    return 1;
}

/* Writes a new key file (mode 0600, never over an existing file) and syncs it to disk. */
static inc_status write_key_file(const char *path, const unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return inc_fail(e, INC_EIO, "", "kan sleutelbestand '%s' niet schrijven: %s", path, strerror(errno));
    bool ok = write(fd, key, PSEUDONYM_KEY_BYTES) == PSEUDONYM_KEY_BYTES && fsync(fd) == 0;
    int err = errno;
    close(fd);
    if (!ok) {
        unlink(path);
        return inc_fail(e, INC_EIO, "", "kan sleutelbestand '%s' niet schrijven: %s", path, strerror(err));
    }
    return INC_OK;
}

/* 1 found, 0 none yet, -1 error (e set). */
static int stored_wrap(inc_db *db, unsigned char out[KEY_WRAP_BYTES], inc_error *e)
{
    sqlite3_stmt *st;
    if (db_prepare(db, "SELECT wrapped FROM key_wrap WHERE id = 1", &st, e) != INC_OK) return -1;
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW && sqlite3_column_bytes(st, 0) == KEY_WRAP_BYTES) {
        memcpy(out, sqlite3_column_blob(st, 0), KEY_WRAP_BYTES);
        found = 1;
    } else if (rc != SQLITE_DONE) {
        db_fail(db, e);
        found = -1;
    }
    sqlite3_finalize(st);
    return found;
}

/* 1 when persons (pseudonyms) are stored, 0 when none, -1 error. */
static int holds_persons(inc_db *db, inc_error *e)
{
    sqlite3_stmt *st;
    if (db_prepare(db, "SELECT EXISTS (SELECT 1 FROM persons)", &st, e) != INC_OK) return -1;
    int rc = sqlite3_step(st);
    int n = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) != 0 : -1;
    if (n < 0) db_fail(db, e);
    sqlite3_finalize(st);
    return n;
}

/* The key file does not open the stored wrap: say why, and name the way out of an interrupted rotation. */
static inc_status key_mismatch(inc_db *db, const unsigned char wrapped[KEY_WRAP_BYTES], inc_error *e)
{
    char pending[sizeof db->key_path + 8];
    snprintf(pending, sizeof pending, "%s.new", db->key_path);
    unsigned char k[PSEUDONYM_KEY_BYTES], d[PSEUDONYM_KEY_BYTES];
    bool fits = read_key_file(pending, k, NULL) == 1 && unwrap_key(k, wrapped, d);
    sodium_memzero(k, sizeof k);
    sodium_memzero(d, sizeof d);
    if (fits)
        return inc_fail(e, INC_EIO, "",
                        "sleutelbestand '%s' hoort niet meer bij deze database: een sleutelrotatie is onderbroken en "
                        "'%s' is de nieuwe sleutel; zet dat bestand op de plaats van '%s' (docs/operations.md)",
                        db->key_path, pending, db->key_path);
    return inc_fail(e, INC_EIO, "",
                    "sleutelbestand '%s' hoort niet bij deze database (een andere of oude sleutel); " RESTORE_HINT,
                    db->key_path);
}

inc_status db_load_key(inc_db *db, bool create, inc_error *e)
{
    unsigned char file_key[PSEUDONYM_KEY_BYTES], wrapped[KEY_WRAP_BYTES];
    inc_status s = INC_OK;
    int have_file = read_key_file(db->key_path, file_key, e);
    if (have_file < 0) return INC_EIO;
    int have_wrap = stored_wrap(db, wrapped, e);
    if (have_wrap < 0) {
        s = INC_EIO;
        goto out;
    }
    if (!have_wrap) {
        /* A new database, or one made before the data key was wrapped (migration 008). */
        int persons = holds_persons(db, e);
        if (persons < 0) {
            s = INC_EIO;
            goto out;
        }
        if (!have_file) {
            /* A new key would give every known person a new pseudonym: double counting would go unnoticed. */
            if (persons) {
                s = inc_fail(e, INC_EIO, "",
                             "sleutelbestand '%s' ontbreekt terwijl de database al personen bevat; een nieuwe sleutel "
                             "zou de controle op dubbeltelling uitschakelen, dus inclusio maakt er geen; " RESTORE_HINT,
                             db->key_path);
                goto out;
            }
            if (!create) {
                s = inc_fail(e, INC_EIO, "", "sleutelbestand '%s' ontbreekt (maak het met 'inclusio init')", db->key_path);
                goto out;
            }
            randombytes_buf(file_key, sizeof file_key);
            if ((s = write_key_file(db->key_path, file_key, e)) != INC_OK) goto out;
        }
        /* Stored pseudonyms were made with the key file itself, so it stays their data key; without
         * persons the data key is random, independent of the key file. */
        unsigned char data_key[PSEUDONYM_KEY_BYTES];
        if (persons) memcpy(data_key, file_key, sizeof data_key);
        else randombytes_buf(data_key, sizeof data_key);
        wrap_key(file_key, data_key, wrapped);
        sodium_memzero(data_key, sizeof data_key);
        sqlite3_stmt *st;
        if (db_prepare(db, "INSERT OR IGNORE INTO key_wrap(id, wrapped) VALUES (1, ?)", &st, e) != INC_OK) {
            s = INC_EIO;
            goto out;
        }
        sqlite3_bind_blob(st, 1, wrapped, KEY_WRAP_BYTES, SQLITE_STATIC);
        int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            s = db_fail(db, e);
            goto out;
        }
        /* Another connection may have stored its wrap first: use what is stored. */
        if (stored_wrap(db, wrapped, e) != 1) {
            s = inc_fail(e, INC_EIO, "", "de gewikkelde sleutel is niet opgeslagen");
            goto out;
        }
    } else if (!have_file) {
        s = inc_fail(e, INC_EIO, "",
                     "sleutelbestand '%s' ontbreekt; zonder die sleutel herkent inclusio geen personen en werkt de "
                     "controle op dubbeltelling niet; " RESTORE_HINT,
                     db->key_path);
        goto out;
    }
    if (!unwrap_key(file_key, wrapped, db->key)) {
        s = key_mismatch(db, wrapped, e);
        goto out;
    }
    db->key_loaded = true;
out:
    sodium_memzero(file_key, sizeof file_key);
    return s;
}

const char *db_key_path(inc_db *db) { return db->key_path; }

inc_status db_key_file_fingerprint(inc_db *db, char out[DB_KEY_FINGERPRINT_SIZE], inc_error *e)
{
    unsigned char k[PSEUDONYM_KEY_BYTES];
    int r = read_key_file(db->key_path, k, e);
    if (r == 0) return inc_fail(e, INC_EIO, "", "sleutelbestand '%s' ontbreekt; " RESTORE_HINT, db->key_path);
    if (r < 0) return INC_EIO;
    db_key_fingerprint(k, out);
    sodium_memzero(k, sizeof k);
    return INC_OK;
}

static inc_status sync_dir_of(const char *path)
{
    char dir[1100];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash) snprintf(dir, sizeof dir, ".");
    else if (slash == dir) dir[1] = '\0';
    else *slash = '\0';
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return INC_EIO;
    int rc = fsync(fd);
    close(fd);
    return rc == 0 ? INC_OK : INC_EIO;
}

inc_status db_rotate_key(inc_db *db, const unsigned char *new_key, char old_fp[DB_KEY_FINGERPRINT_SIZE],
                         char new_fp[DB_KEY_FINGERPRINT_SIZE], inc_error *e)
{
    if (!db->key_loaded) return inc_fail(e, INC_EINTERNAL, "", "sleutel niet geladen");
    char pending[sizeof db->key_path + 8];
    snprintf(pending, sizeof pending, "%s.new", db->key_path);
    if (access(pending, F_OK) == 0)
        return inc_fail(e, INC_ECONFLICT, "",
                        "'%s' bestaat al (een onderbroken sleutelrotatie?); kijk in docs/operations.md voordat je het "
                        "weghaalt",
                        pending);
    unsigned char old_key[PSEUDONYM_KEY_BYTES], next[PSEUDONYM_KEY_BYTES], wrapped[KEY_WRAP_BYTES], check[PSEUDONYM_KEY_BYTES];
    inc_status s = INC_OK;
    bool written = false;
    /* The file must still be the one that opened the database (not swapped since db_load_key). */
    int r = read_key_file(db->key_path, old_key, e);
    int w = r == 1 ? stored_wrap(db, wrapped, e) : 0;
    if (r < 0 || w < 0) {
        s = INC_EIO;
        goto out;
    }
    if (r == 0 || w == 0 || !unwrap_key(old_key, wrapped, check) || sodium_memcmp(check, db->key, PSEUDONYM_KEY_BYTES) != 0) {
        s = inc_fail(e, INC_EIO, "", "sleutelbestand '%s' is veranderd sinds de database geopend werd; begin opnieuw",
                     db->key_path);
        goto out;
    }
    if (new_key) memcpy(next, new_key, sizeof next);
    else randombytes_buf(next, sizeof next);
    if (sodium_memcmp(next, old_key, sizeof next) == 0) {
        s = inc_fail(e, INC_EINVAL, "new-key", "de nieuwe sleutel is gelijk aan de huidige");
        goto out;
    }
    db_key_fingerprint(old_key, old_fp);
    db_key_fingerprint(next, new_fp);
    /* 1. the new key on disk next to the old one; 2. the re-wrapped data key committed durably
     * (synchronous=FULL: a power cut must not undo the commit after step 3); 3. the new key file
     * replaces the old one. Between 2 and 3 the database only opens with the .new file, which
     * db_load_key points out. */
    if ((s = write_key_file(pending, next, e)) != INC_OK) goto out;
    written = true;
    wrap_key(next, db->key, wrapped);
    char detail[128];
    snprintf(detail, sizeof detail, "{\"old_fingerprint\":\"%s\",\"new_fingerprint\":\"%s\"}", old_fp, new_fp);
    sqlite3_stmt *st = NULL;
    if ((s = db_exec(db, "PRAGMA synchronous=FULL", e)) != INC_OK || (s = db_begin(db, e)) != INC_OK) goto out;
    if (db_prepare(db, "UPDATE key_wrap SET wrapped = ?, rotated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = 1",
                   &st, e) != INC_OK) {
        s = INC_EIO;
        db_rollback(db);
        goto out;
    }
    sqlite3_bind_blob(st, 1, wrapped, KEY_WRAP_BYTES, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE || sqlite3_changes(db->sq) != 1) {
        s = db_fail(db, e);
        db_rollback(db);
        goto out;
    }
    if ((s = audit_write(db, "key.rotate", "key", 1, detail, e)) != INC_OK) {
        db_rollback(db);
        goto out;
    }
    if ((s = db_commit(db, e)) != INC_OK) {
        db_rollback(db);
        goto out;
    }
    written = false;   /* committed: from here the .new file is the only key that opens the database */
    if (rename(pending, db->key_path) != 0 || sync_dir_of(db->key_path) != INC_OK) {
        s = inc_fail(e, INC_EIO, "",
                     "de database gebruikt nu de nieuwe sleutel, maar '%s' kon niet naar '%s' worden verplaatst (%s); "
                     "doe dat met de hand",
                     pending, db->key_path, strerror(errno));
        goto out;
    }
out:
    if (written) unlink(pending);
    db_exec(db, "PRAGMA synchronous=NORMAL", NULL);
    sodium_memzero(old_key, sizeof old_key);
    sodium_memzero(next, sizeof next);
    sodium_memzero(check, sizeof check);
    return s;
}

inc_status db_read_key_file(const char *path, unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e)
{
    int r = read_key_file(path, key, e);
    if (r == 0) return inc_fail(e, INC_EIO, "", "sleutelbestand '%s' bestaat niet", path);
    return r == 1 ? INC_OK : INC_EIO;
}
