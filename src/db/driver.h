/* What a database driver provides to the seam (src/db/db.c). Private to src/db: nothing outside
 * includes this. A driver fills db->native in open and st->native in prepare. */
#ifndef INC_DB_DRIVER_H
#define INC_DB_DRIVER_H
#include <time.h>
#include "db/db.h"

typedef struct db_driver {
    const char *name;
    db_dialect dialect;
    void (*global_init)(void);
    inc_status (*open)(inc_db *db, const char *target, inc_error *e);
    void (*close)(inc_db *db);
    inc_status (*exec)(inc_db *db, const char *sql, inc_error *e);
    /* persistent: the statement will be cached and reused many times */
    inc_status (*prepare)(inc_db *db, const char *sql, bool persistent, inc_stmt *st, inc_error *e);
    void (*finalize)(inc_stmt *st);
    void (*reset)(inc_stmt *st);
    void (*clear_bindings)(inc_stmt *st);
    int (*step)(inc_stmt *st);   /* DB_ROW, DB_DONE, DB_CONSTRAINT or DB_ERR */
    /* db_step_rc, whose caller may go on after a refused write; NULL: step */
    int (*step_rc)(inc_stmt *st);
    void (*bind_int64)(inc_stmt *st, int idx, int64_t v);
    void (*bind_text)(inc_stmt *st, int idx, const char *s, int len, db_lifetime life);
    void (*bind_blob)(inc_stmt *st, int idx, const void *p, int len, db_lifetime life);
    void (*bind_null)(inc_stmt *st, int idx);
    int (*bind_index)(inc_stmt *st, const char *name);
    int64_t (*col_int64)(inc_stmt *st, int col);
    const char *(*col_text)(inc_stmt *st, int col);
    const void *(*col_blob)(inc_stmt *st, int col);
    int (*col_bytes)(inc_stmt *st, int col);
    bool (*col_is_null)(inc_stmt *st, int col);
    db_type (*col_type)(inc_stmt *st, int col);
    int (*col_count)(inc_stmt *st);
    const char *(*col_name)(inc_stmt *st, int col);
    const char *(*errmsg)(inc_db *db);
    int64_t (*changes)(inc_db *db);
    int64_t (*last_id)(inc_db *db);
    bool (*in_transaction)(inc_db *db);
    const char *begin_sql;       /* takes the write lock at once */
    /* db_lock (key) / db_lock_all (key NULL) inside a transaction; NULL: nothing to lock */
    inc_status (*lock)(inc_db *db, const char *key, inc_error *e);
    bool (*change_stamp)(inc_db *db, db_stamp *out);
    bool (*lost)(inc_db *db);                           /* NULL: never */
    inc_status (*reconnect)(inc_db *db, inc_error *e);
    int64_t (*total_changes)(inc_db *db);   /* rows this connection has changed since it opened */
    int64_t (*statements_run)(inc_db *db);  /* db_statements_run; NULL: inc_db.statements_started */
    /* db_touch was called (PostgreSQL: tells the triggers this transaction is counted); NULL: none */
    void (*touched)(inc_db *db);
    void (*retry_quickly)(inc_db *db);
    int (*schema_version)(inc_db *db);
    inc_status (*set_schema_version)(inc_db *db, int version, inc_error *e);
    /* The key file's default when INCLUSIO_KEY_FILE is unset; NULL: "<target>.key" */
    void (*default_key_path)(const char *target, char *buf, size_t size);
    /* The bulk writer (db.h "Bulk rows"); bulk_open NULL: none, statements are as fast. */
    inc_bulk *(*bulk_open)(inc_db *db, const char *table, const char *columns, inc_error *e);
    void (*bulk_int64)(inc_bulk *b, int64_t v);
    void (*bulk_text)(inc_bulk *b, const char *s, int len);
    void (*bulk_blob)(inc_bulk *b, const void *p, int len);
    void (*bulk_null)(inc_bulk *b);
    inc_status (*bulk_row_end)(inc_bulk *b, inc_error *e);
    inc_status (*bulk_flush)(inc_bulk *b, inc_error *e);
    void (*bulk_close)(inc_bulk *b);
    inc_status (*bulk_reserve_ids)(inc_bulk *b, int n, int64_t *ids, inc_error *e);
    bool (*bulk_connection_lost)(inc_db *db);  /* NULL: never */
    void (*bulk_trust_keys)(inc_db *db, bool trust);  /* NULL: no such switch */
} db_driver;

extern const db_driver db_sqlite_driver;
extern const db_driver db_pgsql_driver;

struct inc_stmt {
    const db_driver *drv;
    inc_db *db;
    void *native;
    bool cached;     /* owned by the connection's cache: db_release resets instead of finalizing */
};

struct inc_bulk {
    const db_driver *drv;
    inc_db *db;
    inc_bulk *first;  /* sent before this one's rows (db_bulk_send_first) */
};  /* a driver's bulk writer starts with this */

struct inc_db {
    const db_driver *drv;
    void *native;
    char path[1024];
    char key_path[1100];
    unsigned char key[PSEUDONYM_KEY_BYTES];
    bool key_loaded;
    char actor[128];
    db_sees_fn sees;
    void *sees_ctx;
    time_t stamp_time;
    char stamp[24];
    struct { const char *sql; inc_stmt *st; } stmts[160];
    int nstmts;
    struct { char *sql; inc_stmt *st; } built[DB_BUILT_STMTS];   /* db_stmt_built, by text */
    int nbuilt, next_built, last_built;
    bool locked_all;     /* db_lock_all in the open transaction */
    /* The read connection (db_read.c): opened on first use of db_reader */
    char read_target[1024];
    inc_db *reader;
    time_t reader_failed, reader_used;
    /* db_touch: the municipalities the transaction changes (touch_all: every page) */
    char touched[DB_TOUCH_MAX][48];
    int ntouched;
    bool touch_all;
    int64_t tx_changes;          /* total_changes when the transaction began */
    int64_t statements_started;  /* SQLite: db_statements_run */
    inc_stmt *implicit;          /* SQLite: the write whose own transaction is still open (a RETURNING row) */
    /* What the last write reported, kept over the counter updates of db_stamp_writes */
    bool saved;
    int64_t saved_changes, saved_last_id;
    char saved_err[256];         /* SQLite: the error of a write whose own transaction was rolled back */
};

/* Raises the counters for the transaction's writes (db_touch), before its commit. */
inc_status db_stamp_writes(inc_db *db, inc_error *e);
void db_touch_reset(inc_db *db);

#endif
