/* inclusio report sroi [--municipality M] [--year Y] and inclusio report overdue [--municipality M]. */
#include "cli/commands.h"
#include "cli/contract_print.h"
#include "app/register_contract.h"
#include "app/register_report.h"
#include "io/register_view.h"
#include <stdlib.h>
#include <string.h>

static void print_row(json_t *r)
{
    char ob[40], due[40], ver[40], rep[40], exp[40], pct[16];
    json_fixed_nl(json_object_get(r, "obligation"), 2, ob, sizeof ob);
    json_fixed_nl(json_object_get(r, "due"), 2, due, sizeof due);
    json_fixed_nl(json_object_get(r, "verified"), 2, ver, sizeof ver);
    json_fixed_nl(json_object_get(r, "reported"), 2, rep, sizeof rep);
    json_fixed_nl(json_object_get(r, "expected"), 2, exp, sizeof exp);
    json_fixed_nl(json_object_get(r, "verified_pct"), 2, pct, sizeof pct);
    json_t *y = json_object_get(r, "year"), *s = json_object_get(r, "statuses");
    char year[8] = "";
    if (json_is_integer(y)) snprintf(year, sizeof year, "%lld", (long long)json_integer_value(y));
    printf("%-22s %-5s %5lld %15s %15s %15s %7s%% %15s %15s  %lld/%lld/%lld/%lld\n",
           json_string_value(json_object_get(r, "municipality")), year,
           (long long)json_integer_value(json_object_get(r, "with_obligation")), ob, due, ver, pct, rep, exp,
           (long long)(json_integer_value(json_object_get(s, "voldaan")) + json_integer_value(json_object_get(s, "voldaan-via-sebo"))),
           (long long)json_integer_value(json_object_get(s, "op-schema")),
           (long long)json_integer_value(json_object_get(s, "achter")),
           (long long)json_integer_value(json_object_get(s, "niet-voldaan")));
}

static const char *const *municipality_list(int argc, char **argv, const char *codes[2])
{
    codes[0] = cli_opt(argc, argv, "--municipality");
    codes[1] = NULL;
    return codes[0] ? codes : NULL;
}

int report_sroi(cli_ctx *ctx, int argc, char **argv)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    const char *codes[2], *y = cli_opt(argc, argv, "--year");
    int year = y ? atoi(y) : 0;
    inc_error e = {0};
    if (y && (year < 1900 || year > 2999)) {
        inc_fail(&e, INC_EINVAL, "year", "ongeldig jaar '%s'", y);
        return cli_fail(&e);
    }
    sroi_report sr;
    if (app_sroi_report(db, municipality_list(argc, argv, codes), year, date_today(), &sr, &e) != INC_OK)
        return cli_fail(&e);
    json_t *rep = sroi_report_json(&sr);
    sroi_report_free(&sr);
    if (ctx->json) return cli_print_json(rep);
    printf("Voortgang social return (SROI) per gemeente en gunningsjaar, peildatum %s\n\n",
           json_string_value(json_object_get(rep, "date")));
    printf("%-22s %-5s %5s %15s %15s %15s %8s %15s %15s  %s\n", "gemeente", "jaar", "opdr.", "verplichting",
           "te realiseren", "geverifieerd", "", "gemeld", "verwacht", "voldaan/op schema/achter/niet voldaan");
    size_t i;
    json_t *r;
    json_array_foreach(json_object_get(rep, "rows"), i, r) print_row(r);
    printf("\n");
    print_row(json_object_get(rep, "total"));
    int64_t pso = 0;
    if (json_fixed_get(json_object_get(json_object_get(rep, "total"), "pso_covered"), 2, &pso) && pso != 0) {
        char p[40];
        json_fixed_nl(json_object_get(json_object_get(rep, "total"), "pso_covered"), 2, p, sizeof p);
        printf("Waarvan gedekt door PSO-certificaten van opdrachtnemers (niet meer te realiseren): EUR %s\n", p);
    }
    printf("\nPer afdeling (afdelingen kopen zelf in):\n");
    json_array_foreach(json_object_get(rep, "departments"), i, r) {
        const char *d = json_string_value(json_object_get(r, "department"));
        printf("  %s:\n", d && *d ? d : "(afdeling onbekend)");
        print_row(r);
    }
    json_decref(rep);
    return EXIT_OK;
}

int report_overdue(cli_ctx *ctx, int argc, char **argv)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    const char *codes[2];
    inc_error e = {0};
    view_out vo;
    view_out_tree(&vo);
    json_t *o = view_out_tree_done(&vo, app_overdue(db, municipality_list(argc, argv, codes), 0, date_today(), &vo, &e));
    if (!o) return cli_fail(&e);
    if (ctx->json) return cli_print_json(o);
    printf("Contact niet binnen vijf werkdagen na gunning:\n");
    print_contract_table(json_object_get(o, "contact"));
    printf("\nJaarrapportage te laat:\n");
    print_contract_table(json_object_get(o, "yearly_report"));
    printf("\nAchter op schema of niet voldaan:\n");
    print_contract_table(json_object_get(o, "behind"));
    json_decref(o);
    return EXIT_OK;
}
