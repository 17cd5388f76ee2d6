/* inclusio realisation add|verify|reject|list */
#include "cli/cli_fields.h"
#include "cli/commands.h"
#include "core/json_fixed.h"
#include "app/register_realisation.h"
#include <stdlib.h>
#include <string.h>

/* The fields of realisation_input_parse ('_' written '-'), read through cli_fields. */
static const cli_option add_opts[] = {
    {"contract-id", "ID", "nummer van de opdracht (of --municipality met --contract-reference)", NULL, 0},
    CLI_OPT_MUNICIPALITY("gemeente van de opdracht"),
    {"contract-reference", "REF", "kenmerk van de opdracht", NULL, 0},
    {"block", "CODE", "bouwblok (inclusio catalogue list) (verplicht)", NULL, 0},
    {"bsn", "BSN", "BSN van de kandidaat (bij baanblokken; alleen het pseudoniem wordt bewaard)", NULL, 0},
    {"candidate-ref", "REF", "eigen korte verwijzing van de opdrachtnemer, nooit een naam", NULL, 0},
    {"hours-per-week", "UREN", "uren per week (baanblokken)", NULL, 0},
    {"hours", "UREN", "totaal aantal uren (urenblokken)", NULL, 0},
    {"start", "JJJJ-MM-DD", "eerste dag (verplicht)", NULL, 0},
    {"end", "JJJJ-MM-DD", "laatste dag (standaard de eerste)", NULL, 0},
    {"amount", "EUR", "bedrag (blokken op werkelijke kosten)", NULL, 0},
    {"subsidy-end", "JJJJ-MM-DD", "einde van een loonkostensubsidie", NULL, 0},
    CLI_OPT_END};
static const cli_option reject_opts[] = {{"reason", "TEKST", "reden van de afwijzing", NULL, 0}, CLI_OPT_END};
static const cli_option list_opts[] = {{"contract-id", "ID", "alleen deze opdracht", NULL, 0},
                                       {"status", "gemeld|geverifieerd|afgewezen", "alleen deze status", NULL, 0},
                                       CLI_OPT_END};
static const cli_sub subs[] = {{"add", NULL, "meld een realisatie", add_opts},
                               {"verify", "ID", "verifieer een realisatie (SR-team)", NULL},
                               {"reject", "ID", "wijs een realisatie af", reject_opts},
                               {"list", NULL, "realisaties", list_opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"realisation", subs};

static bool parse_id(const char *s, int64_t *id)
{
    char *end;
    long long v = s ? strtoll(s, &end, 10) : 0;
    if (!s || *end || v <= 0) return false;
    *id = v;
    return true;
}

int cmd_realisation(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    inc_error e = {0};
    inc_db *db;
    if (strcmp(sub, "add") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        cli_fields cf;
        field_source fs = cli_fields_source(&cf, argc - 1, argv + 1);
        inc_realisation_input in;
        int64_t id;
        if (realisation_input_parse(&fs, &in, &e) != INC_OK || app_realisation_report(db, &in, &id, &e) != INC_OK)
            return cli_fail(&e);
        view_out o;
        view_out_tree(&o);
        json_t *mine = view_out_tree_done(&o, app_realisation_show(db, id, &o, &e));
        if (!mine) return cli_fail(&e);
        if (ctx->json) return cli_print_json(mine);
        char v[40];
        json_fixed_nl(json_object_get(mine, "value"), 2, v, sizeof v);
        printf("Realisatie %lld gemeld: EUR %s over %lld dag(en)%s.\n", (long long)id, v,
               (long long)json_integer_value(json_object_get(mine, "counted_days")),
               json_is_true(json_object_get(mine, "capped")) ? " (gemaximeerd)" : "");
        json_decref(mine);
        return EXIT_OK;
    }
    if (strcmp(sub, "verify") == 0 || strcmp(sub, "reject") == 0) {
        int64_t id;
        if (!parse_id(cli_arg(argc, argv, 1, NULL), &id)) return cli_usage_error(ctx);
        if (!(db = cli_db(ctx))) return EXIT_IO;
        inc_status s = sub[0] == 'v' ? app_realisation_verify(db, id, &e)
                                     : app_realisation_reject(db, id, cli_opt(argc, argv, "--reason"), &e);
        if (s != INC_OK) return cli_fail(&e);
        printf("Realisatie %lld %s.\n", (long long)id, sub[0] == 'v' ? "geverifieerd" : "afgewezen");
        return EXIT_OK;
    }
    if (strcmp(sub, "list") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        int64_t cid = 0;
        const char *c = cli_opt(argc, argv, "--contract-id");
        if (c && !parse_id(c, &cid)) return cli_usage_error(ctx);
        view_out o;
        view_out_tree(&o);
        json_t *list = view_out_tree_done(&o, app_realisation_list(db, cid, cli_opt(argc, argv, "--status"), &o, NULL, &e));
        if (!list) return cli_fail(&e);
        if (ctx->json) return cli_print_json(list);
        size_t i;
        json_t *r;
        printf("%-7s %-9s %-32s %-12s %-10s %-10s %14s  %s\n", "nr", "opdracht", "bouwblok", "kandidaat", "van", "tot",
               "waarde", "status");
        json_array_foreach(list, i, r) {
            char v[40];
            json_fixed_nl(json_object_get(r, "value"), 2, v, sizeof v);
            printf("%-7lld %-9lld %-32s %-12s %-10s %-10s %14s  %s\n", (long long)json_integer_value(json_object_get(r, "id")),
                   (long long)json_integer_value(json_object_get(r, "contract_id")),
                   json_string_value(json_object_get(r, "block")),
                   json_string_value(json_object_get(r, "candidate_ref")) ? json_string_value(json_object_get(r, "candidate_ref")) : "",
                   json_string_value(json_object_get(r, "start")), json_string_value(json_object_get(r, "end")), v,
                   json_string_value(json_object_get(r, "status")));
        }
        json_decref(list);
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
