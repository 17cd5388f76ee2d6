/* The import of employment records from CSV, shared by `inclusio banen import` and
 * POST /api/v1/employment/import. */
#ifndef INC_APP_BANEN_IMPORT_H
#define INC_APP_BANEN_IMPORT_H
#include <stdio.h>
#include "core/banen_input.h"
#include "io/csv_reader.h"
#include "app/app.h"

/* An extra check per parsed row before it is stored (e.g. the API's authorisation per
 * municipality); a failure is listed as that row's error. */
typedef inc_status (*banen_row_check)(void *user, const banen_input *in, inc_error *e);

/* Reads CSV from `in` and stores every row in one transaction. Returns INC_OK with errs->total == 0
 * and *written rows committed; or INC_OK with errs->total > 0 (bad rows listed, nothing stored); or
 * an I/O or database status (nothing stored). */
inc_status banen_import_stream(inc_db *db, FILE *in, const char *name, banen_row_check check, void *check_user,
                               csv_errors *errs, long *written, inc_error *e);

#endif
