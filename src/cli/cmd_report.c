/* inclusio report KIND ...: dispatches to the report kinds listed in report_kinds.def. */
#include "cli/commands.h"
#include <string.h>

#define REPORT_KIND(name, fn, help) int fn(cli_ctx *ctx, int argc, char **argv);
#include "cli/report_kinds.def"
#undef REPORT_KIND

static const cli_option report_banen_opts[] = {
    {"date", "JJJJ-MM-DD", "peildatum (standaard het laatste kwartaaleinde)", NULL, 0},
    {"from", "JJJJ-MM-DD", "begin van de trend", NULL, 0},
    CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
    {"region", "REGIO", "alleen deze arbeidsmarktregio", NULL, 0},
    {"employer", "KVK", "alleen deze werkgever", NULL, 0},
    CLI_OPT_END};
static const cli_option report_banen_targets_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"), CLI_OPT_END};
static const cli_option report_sroi_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
                                              {"year", "JAAR", "alleen dit gunningsjaar", NULL, 0}, CLI_OPT_END};
static const cli_option report_overdue_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"), CLI_OPT_END};
static const cli_option report_sebo_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
                                              {"year", "JAAR", "jaar (standaard dit jaar)", NULL, 0}, CLI_OPT_END};
static const cli_option report_dashboard_opts[] = {CLI_OPT_MUNICIPALITY("de gemeente (verplicht)"),
                                                   {"year", "JAAR", "het jaar (verplicht)", NULL, 0}, CLI_OPT_END};
#define WRITE_OPTS                                                                                  \
    CLI_OPT_MUNICIPALITY("de gemeente (verplicht)"), {"year", "JAAR", "het jaar (verplicht)", NULL, 0}, \
        {"format", "html|xlsx|csv", "bestandsformaat (standaard html)", NULL, 0},                   \
        {"out", "BESTAND", "uitvoerbestand (verplicht; bij csv een map)", NULL, 0}
static const cli_option report_rapportage_opts[] = {
    WRITE_OPTS, {"period", "1|2|3", "periode: 1 (jan-apr), 2 (mei-aug) of 3 (sep-dec) (verplicht)", NULL, 0}, CLI_OPT_END};
static const cli_option report_jaarverslag_opts[] = {WRITE_OPTS, CLI_OPT_END};
static const cli_option report_settlement_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
                                                    {"year", "JAAR", "het jaar (verplicht)", NULL, 0}, CLI_OPT_END};

static const struct {
    const char *name;
    cli_command_fn fn;
} kinds[] = {
#define REPORT_KIND(name, fn, help) {name, fn},
#include "cli/report_kinds.def"
#undef REPORT_KIND
};

static const cli_sub subs[] = {
#define REPORT_KIND(name, fn, help) {name, NULL, help, fn##_opts},
#include "cli/report_kinds.def"
#undef REPORT_KIND
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"report", subs};

int cmd_report(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(argv[0], kinds[i].name) == 0) return kinds[i].fn(ctx, argc - 1, argv + 1);
    return cli_usage_error(ctx);
}
