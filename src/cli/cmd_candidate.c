/* inclusio candidate: pseudonymous candidate profiles (the BSN is only used to form the pseudonym). */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

static const char *const USAGE =
    "inclusio candidate add --bsn BSN --municipality GEMEENTE --education NIVEAU --hours-min U --hours-max U\n"
    "                       --postcode PC --travel-km KM --available-from JJJJ-MM-DD --consent ja|nee\n"
    "                       [--skills VAARDIGHEID,...] [--groups DOELGROEP,...]\n"
    "       inclusio candidate list [--municipality GEMEENTE] [--json]\n"
    "       inclusio candidate show ID [--json]\n"
    "       inclusio candidate consent ID ja|nee";

static const wsp_opt add_opts[] = {
    {"--bsn", "bsn"}, {"--municipality", "municipality"}, {"--education", "education"},
    {"--hours-min", "hours_min"}, {"--hours-max", "hours_max"}, {"--postcode", "postcode"},
    {"--travel-km", "travel_km"}, {"--available-from", "available_from"}, {"--consent", "consent"},
    {"--skills", "skills"}, {"--groups", "groups"}, {NULL, NULL}};

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

int cmd_candidate(cli_ctx *ctx, int argc, char **argv)
{
    if (argc < 1) return cli_usage(USAGE);
    const char *sub = argv[0];
    argc--;
    argv++;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    int64_t id;
    if (!strcmp(sub, "add")) {
        return wsp_add(ctx, db, argc, argv, add_opts, wsp_candidate_add, "Kandidaat");
    }
    if (!strcmp(sub, "list")) {
        json_t *out;
        const char *muni = cli_opt(argc, argv, "--municipality");
        int64_t mid = 0;
        if (muni && wsp_municipality_id(db, muni, &mid, &e)) return cli_fail(&e);
        if (wsp_candidates_list(db, muni ? &mid : NULL, muni ? 1 : 0, &out, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(out);
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x) print_candidate(x);
        json_decref(out);
        return EXIT_OK;
    }
    if (!strcmp(sub, "show")) {
        if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "kandidaat", &id)) return EXIT_USAGE;
        json_t *x;
        if (wsp_candidate_get(db, id, &x, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(x);
        print_candidate(x);
        json_decref(x);
        return EXIT_OK;
    }
    if (!strcmp(sub, "consent")) {
        const char *v = cli_arg(argc, argv, 1, NULL);
        if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "kandidaat", &id)) return EXIT_USAGE;
        if (!v || (strcmp(v, "ja") && strcmp(v, "nee"))) return cli_usage("inclusio candidate consent ID ja|nee");
        if (wsp_candidate_set_consent(db, id, !strcmp(v, "ja"), &e)) return cli_fail(&e);
        printf("Toestemming van kandidaat %lld: %s.\n", (long long)id, v);
        return EXIT_OK;
    }
    return cli_usage(USAGE);
}
