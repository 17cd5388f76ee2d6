/* `inclusio db copy`: a municipality's SQLite database moved whole to PostgreSQL, verified before it
 * is committed (docs/postgresql.md, "Moving a municipality to PostgreSQL"). */
#ifndef INC_APP_DB_COPY_H
#define INC_APP_DB_COPY_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "app/app.h"

typedef struct {
    char name[64];
    int64_t rows;          /* in the source */
    int64_t target_rows;   /* in the target, counted after the copy */
} app_copy_table;

typedef struct {
    app_copy_table *tables;   /* every table, parents first */
    size_t n_tables;
    int64_t rows;             /* all tables together */
    int dashboards;           /* municipalities whose dashboard JSON was compared */
    char key_path[1100];      /* the target's key file */
    bool key_written;         /* copied from the source's (false: the same file serves both) */
    char key_fingerprint[17];
} app_db_copy_result;

/* Copies the SQLite database `from` (migrated first, its key file checked) into the empty PostgreSQL
 * database `to`, in one transaction: the schema, every table's rows (the audit log, the wrapped
 * pseudonym key), then checks row counts per table, the data key unwrapping with the target's key
 * file, and that report sroi, report banen and every municipality's dashboard give identical JSON on
 * both; only then commits. The key file is copied to the target's key path (db_key_path) unless one
 * is there already: the same key is accepted, another refused. Refusals (INC_EIO, nothing written):
 * a target holding any table, a source that is not a SQLite file, any difference. */
inc_status app_db_copy(const char *from, const char *to, app_db_copy_result *out, inc_error *e);
void app_db_copy_result_free(app_db_copy_result *r);

#endif
