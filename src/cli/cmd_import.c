/* inclusio import contracts|realisations FILE.csv [--dry-run]
 * The all-or-nothing import of app/register_import.h: every bad row is listed as "regel L, kolom C:
 * reden" on stderr and the database is left exactly as it was. --dry-run checks the whole file the
 * same way and then rolls back. */
#include "cli/commands.h"
#include "app/register_import.h"
#include "cli/import_refused.h"
#include <string.h>

static const cli_option import_opts[] = {
    {"dry-run", NULL, "controleer alles en sla niets op", NULL, 0}, {NULL, NULL, NULL, NULL, 0}};
static const cli_sub import_subs[] = {
    {"contracts", "BESTAND.csv", "opdrachten uit CSV (- is standaardinvoer)", import_opts},
    {"realisations", "BESTAND.csv", "realisaties uit CSV (- is standaardinvoer)", import_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec import_spec = {"import", import_subs};

int cmd_import(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &import_spec, argc, argv);
    bool dry_run = cli_flag(argc, argv, "--dry-run");
    const char *kind = cli_arg(argc, argv, 0, NULL), *path = cli_arg(argc, argv, 1, NULL);
    if (!path || cli_arg(argc, argv, 2, NULL)) return cli_usage_error(ctx);
    bool contracts = strcmp(kind, "contracts") == 0;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;

    inc_error e = {0};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    long written = 0;
    inc_status st = app_register_import(db, contracts ? REGISTER_IMPORT_CONTRACTS : REGISTER_IMPORT_REALISATIONS, path,
                                        dry_run, &errs, &written, &e);
    if (st != INC_OK || errs.total > 0 || dry_run) {
        int rc = cli_import_refused(st, &e, &errs, path);
        bool clean = st == INC_OK && errs.total == 0;
        csv_errors_free(&errs);
        if (clean && dry_run) {
            if (ctx->json)
                return cli_print_json(json_pack("{s:s, s:s, s:I, s:b}", "kind", kind, "file", path, "checked",
                                                (json_int_t)written, "dry_run", 1));
            printf("%ld %s in orde in %s; niets opgeslagen (--dry-run).\n", written,
                   contracts ? "opdrachten" : "realisaties", path);
            return EXIT_OK;
        }
        return rc;
    }
    csv_errors_free(&errs);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:s, s:I}", "kind", kind, "file", path, "imported", (json_int_t)written));
    printf("%ld %s geïmporteerd uit %s.\n", written, contracts ? "opdrachten" : "realisaties", path);
    return EXIT_OK;
}
