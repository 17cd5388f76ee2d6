/* inclusio match: the shortlist for a vacancy, or the best vacancies for a candidate. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "app/wsp_actions.h"
#include "app/wsp_view.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const cli_option opts[] = {{"vacancy", "ID", "de shortlist voor deze vacature", NULL, 0},
                                  {"candidate", "ID", "de beste vacatures voor deze kandidaat", NULL, 0},
                                  {"limit", "N", "hoogstens N vacatures (met --candidate)", NULL, 0},
                                  {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {{"", NULL, "shortlist voor een vacature (--vacancy) of vacatures voor een kandidaat (--candidate)",
                                opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"match", subs};

static void print_items(json_t *items, const char *idkey, const char *label)
{
    size_t i, k;
    json_t *x, *r;
    json_array_foreach(items, i, x) {
        char score[16];
        wsp_fixed_nl(json_object_get(x, "score"), score, sizeof score);
        printf("%2lld. %s %lld  score %s", (long long)json_integer_value(json_object_get(x, "rank")), label,
               (long long)json_integer_value(json_object_get(x, idkey)), score);
        if (json_object_get(x, "title")) printf("  %s (%s)", wsp_str(x, "title"), wsp_str(x, "employer_name"));
        json_t *p = json_object_get(x, "proposal");
        if (json_is_object(p)) printf("  [voorstel %s]", wsp_str(p, "outcome"));
        printf("\n");
        json_array_foreach(json_object_get(x, "reasons"), k, r) {
            char pts[16], max[16];
            wsp_fixed_nl(json_object_get(r, "points"), pts, sizeof pts);
            wsp_fixed_nl(json_object_get(r, "max"), max, sizeof max);
            printf("      %-21s %6s / %-6s %s\n", wsp_str(r, "criterion"), pts, max, wsp_str(r, "text"));
        }
    }
}

int cmd_match(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *vs = cli_opt(argc, argv, "--vacancy"), *cs = cli_opt(argc, argv, "--candidate");
    if ((!vs) == (!cs) || cli_arg(argc, argv, 0, NULL)) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    int64_t id;
    json_t *out;
    if (vs) {
        if (!wsp_parse_id(vs, "vacature", &id)) return EXIT_USAGE;
        wsp_match_result *r;
        if (wsp_shortlist(db, id, NULL, 0, &r, &e)) return cli_fail(&e);
        out = wsp_shortlist_json(r);
        wsp_match_result_free(r);
        if (ctx->json) {
            /* The shortlist itself, best first; why it is shorter than asked goes to stderr. */
            if (json_is_string(json_object_get(out, "shortfall")))
                fprintf(stderr, "inclusio: minder dan gevraagd: %s\n", wsp_str(out, "shortfall"));
            json_t *items = json_incref(json_object_get(out, "items"));
            json_decref(out);
            return cli_print_json(items);
        }
        printf("Vacature %lld: %lld van %lld gevraagde kandidaten (regio %s, %lld bekeken, %lld geschikt)\n",
               (long long)id, (long long)json_integer_value(json_object_get(out, "count")),
               (long long)json_integer_value(json_object_get(out, "wanted")), wsp_str(out, "region"),
               (long long)json_integer_value(json_object_get(out, "considered")),
               (long long)json_integer_value(json_object_get(out, "suitable")));
        if (json_is_string(json_object_get(out, "shortfall"))) printf("Minder dan gevraagd: %s\n", wsp_str(out, "shortfall"));
        print_items(json_object_get(out, "items"), "candidate", "kandidaat");
    } else {
        if (!wsp_parse_id(cs, "kandidaat", &id)) return EXIT_USAGE;
        const char *ls = cli_opt(argc, argv, "--limit");
        int limit = ls ? atoi(ls) : 5;
        wsp_match_result *r;
        if (wsp_best_vacancies(db, id, limit, NULL, 0, &r, &e)) return cli_fail(&e);
        out = wsp_best_vacancies_json(r);
        wsp_match_result_free(r);
        if (ctx->json) {
            json_t *items = json_incref(json_object_get(out, "items"));
            json_decref(out);
            return cli_print_json(items);
        }
        printf("Kandidaat %lld: %lld passende vacatures (regio %s, %lld open vacatures bekeken)\n", (long long)id,
               (long long)json_integer_value(json_object_get(out, "count")), wsp_str(out, "region"),
               (long long)json_integer_value(json_object_get(out, "considered")));
        if (json_is_string(json_object_get(out, "note"))) printf("%s\n", wsp_str(out, "note"));
        print_items(json_object_get(out, "items"), "vacancy", "vacature");
    }
    json_decref(out);
    return EXIT_OK;
}
