/* Moving a municipality's SQLite database whole to PostgreSQL (`inclusio db copy`): the pieces the
 * app puts together (app/db_copy.c). Tables are read from the SQLite file's own catalogue, so a
 * table added by a later migration is copied without a change here. */
#ifndef INC_STORE_DB_COPY_H
#define INC_STORE_DB_COPY_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/error.h"
#include "db/db.h"

typedef struct {
    char name[64];
    int64_t rows;        /* copied; after dbcopy_count_rows: counted in the source */
    int64_t target_rows; /* counted in the target after the copy */
} dbcopy_table;

/* The source's tables (SQLite: its catalogue, without sqlite_* and the driver's inc_db_*), parents
 * before the tables that refer to them. *out is malloc'ed. */
inc_status dbcopy_tables(inc_db *src, dbcopy_table **out, size_t *n, inc_error *e);
/* Starts a read transaction on the source and takes its snapshot now: everything the copy reads and
 * compares comes from one moment, while the file's other users go on writing. End it with
 * db_rollback. */
inc_status dbcopy_source_snapshot(inc_db *src, inc_error *e);
/* False when the target holds any table (why: the first one and how many). */
inc_status dbcopy_target_empty(inc_db *dst, bool *empty, char *why, size_t why_size, inc_error *e);
/* Every migration of the target's dialect, inside the caller's transaction (PostgreSQL: DDL is
 * transactional, so a failed copy leaves the target as empty as it was). */
inc_status dbcopy_migrate_in_transaction(inc_db *dst, inc_error *e);
/* Empties the target's tables (the rows the migrations seed), children first. */
inc_status dbcopy_clear(inc_db *dst, const dbcopy_table *t, size_t n, inc_error *e);
/* Copies one table's rows, every stored column (generated ones are made by the target). The
 * target's identity sequence follows the copied ids (the driver moves it past an INSERT that names
 * the id). Sets t->rows. */
inc_status dbcopy_table_rows(inc_db *src, inc_db *dst, dbcopy_table *t, inc_error *e);
/* count(*) of a table. */
inc_status dbcopy_count(inc_db *db, const char *table, int64_t *n, inc_error *e);
/* The municipalities' codes, in order (for comparing every dashboard); *out is malloc'ed. */
inc_status dbcopy_municipalities(inc_db *db, char (**out)[64], size_t *n, inc_error *e);

#endif
