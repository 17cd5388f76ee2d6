/* inclusio export contracts|realisations --format csv|xlsx [--out FILE] [--municipality M]
 * CSV: exactly the columns the import accepts (an export imports back into a fresh database).
 * XLSX: the same columns plus computed ones (io/register_export.h). */
#include "cli/commands.h"
#include "app/register_export.h"
#include "io/register_export.h"
#include <errno.h>
#include <string.h>

static const cli_option export_opts[] = {
    {"format", "csv|xlsx", "bestandsformaat (standaard csv)", NULL, 0},
    {"out", "BESTAND", "uitvoerbestand (standaard: standaarduitvoer; verplicht bij xlsx)", NULL, 0},
    CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
    {NULL, NULL, NULL, NULL, 0}};
static const cli_sub export_subs[] = {{"contracts", NULL, "opdrachten in de importkolommen", export_opts},
                                      {"realisations", NULL, "realisaties in de importkolommen", export_opts},
                                      {NULL, NULL, NULL, NULL}};
static const cli_spec export_spec = {"export", export_subs};

int cmd_export(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &export_spec, argc, argv);
    const char *kind = cli_arg(argc, argv, 0, NULL);
    const char *format = cli_opt(argc, argv, "--format"), *out = cli_opt(argc, argv, "--out");
    const char *municipality = cli_opt(argc, argv, "--municipality");
    if (cli_arg(argc, argv, 1, NULL)) return cli_usage_error(ctx);
    bool contracts = strcmp(kind, "contracts") == 0;
    if (!format) format = "csv";
    bool xlsx = strcmp(format, "xlsx") == 0;
    if (!xlsx && strcmp(format, "csv") != 0) {
        fprintf(stderr, "inclusio: onbekend formaat '%s' (csv of xlsx)\n", format);
        return EXIT_USAGE;
    }
    if (xlsx && !out) {
        fprintf(stderr, "inclusio: geef --out BESTAND.xlsx voor een spreadsheet\n");
        return EXIT_USAGE;
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    long rows = 0;
    register_export_kind k = contracts ? REGISTER_EXPORT_CONTRACTS : REGISTER_EXPORT_REALISATIONS;
    if (xlsx) {
        export_xlsx *x = export_xlsx_open(out, contracts, &e);
        inc_status st = x ? app_register_export(db, k, municipality, export_xlsx_row, x, &e) : e.status;
        if (!x || export_xlsx_close(x, st, out, &rows, &e) != INC_OK) {
            remove(out);  /* no half-written spreadsheet */
            return cli_fail(&e);
        }
    } else {
        FILE *f = out ? fopen(out, "w") : stdout;
        if (!f) {
            fprintf(stderr, "inclusio: kan '%s' niet aanmaken: %s\n", out, strerror(errno));
            return EXIT_IO;
        }
        export_csv o;
        export_csv_start(&o, f, contracts);
        inc_status st = app_register_export(db, k, municipality, export_csv_row, &o, &e);
        bool bad = !export_csv_ok(&o);
        if (out && fclose(f) != 0) bad = true;
        if ((st != INC_OK || bad) && out) remove(out);  /* no half-written file */
        if (st != INC_OK) return cli_fail(&e);
        if (bad) {
            fprintf(stderr, "inclusio: schrijven naar %s mislukt\n", out ? out : "standaarduitvoer");
            return EXIT_IO;
        }
        rows = o.rows;
    }
    if (out) fprintf(stderr, "%ld %s geëxporteerd naar %s.\n", rows, contracts ? "opdrachten" : "realisaties", out);
    return EXIT_OK;
}
