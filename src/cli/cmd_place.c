/* inclusio place: a placement closes the loop (banenafspraak record, SROI obligation reported). */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include <stdio.h>
#include <string.h>

static const wsp_opt opts[] = {
    {"vacancy", "ID", "de vacature (verplicht)", "vacancy", 0},
    {"candidate", "ID", "de kandidaat (verplicht)", "candidate", 0},
    {"start", "JJJJ-MM-DD", "begindatum (verplicht)", "start_date", 0},
    {"hours", "U", "uren per week (verplicht)", "hours", 0},
    {"contract", "tijdelijk|vast|proefplaatsing|detachering|leerwerkbaan", "contractvorm (verplicht)", "contract_type", 0},
    {"instrument", "INSTRUMENT",
     "geen, loonkostensubsidie, beschut-werk, direct-werk, proefplaatsing, detachering, jobcoach of ips", "instrument", 0},
    WSP_END};
static const cli_sub subs[] = {{"", NULL, "leg een plaatsing vast (banenafspraak, SROI)", opts},
                               {"list", NULL, "plaatsingen", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"place", subs};

int cmd_place(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    json_t *out;
    if (argc >= 1 && !strcmp(argv[0], "list")) {
        wsp_placement_list l;
        if (wsp_placements_list(db, &l, &e)) return cli_fail(&e);
        out = wsp_placements_json(&l);
        WSP_LIST_FREE(&l);
        if (ctx->json) return cli_print_json(out);
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x) {
            printf("%4lld  %s  kandidaat %lld bij %s (%s)  %s, %s", (long long)json_integer_value(json_object_get(x, "id")),
                   wsp_str(x, "start_date"), (long long)json_integer_value(json_object_get(x, "candidate")),
                   wsp_str(x, "employer_name"), wsp_str(x, "title"), wsp_str(x, "contract_type"),
                   wsp_str(x, "instrument"));
            if (json_is_integer(json_object_get(x, "employment")))
                printf(", banenafspraak-dienstverband %lld", (long long)json_integer_value(json_object_get(x, "employment")));
            printf("\n");
        }
        json_decref(out);
        return EXIT_OK;
    }
    if (argc == 0 || cli_arg(argc, argv, 0, NULL)) return cli_usage_error(ctx);
    json_t *in = wsp_opts_json(argc, argv, opts);
    wsp_placement_in p;
    wsp_placement_result r;
    inc_status s = wsp_placement_in_read(in, &p, &e) ? INC_EINVAL : wsp_place(db, &p, &r, &e);
    json_decref(in);
    if (s) return cli_fail(&e);
    out = wsp_placement_result_json(&r);
    wsp_placement_result_free(&r);
    if (ctx->json) return cli_print_json(out);
    json_t *b = json_object_get(out, "banenafspraak");
    printf("Plaatsing %lld vastgelegd: kandidaat %lld per %s.\n", (long long)json_integer_value(json_object_get(out, "placement")),
           (long long)json_integer_value(json_object_get(out, "candidate")), wsp_str(out, "start_date"));
    printf("Banenafspraak: %s", wsp_str(b, "note"));
    if (json_is_integer(json_object_get(b, "employment")))
        printf(" (dienstverband %lld)", (long long)json_integer_value(json_object_get(b, "employment")));
    printf("\n");
    printf("SROI: %s\n", wsp_str(out, "sroi_note"));
    size_t i;
    json_t *x;
    json_array_foreach(json_object_get(out, "sroi_contracts"), i, x)
        printf("  contract %s %s (%s)\n", wsp_str(x, "reference"), wsp_str(x, "title"), wsp_str(x, "municipality"));
    json_decref(out);
    return EXIT_OK;
}
