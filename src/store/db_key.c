/* The pseudonymisation key: read from its own file, never stored in the database in clear. */
#include "store/db.h"
#include "store/audit.h"
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    inc_stmt *st;
    if (db_prepare(db, "SELECT wrapped FROM key_wrap WHERE id = 1", &st, e) != INC_OK) return -1;
    int rc = db_step_rc(st), found = 0;
    if (rc == DB_ROW && db_col_bytes(st, 0) == KEY_WRAP_BYTES) {
        memcpy(out, db_col_blob(st, 0), KEY_WRAP_BYTES);
        found = 1;
    } else if (rc != DB_DONE) {
        db_fail(db, e);
        found = -1;
    }
    db_finalize(st);
    return found;
}

/* 1 when persons (pseudonyms) are stored, 0 when none, -1 error. */
static int holds_persons(inc_db *db, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT EXISTS (SELECT 1 FROM persons)", &st, e) != INC_OK) return -1;
    int rc = db_step_rc(st);
    int n = rc == DB_ROW ? db_col_int(st, 0) != 0 : -1;
    if (n < 0) db_fail(db, e);
    db_finalize(st);
    return n;
}

/* The key file does not open the stored wrap: say why, and name the way out of an interrupted rotation. */
static inc_status key_mismatch(inc_db *db, const unsigned char wrapped[KEY_WRAP_BYTES], inc_error *e)
{
    char pending[1200];
    snprintf(pending, sizeof pending, "%s.new", db_key_path(db));
    unsigned char k[PSEUDONYM_KEY_BYTES], d[PSEUDONYM_KEY_BYTES];
    bool fits = read_key_file(pending, k, NULL) == 1 && unwrap_key(k, wrapped, d);
    sodium_memzero(k, sizeof k);
    sodium_memzero(d, sizeof d);
    if (fits)
        return inc_fail(e, INC_EIO, "",
                        "sleutelbestand '%s' hoort niet meer bij deze database: een sleutelrotatie is onderbroken en "
                        "'%s' is de nieuwe sleutel; zet dat bestand op de plaats van '%s' (docs/operations.md)",
                        db_key_path(db), pending, db_key_path(db));
    return inc_fail(e, INC_EIO, "",
                    "sleutelbestand '%s' hoort niet bij deze database (een andere of oude sleutel); " RESTORE_HINT,
                    db_key_path(db));
}

inc_status db_load_key(inc_db *db, bool create, inc_error *e)
{
    unsigned char file_key[PSEUDONYM_KEY_BYTES], wrapped[KEY_WRAP_BYTES];
    inc_status s = INC_OK;
    int have_file = read_key_file(db_key_path(db), file_key, e);
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
                             db_key_path(db));
                goto out;
            }
            if (!create) {
                s = inc_fail(e, INC_EIO, "", "sleutelbestand '%s' ontbreekt (maak het met 'inclusio init')", db_key_path(db));
                goto out;
            }
            randombytes_buf(file_key, sizeof file_key);
            if ((s = write_key_file(db_key_path(db), file_key, e)) != INC_OK) goto out;
        }
        /* Stored pseudonyms were made with the key file itself, so it stays their data key; without
         * persons the data key is random, independent of the key file. */
        unsigned char data_key[PSEUDONYM_KEY_BYTES];
        if (persons) memcpy(data_key, file_key, sizeof data_key);
        else randombytes_buf(data_key, sizeof data_key);
        wrap_key(file_key, data_key, wrapped);
        sodium_memzero(data_key, sizeof data_key);
        inc_stmt *st;
        if (db_prepare(db, "INSERT INTO key_wrap(id, wrapped) VALUES (1, ?) ON CONFLICT DO NOTHING", &st, e) != INC_OK) {
            s = INC_EIO;
            goto out;
        }
        db_bind_blob(st, 1, wrapped, KEY_WRAP_BYTES, DB_STATIC);
        int rc = db_step_rc(st);
        db_finalize(st);
        if (rc != DB_DONE) {
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
                     db_key_path(db));
        goto out;
    }
    unsigned char data_key[PSEUDONYM_KEY_BYTES];
    if (!unwrap_key(file_key, wrapped, data_key)) {
        s = key_mismatch(db, wrapped, e);
        goto out;
    }
    db_set_key(db, data_key);
    sodium_memzero(data_key, sizeof data_key);
out:
    sodium_memzero(file_key, sizeof file_key);
    return s;
}


inc_status db_key_file_fingerprint(inc_db *db, char out[DB_KEY_FINGERPRINT_SIZE], inc_error *e)
{
    unsigned char k[PSEUDONYM_KEY_BYTES];
    int r = read_key_file(db_key_path(db), k, e);
    if (r == 0) return inc_fail(e, INC_EIO, "", "sleutelbestand '%s' ontbreekt; " RESTORE_HINT, db_key_path(db));
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
    if (!db_key(db)) return inc_fail(e, INC_EINTERNAL, "", "sleutel niet geladen");
    char pending[1200];
    snprintf(pending, sizeof pending, "%s.new", db_key_path(db));
    if (access(pending, F_OK) == 0)
        return inc_fail(e, INC_ECONFLICT, "",
                        "'%s' bestaat al (een onderbroken sleutelrotatie?); kijk in docs/operations.md voordat je het "
                        "weghaalt",
                        pending);
    unsigned char old_key[PSEUDONYM_KEY_BYTES], next[PSEUDONYM_KEY_BYTES], wrapped[KEY_WRAP_BYTES], check[PSEUDONYM_KEY_BYTES];
    inc_status s = INC_OK;
    bool written = false;
    bool sqlite = db_dialect_of(db) == DB_DIALECT_SQLITE;
    /* The file must still be the one that opened the database (not swapped since db_load_key). */
    int r = read_key_file(db_key_path(db), old_key, e);
    int w = r == 1 ? stored_wrap(db, wrapped, e) : 0;
    if (r < 0 || w < 0) {
        s = INC_EIO;
        goto out;
    }
    if (r == 0 || w == 0 || !unwrap_key(old_key, wrapped, check) || sodium_memcmp(check, db_key(db), PSEUDONYM_KEY_BYTES) != 0) {
        s = inc_fail(e, INC_EIO, "", "sleutelbestand '%s' is veranderd sinds de database geopend werd; begin opnieuw",
                     db_key_path(db));
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
    wrap_key(next, db_key(db), wrapped);
    char detail[128];
    snprintf(detail, sizeof detail, "{\"old_fingerprint\":\"%s\",\"new_fingerprint\":\"%s\"}", old_fp, new_fp);
    inc_stmt *st = NULL;
    if ((sqlite && (s = db_exec(db, "PRAGMA synchronous=FULL", e)) != INC_OK) || (s = db_begin(db, e)) != INC_OK) goto out;
    if (db_prepare(db, "UPDATE key_wrap SET wrapped = ?, rotated_at = ? WHERE id = 1", &st, e) != INC_OK) {
        s = INC_EIO;
        db_rollback(db);
        goto out;
    }
    db_bind_blob(st, 1, wrapped, KEY_WRAP_BYTES, DB_STATIC);
    db_bind_text(st, 2, db_timestamp(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE || db_changes(db) != 1) {
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
    if (rename(pending, db_key_path(db)) != 0 || sync_dir_of(db_key_path(db)) != INC_OK) {
        s = inc_fail(e, INC_EIO, "",
                     "de database gebruikt nu de nieuwe sleutel, maar '%s' kon niet naar '%s' worden verplaatst (%s); "
                     "doe dat met de hand",
                     pending, db_key_path(db), strerror(errno));
        goto out;
    }
out:
    if (written) unlink(pending);
    if (sqlite) db_exec(db, "PRAGMA synchronous=NORMAL", NULL);
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

inc_status db_write_key_file(const char *path, const unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e)
{
    return write_key_file(path, key, e);
}
