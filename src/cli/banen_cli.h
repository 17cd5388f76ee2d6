/* Pieces of `inclusio banen` that live in their own files; the import engine is shared with the API
 * (app/banen_import.h). */
#ifndef INC_BANEN_CLI_H
#define INC_BANEN_CLI_H
#include "cli/cli.h"

/* inclusio banen import FILE.csv (all-or-nothing; "-" reads stdin). */
int banen_import(cli_ctx *ctx, int argc, char **argv);

/* inclusio banen uwv import FILE (CSV or XLSX) | list [--region R]: UWV's regional figures. */
int banen_uwv(cli_ctx *ctx, int argc, char **argv);

#endif
