/* inclusio candidate: pseudonymous candidate profiles (the BSN is only used to form the pseudonym). */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include <stdio.h>
#include <string.h>

static const wsp_opt add_opts[] = {
    {"bsn", "BSN", "BSN (alleen om het pseudoniem te vormen) (verplicht)", "bsn", 0},
    {"municipality", "GEMEENTE", "gemeente, code of naam (verplicht)", "municipality", CLI_MUNICIPALITY},
    {"education", "NIVEAU", "opleidingsniveau (verplicht)", "education", 0},
    {"hours-min", "U", "minimaal uren per week (verplicht)", "hours_min", 0},
    {"hours-max", "U", "maximaal uren per week (verplicht)", "hours_max", 0},
    {"postcode", "PC", "postcode (verplicht)", "postcode", 0},
    {"travel-km", "KM", "reisafstand in km (verplicht)", "travel_km", 0},
    {"available-from", "JJJJ-MM-DD", "beschikbaar vanaf (verplicht)", "available_from", 0},
    {"consent", "ja|nee", "toestemming om te delen (verplicht)", "consent", 0},
    {"skills", "VAARDIGHEID,...", "vaardigheden", "skills", 0},
    {"groups", "DOELGROEP,...", "doelgroepen", "groups", 0},
    WSP_END};
static const wsp_opt list_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"), WSP_END};
static const cli_sub subs[] = {{"add", NULL, "voeg een kandidaat toe", add_opts},
                               {"list", NULL, "kandidaten", list_opts},
                               {"show", "ID", "een kandidaat", NULL},
                               {"consent", "ID ja|nee", "leg toestemming vast of trek die in", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"candidate", subs};

static void print_candidate(json_t *x)
{
    char hmin[16], hmax[16], km[16];
    wsp_fixed_nl(json_object_get(x, "hours_min"), hmin, sizeof hmin);
    wsp_fixed_nl(json_object_get(x, "hours_max"), hmax, sizeof hmax);
    wsp_fixed_nl(json_object_get(x, "travel_km"), km, sizeof km);
    char skills[512] = "", groups[256] = "";
    size_t i;
    json_t *s;
    json_array_foreach(json_object_get(x, "skills"), i, s) {
        strncat(skills, i ? ", " : "", sizeof skills - strlen(skills) - 1);
        strncat(skills, json_string_value(s), sizeof skills - strlen(skills) - 1);
    }
    json_array_foreach(json_object_get(x, "groups"), i, s) {
        strncat(groups, i ? ", " : "", sizeof groups - strlen(groups) - 1);
        strncat(groups, json_string_value(s), sizeof groups - strlen(groups) - 1);
    }
    printf("%4lld  %-18s %-8s %s-%s u  pc %s +%s km  vanaf %s  %s  %-9s [%s] (%s)\n",
           (long long)json_integer_value(json_object_get(x, "id")), wsp_str(x, "municipality"), wsp_str(x, "education"),
           hmin, hmax, wsp_str(x, "pc4"), km, wsp_str(x, "available_from"),
           json_is_true(json_object_get(x, "consent")) ? "toestemming" : "GEEN toestemming", wsp_str(x, "status"),
           skills, groups);
}

static int list(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    const char *muni = cli_opt(argc, argv, "--municipality");
    int64_t mid = 0;
    if (muni && wsp_municipality_lookup(db, muni, &mid, &e)) return cli_fail(&e);
    wsp_candidate_list l;
    if (wsp_candidates_list(db, muni ? &mid : NULL, muni ? 1 : 0, &l, &e)) return cli_fail(&e);
    json_t *out = wsp_candidates_json(&l);
    WSP_LIST_FREE(&l);
    return wsp_print_each(ctx, out, NULL, print_candidate);
}

static int show(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    int64_t id;
    if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "kandidaat", &id)) return EXIT_USAGE;
    wsp_candidate c;
    inc_arena arena = {0};
    if (wsp_candidate_get(db, id, &c, &arena, &e)) return cli_fail(&e);
    json_t *x = wsp_candidate_json(&c);
    arena_free(&arena);
    if (ctx->json) return cli_print_json(x);
    print_candidate(x);
    json_decref(x);
    return EXIT_OK;
}

static int consent(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    int64_t id;
    const char *v = cli_arg(argc, argv, 1, NULL);
    if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "kandidaat", &id)) return EXIT_USAGE;
    if (!v || (strcmp(v, "ja") && strcmp(v, "nee"))) return cli_usage_error(ctx);
    if (wsp_candidate_set_consent(db, id, !strcmp(v, "ja"), &e)) return cli_fail(&e);
    printf("Toestemming van kandidaat %lld: %s.\n", (long long)id, v);
    return EXIT_OK;
}

static const wsp_action actions[] = {{"add", NULL, wsp_candidate_add_json, "Kandidaat"},
                                     {"list", list, NULL, NULL},
                                     {"show", show, NULL, NULL},
                                     {"consent", consent, NULL, NULL},
                                     {NULL, NULL, NULL, NULL}};

int cmd_candidate(cli_ctx *ctx, int argc, char **argv)
{
    return wsp_dispatch(ctx, &spec, actions, argc, argv);
}
