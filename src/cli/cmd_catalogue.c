/* inclusio catalogue list [--date D] and inclusio policy list [--municipality M]. */
#include "cli/commands.h"
#include "app/reference_data.h"
#include <string.h>

static const cli_option catalogue_opts[] = {{"date", "JJJJ-MM-DD", "de catalogus die op die dag gold", NULL, 0},
                                            {NULL, NULL, NULL, NULL, 0}};
static const cli_sub catalogue_subs[] = {{"list", NULL, "bouwblokkencatalogi per regio", catalogue_opts},
                                         {NULL, NULL, NULL, NULL}};
static const cli_spec catalogue_spec = {"catalogue", catalogue_subs};

int cmd_catalogue(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &catalogue_spec, argc, argv);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    inc_date day = INC_DATE_NONE;
    const char *d = cli_opt(argc, argv, "--date");
    if (d && date_parse(d, &day, "date", &e) != INC_OK) return cli_fail(&e);
    catalogue_list l;
    if (app_catalogues(db, day, &l, &e) != INC_OK) return cli_fail(&e);
    json_t *cats = catalogues_json(&l);
    arena_free(&l.arena);
    if (ctx->json) return cli_print_json(cats);
    size_t i, k;
    json_t *c, *b;
    json_array_foreach(cats, i, c) {
        printf("%s (vanaf %s)\n", json_string_value(json_object_get(c, "name")),
               json_string_value(json_object_get(c, "effective_from")));
        printf("  %-32s %-13s %-18s %14s  %s\n", "code", "deel", "soort", "waarde (EUR)", "omschrijving");
        json_array_foreach(json_object_get(c, "blocks"), k, b) {
            char amount[40];
            json_fixed_nl(json_object_get(b, "value"), 2, amount, sizeof amount);
            json_t *cap = json_object_get(b, "cap_months");
            printf("  %-32s %-13s %-18s %14s  %s", json_string_value(json_object_get(b, "code")),
                   json_string_value(json_object_get(b, "part")), json_string_value(json_object_get(b, "kind")),
                   amount, json_string_value(json_object_get(b, "name")));
            if (json_is_integer(cap)) printf(" [max %lld mnd]", (long long)json_integer_value(cap));
            else if (cap && json_is_null(cap)) printf(" [geen maximum]");
            printf("\n");
        }
    }
    json_decref(cats);
    return EXIT_OK;
}

static const cli_option policy_opts[] = {CLI_OPT_MUNICIPALITY("alleen het beleid van deze gemeente"),
                                         {NULL, NULL, NULL, NULL, 0}};
static const cli_sub policy_subs[] = {{"list", NULL, "social-returnbeleid per gemeente", policy_opts},
                                      {NULL, NULL, NULL, NULL}};
static const cli_spec policy_spec = {"policy", policy_subs};

int cmd_policy(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &policy_spec, argc, argv);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    policy_list l;
    if (app_policies(db, cli_opt(argc, argv, "--municipality"), &l, &e) != INC_OK) return cli_fail(&e);
    json_t *ps = policies_json(&l);
    arena_free(&l.arena);
    if (ctx->json) return cli_print_json(ps);
    size_t i;
    json_t *p;
    json_array_foreach(ps, i, p) {
        char *cats = json_dumps(json_object_get(p, "categories"), JSON_COMPACT);
        char *procs = json_dumps(json_object_get(p, "procedures"), JSON_COMPACT);
        printf("%-22s %-18s vanaf %s  categorieen %s  procedures %s\n", json_string_value(json_object_get(p, "municipality")),
               json_string_value(json_object_get(p, "name")), json_string_value(json_object_get(p, "effective_from")),
               cats, procs);
        free(cats);
        free(procs);
    }
    json_decref(ps);
    return EXIT_OK;
}
