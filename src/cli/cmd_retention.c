/* inclusio retention apply [--dry-run] | retention set --months N | retention show */
#include "cli/commands.h"
#include "app/retention.h"
#include <stdlib.h>
#include <string.h>

static const cli_option set_opts[] = {{"months", "N", "maanden na het einde van een opdracht", NULL, 0},
                                      {NULL, NULL, NULL, NULL, 0}};
static const cli_option apply_opts[] = {{"dry-run", NULL, "toon alleen wat er zou gebeuren", NULL, 0},
                                        {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {{"show", NULL, "toon de bewaartermijn", NULL},
                               {"set", NULL, "stel de bewaartermijn in", set_opts},
                               {"apply", NULL, "ontkoppel verlopen persoonsgegevens", apply_opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"retention", subs};

int cmd_retention(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    inc_db *db;
    inc_error e = {0};
    if (strcmp(sub, "set") == 0) {
        const char *m = cli_opt(argc, argv, "--months");
        if (!m) return cli_usage_error(ctx);
        if (!(db = cli_db(ctx))) return EXIT_IO;
        if (app_retention_set_months(db, atoi(m), &e) != INC_OK) return cli_fail(&e);
        printf("Bewaartermijn: %d maanden na het einde van een opdracht.\n", atoi(m));
        return EXIT_OK;
    }
    if (strcmp(sub, "show") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        printf("Bewaartermijn: %d maanden na het einde van een opdracht.\n", app_retention_months(db));
        return EXIT_OK;
    }
    if (strcmp(sub, "apply") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        json_t *sum;
        if (app_retention_apply(db, date_today(), cli_flag(argc, argv, "--dry-run"), &sum, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(sum);
        printf("%s: %lld realisatie(s) van opdrachten die eindigden voor %s ontkoppeld van personen; %lld persoon/personen "
               "en %lld bewijsstuk(ken) verwijderd.\n",
               json_is_true(json_object_get(sum, "dry_run")) ? "Proef (er is niets gewijzigd)" : "Uitgevoerd",
               (long long)json_integer_value(json_object_get(sum, "realisations_unlinked")),
               json_string_value(json_object_get(sum, "contracts_ended_before")),
               (long long)json_integer_value(json_object_get(sum, "persons_deleted")),
               (long long)json_integer_value(json_object_get(sum, "evidence_deleted")));
        json_decref(sum);
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
