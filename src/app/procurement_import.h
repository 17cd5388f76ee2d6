/* `inclusio procurement import FILE.csv`: the invitation log from a spreadsheet, all or nothing.
 * One row per procurement (columns as sebo_proc_input_from_fields reads them; the municipality by
 * code or name); every row is logged as app_procurement_log would, in one transaction. */
#ifndef INC_APP_PROCUREMENT_IMPORT_H
#define INC_APP_PROCUREMENT_IMPORT_H
#include "app/app.h"
#include "io/csv_reader.h"

typedef struct {
    long imported, flagged;   /* rows stored; of which flagged by the SEBO rule */
} procurement_import_result;

/* INC_OK with errs->total == 0: every row stored and the import audited, committed. INC_OK with
 * errs->total > 0: the bad rows listed (line, column, reason), nothing stored. Another status: the
 * file or the database failed (e says why), nothing stored. */
inc_status app_procurement_import(inc_db *db, const char *path, csv_errors *errs, procurement_import_result *out,
                                  inc_error *e);

#endif
