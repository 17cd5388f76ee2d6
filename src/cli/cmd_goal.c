/* inclusio goal ...: programmes, goals, indicators, targets, realisations, money, stories and
 * the dashboard selection. */
#include "cli/commands.h"
#include "app/goal_admin.h"
#include "app/goal_dashboard.h"
#include "core/goal_computation.h"
#include "core/decimal.h"
#include <stdlib.h>
#include <string.h>

#define MUNI CLI_OPT_MUNICIPALITY("de gemeente (verplicht)")
#define YEAR {"year", "JAAR", "jaar (verplicht)", NULL, 0}
#define PROG(h) {"programme", "P", "programma" h, NULL, 0}
#define GOAL(h) {"goal", "G", "doel" h, NULL, 0}
static const cli_option programme_opts[] = {MUNI,
                                            {"code", "C", "code (verplicht)", NULL, 0},
                                            {"name", "NAAM", "naam (verplicht)", NULL, 0},
                                            {"from", "JAAR", "eerste jaar (verplicht)", NULL, 0},
                                            {"to", "JAAR", "laatste jaar (verplicht)", NULL, 0},
                                            CLI_OPT_END};
static const cli_option add_opts[] = {MUNI,
                                      PROG(" (verplicht)"),
                                      {"code", "C", "code (verplicht)", NULL, 0},
                                      {"name", "NAAM", "naam (verplicht)", NULL, 0},
                                      {"description", "T", "omschrijving", NULL, 0},
                                      CLI_OPT_END};
static const cli_option indicator_opts[] = {
    MUNI,
    PROG(" (verplicht)"),
    GOAL(" (verplicht)"),
    {"code", "C", "code (verplicht)", NULL, 0},
    {"name", "NAAM", "naam (verplicht)", NULL, 0},
    {"unit", "EENHEID", "eenheid (verplicht)", NULL, 0},
    {"direction", "hoger|lager", "welke kant beter is (verplicht)", NULL, 0},
    {"source", "BRON", "bron van handmatige waarden (of --computation)", NULL, 0},
    {"computation", "CODE", "berekening door inclusio (inclusio goal computations)", NULL, 0},
    {"decimals", "0-2", "aantal decimalen", NULL, 0},
    {"count", NULL, "de waarde is een aantal personen (kleine aantallen afgeschermd)", NULL, 0},
    CLI_OPT_END};
static const cli_option target_opts[] = {MUNI,
                                         {"indicator", "C", "indicator (verplicht)", NULL, 0},
                                         YEAR,
                                         {"value", "WAARDE", "streefwaarde (verplicht)", NULL, 0},
                                         CLI_OPT_END};
static const cli_option value_opts[] = {
    MUNI,
    {"indicator", "C", "indicator (verplicht)", NULL, 0},
    YEAR,
    {"quarter", "1-4", "kwartaal (zonder: het hele jaar)", NULL, 0},
    {"value", "WAARDE", "gerealiseerde waarde (of --none)", NULL, 0},
    {"none", NULL, "geen waarde beschikbaar", NULL, 0},
    {"assessment", "ja|nee|nvt", "doel gehaald", NULL, 0},
    {"explanation", "T", "toelichting", NULL, 0},
    {"source", "BRON", "bron", NULL, 0},
    CLI_OPT_END};
static const cli_option finance_opts[] = {MUNI,
                                          PROG(" (verplicht)"),
                                          GOAL(" (verplicht)"),
                                          YEAR,
                                          {"budget", "EUR", "begroting", NULL, 0},
                                          {"costs", "EUR", "lasten (verplicht)", NULL, 0},
                                          {"income", "EUR", "baten (verplicht)", NULL, 0},
                                          {"explanation", "T", "toelichting", NULL, 0},
                                          CLI_OPT_END};
static const cli_option story_opts[] = {
    MUNI,
    PROG(" (verplicht)"),
    GOAL(" (verplicht)"),
    YEAR,
    {"title", "T", "titel (verplicht)", NULL, 0},
    {"text", "T", "tekst, anoniem: geen namen, BSN's, e-mailadressen of andere nummers van personen (verplicht)", NULL,
     0},
    CLI_OPT_END};
static const cli_option dashboard_opts[] = {
    MUNI, {"indicators", "CODE,CODE,...", "de stuurparameters van het dashboard, hoogstens 7 (verplicht)", NULL, 0}, CLI_OPT_END};
static const cli_option list_opts[] = {MUNI, YEAR, CLI_OPT_END};
static const cli_sub subs[] = {{"programme", NULL, "voeg een programma toe", programme_opts},
                               {"add", NULL, "voeg een doel toe", add_opts},
                               {"indicator", NULL, "voeg een indicator toe", indicator_opts},
                               {"target", NULL, "leg een streefwaarde vast", target_opts},
                               {"value", NULL, "leg een realisatie vast", value_opts},
                               {"finance", NULL, "leg begroting, lasten en baten vast", finance_opts},
                               {"story", NULL, "voeg een verhaal toe", story_opts},
                               {"dashboard", NULL, "kies de stuurparameters van het dashboard", dashboard_opts},
                               {"list", NULL, "indicatoren met waarde en doel", list_opts},
                               {"computations", NULL, "berekeningen die inclusio kan maken", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"goal", subs};

static int year_opt(int argc, char **argv, const char *name, int *out)
{
    const char *s = cli_opt(argc, argv, name);
    char *end;
    if (!s) return 0;
    long y = strtol(s, &end, 10);
    if (*end || y < 2000 || y > 2100) return -1;
    *out = (int)y;
    return 1;
}

static int need_year(int argc, char **argv, const char *name, int *out)
{
    int r = year_opt(argc, argv, name, out);
    if (r == 1) return 1;
    inc_error e = {0};
    inc_fail(&e, INC_EINVAL, name + 2, "geef een geldig jaar met %s (2000-2100)", name);
    cli_fail(&e);
    return 0;
}

static int done(cli_ctx *ctx, inc_status s, inc_error *e, const char *what, int64_t id)
{
    if (s != INC_OK) return cli_fail(e);
    if (ctx->json) return cli_print_json(json_pack("{s:s, s:I}", "result", what, "id", (json_int_t)id));
    printf("%s\n", what);
    return EXIT_OK;
}

static int parse_amount(const char *text, int64_t *out, const char *field, inc_error *e)
{
    return decimal_parse(text, 2, out, field, e) == INC_OK;
}

static int cmd_list(cli_ctx *ctx, inc_db *db, int argc, char **argv)
{
    int year;
    const char *muni = cli_opt(argc, argv, "--municipality");
    if (!muni) return cli_usage_error(ctx);
    if (!need_year(argc, argv, "--year", &year)) return EXIT_USAGE;
    inc_error e = {0};
    goal_dashboard d;
    if (goal_dashboard_load(db, muni, year, 0, &d, &e)) return cli_fail(&e);
    json_t *arr = json_array();
    for (int i = 0; i < d.n_all; i++) {
        const goal_line *l = &d.all[i];
        char vt[48], tt[48];
        goal_line_value_text(l, vt, sizeof vt);
        goal_line_target_text(l, tt, sizeof tt);
        if (ctx->json) {
            json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "programme", l->ind.programme_code, "goal",
                                  l->ind.goal_code, "code", l->ind.code, "name", l->ind.name, "unit", l->ind.unit,
                                  "direction", goal_direction_code(l->ind.direction), "source", l->r.source, "goal_met",
                                  goal_met_label(l->met));
            json_object_set_new(o, "computation", l->ind.computation[0] ? json_string(l->ind.computation) : json_null());
            json_object_set_new(o, "value", l->r.has_value ? json_fixed(l->r.value, GOAL_SCALE) : json_null());
            json_object_set_new(o, "target", l->r.has_target ? json_fixed(l->r.target, GOAL_SCALE) : json_null());
            json_object_set_new(o, "explanation", json_string(l->r.explanation));
            json_array_append_new(arr, o);
        } else {
            printf("%-12s %-5s %-28s %-14s doel %-10s Doel gehaald: %s\n", l->ind.programme_code, l->ind.goal_code,
                   l->ind.code, vt, tt, goal_met_label(l->met));
        }
    }
    goal_dashboard_free(&d);
    if (ctx->json) return cli_print_json(json_pack("{s:s, s:i, s:o}", "municipality", muni, "year", year, "indicators", arr));
    json_decref(arr);
    return EXIT_OK;
}

int cmd_goal(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    argc--;
    argv++;
    if (strcmp(sub, "computations") == 0) {
        int n;
        const goal_computation_info *c = goal_computation_list(&n);
        json_t *arr = json_array();
        for (int i = 0; i < n; i++) {
            if (ctx->json)
                json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s}", "code", c[i].code, "label", c[i].label,
                                                     "unit", c[i].unit, "area", c[i].area));
            else
                printf("%-28s %-6s %s\n", c[i].code, c[i].area, c[i].label);
        }
        if (ctx->json) return cli_print_json(arr);
        json_decref(arr);
        return EXIT_OK;
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    const char *muni = cli_opt(argc, argv, "--municipality");
    inc_error e = {0};
    int64_t id = 0;
    if (!muni) return cli_usage_error(ctx);

    if (strcmp(sub, "list") == 0) return cmd_list(ctx, db, argc, argv);
    if (strcmp(sub, "programme") == 0) {
        int from, to;
        if (!need_year(argc, argv, "--from", &from) || !need_year(argc, argv, "--to", &to)) return EXIT_USAGE;
        return done(ctx, app_goal_programme_add(db, muni, cli_opt(argc, argv, "--code"), cli_opt(argc, argv, "--name"), from,
                                            to, &id, &e),
                    &e, "Programma vastgelegd.", id);
    }
    if (strcmp(sub, "add") == 0)
        return done(ctx, app_goal_add(db, muni, cli_opt(argc, argv, "--programme"), cli_opt(argc, argv, "--code"),
                                       cli_opt(argc, argv, "--name"), cli_opt(argc, argv, "--description"), &id, &e),
                    &e, "Doel vastgelegd.", id);
    if (strcmp(sub, "indicator") == 0) {
        goal_indicator_def d = {.programme = cli_opt(argc, argv, "--programme"), .goal = cli_opt(argc, argv, "--goal"),
                                .code = cli_opt(argc, argv, "--code"), .name = cli_opt(argc, argv, "--name"),
                                .unit = cli_opt(argc, argv, "--unit"), .source = cli_opt(argc, argv, "--source"),
                                .computation = cli_opt(argc, argv, "--computation"),
                                .is_count = cli_flag(argc, argv, "--count")};
        if (!goal_direction_parse(cli_opt(argc, argv, "--direction"), &d.direction)) {
            inc_fail(&e, INC_EINVAL, "direction", "richting moet 'hoger' of 'lager' zijn (wat is beter?)");
            return cli_fail(&e);
        }
        const char *dec = cli_opt(argc, argv, "--decimals");
        d.decimals = dec ? (int)strtol(dec, NULL, 10) : 0;
        if (dec && (strlen(dec) != 1 || dec[0] < '0' || dec[0] > '2')) d.decimals = -1;
        if (d.source && d.computation) {
            inc_fail(&e, INC_EINVAL, "source", "kies --source (handmatig) of --computation (berekend), niet beide");
            return cli_fail(&e);
        }
        return done(ctx, app_goal_indicator_add(db, muni, &d, &id, &e), &e, "Indicator vastgelegd.", id);
    }
    if (strcmp(sub, "target") == 0) {
        int year;
        int64_t v;
        if (!need_year(argc, argv, "--year", &year)) return EXIT_USAGE;
        if (!parse_amount(cli_opt(argc, argv, "--value"), &v, "value", &e)) return cli_fail(&e);
        return done(ctx, app_goal_target_set(db, muni, cli_opt(argc, argv, "--indicator"), year, v, &e), &e,
                    "Doel (streefwaarde) vastgelegd.", 0);
    }
    if (strcmp(sub, "value") == 0) {
        int year;
        int64_t v = 0;
        if (!need_year(argc, argv, "--year", &year)) return EXIT_USAGE;
        bool none = cli_flag(argc, argv, "--none");
        const char *vs = cli_opt(argc, argv, "--value");
        if (none == (vs != NULL)) {
            inc_fail(&e, INC_EINVAL, "value", "geef --value WAARDE of --none (geen cijfer, met toelichting)");
            return cli_fail(&e);
        }
        if (vs && !parse_amount(vs, &v, "value", &e)) return cli_fail(&e);
        const char *q = cli_opt(argc, argv, "--quarter");
        int quarter = 0;
        if (q) {
            if (strlen(q) != 1 || q[0] < '1' || q[0] > '4') {
                inc_fail(&e, INC_EINVAL, "quarter", "kwartaal moet 1, 2, 3 of 4 zijn");
                return cli_fail(&e);
            }
            quarter = q[0] - '0';
        }
        return done(ctx, app_goal_value_set(db, muni, cli_opt(argc, argv, "--indicator"), year, quarter, !none, v,
                                        cli_opt(argc, argv, "--assessment"), cli_opt(argc, argv, "--explanation"),
                                        cli_opt(argc, argv, "--source"), &e),
                    &e, "Realisatie vastgelegd.", 0);
    }
    if (strcmp(sub, "finance") == 0) {
        int year;
        goal_money m = {0};
        if (!need_year(argc, argv, "--year", &year)) return EXIT_USAGE;
        const char *b = cli_opt(argc, argv, "--budget");
        if (b && !parse_amount(b, &m.budget_cents, "budget", &e)) return cli_fail(&e);
        if (!parse_amount(cli_opt(argc, argv, "--costs"), &m.costs_cents, "costs", &e)) return cli_fail(&e);
        if (!parse_amount(cli_opt(argc, argv, "--income"), &m.income_cents, "income", &e)) return cli_fail(&e);
        return done(ctx, app_goal_finance_set(db, muni, cli_opt(argc, argv, "--programme"), cli_opt(argc, argv, "--goal"), year,
                                          &m, cli_opt(argc, argv, "--explanation"), &e),
                    &e, "Financiën vastgelegd.", 0);
    }
    if (strcmp(sub, "story") == 0) {
        int year;
        if (!need_year(argc, argv, "--year", &year)) return EXIT_USAGE;
        return done(ctx, app_goal_story_add(db, muni, cli_opt(argc, argv, "--programme"), cli_opt(argc, argv, "--goal"), year,
                                        cli_opt(argc, argv, "--title"), cli_opt(argc, argv, "--text"), &id, &e),
                    &e, "Verhaal vastgelegd.", id);
    }
    if (strcmp(sub, "dashboard") == 0) {
        const char *list = cli_opt(argc, argv, "--indicators");
        if (!list) return cli_usage_error(ctx);
        char buf[1024];
        snprintf(buf, sizeof buf, "%s", list);
        const char *codes[16];
        int n = 0;
        for (char *tok = strtok(buf, ","); tok && n < 16; tok = strtok(NULL, ",")) codes[n++] = tok;
        if (n > DASHBOARD_MAX_PARAMETERS || (list && strlen(list) >= sizeof buf)) n = DASHBOARD_MAX_PARAMETERS + 1;
        return done(ctx, app_goal_dashboard_set(db, muni, codes, n, &e), &e, "Stuurparameters vastgelegd.", 0);
    }
    return cli_usage_error(ctx);
}
