/* inclusio vacancy: vacancies of employers. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include <stdio.h>
#include <string.h>

static const wsp_opt add_opts[] = {
    {"employer", "ID", "werkgever (verplicht)", "employer", 0},
    {"title", "TITEL", "titel (verplicht)", "title", 0},
    {"hours-min", "U", "minimaal uren per week (verplicht)", "hours_min", 0},
    {"hours-max", "U", "maximaal uren per week (verplicht)", "hours_max", 0},
    {"start", "JJJJ-MM-DD", "begindatum (verplicht)", "start_date", 0},
    {"wanted", "N", "gevraagd aantal kandidaten (verplicht)", "wanted", 0},
    {"municipality", "GEMEENTE", "gemeente, code of naam", "municipality", CLI_MUNICIPALITY},
    {"postcode", "PC", "postcode", "postcode", 0},
    {"education", "NIVEAU", "opleidingsniveau", "education", 0},
    {"require", "VAARDIGHEID,...", "vereiste vaardigheden", "required_skills", 0},
    {"wish", "VAARDIGHEID,...", "gewenste vaardigheden", "wished_skills", 0},
    {"groups", "DOELGROEP,...", "doelgroepen", "groups", 0},
    WSP_END};
static const wsp_opt list_opts[] = {{"status", "open|vervuld|gesloten", "alleen deze status", NULL, 0}, WSP_END};
static const cli_sub subs[] = {{"add", NULL, "voeg een vacature toe", add_opts},
                               {"list", NULL, "vacatures", list_opts},
                               {"show", "ID", "een vacature", NULL},
                               {"close", "ID", "sluit een vacature", NULL},
                               {"fill", "ID", "markeer een vacature als vervuld", NULL},
                               {"reopen", "ID", "open een vacature weer", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"vacancy", subs};

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

static void print_row(json_t *x)
{
    printf("%4lld  %-8s  %8lld  %s  %-30s %s\n", (long long)json_integer_value(json_object_get(x, "id")),
           wsp_str(x, "status"), (long long)json_integer_value(json_object_get(x, "wanted")), wsp_str(x, "start_date"),
           wsp_str(x, "employer_name"), wsp_str(x, "title"));
}

static int list(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    wsp_vacancy_list l;
    if (wsp_vacancies_list(db, cli_opt(argc, argv, "--status"), &l, &e)) return cli_fail(&e);
    json_t *out = wsp_vacancies_json(&l);
    WSP_LIST_FREE(&l);
    return wsp_print_each(ctx, out, "  id  status    gevraagd  start       werkgever                      titel",
                          print_row);
}

static int show(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    int64_t id;
    if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "vacature", &id)) return EXIT_USAGE;
    wsp_vacancy v;
    inc_arena arena = {0};
    if (wsp_vacancy_get(db, id, &v, &arena, &e)) return cli_fail(&e);
    json_t *x = wsp_vacancy_json(&v);
    arena_free(&arena);
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

/* close, fill, reopen: the status each one sets. */
static int set_status(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    const char *status = !strcmp(sub, "close") ? "gesloten" : !strcmp(sub, "fill") ? "vervuld" : "open";
    inc_error e = {0};
    int64_t id;
    if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "vacature", &id)) return EXIT_USAGE;
    if (wsp_vacancy_set_status(db, id, status, &e)) return cli_fail(&e);
    if (ctx->json) return cli_print_json(json_pack("{s:I, s:s}", "id", (json_int_t)id, "status", status));
    printf("Vacature %lld is nu %s.\n", (long long)id, status);
    return EXIT_OK;
}

static const wsp_action actions[] = {{"add", NULL, wsp_vacancy_add_json, "Vacature"},
                                     {"list", list, NULL, NULL},
                                     {"show", show, NULL, NULL},
                                     {"close", set_status, NULL, NULL},
                                     {"fill", set_status, NULL, NULL},
                                     {"reopen", set_status, NULL, NULL},
                                     {NULL, NULL, NULL, NULL}};

int cmd_vacancy(cli_ctx *ctx, int argc, char **argv)
{
    return wsp_dispatch(ctx, &spec, actions, argc, argv);
}
