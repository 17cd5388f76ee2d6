/* inclusio retention apply [--dry-run] | retention set --months N | retention show */
#include "cli/commands.h"
#include "store/retention.h"
#include <stdlib.h>
#include <string.h>

int cmd_retention(cli_ctx *ctx, int argc, char **argv)
{
    const char *sub = argc > 0 ? argv[0] : "";
    inc_db *db;
    inc_error e = {0};
    if (strcmp(sub, "set") == 0) {
        const char *m = cli_opt(argc, argv, "--months");
        if (!m) return cli_usage("inclusio retention set --months N");
        if (!(db = cli_db(ctx))) return EXIT_IO;
        if (retention_set_months(db, atoi(m), &e) != INC_OK) return cli_fail(&e);
        printf("Bewaartermijn: %d maanden na het einde van een opdracht.\n", atoi(m));
        return EXIT_OK;
    }
    if (strcmp(sub, "show") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        printf("Bewaartermijn: %d maanden na het einde van een opdracht.\n", retention_months(db));
        return EXIT_OK;
    }
    if (strcmp(sub, "apply") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        json_t *sum;
        if (retention_apply(db, date_today(), cli_flag(argc, argv, "--dry-run"), &sum, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(sum);
        printf("%s: %lld realisatie(s) van opdrachten die eindigden voor %s ontkoppeld van personen; %lld persoon/personen "
               "verwijderd.\n",
               json_is_true(json_object_get(sum, "dry_run")) ? "Proef (er is niets gewijzigd)" : "Uitgevoerd",
               (long long)json_integer_value(json_object_get(sum, "realisations_unlinked")),
               json_string_value(json_object_get(sum, "contracts_ended_before")),
               (long long)json_integer_value(json_object_get(sum, "persons_deleted")));
        json_decref(sum);
        return EXIT_OK;
    }
    return cli_usage("inclusio retention show | set --months N | apply [--dry-run]");
}
