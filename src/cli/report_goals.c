#include "cli/report_goals.h"
#include "app/goal_report.h"
#include "app/goal_view.h"
#include "io/report_export.h"
#include <stdlib.h>
#include <string.h>

static bool parse_int(const char *s, int lo, int hi, int *out)
{
    if (!s || !*s) return false;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi) return false;
    *out = (int)v;
    return true;
}

static int load(cli_ctx *ctx, int argc, char **argv, bool with_period, goal_dashboard *d)
{
    const char *muni = cli_opt(argc, argv, "--municipality");
    int year, period = 0;
    inc_error e = {0};
    if (!muni) return cli_usage_error(ctx);
    if (!parse_int(cli_opt(argc, argv, "--year"), 2000, 2100, &year)) {
        inc_fail(&e, INC_EINVAL, "year", "geef een geldig jaar met --year (2000-2100)");
        return cli_fail(&e);
    }
    if (with_period && !parse_int(cli_opt(argc, argv, "--period"), 1, 3, &period)) {
        inc_fail(&e, INC_EINVAL, "period", "--period moet 1 (jan-apr), 2 (mei-aug) of 3 (sep-dec) zijn");
        return cli_fail(&e);
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (goal_dashboard_load(db, muni, year, period, d, &e)) return cli_fail(&e);
    return -1;   /* loaded */
}

int report_dashboard(cli_ctx *ctx, int argc, char **argv)
{
    goal_dashboard d;
    int rc = load(ctx, argc, argv, false, &d);
    if (rc >= 0) return rc;
    if (ctx->json || cli_flag(argc, argv, "--json")) {
        json_t *j = goal_dashboard_json(&d);
        goal_dashboard_free(&d);
        return cli_print_json(j);
    }
    printf("Dashboard gemeente %s %d\n\n", d.muni.name, d.year);
    for (int i = 0; i < d.n_params; i++) {
        const goal_line *l = &d.params[i];
        char vt[48], tt[48];
        goal_line_value_text(l, vt, sizeof vt);
        goal_line_target_text(l, tt, sizeof tt);
        printf("%d. %-48s %14s  doel %-10s  Doel gehaald: %-6s  trend: %s\n", i + 1, l->ind.name, vt, tt,
               goal_met_label(l->met), goal_trend_label(l->trend.dir));
    }
    for (int b = 0; b < GOAL_BREAKDOWNS; b++) {
        const goal_breakdown *bd = &d.breakdowns[b];
        printf("\n%s\n", bd->title);
        if (!bd->available) { printf("  %s\n", bd->note); continue; }
        for (int i = 0; i < bd->n; i++) {
            char ct[16];
            sup_text(bd->items[i].count, bd->items[i].mark, ct, sizeof ct);
            printf("  %-40s %11s\n", bd->items[i].label, ct);
        }
        if (bd->n == 0) {
            printf("  geen personen\n");
            continue;
        }
        char tt[16];
        sup_text(bd->total, bd->total_mark, tt, sizeof tt);
        printf("  %-40s %11s\n", "Totaal", tt);
        if (goal_breakdown_protects(bd)) printf("  %s\n", sup_note());
    }
    goal_dashboard_free(&d);
    return EXIT_OK;
}

static int write_report(cli_ctx *ctx, int argc, char **argv, bool periodic)
{
    const char *format = cli_opt(argc, argv, "--format"), *out = cli_opt(argc, argv, "--out");
    if (!format) format = "html";
    inc_error e = {0};
    if (strcmp(format, "html") && strcmp(format, "xlsx") && strcmp(format, "csv")) {
        inc_fail(&e, INC_EINVAL, "format", "--format moet html, xlsx of csv zijn");
        return cli_fail(&e);
    }
    if (!out) return cli_usage_error(ctx);
    goal_dashboard d;
    int rc = load(ctx, argc, argv, periodic, &d);
    if (rc >= 0) return rc;
    report_doc doc;
    goal_report_build(&d, &doc);
    goal_dashboard_free(&d);
    inc_status s = strcmp(format, "html") == 0   ? report_write_html(&doc, out, &e)
                   : strcmp(format, "xlsx") == 0 ? report_write_xlsx(&doc, out, &e)
                                                 : report_write_csv_dir(&doc, out, &e);
    int tables = doc.ntables;
    report_free(&doc);
    if (s) return cli_fail(&e);
    if (ctx->json) return cli_print_json(json_pack("{s:s, s:s, s:i}", "out", out, "format", format, "tables", tables));
    printf("Rapport geschreven naar %s (%s, %d tabellen).\n", out, format, tables);
    return EXIT_OK;
}

int report_rapportage(cli_ctx *ctx, int argc, char **argv) { return write_report(ctx, argc, argv, true); }
int report_jaarverslag(cli_ctx *ctx, int argc, char **argv) { return write_report(ctx, argc, argv, false); }
