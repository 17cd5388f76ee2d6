/* inclusio vacancy: vacancies of employers. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

static const char *const USAGE =
    "inclusio vacancy add --employer ID --title TITEL --hours-min U --hours-max U --start JJJJ-MM-DD --wanted N\n"
    "                     [--municipality GEMEENTE] [--postcode PC] [--education NIVEAU]\n"
    "                     [--require VAARDIGHEID,...] [--wish VAARDIGHEID,...] [--groups DOELGROEP,...]\n"
    "       inclusio vacancy list [--status open|vervuld|gesloten] [--json]\n"
    "       inclusio vacancy show ID [--json]\n"
    "       inclusio vacancy close ID | fill ID | reopen ID";

static const wsp_opt add_opts[] = {
    {"--employer", "employer"}, {"--title", "title"},         {"--hours-min", "hours_min"},
    {"--hours-max", "hours_max"}, {"--start", "start_date"},  {"--wanted", "wanted"},
    {"--municipality", "municipality"}, {"--postcode", "postcode"}, {"--education", "education"},
    {"--require", "required_skills"}, {"--wish", "wished_skills"}, {"--groups", "groups"},
    {NULL, NULL}};

static void join_list(json_t *arr, char *buf, size_t size)
{
    size_t i, used = 0;
    json_t *x;
    buf[0] = '\0';
    json_array_foreach(arr, i, x) {
        int w = snprintf(buf + used, size - used, "%s%s", i ? ", " : "", json_string_value(x));
        if (w < 0 || (size_t)w >= size - used) break;
        used += (size_t)w;
    }
}

int cmd_vacancy(cli_ctx *ctx, int argc, char **argv)
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
        return wsp_add(ctx, db, argc, argv, add_opts, wsp_vacancy_add, "Vacature");
    }
    if (!strcmp(sub, "list")) {
        json_t *out;
        if (wsp_vacancies_list(db, cli_opt(argc, argv, "--status"), &out, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(out);
        size_t i;
        json_t *x;
        printf("  id  status    gevraagd  start       werkgever                      titel\n");
        json_array_foreach(out, i, x)
            printf("%4lld  %-8s  %8lld  %s  %-30s %s\n", (long long)json_integer_value(json_object_get(x, "id")),
                   wsp_str(x, "status"), (long long)json_integer_value(json_object_get(x, "wanted")),
                   wsp_str(x, "start_date"), wsp_str(x, "employer_name"), wsp_str(x, "title"));
        json_decref(out);
        return EXIT_OK;
    }
    if (!strcmp(sub, "show")) {
        if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "vacature", &id)) return EXIT_USAGE;
        json_t *x;
        if (wsp_vacancy_get(db, id, &x, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(x);
        char hmin[16], hmax[16], req[512], wish[512], groups[512];
        wsp_fixed_nl(json_object_get(x, "hours_min"), hmin, sizeof hmin);
        wsp_fixed_nl(json_object_get(x, "hours_max"), hmax, sizeof hmax);
        join_list(json_object_get(x, "required_skills"), req, sizeof req);
        join_list(json_object_get(x, "wished_skills"), wish, sizeof wish);
        join_list(json_object_get(x, "groups"), groups, sizeof groups);
        printf("Vacature %lld: %s bij %s (%s)\n", (long long)id, wsp_str(x, "title"), wsp_str(x, "employer_name"),
               wsp_str(x, "status"));
        printf("  uren %s-%s per week, start %s, %s %s, opleiding %s\n", hmin, hmax, wsp_str(x, "start_date"),
               wsp_str(x, "municipality"), wsp_str(x, "postcode"), wsp_str(x, "education"));
        printf("  vereist: %s\n  gewenst: %s\n  doelgroepen: %s\n", req, wish, groups[0] ? groups : "alle");
        printf("  gevraagd aantal kandidaten: %lld\n", (long long)json_integer_value(json_object_get(x, "wanted")));
        json_decref(x);
        return EXIT_OK;
    }
    const char *status = !strcmp(sub, "close") ? "gesloten" : !strcmp(sub, "fill") ? "vervuld"
                         : !strcmp(sub, "reopen") ? "open" : NULL;
    if (status) {
        if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "vacature", &id)) return EXIT_USAGE;
        if (wsp_vacancy_set_status(db, id, status, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(json_pack("{s:I, s:s}", "id", (json_int_t)id, "status", status));
        printf("Vacature %lld is nu %s.\n", (long long)id, status);
        return EXIT_OK;
    }
    return cli_usage(USAGE);
}
