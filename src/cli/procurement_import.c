/* inclusio procurement import BESTAND.csv: the invitation log from a spreadsheet, all or nothing
 * (app/procurement_import.h). Every bad row is listed as "regel L, kolom C: reden" and nothing is
 * stored. */
#include "app/procurement_import.h"
#include "cli/commands.h"
#include "cli/import_refused.h"

int procurement_import(cli_ctx *ctx, const char *path)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    procurement_import_result r;
    inc_status st = app_procurement_import(db, path, &errs, &r, &e);
    if (st != INC_OK || errs.total > 0) {
        int rc = cli_import_refused(st, &e, &errs, path);
        csv_errors_free(&errs);
        return rc;
    }
    csv_errors_free(&errs);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:I, s:I}", "file", path, "imported", (json_int_t)r.imported, "flagged",
                                        (json_int_t)r.flagged));
    printf("%ld inkopen geïmporteerd uit %s, waarvan %ld gemarkeerd.\n", r.imported, path, r.flagged);
    return EXIT_OK;
}
