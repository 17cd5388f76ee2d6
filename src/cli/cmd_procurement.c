/* inclusio procurement log|check|list|show|company: the invitation log of onderhandse procurements. */
#include "app/procurement_log.h"
#include "cli/commands.h"
#include "core/decimal.h"
#include <stdlib.h>
#include <string.h>

static const cli_option log_opts[] = {
    {"stdin", NULL, "lees een JSON-object van standaardinvoer (zelfde velden als de API)", NULL, 0},
    CLI_OPT_MUNICIPALITY("opdrachtgevende gemeente"),
    {"department", "AFD", "afdeling (verplicht)", NULL, 0},
    {"reference", "KENMERK", "kenmerk", NULL, 0},
    {"subject", "ONDERWERP", "onderwerp (verplicht)", NULL, 0},
    {"category", "CATEGORIE", "werken, diensten of leveringen (verplicht)", NULL, 0},
    {"value", "BEDRAG", "geraamde waarde (verplicht)", NULL, 0},
    {"procedure", "PROCEDURE", "enkelvoudig-onderhands of meervoudig-onderhands (verplicht)", NULL, 0},
    {"date", "JJJJ-MM-DD", "datum (verplicht)", NULL, 0},
    {"invite", "KVK", "uitgenodigde ondernemer; herhaal per ondernemer (verplicht)", NULL, 0},
    {"quote", "KVK=BEDRAG", "offerte; herhaal per offerte", NULL, 0},
    {"winner", "KVK", "gegunde ondernemer", NULL, 0},
    {"awarded", "BEDRAG", "gegunde waarde", NULL, 0},
    {"reason", "REDEN", "reden van afwijken", NULL, 0},
    CLI_OPT_END};
static const cli_option list_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
                                       {"year", "JAAR", "alleen dit jaar", NULL, 0},
                                       {"department", "AFD", "alleen deze afdeling", NULL, 0},
                                       {"flagged", NULL, "alleen gemarkeerde inkopen", NULL, 0},
                                       CLI_OPT_END};
static const cli_option company_opts[] = {
    {"name", "NAAM", "naam van de onderneming (verplicht)", NULL, 0},
    {"established", "GEMEENTE", "gemeente van vestiging (code of naam)", NULL, CLI_MUNICIPALITY},
    CLI_OPT_END};
static const cli_sub subs[] = {
    {"log", NULL, "leg een onderhandse inkoop vast en toets de SEBO-regel", log_opts},
    {"check", NULL, "toets zonder op te slaan (zelfde opties als log)", log_opts},
    {"list", NULL, "inkopen", list_opts},
    {"show", "ID", "een inkoop", NULL},
    {"company add", "KVK", "registreer een onderneming", company_opts},
    {"import", "BESTAND.csv",
     "importeer het logboek uit CSV, alles of niets (kolommen: municipality, department, reference, subject, "
     "category, estimated_value, procedure, date, invited, quotes, winner, awarded_value, deviation_reason; invited "
     "\"kvk;kvk\", quotes \"kvk=41500,00;kvk=39000\")",
     NULL},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"procurement", subs};

static bool put(char *buf, size_t size, const char *v, const char *field, inc_error *e)
{
    if (strlen(v) >= size) {
        inc_fail(e, INC_EINVAL, field, "'%s' is te lang", field);
        return false;
    }
    snprintf(buf, size, "%s", v);
    return true;
}

/* Builds the input from options; repeated --invite and --quote are collected in order. */
static inc_status input_from_options(int argc, char **argv, sebo_proc_input *in, inc_error *e)
{
    sebo_proc_input_init(in);
    const char *v;
    if ((v = cli_opt(argc, argv, "--municipality")) && !put(in->municipality, sizeof in->municipality, v, "municipality", e))
        return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--department")) && !put(in->department, sizeof in->department, v, "department", e))
        return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--reference")) && !put(in->reference, sizeof in->reference, v, "reference", e))
        return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--subject")) && !put(in->subject, sizeof in->subject, v, "subject", e))
        return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--reason")) && !put(in->reason, sizeof in->reason, v, "deviation_reason", e))
        return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--winner")) && !put(in->winner, sizeof in->winner, v, "winner", e))
        return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--category")) && !category_parse(v, &in->category))
        return inc_fail(e, INC_EINVAL, "category", "onbekende categorie '%s' (werken, diensten, leveringen)", v);
    if ((v = cli_opt(argc, argv, "--procedure")) && !procedure_parse(v, &in->procedure))
        return inc_fail(e, INC_EINVAL, "procedure", "onbekende procedure '%s'", v);
    if ((v = cli_opt(argc, argv, "--date")) && date_parse(v, &in->date, "date", e)) return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--value")) && decimal_parse(v, 2, &in->estimated_cents, "estimated_value", e))
        return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--awarded"))) {
        if (decimal_parse(v, 2, &in->awarded_cents, "awarded_value", e)) return INC_EINVAL;
        in->awarded_set = true;
    }
    const char *invites[SEBO_MAX_INVITED + 1], *quotes[SEBO_MAX_INVITED + 1];
    int n_inv = cli_opt_all(argc, argv, "--invite", invites, SEBO_MAX_INVITED + 1);
    int n_quote = cli_opt_all(argc, argv, "--quote", quotes, SEBO_MAX_INVITED + 1);
    for (int i = 0; i < n_inv; i++) {
        if (in->invited_count >= SEBO_MAX_INVITED)
            return inc_fail(e, INC_EINVAL, "invited", "ten hoogste %d uitgenodigde ondernemers", SEBO_MAX_INVITED);
        if (!put(in->invited[in->invited_count], 16, invites[i], "invited", e)) return INC_EINVAL;
        in->invited_count++;
    }
    for (int i = 0; i < n_quote; i++) {
        {
            if (in->quote_count >= SEBO_MAX_INVITED)
                return inc_fail(e, INC_EINVAL, "quotes", "ten hoogste %d offertes", SEBO_MAX_INVITED);
            char buf[64];
            if (!put(buf, sizeof buf, quotes[i], "quotes", e)) return INC_EINVAL;
            char *eq = strchr(buf, '=');
            if (eq) {
                *eq = 0;
                if (decimal_parse(eq + 1, 2, &in->quote_cents[in->quote_count], "quotes", e)) return INC_EINVAL;
                in->quote_amount_set[in->quote_count] = true;
            }
            if (!put(in->quote_kvk[in->quote_count], 16, buf, "quotes", e)) return INC_EINVAL;
            in->quote_count++;
        }
    }
    return sebo_proc_input_check(in, e);
}

static inc_status read_input(int argc, char **argv, sebo_proc_input *in, inc_error *e)
{
    if (!cli_flag(argc, argv, "--stdin")) return input_from_options(argc, argv, in, e);
    json_t *j = cli_read_json_stdin(e);
    if (!j) return INC_EINVAL;
    inc_status s = sebo_proc_input_from_json(j, in, e);
    json_decref(j);
    return s;
}

static void print_rule(const sebo_rule_result *r)
{
    printf("SEBO-toets: %s\n  %s\n", sebo_rule_outcome_code(r->outcome), r->explanation);
    if (r->outcome == SEBO_RULE_FLAGGED)
        printf("  GEMARKEERD: zichtbaar voor de afdeling en de programmamanager.\n");
    if (r->aim_applies)
        printf("  Streven 'tot EUR 150.000 mag ten minste één SEBO-bedrijf offreren': %s\n",
               r->aim_met ? "gehaald" : "niet gehaald");
}

static int do_log(cli_ctx *ctx, int argc, char **argv, bool store)
{
    inc_error e = {0};
    sebo_proc_input in;
    if (read_input(argc, argv, &in, &e) != INC_OK) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (!store) {
        procurement_check_result c;
        if (app_procurement_check(db, &in, &c, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(procurement_check_json(&in, &c));
        print_rule(&c.result);
        return EXIT_OK;
    }
    int64_t id;
    sebo_rule_result r;
    if (app_procurement_log(db, &in, &id, &r, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) {
        procurement_list p;
        if (app_procurement(db, id, &p, &e) != INC_OK) return cli_fail(&e);
        json_t *j = procurement_json(&p.items[0]);
        arena_free(&p.arena);
        return cli_print_json(j);
    }
    printf("Inkoop %lld vastgelegd.\n", (long long)id);
    print_rule(&r);
    return EXIT_OK;
}

static void print_list(json_t *arr)
{
    printf("%-5s %-10s %-14s %-22s %-34s %-10s %14s  %-20s %s\n", "id", "datum", "gemeente", "afdeling", "onderwerp",
           "procedure", "raming", "SEBO-toets", "winnaar");
    size_t i;
    json_t *p;
    json_array_foreach(arr, i, p) {
        char v[40];
        json_fixed_nl(json_object_get(p, "estimated_value"), 2, v, sizeof v);
        json_t *w = json_object_get(p, "winner");
        printf("%-5lld %-10s %-14.14s %-22.22s %-34.34s %-10s %14s  %-20s %s%s\n",
               (long long)json_integer_value(json_object_get(p, "id")), json_string_value(json_object_get(p, "date")),
               json_string_value(json_object_get(p, "municipality")), json_string_value(json_object_get(p, "department")),
               json_string_value(json_object_get(p, "subject")),
               strncmp(json_string_value(json_object_get(p, "procedure")), "enkel", 5) == 0 ? "enkelv." : "meerv.", v,
               json_string_value(json_object_get(json_object_get(p, "rule"), "outcome")),
               w && !json_is_null(w) ? json_string_value(json_object_get(w, "name")) : "-",
               w && json_is_true(json_object_get(w, "holder")) ? " (SEBO)" : "");
    }
    printf("\n%zu inkoop/inkopen\n", json_array_size(arr));
}

static int do_list(cli_ctx *ctx, int argc, char **argv)
{
    inc_error e = {0};
    procurement_filter f = {.municipality = cli_opt(argc, argv, "--municipality"),
                            .department = cli_opt(argc, argv, "--department"),
                            .flagged_only = cli_flag(argc, argv, "--flagged")};
    const char *y = cli_opt(argc, argv, "--year");
    if (y) {
        f.year = atoi(y);
        if (f.year < 1900 || f.year > 2999) {
            inc_fail(&e, INC_EINVAL, "year", "ongeldig jaar '%s'", y);
            return cli_fail(&e);
        }
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    procurement_list l;
    if (app_procurements(db, &f, &l, &e) != INC_OK) return cli_fail(&e);
    json_t *arr = procurements_json(&l);
    arena_free(&l.arena);
    if (ctx->json) return cli_print_json(arr);
    print_list(arr);
    json_decref(arr);
    return EXIT_OK;
}

static int do_show(cli_ctx *ctx, int argc, char **argv)
{
    const char *id = cli_arg(argc, argv, 0, NULL);
    if (!id) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    procurement_list l;
    if (app_procurement(db, atoll(id), &l, &e) != INC_OK) return cli_fail(&e);
    json_t *p = procurement_json(&l.items[0]);
    arena_free(&l.arena);
    if (ctx->json) return cli_print_json(p);
    char v[40];
    json_fixed_nl(json_object_get(p, "estimated_value"), 2, v, sizeof v);
    const char *ref = json_string_value(json_object_get(p, "reference"));
    printf("Inkoop %s%s%s: %s\n  %s, afdeling %s, %s, %s, geraamd EUR %s, %s\n", id, ref ? " " : "", ref ? ref : "",
           json_string_value(json_object_get(p, "subject")), json_string_value(json_object_get(p, "municipality")),
           json_string_value(json_object_get(p, "department")), json_string_value(json_object_get(p, "category")),
           json_string_value(json_object_get(p, "procedure")), v, json_string_value(json_object_get(p, "date")));
    size_t i;
    json_t *x;
    const char *winner = json_string_value(json_object_get(json_object_get(p, "winner"), "kvk"));
    json_array_foreach(json_object_get(p, "invited"), i, x) {
        char q[40] = "";
        if (!json_is_null(json_object_get(x, "quote"))) json_fixed_nl(json_object_get(x, "quote"), 2, q, sizeof q);
        const char *kvk = json_string_value(json_object_get(x, "kvk"));
        printf("  uitgenodigd %s %-34.34s %-12s %s%s%s\n", kvk, json_string_value(json_object_get(x, "name")),
               json_string_value(json_object_get(x, "class")),
               json_is_true(json_object_get(x, "quoted")) ? "offerte " : "", q,
               winner && strcmp(winner, kvk) == 0 ? "  <- winnaar" : "");
    }
    json_t *rule = json_object_get(p, "rule");
    printf("SEBO-toets: %s\n  %s\n", json_string_value(json_object_get(rule, "outcome")),
           json_string_value(json_object_get(rule, "explanation")));
    const char *reason = json_string_value(json_object_get(p, "deviation_reason"));
    if (reason) printf("  reden afwijking: %s\n", reason);
    json_decref(p);
    return EXIT_OK;
}

static int do_company(cli_ctx *ctx, int argc, char **argv)
{
    const char *kvk = cli_arg(argc, argv, 0, NULL);
    if (!kvk) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    bool created;
    const char *est = cli_opt(argc, argv, "--established");
    if (app_procurement_company_add(db, kvk, cli_opt(argc, argv, "--name"), est, &created, &e) != INC_OK)
        return cli_fail(&e);
    if (ctx->json) return cli_print_json(json_pack("{s:s, s:b}", "kvk", kvk, "created", created));
    printf("Onderneming %s %s.\n", kvk, created ? "geregistreerd" : "bijgewerkt");
    return EXIT_OK;
}

int procurement_import(cli_ctx *ctx, const char *path);

int cmd_procurement(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    if (strcmp(sub, "log") == 0) return do_log(ctx, argc - 1, argv + 1, true);
    if (strcmp(sub, "check") == 0) return do_log(ctx, argc - 1, argv + 1, false);
    if (strcmp(sub, "list") == 0) return do_list(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "show") == 0) return do_show(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "import") == 0) {
        const char *path = cli_arg(argc, argv, 1, NULL);
        if (!path || cli_arg(argc, argv, 2, NULL)) return cli_usage_error(ctx);
        return procurement_import(ctx, path);
    }
    if (strcmp(sub, "company") == 0 && argc >= 2 && strcmp(argv[1], "add") == 0)
        return do_company(ctx, argc - 2, argv + 2);
    return cli_usage_error(ctx);
}
