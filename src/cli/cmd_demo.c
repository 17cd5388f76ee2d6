/* inclusio demo: loads the demo data of every area (demo_parts.def), in one go after `init`. */
#include "cli/commands.h"
#include "store/demo.h"
#include "store/seed.h"

static const cli_sub subs[] = {{"", NULL, "laad de demodata (na init)", NULL}, {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"demo", subs};

int cmd_demo(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    inc_error e = {0};
    inc_db *db;
    if (db_open(ctx->db_path, &db, &e) != INC_OK) return cli_fail(&e);
    ctx->db = db;
    if (db_migrate(db, &e) != INC_OK || db_load_key(db, true, &e) != INC_OK || seed_reference_data(db, &e) != INC_OK)
        return cli_fail(&e);
    db_set_actor(db, "demo");
    static const struct {
        const char *name;
        inc_status (*fn)(inc_db *, inc_error *);
    } parts[] = {
        {"register", demo_register_load},
#define DEMO_PART(fn) {#fn, fn},
#include "store/demo_parts.def"
#undef DEMO_PART
    };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (parts[i].fn(db, &e) != INC_OK) {
            fprintf(stderr, "inclusio: demo-onderdeel %s mislukt\n", parts[i].name);
            return cli_fail(&e);
        }
    }
    printf("Demodata geladen in %s.\n", ctx->db_path);
    return EXIT_OK;
}
