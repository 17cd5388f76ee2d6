/* inclusio award complete|draft|confirm|exempt|missing: from a logged procurement to the register
 * (issue 16; app/procurement_award.h). */
#include "app/procurement_award.h"
#include "cli/commands.h"
#include "core/decimal.h"
#include "core/json_fixed.h"
#include "io/report_export.h"
#include <stdlib.h>
#include <string.h>

static const cli_option complete_opts[] = {
    {"stdin", NULL, "lees een JSON-object van standaardinvoer (zelfde velden als de API)", NULL, 0},
    {"winner", "KVK", "gegunde ondernemer (een van de uitgenodigden)", NULL, 0},
    {"awarded", "BEDRAG", "gegunde waarde (standaard: de offerte van de winnaar)", NULL, 0},
    {"award-date", "JJJJ-MM-DD", "gunningsdatum (verplicht bij gunnen)", NULL, 0},
    {"reason", "REDEN", "reden van afwijken van de SEBO-voorkeursvolgorde (verplicht als gemarkeerd)", NULL, 0},
    {"quote", "KVK=BEDRAG", "offerte; herhaal per offerte", NULL, 0},
    CLI_OPT_END};
static const cli_option draft_opts[] = {
    {"labour-share", "PCT", "loonsomaandeel in % (zonder: voorlopige verplichting)", NULL, 0},
    {"start", "JJJJ-MM-DD", "begindatum (standaard de gunningsdatum)", NULL, 0},
    {"end", "JJJJ-MM-DD", "einddatum (standaard een jaar na de begindatum)", NULL, 0},
    CLI_OPT_END};
static const cli_option exempt_opts[] = {
    {"by", "WIE", "wie de ontheffing verleende (verplicht)", NULL, 0},
    {"date", "JJJJ-MM-DD", "datum van de ontheffing (verplicht)", NULL, 0},
    {"reason", "REDEN", "waarom (verplicht)", NULL, 0},
    CLI_OPT_END};
static const cli_option missing_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
                                          {"year", "JAAR", "alleen dit gunningsjaar", NULL, 0},
                                          {"department", "AFD", "alleen deze afdeling", NULL, 0},
                                          {"xlsx", "BESTAND", "schrijf het rapport als Excel-werkmap", NULL, 0},
                                          CLI_OPT_END};
static const cli_sub subs[] = {
    {"complete", "ID", "vul een gelogde inkoop aan: offertes, winnaar, gunningsdatum en -waarde, reden", complete_opts},
    {"draft", "ID", "maak van een gegunde inkoop een conceptcontract in het register", draft_opts},
    {"confirm", "CONTRACT-ID", "bevestig een conceptcontract (SR-team)", draft_opts},
    {"exempt", "ID", "leg een ontheffing van social return vast voor een gegunde inkoop", exempt_opts},
    {"missing", NULL, "gunningen met social return zonder geregistreerde verplichting of ontheffing", missing_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"award", subs};

static inc_status id_arg(int argc, char **argv, int64_t *id, inc_error *e)
{
    const char *s = cli_arg(argc, argv, 0, NULL);
    char *end;
    long long v = s ? strtoll(s, &end, 10) : 0;
    if (!s || *end || v <= 0) return inc_fail(e, INC_EINVAL, "id", "geef een geldig id op");
    *id = v;
    return INC_OK;
}

static inc_status completion_from_options(int argc, char **argv, procurement_completion *c, inc_error *e)
{
    if (cli_flag(argc, argv, "--stdin")) {
        json_t *j = cli_read_json_stdin(e);
        if (!j) return INC_EINVAL;
        inc_status s = procurement_completion_from_json(j, c, e);
        json_decref(j);
        return s;
    }
    json_t *j = json_object();
    const char *v;
    if ((v = cli_opt(argc, argv, "--winner"))) json_object_set_new(j, "winner", json_string(v));
    if ((v = cli_opt(argc, argv, "--awarded"))) json_object_set_new(j, "awarded_value", json_string(v));
    if ((v = cli_opt(argc, argv, "--award-date"))) json_object_set_new(j, "award_date", json_string(v));
    if ((v = cli_opt(argc, argv, "--reason"))) json_object_set_new(j, "deviation_reason", json_string(v));
    const char *quotes[AWARD_MAX_QUOTES + 1];
    int n = cli_opt_all(argc, argv, "--quote", quotes, AWARD_MAX_QUOTES + 1);
    if (n) {
        json_t *arr = json_array();
        for (int i = 0; i < n; i++) {
            char buf[64];
            snprintf(buf, sizeof buf, "%s", quotes[i]);
            char *eq = strchr(buf, '=');
            if (eq) *eq++ = 0;
            json_array_append_new(arr, json_pack("{s:s, s:o}", "kvk", buf, "amount", eq ? json_string(eq) : json_null()));
        }
        json_object_set_new(j, "quotes", arr);
    }
    inc_status s = procurement_completion_from_json(j, c, e);
    json_decref(j);
    return s;
}

static int do_complete(cli_ctx *ctx, int argc, char **argv)
{
    inc_error e = {0};
    int64_t id, contract = 0;
    procurement_completion c;
    if (id_arg(argc, argv, &id, &e) || completion_from_options(argc, argv, &c, &e)) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (app_procurement_complete(db, id, &c, &contract, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) {
        json_t *award;
        if (app_procurement_award_json(db, id, &award, &e) != INC_OK) return cli_fail(&e);
        return cli_print_json(award);
    }
    printf("Inkoop %lld aangevuld.\n", (long long)id);
    if (contract) printf("Conceptcontract %lld staat in het register; het SR-team bevestigt het.\n", (long long)contract);
    return EXIT_OK;
}

static inc_status period_options(int argc, char **argv, int32_t *labour, inc_date *start, inc_date *end, inc_error *e)
{
    *labour = -1;
    *start = *end = INC_DATE_NONE;
    const char *v;
    if ((v = cli_opt(argc, argv, "--labour-share"))) {
        int64_t bp;
        if (decimal_parse(v, 2, &bp, "labour_share_pct", e)) return INC_EINVAL;
        if (bp < 0 || bp > 10000) return inc_fail(e, INC_EINVAL, "labour_share_pct", "het loonsomaandeel ligt tussen 0 en 100 %%");
        *labour = (int32_t)bp;
    }
    if ((v = cli_opt(argc, argv, "--start")) && date_parse(v, start, "start_date", e)) return INC_EINVAL;
    if ((v = cli_opt(argc, argv, "--end")) && date_parse(v, end, "end_date", e)) return INC_EINVAL;
    return INC_OK;
}

static int do_draft(cli_ctx *ctx, int argc, char **argv, bool confirm)
{
    inc_error e = {0};
    int64_t id, contract = 0;
    award_draft_options o;
    award_draft_options_init(&o);
    if (id_arg(argc, argv, &id, &e) || period_options(argc, argv, &o.labour_share_bp, &o.start_date, &o.end_date, &e))
        return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (confirm) {
        if (app_award_confirm(db, id, o.labour_share_bp, o.start_date, o.end_date, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(json_pack("{s:I, s:s}", "id", (json_int_t)id, "status", "bevestigd"));
        printf("Contract %lld bevestigd.\n", (long long)id);
        return EXIT_OK;
    }
    if (app_procurement_award_to_draft(db, id, &o, &contract, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) return cli_print_json(json_pack("{s:I, s:s}", "contract_id", (json_int_t)contract, "status", "concept"));
    printf("Conceptcontract %lld staat in het register%s; het SR-team bevestigt het.\n", (long long)contract,
           o.labour_share_bp < 0 ? " (verplichting voorlopig: loonsom onbekend)" : "");
    return EXIT_OK;
}

static int do_exempt(cli_ctx *ctx, int argc, char **argv)
{
    inc_error e = {0};
    int64_t id;
    inc_date on = INC_DATE_NONE;
    const char *d = cli_opt(argc, argv, "--date");
    if (id_arg(argc, argv, &id, &e) || (d && date_parse(d, &on, "granted_on", &e))) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (app_procurement_exempt(db, id, cli_opt(argc, argv, "--by"), on, cli_opt(argc, argv, "--reason"), &e) != INC_OK)
        return cli_fail(&e);
    if (ctx->json) return cli_print_json(json_pack("{s:I, s:b}", "id", (json_int_t)id, "exempt", 1));
    printf("Ontheffing voor inkoop %lld vastgelegd.\n", (long long)id);
    return EXIT_OK;
}

static const char *str(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static int do_missing(cli_ctx *ctx, int argc, char **argv)
{
    inc_error e = {0};
    const char *m = cli_opt(argc, argv, "--municipality");
    const char *ms[] = {m, NULL};
    missing_sr_filter f = {.municipalities = m ? ms : NULL, .department = cli_opt(argc, argv, "--department")};
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
    json_t *r;
    if (app_missing_sr(db, &f, &r, &e) != INC_OK) return cli_fail(&e);
    const char *xlsx = cli_opt(argc, argv, "--xlsx");
    if (xlsx) {
        report_doc doc;
        missing_sr_doc(r, &doc);
        json_decref(r);
        inc_status st = report_write_xlsx(&doc, xlsx, &e);
        report_free(&doc);
        if (st != INC_OK) return cli_fail(&e);
        if (!ctx->json) printf("Rapport geschreven naar %s.\n", xlsx);
        return EXIT_OK;
    }
    if (ctx->json) return cli_print_json(r);
    printf("Ontbrekende social return: gunningen met SROI-verplichting zonder bevestigd contract of ontheffing\n\n");
    printf("%-14s %-22s %-4s %-14s %-30s %-10s %14s %12s  %s\n", "gemeente", "afdeling", "jaar", "kenmerk", "onderwerp",
           "gegund", "waarde", "verplichting", "status");
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(r, "items"), i, it) {
        char v[40], o[40];
        json_fixed_nl(json_object_get(it, "value"), 2, v, sizeof v);
        json_fixed_nl(json_object_get(it, "obligation"), 2, o, sizeof o);
        printf("%-14.14s %-22.22s %-4lld %-14.14s %-30.30s %-10s %14s %12s  %s%s%s\n", str(it, "municipality"),
               str(it, "department"), (long long)json_integer_value(json_object_get(it, "year")), str(it, "reference"),
               str(it, "subject"), str(it, "award_date"), v, o, str(it, "status"),
               json_is_true(json_object_get(it, "provisional")) ? ", voorlopig" : "",
               json_is_true(json_object_get(it, "met_by_sebo")) ? ", voldaan met SEBO" : "");
    }
    json_t *t = json_object_get(r, "totals");
    char om[40];
    json_fixed_nl(json_object_get(t, "obligation_missing"), 2, om, sizeof om);
    printf("\nAanbestedingen met SROI-verplichting: geregistreerd %lld van %lld; ontbrekend %lld (EUR %s);"
           " ontheffing %lld\n",
           (long long)json_integer_value(json_object_get(t, "registered")),
           (long long)json_integer_value(json_object_get(t, "with_obligation")),
           (long long)json_integer_value(json_object_get(t, "missing")), om,
           (long long)json_integer_value(json_object_get(t, "exempted")));
    json_decref(r);
    return EXIT_OK;
}

int cmd_award(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    if (strcmp(sub, "complete") == 0) return do_complete(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "draft") == 0) return do_draft(ctx, argc - 1, argv + 1, false);
    if (strcmp(sub, "confirm") == 0) return do_draft(ctx, argc - 1, argv + 1, true);
    if (strcmp(sub, "exempt") == 0) return do_exempt(ctx, argc - 1, argv + 1);
    if (strcmp(sub, "missing") == 0) return do_missing(ctx, argc - 1, argv + 1);
    return cli_usage_error(ctx);
}
