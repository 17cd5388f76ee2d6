/* inclusio init: create or upgrade the database, the key file and the reference data. */
#include "cli/commands.h"
#include "app/setup.h"

static const cli_sub subs[] = {{"", NULL, "maak of upgrade de database, het sleutelbestand en de referentiegegevens", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"init", subs};

int cmd_init(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    inc_error e = {0};
    inc_db *db;
    if (app_db_open(ctx->db_path, APP_DB_MIGRATE | APP_DB_CREATE_KEY, &db, &e) != INC_OK) return cli_fail(&e);
    ctx->db = db;
    if (app_init_reference_data(db, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:i}", "database", ctx->db_path, "schema_version", db_schema_version(db)));
    printf("Database %s is klaar (schemaversie %d).\n", ctx->db_path, db_schema_version(db));
    return EXIT_OK;
}
