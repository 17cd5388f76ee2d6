/* inclusio impact: what social return achieved for residents (issue 18): the job behind a job
 * realisation, durability at 6 and 12 months, the municipality's postcode areas, and the report per
 * contract, contractor and year (app/realisation_jobs.h; docs/domain-rules.md). A municipality's own
 * postcode areas, which make a candidate known only by postcode area a resident, are set with
 * `inclusio local-area` (issue 16's local postcodes, scope gemeente). */
#include "cli/commands.h"
#include "app/realisation_jobs.h"
#include "core/decimal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const cli_option job_opts[] = {
    {"residence-municipality", "GEMEENTE", "woongemeente van de kandidaat (of --residence-pc4)", NULL, 0},
    {"residence-pc4", "NNNN", "alleen het postcodegebied, 4 cijfers (of --residence-municipality)", NULL, 0},
    {"contract-type", "tijdelijk|vast|proefplaatsing|detachering|bbl", "arbeidscontract (verplicht)", NULL, 0},
    {"benefit-left", "UITKERING", "verlaten uitkering: participatiewet, ww, wajong, wia, ioaw, ioaz, anw of anders", NULL, 0},
    CLI_OPT_END};
static const cli_option durability_opts[] = {
    {"months", "6|12", "na 6 of 12 maanden na het einde (verplicht)", NULL, 0},
    {"working", "ja|nee", "nog aan het werk bij de opdrachtnemer (verplicht)", NULL, 0},
    CLI_OPT_END};
static const cli_option report_opts[] = {
    CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
    {"contract-id", "ID", "alleen deze opdracht", NULL, 0},
    {"contractor", "KVK", "alleen deze opdrachtnemer", NULL, 0},
    {"year", "JAAR", "alleen realisaties die in dit jaar eindigden", NULL, 0},
    {"date", "JJJJ-MM-DD", "peildatum voor de duurzaamheid (standaard vandaag)", NULL, 0},
    CLI_OPT_END};
static const cli_sub subs[] = {
    {"job", "REALISATIE-ID", "leg de baan achter een realisatie vast (woonplaats, contract, uitkering)", job_opts},
    {"durability", "REALISATIE-ID", "nog aan het werk na 6 of 12 maanden", durability_opts},
    {"report", NULL, "inwoners en duurzaam werk per jaar, opdrachtnemer en opdracht (JSON)", report_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"impact", subs};

static int realisation_id(int argc, char **argv, int64_t *id, inc_error *e)
{
    const char *s = cli_arg(argc, argv, 0, NULL);
    if (!s) return inc_fail(e, INC_EINVAL, "realisation", "realisatie-id ontbreekt");
    return decimal_parse(s, 0, id, "realisation", e);
}

int cmd_impact(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    argc--;
    argv++;
    inc_error e = {0};
    int64_t id;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (strcmp(sub, "job") == 0) {
        if (realisation_id(argc, argv, &id, &e) ||
            app_realisation_job_record(db, id, cli_opt(argc, argv, "--residence-municipality"),
                                       cli_opt(argc, argv, "--residence-pc4"), cli_opt(argc, argv, "--contract-type"),
                                       cli_opt(argc, argv, "--benefit-left"), &e))
            return cli_fail(&e);
        printf("Baan van realisatie %lld vastgelegd.\n", (long long)id);
        return EXIT_OK;
    }
    if (strcmp(sub, "durability") == 0) {
        const char *m = cli_opt(argc, argv, "--months"), *w = cli_opt(argc, argv, "--working");
        if (realisation_id(argc, argv, &id, &e)) return cli_fail(&e);
        if (!w || (strcmp(w, "ja") && strcmp(w, "nee"))) {
            inc_fail(&e, INC_EINVAL, "working", "--working is ja of nee");
            return cli_fail(&e);
        }
        if (app_realisation_job_working(db, id, m ? atoi(m) : 0, strcmp(w, "ja") == 0, &e)) return cli_fail(&e);
        printf("Realisatie %lld: na %s maanden %s aan het werk.\n", (long long)id, m, strcmp(w, "ja") == 0 ? "nog" : "niet meer");
        return EXIT_OK;
    }
    if (strcmp(sub, "report") == 0) {
        const char *m = cli_opt(argc, argv, "--municipality");
        const char *one[2] = {m, NULL};
        job_filter f = {.municipalities = m ? one : NULL, .contractor_kvk = cli_opt(argc, argv, "--contractor")};
        const char *c = cli_opt(argc, argv, "--contract-id"), *y = cli_opt(argc, argv, "--year"),
                   *d = cli_opt(argc, argv, "--date");
        int64_t v;
        inc_date today = date_today();
        if (c) {
            if (decimal_parse(c, 0, &v, "contract-id", &e)) return cli_fail(&e);
            f.contract_id = v;
        }
        if (y) {
            if (decimal_parse(y, 0, &v, "year", &e) || v < 2000 || v > 2100) {
                inc_fail(&e, INC_EINVAL, "year", "jaar 2000 tot 2100");
                return cli_fail(&e);
            }
            f.year = (int)v;
        }
        if (d && date_parse(d, &today, "date", &e)) return cli_fail(&e);
        json_t *out = app_jobs_report_json(db, &f, today, false, &e);
        if (!out) return cli_fail(&e);
        return cli_print_json(out);
    }
    return cli_usage_error(ctx);
}
