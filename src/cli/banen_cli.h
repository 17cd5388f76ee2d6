/* Pieces of `inclusio banen` that live in their own files; the import engine is shared with the API. */
#ifndef INC_BANEN_CLI_H
#define INC_BANEN_CLI_H
#include <stdio.h>
#include "cli/cli.h"
#include "cli/csv_reader.h"
#include "core/banen_input.h"

/* inclusio banen import FILE.csv (all-or-nothing; "-" reads stdin). */
int banen_import(cli_ctx *ctx, int argc, char **argv);

/* An extra check per parsed row before it is stored (e.g. the API's authorisation per
 * municipality); a failure is listed as that row's error. */
typedef inc_status (*banen_row_check)(void *user, const banen_input *in, inc_error *e);

/* Reads CSV from `in` and stores every row in one transaction. Returns INC_OK with errs->total == 0
 * and *written rows committed; or INC_OK with errs->total > 0 (bad rows listed, nothing stored); or
 * an I/O or database status (nothing stored). */
inc_status banen_import_stream(inc_db *db, FILE *in, const char *name, banen_row_check check, void *check_user,
                               csv_errors *errs, long *written, inc_error *e);

#endif
