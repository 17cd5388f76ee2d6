/* A fresh database file for the unit tests that need a real SQLite file: one set-up and one clean-up
 * shared by every test binary (the Makefile links tests/unit/testdb.c into each). */
#ifndef INC_TESTDB_H
#define INC_TESTDB_H
#include <stddef.h>
#include "store/db.h"

/* Names the file /tmp/inclusio-<name>-<pid>.db in path (n bytes), removes what an earlier run left,
 * opens it, applies the migrations, creates its key and seeds the reference data. With
 * INCLUSIO_TEST_PG set (make unit-pg): a new PostgreSQL database, path "postgres:///<name>". */
inc_status testdb_open(const char *name, char *path, size_t n, inc_db **db, inc_error *e);
/* A scratch file beside the database (out, n bytes): "<path><suffix>", or /tmp/inclusio-<name><suffix>
 * for a PostgreSQL database. */
void testdb_scratch(const char *path, const char *suffix, char *out, size_t n);
/* Removes the database file with its key, WAL and SHM companions. */
void testdb_remove(const char *path);
/* Closes db (if any) and removes its files. */
void testdb_close(inc_db *db, const char *path);
#endif
