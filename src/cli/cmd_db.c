/* inclusio db copy --from BESTAND --to URI: a municipality's SQLite database moved whole to
 * PostgreSQL, checked before it is committed (app/db_copy.h, docs/postgresql.md). */
#include "cli/commands.h"
#include "app/db_copy.h"
#include <string.h>

static const cli_option copy_opts[] = {
    {"from", "BESTAND", "de SQLite-database van de gemeente (verplicht)", NULL, 0},
    {"to", "URI", "een lege PostgreSQL-database: postgresql://... (verplicht)", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {
    {"copy", NULL,
     "kopieer een SQLite-database volledig naar een lege PostgreSQL-database en controleer rijen, rapporten en "
     "sleutel",
     copy_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"db", subs};

int cmd_db(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *from = cli_opt(argc, argv, "--from"), *to = cli_opt(argc, argv, "--to");
    if (!from || !to || cli_arg(argc, argv, 1, NULL)) return cli_usage_error(ctx);
    inc_error e = {0};
    app_db_copy_result r;
    if (app_db_copy(from, to, &r, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) {
        json_t *tables = json_array();
        for (size_t i = 0; i < r.n_tables; i++)
            json_array_append_new(tables, json_pack("{s:s, s:I, s:I}", "table", r.tables[i].name, "rows",
                                                    (json_int_t)r.tables[i].rows, "target_rows",
                                                    (json_int_t)r.tables[i].target_rows));
        json_t *out = json_pack("{s:o, s:I, s:i, s:s, s:b, s:s, s:[s,s,s]}", "tables", tables, "rows", (json_int_t)r.rows,
                                "dashboards", r.dashboards, "key_file", r.key_path, "key_file_written", r.key_written,
                                "key_fingerprint", r.key_fingerprint, "identical", "report sroi", "report banen",
                                "dashboard");
        app_db_copy_result_free(&r);
        return cli_print_json(out);
    }
    printf("%-40s %12s\n", "tabel", "rijen");
    for (size_t i = 0; i < r.n_tables; i++)
        if (r.tables[i].rows) printf("%-40s %12lld\n", r.tables[i].name, (long long)r.tables[i].rows);
    printf("%zu tabellen, %lld rijen gekopieerd; aantallen per tabel gelijk in bron en kopie.\n", r.n_tables,
           (long long)r.rows);
    printf("report sroi, report banen en %d dashboards geven op beide dezelfde JSON.\n", r.dashboards);
    printf("Sleutelbestand %s (vingerafdruk %s)%s; de pseudoniemen blijven gelijk.\n", r.key_path, r.key_fingerprint,
           r.key_written ? " gekopieerd: bewaar het bij de back-ups van de nieuwe database" : " dient beide");
    app_db_copy_result_free(&r);
    return EXIT_OK;
}
