/* inclusio banen: employment records under the banenafspraak (add, list, import), the
 * municipality as employer, targets, and the link from an SROI realisation. */
#include "cli/banen_cli.h"
#include "cli/commands.h"
#include "app/banen_records.h"
#include "app/banen_targets.h"
#include "app/banen_view.h"
#include "core/decimal.h"
#include <stdlib.h>
#include <string.h>

/* In the order of banen_field. */
static const cli_option add_opts[BF__COUNT + 1] = {
    CLI_OPT_MUNICIPALITY("gemeente (verplicht)"),
    {"employer-kvk", "KVK", "KvK-nummer van de werkgever (verplicht)", NULL, 0},
    {"employer-name", "NAAM", "naam van een nieuwe werkgever", NULL, 0},
    {"department", "AFDELING", "afdeling", NULL, 0},
    {"sector", "markt|overheid", "sector (verplicht)", NULL, 0},
    {"bsn", "BSN", "BSN van de werknemer (verplicht; alleen het pseudoniem wordt bewaard)", NULL, 0},
    {"target-group", "DOELGROEP", "wajong, wsw, wiw-id, participatiewet of nieuw-beschut (verplicht)", NULL, 0},
    {"start", "JJJJ-MM-DD", "begindatum (verplicht)", NULL, 0},
    {"end", "JJJJ-MM-DD", "einddatum", NULL, 0},
    {"hours", "UREN", "uren per week (verplicht)", NULL, 0},
    {"contract-type", "TYPE", "tijdelijk, vast, proefplaatsing of detachering (verplicht)", NULL, 0},
    {"instrument", "INSTRUMENT", "loonkostensubsidie, jobcoach, beschut-werk, direct-werk, ips of geen (standaard geen)",
     NULL, 0},
    {"source", "HERKOMST", "wsp, binnenbaan, sroi of eigen-werving (verplicht)", NULL, 0},
    CLI_OPT_END};
static const cli_option list_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
                                       {"region", "REGIO", "alleen deze arbeidsmarktregio", NULL, 0},
                                       {"employer", "KVK", "alleen deze werkgever", NULL, 0},
                                       {"limit", "N", "hoogstens N dienstverbanden", NULL, 0},
                                       CLI_OPT_END};
static const cli_option target_set_opts[] = {
    CLI_OPT_MUNICIPALITY("doel van deze gemeente (of --region)"),
    {"region", "REGIO", "doel van deze regio (of --municipality)", NULL, 0},
    {"year", "JAAR", "jaar (verplicht)", NULL, 0},
    {"value", "WAARDE", "streefwaarde (verplicht)", NULL, 0},
    {"kind", "banenafspraak|beschut-werk", "soort doel", NULL, 0},
    {"sector", "markt|overheid|totaal", "sector", NULL, 0},
    {"unit", "fte|banen|plekken", "eenheid", NULL, 0},
    {"peildatum", "JJJJ-MM-DD", "peildatum", NULL, 0},
    {"baseline", "JJJJ-MM-DD", "nulmeting", NULL, 0},
    {"source", "TEKST", "bron van de streefwaarde", NULL, 0},
    CLI_OPT_END};
static const cli_option target_list_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"), CLI_OPT_END};
static const cli_option own_opts[] = {CLI_OPT_MUNICIPALITY("de gemeente (verplicht)"),
                                      {"kvk", "KVK", "KvK-nummer van de eigen organisatie (verplicht)", NULL, 0},
                                      {"name", "NAAM", "naam van de organisatie", NULL, 0},
                                      CLI_OPT_END};
static const cli_option uwv_list_opts[] = {{"region", "REGIO", "alleen deze arbeidsmarktregio", NULL, 0}, CLI_OPT_END};
static const cli_sub subs[] = {
    {"add", NULL, "registreer een dienstverband", add_opts},
    {"list", NULL, "dienstverbanden", list_opts},
    {"import", "BESTAND.csv", "importeer dienstverbanden uit CSV (alles of niets)", NULL},
    {"target set", NULL, "leg een doel vast", target_set_opts},
    {"target list", NULL, "doelen (JSON)", target_list_opts},
    {"eigen-werkgever", NULL, "de eigen organisatie van een gemeente", own_opts},
    {"link-realisation", "REALISATIE-ID", "koppel een SROI-realisatie aan een dienstverband", NULL},
    {"uwv import", "BESTAND.csv|.xlsx", "importeer UWV's regionale cijfers (trendrapportage; alles of niets)", NULL},
    {"uwv list", NULL, "geimporteerde UWV-cijfers", uwv_list_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"banen", subs};

static int banen_add(cli_ctx *ctx, int argc, char **argv)
{
    const char *fields[BF__COUNT];
    for (int i = 0; i < BF__COUNT; i++) fields[i] = cli_opt(argc, argv, add_opts[i].name);
    inc_error e = {0};
    banen_input in;
    if (banen_input_parse(fields, &in, &e)) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    int64_t id;
    if (app_banen_record_add(db, &in, &id, &e)) return cli_fail(&e);
    if (ctx->json) {
        banen_record r;
        if (app_banen_record_get(db, id, &r, &e)) return cli_fail(&e);
        return cli_print_json(banen_record_json(&r));
    }
    printf("Dienstverband %lld geregistreerd.\n", (long long)id);
    return EXIT_OK;
}

static int banen_list(cli_ctx *ctx, int argc, char **argv)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    banen_filter f = {cli_opt(argc, argv, "--municipality"), cli_opt(argc, argv, "--region"),
                      cli_opt(argc, argv, "--employer")};
    inc_error e = {0};
    const char *lim = cli_opt(argc, argv, "--limit");
    banen_record *recs;
    size_t n;
    if (app_banen_filter_check(db, &f, &e) || app_banen_records_list(db, &f, lim ? atoi(lim) : 0, 0, &recs, &n, &e))
        return cli_fail(&e);
    if (ctx->json) {
        json_t *a = banen_records_json(recs, n);
        free(recs);
        return cli_print_json(json_pack("{s:o}", "records", a));
    }
    printf("%-6s %-20s %-8s %-28s %-22s %-9s %-15s %-10s %-10s %7s %-14s %-18s\n", "id", "gemeente", "KvK",
           "werkgever", "afdeling", "sector", "doelgroep", "begin", "einde", "uren", "contract", "instrument");
    for (size_t i = 0; i < n; i++) {
        const banen_record *r = &recs[i];
        char start[11], end[11] = "", hours[32];
        date_format_nl(r->start, start);
        if (r->end != INC_DATE_NONE) date_format_nl(r->end, end);
        decimal_format(r->hours_centi, 2, false, hours, sizeof hours);
        for (char *p = hours; *p; p++)
            if (*p == '.') *p = ',';
        printf("%-6lld %-20.20s %-8s %-28.28s %-22.22s %-9s %-15.15s %-10s %-10s %7s %-14s %-18s\n",
               (long long)r->id, r->municipality, r->employer_kvk, r->employer_name, r->department,
               banen_sector_code(r->sector), banen_group_code(r->group), start, end[0] ? end : "-", hours,
               banen_contract_code(r->contract), banen_instrument_code(r->instrument));
    }
    printf("%zu dienstverbanden\n", n);
    free(recs);
    return EXIT_OK;
}

static int banen_own_employer(cli_ctx *ctx, int argc, char **argv)
{
    const char *m = cli_opt(argc, argv, "--municipality"), *kvk = cli_opt(argc, argv, "--kvk");
    if (!m || !kvk) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    if (app_banen_own_employer_set(db, m, kvk, cli_opt(argc, argv, "--name"), &e)) return cli_fail(&e);
    printf("KvK %s is de eigen organisatie van gemeente %s.\n", kvk, m);
    return EXIT_OK;
}

static int banen_target_cmd(cli_ctx *ctx, int argc, char **argv)
{
    const char *sub = argc > 0 ? argv[0] : NULL;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    if (sub && strcmp(sub, "list") == 0) {
        banen_target *all;
        size_t n;
        if (app_banen_targets_list(db, cli_opt(argc, argv, "--municipality"), &all, &n, &e)) return cli_fail(&e);
        json_t *a = json_array();
        for (size_t i = 0; i < n; i++) json_array_append_new(a, banen_target_json(&all[i]));
        free(all);
        return cli_print_json(json_pack("{s:o}", "targets", a));
    }
    if (!sub || strcmp(sub, "set") != 0) return cli_usage_error(ctx);
    banen_target t;
    memset(&t, 0, sizeof t);
    t.peildatum = t.baseline = INC_DATE_NONE;
    const char *m = cli_opt(argc, argv, "--municipality"), *r = cli_opt(argc, argv, "--region");
    if ((m != NULL) == (r != NULL)) {
        inc_fail(&e, INC_EINVAL, "scope", "geef precies een van --municipality en --region op");
        return cli_fail(&e);
    }
    snprintf(t.scope, sizeof t.scope, "%s", m ? "gemeente" : "regio");
    snprintf(t.scope_code, sizeof t.scope_code, "%s", m ? m : r);
    const char *v;
    if ((v = cli_opt(argc, argv, "--kind"))) snprintf(t.kind, sizeof t.kind, "%s", v);
    if ((v = cli_opt(argc, argv, "--sector"))) snprintf(t.sector, sizeof t.sector, "%s", v);
    if ((v = cli_opt(argc, argv, "--unit"))) snprintf(t.unit, sizeof t.unit, "%s", v);
    if ((v = cli_opt(argc, argv, "--source"))) snprintf(t.source, sizeof t.source, "%s", v);
    const char *year = cli_opt(argc, argv, "--year"), *value = cli_opt(argc, argv, "--value");
    if (!year || !value) {
        inc_fail(&e, INC_EINVAL, !year ? "year" : "value", "--year en --value zijn verplicht");
        return cli_fail(&e);
    }
    int64_t y;
    if (decimal_parse(year, 0, &y, "year", &e) || decimal_parse(value, 2, &t.value_centi, "value", &e))
        return cli_fail(&e);
    t.year = (int)(y > 0 && y < 10000 ? y : 0);
    if ((v = cli_opt(argc, argv, "--peildatum")) && date_parse(v, &t.peildatum, "peildatum", &e)) return cli_fail(&e);
    if ((v = cli_opt(argc, argv, "--baseline")) && date_parse(v, &t.baseline, "baseline", &e)) return cli_fail(&e);
    if (app_banen_target_set(db, &t, &e)) return cli_fail(&e);
    if (ctx->json) return cli_print_json(banen_target_json(&t));
    char val[32];
    decimal_format(t.value_centi, 2, true, val, sizeof val);
    printf("Doel %s %s %s %s %d vastgelegd: %s %s.\n", t.kind, t.scope, t.scope_code, t.sector, t.year, val, t.unit);
    return EXIT_OK;
}

static int banen_link(cli_ctx *ctx, int argc, char **argv)
{
    const char *id = cli_arg(argc, argv, 0, NULL);
    if (!id) return cli_usage_error(ctx);
    inc_error e = {0};
    int64_t rid;
    if (decimal_parse(id, 0, &rid, "id", &e)) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    int64_t employment_id;
    bool created;
    if (app_banen_link_realisation(db, rid, &employment_id, &created, &e)) return cli_fail(&e);
    if (ctx->json)
        return cli_print_json(json_pack("{s:I, s:I, s:b}", "realisation_id", (json_int_t)rid, "employment_id",
                                        (json_int_t)employment_id, "created", created));
    printf("Realisatie %lld %s dienstverband %lld.\n", (long long)rid, created ? "heeft nieuw" : "is gekoppeld aan",
           (long long)employment_id);
    return EXIT_OK;
}

int cmd_banen(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    if (strcmp(sub, "add") == 0) return banen_add(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "list") == 0) return banen_list(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "import") == 0) return banen_import(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "target") == 0) return banen_target_cmd(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "eigen-werkgever") == 0) return banen_own_employer(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "link-realisation") == 0) return banen_link(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "uwv") == 0) return banen_uwv(ctx, argc - 1, argv + 1);
    return cli_usage_error(ctx);
}
