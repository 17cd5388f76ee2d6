/* inclusio demo: loads the demo data of every area (app_demo_load), in one go after `init`. */
#include "cli/commands.h"
#include "app/setup.h"

static const cli_sub subs[] = {{"", NULL, "laad de demodata (na init)", NULL}, {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"demo", subs};

int cmd_demo(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    inc_error e = {0};
    inc_db *db;
    if (app_db_open(ctx->db_path, APP_DB_MIGRATE | APP_DB_CREATE_KEY, &db, &e) != INC_OK) return cli_fail(&e);
    ctx->db = db;
    const char *failed;
    if (app_demo_load(db, &failed, &e) != INC_OK) {
        if (failed) fprintf(stderr, "inclusio: demo-onderdeel %s mislukt\n", failed);
        return cli_fail(&e);
    }
    printf("Demodata geladen in %s.\n", ctx->db_path);
    return EXIT_OK;
}
