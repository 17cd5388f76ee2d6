/* The database seam: one connection, prepared statements, binding, stepping with a checked result,
 * column access, transactions, the id of an inserted row. Store code is written against this and
 * never against a database library; each database has a driver (src/db/driver.h) and the SQLite
 * driver (src/db/sqlite.c) is the only code that includes sqlite3.h. The shape follows Dovecot's
 * lib-sql (a driver table behind one API), kept synchronous: inclusio's store runs on one
 * connection per thread.
 *
 * SQL handed to the seam uses `?` for parameters, numbered from 1 in the order they appear. */
#ifndef INC_DB_DB_H
#define INC_DB_DB_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/error.h"
#include "core/pseudonym.h"

typedef struct inc_db inc_db;        /* a connection, used by one thread at a time */
typedef struct inc_stmt inc_stmt;    /* a prepared statement of one connection */

typedef enum { DB_DIALECT_SQLITE, DB_DIALECT_POSTGRESQL } db_dialect;

/* Opens a connection to target: a file path (SQLite, created if needed, private to its owner).
 * Per-connection state (actor, viewer, key) starts empty. */
inc_status db_open(const char *target, inc_db **out, inc_error *e);
void db_close(inc_db *db);
const char *db_path(inc_db *db);           /* the target as given */
/* The key file beside the database: "<path>.key", or INCLUSIO_KEY_FILE when set. */
const char *db_key_path(inc_db *db);
db_dialect db_dialect_of(inc_db *db);
/* After a bulk load: PostgreSQL gathers the tables' statistics now (ANALYZE), so the next query is
 * planned for the rows it holds rather than for empty tables until autovacuum comes by; SQLite keeps
 * its plans (nothing done). A failure is only a slower plan: ignored. */
void db_refresh_statistics(inc_db *db, const char *const *tables);
/* Of two spellings of one statement (string literals), the one for this connection's database: for
 * the few things the dialects spell differently (group_concat is string_agg in PostgreSQL). */
const char *db_sql(inc_db *db, const char *sqlite_sql, const char *pg_sql);

/* ---- Statements ----
 * db_prepare: a statement the caller ends with db_release (or db_finalize).
 * db_stmt: a statement cached on the connection, keyed by the address of `sql` (pass a string
 * literal); returned reset with bindings cleared; end its use with db_release (it is reset).
 * db_stmt_built: the same for SQL built at run time, keyed by its text; the DB_BUILT_STMTS most
 * recently prepared shapes are kept, and the statement returned by the previous call survives this
 * one (a caller may use two at once). Reset it after use: an unfinished statement holds its read
 * transaction. */
#define DB_BUILT_STMTS 32
inc_status db_prepare(inc_db *db, const char *sql, inc_stmt **st, inc_error *e);
inc_stmt *db_stmt(inc_db *db, const char *sql, inc_error *e);
inc_stmt *db_stmt_built(inc_db *db, const char *sql, inc_error *e);
void db_release(inc_db *db, inc_stmt *st);  /* resets a cached statement, finalizes any other; NULL is fine */
void db_finalize(inc_stmt *st);             /* releases st whatever its origin; NULL is fine */
void db_reset(inc_stmt *st);                /* ready to step again; bindings kept */
void db_clear_bindings(inc_stmt *st);

/* ---- Binding (index from 1) ----
 * DB_COPY: the value is copied at once; DB_STATIC: the caller keeps it unchanged until the statement
 * is stepped and reset (saves a copy in bulk writes). len -1: up to the terminating NUL. */
typedef enum { DB_COPY, DB_STATIC } db_lifetime;
void db_bind_int64(inc_stmt *st, int idx, int64_t v);
void db_bind_int(inc_stmt *st, int idx, int v);
void db_bind_text(inc_stmt *st, int idx, const char *s, int len, db_lifetime life);
void db_bind_blob(inc_stmt *st, int idx, const void *p, int len, db_lifetime life);
void db_bind_null(inc_stmt *st, int idx);
void db_bind_text_or_null(inc_stmt *st, int idx, const char *s);  /* NULL for NULL or "" */
int db_bind_index(inc_stmt *st, const char *name);                 /* a named parameter's index, 0 if none */

/* ---- Stepping ----
 * db_step returns DB_ROW (a row to read), DB_DONE (no more rows, or the write is done) or DB_ERR
 * with e filled (INC_EIO, Dutch message): a failing step is never read as "no more rows". Every loop
 * checks how it ended:
 *
 *     int rc;
 *     while ((rc = db_step(db, st, e)) == DB_ROW) { ... }
 *     if (rc == DB_ERR) goto fail;
 *
 * A loop that stops early (a full buffer) needs no check: it stopped on a row. db_step_rc is the
 * same step without filling an error, for callers that tell a constraint violation (DB_CONSTRAINT:
 * a unique, check or foreign-key rule refused the write) from other failures (DB_ERR); they report
 * the failure themselves (db_fail). */
enum { DB_CONSTRAINT = -2, DB_ERR = -1, DB_DONE = 0, DB_ROW = 1 };
int db_step(inc_db *db, inc_stmt *st, inc_error *e);
int db_step_rc(inc_stmt *st);
/* Steps a statement that returns no rows (or whose rows are not read): INC_OK or INC_EIO. */
inc_status db_step_done(inc_db *db, inc_stmt *st, inc_error *e);

/* ---- Columns of the current row (index from 0) ----
 * Text and blobs stay valid until the next step or reset. */
int64_t db_col_int64(inc_stmt *st, int col);
int db_col_int(inc_stmt *st, int col);
const char *db_col_text(inc_stmt *st, int col);   /* NULL for NULL */
const void *db_col_blob(inc_stmt *st, int col);
int db_col_bytes(inc_stmt *st, int col);
bool db_col_is_null(inc_stmt *st, int col);
/* The type of a column's value in the current row, for code that maps rows generically. */
typedef enum { DB_TYPE_NULL, DB_TYPE_INTEGER, DB_TYPE_REAL, DB_TYPE_TEXT, DB_TYPE_BLOB } db_type;
db_type db_col_type(inc_stmt *st, int col);
int db_col_count(inc_stmt *st);
const char *db_col_name(inc_stmt *st, int col);
void db_column_text(inc_stmt *st, int col, char *buf, size_t size);  /* copies ("" for NULL) */

/* ---- The connection ---- */
inc_status db_exec(inc_db *db, const char *sql, inc_error *e);   /* one or more statements, no rows */
inc_status db_fail(inc_db *db, inc_error *e);    /* INC_EIO with the database's last message */
const char *db_errmsg(inc_db *db);
int64_t db_changes(inc_db *db);                  /* rows changed by the last write */
int64_t db_last_id(inc_db *db);                  /* id of the row the last INSERT made */
int64_t db_own_changes(inc_db *db);              /* rows this connection has changed since it opened */
/* Statements this connection has run since it opened: on PostgreSQL the round trips to the server
 * (a statement's first preparation is one more), on SQLite the statements started. Tests use it to
 * keep a request's round trips few. */
int64_t db_statements_run(inc_db *db);

/* Transactions. db_begin takes the write lock at once (no upgrade from a reader that can fail). */
inc_status db_begin(inc_db *db, inc_error *e);
inc_status db_commit(inc_db *db, inc_error *e);
void db_rollback(inc_db *db);                    /* no-op outside a transaction */
bool db_in_transaction(inc_db *db);
/* Begins a transaction unless one is open; *own tells whether this call must commit/roll back. */
inc_status db_begin_if_needed(inc_db *db, bool *own, inc_error *e);
/* Commits (own) or leaves the caller's transaction; on failure rolls back (own). */
inc_status db_end(inc_db *db, bool own, inc_status result, inc_error *e);

/* Rules that read and then write (a person counted on overlapping days, a realisation decided once)
 * take a lock on what they check, before they read it, held until the transaction ends: two
 * application servers checking the same person at the same moment then take turns, and the second
 * sees the first one's row. key names what is checked ("person:12"). On PostgreSQL a
 * transaction-scoped advisory lock (shared on the database's writer lock, exclusive on the key); on
 * SQLite a no-op (db_begin already takes the database's one write lock). Outside a transaction a
 * no-op. db_lock_all takes every key at once for this transaction (a bulk import that checks many
 * persons: one lock instead of one per row); later db_lock calls in it cost nothing. */
inc_status db_lock(inc_db *db, const char *key, inc_error *e);
inc_status db_lock_all(inc_db *db, inc_error *e);

/* The connection to a database server was lost (PostgreSQL restarted, the network went away): every
 * statement fails until db_reconnect makes a new one. Never on SQLite. The web server asks before each
 * request and answers 503 while the database stays away. db_reconnect is for between units of work:
 * a transaction open on the lost connection is gone. */
bool db_lost(inc_db *db);
inc_status db_reconnect(inc_db *db, inc_error *e);

/* A stamp that changes whenever the database changes: commits by other connections and this
 * connection's own writes. The web layer's response cache uses it to know what is stale. */
typedef struct {
    int64_t data_version;
    int64_t own_changes;
} db_stamp;
bool db_change_stamp(inc_db *db, db_stamp *out);   /* false on a database error (treat as changed) */

/* What a write changed, for the response cache, per municipality (table change_stamps, migration
 * 009). db_touch declares that the open transaction (or, outside one, the next write) changes only
 * the contract pages of the municipality with this code (several calls: several municipalities;
 * NULL or "": every page). Call it before the transaction's first write. At the commit of a
 * transaction that wrote, the seam raises the counter of each municipality touched, or with no
 * touch (or more than DB_TOUCH_MAX) the counter of every page, in the same transaction: a write
 * nobody declared counts as changing everything. SQLite: a write outside a transaction is run in
 * one of its own for that (BEGIN IMMEDIATE ... COMMIT). PostgreSQL: the driver's statement triggers
 * count the undeclared writes. */
#define DB_TOUCH_MAX 4
void db_touch(inc_db *db, const char *municipality);
/* The code to declare a write that changes no page at all (a session's last use, once a minute per
 * user): its counter moves, so other servers see the change is accounted for, and nothing goes
 * stale. Without it every such write emptied every server's response cache. */
#define DB_TOUCH_NO_PAGE "#"
/* Calls fn for every counter: (municipality code, n), "" for every page. False on a database error
 * or before migration 009 (treat as: everything changed). */
typedef void (*db_scope_fn)(void *ctx, const char *municipality, int64_t n);
bool db_scope_stamps(inc_db *db, db_scope_fn fn, void *ctx);

/* Waiting for another connection's write lock: the web server's workers retry every 0.2 ms (a
 * sleeping worker stalls every request it serves) instead of the default back-off. */
void db_retry_quickly(inc_db *db);

/* Write-ahead log checkpoints (SQLite; PostgreSQL: nothing to do). SQLite copies the log into the
 * database file in whichever connection commits once the log passes 1,000 pages, and a web worker
 * doing that stalls every request it serves; db_checkpoints_elsewhere stops that on this connection,
 * for a server whose own thread calls db_checkpoint (copies what it can without waiting for readers
 * or writers: PASSIVE) a few times a second. */
void db_checkpoints_elsewhere(inc_db *db);
inc_status db_checkpoint(inc_db *db, inc_error *e);

/* The schema version the migrations have reached (0 for an empty database). */
int db_schema_version(inc_db *db);
inc_status db_set_schema_version(inc_db *db, int version, inc_error *e);

/* Process-wide set-up before any connection is opened (the server calls it before its threads). */
void db_global_init(void);

/* ---- A read connection (db_read.c): reports, dashboards and exports on a standby ----
 * db_set_read_target names a second database (a streaming standby of this one) for reads that may
 * lag a moment behind. db_reader returns that connection, opened on first use (read-only, with this
 * connection's key, actor and viewer), or db itself: without a read target, inside a transaction
 * (a caller reads its own writes), or while the standby cannot be used (unreachable, or behind on
 * the schema version, or no longer answering after DB_READER_CHECK idle seconds; tried again after
 * DB_READER_RETRY seconds, with a message on stderr).
 * Writes never go through it. db_change_stamp is the primary's alone: the response cache keeps only
 * pages read from the primary (a page read here would need the standby's stamp as well). */
#define DB_READER_RETRY 10
#define DB_READER_CHECK 5    /* seconds idle after which the reader is asked SELECT 1 before use */
void db_set_read_target(inc_db *db, const char *target);
inc_db *db_reader(inc_db *db);

/* ---- Per-connection context kept for the layers above ---- */
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
 * bulk inserts bind it instead of letting the database format it for every row. */
const char *db_timestamp(inc_db *db);

/* ---- Bulk rows (imports) ----
 * Many rows for one table, the fastest way the database has: on PostgreSQL COPY ... FROM STDIN
 * (text format, sent with PQputCopyData). Values are given column by column in the order of
 * `columns`, each row ended with db_bulk_row_end; rows are buffered and sent when the buffer fills
 * (a few MB) and at db_bulk_flush. Only sent rows are in the table: a caller that queries it (or a
 * table whose keys point at it) flushes first, and nothing may be half-sent when another statement
 * runs (each send is one whole COPY, so between calls nothing is). A refused row or a lost
 * connection fails the send (INC_EIO, the transaction is then unusable: roll back), which is how
 * an import stays all-or-nothing. db_bulk_open gives NULL without an error when the driver has no
 * faster path than statements (SQLite: a prepared multi-row INSERT is its fastest), and the caller
 * writes with statements. Text is given with its length (-1: up to NUL); NULL text is NULL. */
typedef struct inc_bulk inc_bulk;
inc_bulk *db_bulk_open(inc_db *db, const char *table, const char *columns, inc_error *e);
void db_bulk_int64(inc_bulk *b, int64_t v);
void db_bulk_text(inc_bulk *b, const char *s, int len);
void db_bulk_blob(inc_bulk *b, const void *p, int len);
void db_bulk_null(inc_bulk *b);
inc_status db_bulk_row_end(inc_bulk *b, inc_error *e);
inc_status db_bulk_flush(inc_bulk *b, inc_error *e);
void db_bulk_close(inc_bulk *b);  /* rows not yet sent are dropped */
/* Whenever b sends, `first` sends its rows before (the rows b's keys point at); NULL-safe. */
void db_bulk_send_first(inc_bulk *b, inc_bulk *first);
/* From now until called with false: the caller vouches that every key in the rows it sends was
 * looked up in this transaction, so the database may skip its per-row foreign-key checks (as the
 * SQLite import does with PRAGMA foreign_keys). PostgreSQL: session_replication_role = replica,
 * only where the role may set it (a superuser, or GRANT SET ON PARAMETER session_replication_role);
 * else nothing changes. Triggers do not fire meanwhile either: switch back before the writes that
 * must fire them (the change stamp's). No-op on SQLite (its switch works only between transactions:
 * store/import_store.h). */
void db_bulk_trust_keys(inc_db *db, bool trust);
/* Whether the connection to the database server was lost (the server stopped, the backend was
 * ended): what failed then was not the data. Always false on SQLite. */
bool db_bulk_connection_lost(inc_db *db);
/* n new values for the table's id from its sequence, inside a transaction (safe beside other
 * writers: on PostgreSQL other draws from that sequence wait until the transaction ends). */
inc_status db_bulk_reserve_ids(inc_bulk *b, int n, int64_t *ids, inc_error *e);

/* The pseudonymisation data key of this connection (store/db_key.c loads it). */
void db_set_key(inc_db *db, const unsigned char key[PSEUDONYM_KEY_BYTES]);
const unsigned char *db_key(inc_db *db);  /* NULL until loaded */

#endif
