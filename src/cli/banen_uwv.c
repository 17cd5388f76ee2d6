/* inclusio banen uwv import FILE (CSV or XLSX) and inclusio banen uwv list [--region R]: UWV's
 * published regional banenafspraak figures (app/banen_uwv.h). */
#include "cli/banen_cli.h"
#include "cli/import_refused.h"
#include "app/banen_uwv.h"
#include "core/decimal.h"
#include "io/xlsx_csv.h"
#include <stdlib.h>
#include <string.h>

static int uwv_import(cli_ctx *ctx, int argc, char **argv)
{
    const char *path = cli_arg(argc, argv, 0, NULL);
    if (!path || cli_arg(argc, argv, 1, NULL)) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    bool xlsx = strcmp(path, "-") != 0 && xlsx_is_xlsx(path);
    FILE *f = strcmp(path, "-") == 0 ? stdin : xlsx ? xlsx_csv_convert(path, &e) : fopen(path, "rb");
    if (!f) {
        if (!xlsx) inc_fail(&e, INC_EIO, "", "kan '%s' niet openen", path);
        return cli_fail(&e);
    }
    csv_errors errs;
    csv_errors_init(&errs, 0);
    uwv_import_result res;
    inc_status st = app_banen_uwv_import(db, f, path, &res, &errs, &e);
    if (f != stdin) fclose(f);
    if (st != INC_OK || errs.total > 0) {
        int rc = cli_import_refused(st, &e, &errs, path);
        csv_errors_free(&errs);
        return rc;
    }
    csv_errors_free(&errs);
    if (ctx->json) return cli_print_json(uwv_import_result_json(path, &res));
    printf("%ld UWV-cijfers geïmporteerd uit %s (%ld nieuw, %ld vervangen).\n", res.stored + res.replaced, path,
           res.stored, res.replaced);
    for (size_t i = 0; i < res.n_skipped; i++)
        printf("Overgeslagen: %ld %s van arbeidsmarktregio '%s' (niet bekend in inclusio).\n", res.skipped[i].rows,
               res.skipped[i].rows == 1 ? "regel" : "regels", res.skipped[i].region);
    return EXIT_OK;
}

static int uwv_list(cli_ctx *ctx, int argc, char **argv)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    uwv_figure *figs;
    size_t n;
    if (app_banen_uwv_list(db, cli_opt(argc, argv, "--region"), &figs, &n, &e)) return cli_fail(&e);
    if (ctx->json) {
        json_t *a = uwv_figures_json(figs, n);
        free(figs);
        return cli_print_json(json_pack("{s:o}", "figures", a));
    }
    printf("%-24s %-9s %-10s %12s\n", "arbeidsmarktregio", "sector", "peildatum", "extra banen");
    for (size_t i = 0; i < n; i++) {
        char d[11], v[32];
        date_format_nl(figs[i].peildatum, d);
        decimal_format(figs[i].extra_centi, 2, true, v, sizeof v);
        printf("%-24s %-9s %-10s %12s\n", figs[i].region, figs[i].sector, d, v);
    }
    printf("%zu UWV-cijfers\n", n);
    free(figs);
    return EXIT_OK;
}

int banen_uwv(cli_ctx *ctx, int argc, char **argv)
{
    const char *sub = argc > 0 ? argv[0] : NULL;
    if (sub && strcmp(sub, "import") == 0) return uwv_import(ctx, argc - 1, argv + 1);
    if (sub && strcmp(sub, "list") == 0) return uwv_list(ctx, argc - 1, argv + 1);
    return cli_usage_error(ctx);
}
