/* inclusio banen import FILE.csv: the command around the shared import (app/banen_import.h). */
#include "cli/banen_cli.h"
#include "cli/import_refused.h"
#include "app/banen_import.h"
#include <stdlib.h>
#include <string.h>

int banen_import(cli_ctx *ctx, int argc, char **argv)
{
    const char *path = cli_arg(argc, argv, 0, NULL);
    if (!path || cli_arg(argc, argv, 1, NULL)) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        inc_fail(&e, INC_EIO, "", "kan '%s' niet openen", path);
        return cli_fail(&e);
    }
    csv_errors errs;
    csv_errors_init(&errs, 0);
    long written = 0;
    inc_status st = banen_import_stream(db, f, path, NULL, NULL, &errs, &written, &e);
    if (f != stdin) fclose(f);
    if (st != INC_OK || errs.total > 0) {
        int rc = cli_import_refused(st, &e, &errs, path);
        csv_errors_free(&errs);
        return rc;
    }
    csv_errors_free(&errs);
    if (ctx->json) return cli_print_json(json_pack("{s:s, s:I}", "file", path, "imported", (json_int_t)written));
    printf("%ld dienstverbanden geïmporteerd uit %s.\n", written, path);
    return EXIT_OK;
}
