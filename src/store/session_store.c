#include "store/session_store.h"
#include "store/user_store.h"
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t env_seconds(const char *name, int64_t dflt)
{
    const char *v = getenv(name);
    if (!v || !*v) return dflt;
    char *end;
    long long n = strtoll(v, &end, 10);
    return (*end == '\0' && n > 0) ? (int64_t)n : dflt;
}

session_limits session_limits_from_env(void)
{
    return (session_limits){env_seconds("INCLUSIO_SESSION_IDLE_SECONDS", 1800),
                            env_seconds("INCLUSIO_SESSION_MAX_SECONDS", 28800)};
}

/* hex(BLAKE2b-256(token, key = BLAKE2b-256("inclusio-session-v1", server key))) */
static inc_status token_hash(inc_db *db, const char *token, char out[SESSION_TOKEN_HEX + 1], inc_error *e)
{
    const unsigned char *key = db_key(db);
    if (!key) return inc_fail(e, INC_EINTERNAL, "", "serversleutel niet geladen");
    static const char ctx[] = "inclusio-session-v1";
    unsigned char sub[32], h[32];
    crypto_generichash(sub, sizeof sub, (const unsigned char *)ctx, sizeof ctx - 1, key, PSEUDONYM_KEY_BYTES);
    crypto_generichash(h, sizeof h, (const unsigned char *)token, strlen(token), sub, sizeof sub);
    sodium_bin2hex(out, SESSION_TOKEN_HEX + 1, h, sizeof h);
    sodium_memzero(sub, sizeof sub);
    return INC_OK;
}

static void random_hex(char out[SESSION_TOKEN_HEX + 1])
{
    unsigned char b[32];
    randombytes_buf(b, sizeof b);
    sodium_bin2hex(out, SESSION_TOKEN_HEX + 1, b, sizeof b);
    sodium_memzero(b, sizeof b);
}

static bool token_well_formed(const char *t)
{
    if (!t || strlen(t) != SESSION_TOKEN_HEX) return false;
    for (const char *p = t; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) return false;
    return true;
}

inc_status session_create(inc_db *db, int64_t user_id, const char *address, int64_t now,
                          char token[SESSION_TOKEN_HEX + 1], char csrf[SESSION_TOKEN_HEX + 1], inc_error *e)
{
    char hash[SESSION_TOKEN_HEX + 1];
    random_hex(token);
    random_hex(csrf);
    if (token_hash(db, token, hash, e) != INC_OK) return INC_EINTERNAL;
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO sessions(token_hash, user_id, csrf_token, created_at, last_seen, address)"
                       " VALUES (?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, hash, -1, DB_COPY);
    db_bind_int64(st, 2, user_id);
    db_bind_text(st, 3, csrf, -1, DB_COPY);
    db_bind_int64(st, 4, now);
    db_bind_int64(st, 5, now);
    db_bind_text_or_null(st, 6, address);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

static inc_status delete_by_hash(inc_db *db, const char *hash, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "DELETE FROM sessions WHERE token_hash = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, hash, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

/* A session found by its token hash: ended when idle or too old (deleted), else last_seen refreshed
 * (at most once per step). */
static inc_status keep_alive(inc_db *db, const char *hash, int64_t now, const session_limits *lim, inc_session *out,
                             inc_error *e)
{
    if (now - out->last_seen >= lim->idle_seconds || now - out->created_at >= lim->absolute_seconds) {
        delete_by_hash(db, hash, NULL);
        return inc_fail(e, INC_ENOTFOUND, "", "de sessie is verlopen; log opnieuw in");
    }
    int64_t step = lim->idle_seconds / 30;
    if (step > 60) step = 60;
    if (now - out->last_seen >= step) {
        /* In a transaction that declares it changes no page (PostgreSQL counts an undeclared
         * single write as changing everything): every user's refresh once a minute would otherwise
         * empty every server's response cache. */
        bool own;
        if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
        db_touch(db, DB_TOUCH_NO_PAGE);
        inc_stmt *st;
        inc_status s = db_prepare(db, "UPDATE sessions SET last_seen = ? WHERE id = ?", &st, e) ? INC_EIO : INC_OK;
        if (s == INC_OK) {
            db_bind_int64(st, 1, now);
            db_bind_int64(st, 2, out->id);
            if (db_step_rc(st) != DB_DONE) s = db_fail(db, e);
            db_finalize(st);
        }
        if (db_end(db, own, s, e) != INC_OK) return INC_EIO;
        out->last_seen = now;
    }
    return INC_OK;
}

inc_status session_lookup(inc_db *db, const char *token, int64_t now, const session_limits *lim, inc_session *out,
                          inc_error *e)
{
    if (!token_well_formed(token)) return inc_fail(e, INC_ENOTFOUND, "", "geen geldige sessie");
    char hash[SESSION_TOKEN_HEX + 1];
    if (token_hash(db, token, hash, e) != INC_OK) return INC_EINTERNAL;
    static const char sql[] = "SELECT id, user_id, csrf_token, created_at, last_seen FROM sessions WHERE token_hash = ?";
    inc_stmt *st = db_stmt(db, sql, e);   /* cached */
    if (!st) return INC_EIO;
    db_bind_text(st, 1, hash, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc != DB_ROW) {
        db_reset(st);
        return rc == DB_DONE ? inc_fail(e, INC_ENOTFOUND, "", "geen geldige sessie") : db_fail(db, e);
    }
    out->id = db_col_int64(st, 0);
    out->user_id = db_col_int64(st, 1);
    db_column_text(st, 2, out->csrf_token, sizeof out->csrf_token);
    out->created_at = db_col_int64(st, 3);
    out->last_seen = db_col_int64(st, 4);
    db_reset(st);
    return keep_alive(db, hash, now, lim, out, e);
}

inc_status session_user_lookup(inc_db *db, const char *token, int64_t now, const session_limits *lim,
                               inc_session *out, inc_user *user, inc_error *e)
{
    if (!token_well_formed(token)) return inc_fail(e, INC_ENOTFOUND, "", "geen geldige sessie");
    char hash[SESSION_TOKEN_HEX + 1];
    if (token_hash(db, token, hash, e) != INC_OK) return INC_EINTERNAL;
    inc_status s = user_load_by_session(db, hash, user, out, e);
    if (s != INC_OK) return s;
    return keep_alive(db, hash, now, lim, out, e);
}

inc_status session_delete(inc_db *db, const char *token, inc_error *e)
{
    if (!token_well_formed(token)) return INC_OK;
    char hash[SESSION_TOKEN_HEX + 1];
    if (token_hash(db, token, hash, e) != INC_OK) return INC_EINTERNAL;
    return delete_by_hash(db, hash, e);
}

inc_status session_purge(inc_db *db, int64_t now, const session_limits *lim, int *removed, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "DELETE FROM sessions WHERE last_seen <= ? OR created_at <= ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, now - lim->idle_seconds);
    db_bind_int64(st, 2, now - lim->absolute_seconds);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (removed) *removed = db_changes(db);
    return INC_OK;
}
