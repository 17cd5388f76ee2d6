/* The database handle: one SQLite file in WAL mode, plus the pseudonymisation key kept in a
 * separate file (never inside the database). The only layer that speaks SQL is src/store. */
#ifndef INC_DB_H
#define INC_DB_H
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/error.h"
#include "core/pseudonym.h"

typedef struct inc_db inc_db;

/* Opens (creating if needed) the database. The key file defaults to "<path>.key";
 * INCLUSIO_KEY_FILE overrides. */
inc_status db_open(const char *path, inc_db **out, inc_error *e);
void db_close(inc_db *db);
sqlite3 *db_sqlite(inc_db *db);
const char *db_path(inc_db *db);

/* Applies every migration not yet applied, each in its own transaction. Idempotent. */
inc_status db_migrate(inc_db *db, inc_error *e);
int db_schema_version(inc_db *db);

/* Loads the pseudonymisation (data) key: unwraps the copy stored in the database with the key file,
 * so a missing or wrong key file is refused (INC_EIO) on every open. With create=true makes a new
 * random key file (mode 0600) when none exists, but never for a database that already holds persons. */
inc_status db_load_key(inc_db *db, bool create, inc_error *e);
const char *db_key_path(inc_db *db);
/* 16 hex characters identifying a key file without revealing it (for backups and the audit log). */
#define DB_KEY_FINGERPRINT_SIZE 17
void db_key_fingerprint(const unsigned char file_key[PSEUDONYM_KEY_BYTES], char out[DB_KEY_FINGERPRINT_SIZE]);
inc_status db_key_file_fingerprint(inc_db *db, char out[DB_KEY_FINGERPRINT_SIZE], inc_error *e);
/* Reads a key file of exactly PSEUDONYM_KEY_BYTES bytes. */
inc_status db_read_key_file(const char *path, unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e);
/* Replaces the key file by new_key (NULL: a new random key): the data key is re-wrapped under it in
 * an audited transaction, then the new file takes the old one's place. Pseudonyms do not change. */
inc_status db_rotate_key(inc_db *db, const unsigned char *new_key, char old_fp[DB_KEY_FINGERPRINT_SIZE],
                         char new_fp[DB_KEY_FINGERPRINT_SIZE], inc_error *e);
const unsigned char *db_key(inc_db *db);  /* NULL until loaded */

/* Who is acting, for the audit log ("cli", "user:12 jansen"). */
void db_set_actor(inc_db *db, const char *actor);
const char *db_actor(inc_db *db);

/* Who may see what, for messages that would name another record (a conflict naming the contract a
 * person already counts on). The web layer sets a viewer per request from the session (authz.c
 * decides); without one (the command line, run by the operator) every record may be named. */
typedef enum {
    DB_SEE_CONTRACT,     /* a contract: its municipality and contractor organisation */
    DB_SEE_CANDIDATE,    /* a WSP candidate: its municipality */
    DB_SEE_EMPLOYMENT,   /* a banenafspraak employment record: its municipality */
} db_see_kind;
typedef bool (*db_sees_fn)(void *ctx, inc_db *db, db_see_kind kind, const char *municipality, int64_t organisation_id);
void db_set_viewer(inc_db *db, db_sees_fn fn, void *ctx);
bool db_viewer_sees(inc_db *db, db_see_kind kind, const char *municipality, int64_t organisation_id);
/* Now as stored in created_at columns ("2026-11-23T18:50:00Z", UTC), formatted once per second:
 * bulk inserts bind it instead of letting SQLite run strftime for every row. */
const char *db_timestamp(inc_db *db);

inc_status db_begin(inc_db *db, inc_error *e);   /* BEGIN IMMEDIATE */
/* Begins a transaction unless one is open; *own tells whether this call must commit/roll back. */
inc_status db_begin_if_needed(inc_db *db, bool *own, inc_error *e);
/* Commits (own) or leaves the caller's transaction; on failure rolls back (own). */
inc_status db_end(inc_db *db, bool own, inc_status result, inc_error *e);
inc_status db_commit(inc_db *db, inc_error *e);
void db_rollback(inc_db *db);

/* A prepared statement cached on the handle, keyed by the address of `sql` (pass a string literal).
 * Returned reset with bindings cleared; do not finalize it. */
sqlite3_stmt *db_stmt(inc_db *db, const char *sql, inc_error *e);

/* The same for SQL built at run time (the shape of a filtered query), keyed by its text; the
 * DB_BUILT_STMTS most recently prepared shapes are kept, and the statement returned by the previous
 * call survives this one (a caller may use two at once). Returned reset with bindings cleared; reset
 * it after use (an unfinished statement holds its read transaction); do not finalize it. */
#define DB_BUILT_STMTS 32
sqlite3_stmt *db_stmt_built(inc_db *db, const char *sql, inc_error *e);

/* One way to run a statement. db_step returns DB_ROW (a row to read), DB_DONE (no more rows, or
 * the write is done) or DB_ERR with e filled (INC_EIO, Dutch message): a failing step is never read
 * as "no more rows". Every loop checks how it ended:
 *
 *     int rc;
 *     while ((rc = db_step(db, st, e)) == DB_ROW) { ... }
 *     if (rc == DB_ERR) goto fail;
 *
 * A loop that stops early (a full buffer) needs no check: it stopped on a row. A statement from
 * db_prepare is given back with db_release, as are db_stmt and db_stmt_built ones (those are reset,
 * the others finalized), so every statement ends the same way whatever its origin. Callers that
 * tell a constraint violation from other failures still read sqlite3_step's code themselves. */
enum { DB_ERR = -1, DB_DONE = 0, DB_ROW = 1 };
int db_step(inc_db *db, sqlite3_stmt *st, inc_error *e);
/* Steps a statement that returns no rows (or whose rows are not read): INC_OK or INC_EIO. */
inc_status db_step_done(inc_db *db, sqlite3_stmt *st, inc_error *e);
/* Ends the use of a statement: resets a cached one (db_stmt, db_stmt_built), finalizes any other. */
void db_release(inc_db *db, sqlite3_stmt *st);

/* Helpers for store modules. */
inc_status db_exec(inc_db *db, const char *sql, inc_error *e);
inc_status db_prepare(inc_db *db, const char *sql, sqlite3_stmt **st, inc_error *e);
inc_status db_fail(inc_db *db, inc_error *e);    /* INC_EIO with sqlite's message */
/* Binds text, or NULL when s is NULL or empty. */
void db_bind_text_or_null(sqlite3_stmt *st, int idx, const char *s);
/* Copies column text into buf ("" for NULL). */
void db_column_text(sqlite3_stmt *st, int col, char *buf, size_t size);

#endif
