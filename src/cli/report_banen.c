/* inclusio report banen / banen-targets: the banenafspraak figures at a reference date, and the
 * yearly targets against what was realised. */
#include "cli/commands.h"
#include "app/banen_report.h"
#include "core/decimal.h"
#include <stdlib.h>
#include <string.h>

/* "1.031,40" from a fixed JSON number (two decimals), "-" for null. */
static const char *nl(json_t *v, char *buf, size_t size)
{
    if (!v || json_is_null(v)) {
        snprintf(buf, size, "-");
        return buf;
    }
    char *s = json_dump_fixed(v, JSON_ENCODE_ANY);
    int64_t x;
    if (s && decimal_parse(s, 2, &x, "", NULL) == INC_OK) decimal_format(x, 2, true, buf, (int)size);
    else snprintf(buf, size, "%s", s ? s : "");
    free(s);
    return buf;
}

static void print_rows(json_t *r, const char *key, const char *title, const char *name_key, const char *name_key2)
{
    json_t *a = json_object_get(r, key);
    if (!json_array_size(a)) return;
    printf("\n%s\n", title);
    printf("  %-44s %8s %10s %8s %8s\n", "", "personen", "uren", "banen", "fte");
    size_t i;
    json_t *o;
    json_array_foreach(a, i, o)
    {
        char label[128], b1[32], b2[32], b3[32];
        const char *n1 = json_string_value(json_object_get(o, name_key));
        const char *n2 = name_key2 ? json_string_value(json_object_get(o, name_key2)) : NULL;
        if (n2) snprintf(label, sizeof label, "%s - %s", n1 ? n1 : "", n2);
        else snprintf(label, sizeof label, "%s", n1 ? n1 : "");
        printf("  %-44.44s %8lld %10s %8s %8s\n", label, (long long)json_integer_value(json_object_get(o, "people")),
               nl(json_object_get(o, "hours"), b1, sizeof b1), nl(json_object_get(o, "banen"), b2, sizeof b2),
               nl(json_object_get(o, "fte"), b3, sizeof b3));
    }
}

static void print_report(json_t *r)
{
    char b1[32], b2[32], b3[32];
    inc_date d;
    date_parse(json_string_value(json_object_get(r, "date")), &d, "date", NULL);
    char dn[11];
    date_format_nl(d, dn);
    const char *m = json_string_value(json_object_get(r, "municipality"));
    const char *reg = json_string_value(json_object_get(r, "region"));
    const char *emp = json_string_value(json_object_get(r, "employer"));
    printf("Banenafspraak op peildatum %s%s%s%s%s%s%s\n", dn, m ? ", gemeente " : "", m ? m : "",
           reg ? ", regio " : "", reg ? reg : "", emp ? ", werkgever " : "", emp ? emp : "");
    printf("  personen %lld, uren per week %s, banen (25,5 uur) %s, fte (36 uur) %s\n",
           (long long)json_integer_value(json_object_get(r, "people")), nl(json_object_get(r, "hours"), b1, sizeof b1),
           nl(json_object_get(r, "banen"), b2, sizeof b2), nl(json_object_get(r, "fte"), b3, sizeof b3));
    json_t *t = json_object_get(r, "target");
    if (json_is_object(t)) {
        printf("  doel eigen organisatie %lld: %s fte, gerealiseerd %s fte. Doel gehaald: %s\n",
               (long long)json_integer_value(json_object_get(t, "year")), nl(json_object_get(t, "value"), b1, sizeof b1),
               nl(json_object_get(t, "realised"), b2, sizeof b2),
               json_is_true(json_object_get(r, "goal_met")) ? "Ja" : "Nee");
    }
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(r, "regional_targets"), i, o)
    {
        printf("  regio %s %s %lld: doel %s extra banen t.o.v. %s, gerealiseerd %s. Doel gehaald: %s\n",
               json_string_value(json_object_get(o, "scope_code")), json_string_value(json_object_get(o, "sector")),
               (long long)json_integer_value(json_object_get(o, "year")), nl(json_object_get(o, "value"), b1, sizeof b1),
               json_string_value(json_object_get(o, "baseline_date")), nl(json_object_get(o, "realised"), b2, sizeof b2),
               json_is_true(json_object_get(o, "goal_met")) ? "Ja" : "Nee");
    }
    print_rows(r, "by_sector", "Per sector", "sector", NULL);
    print_rows(r, "by_target_group", "Per doelgroep", "label", NULL);
    print_rows(r, "by_instrument", "Per instrument", "label", NULL);
    print_rows(r, "by_contract_type", "Per contractvorm", "contract_type", NULL);
    print_rows(r, "by_source", "Per herkomst", "label", NULL);
    print_rows(r, "by_employer", "Per werkgever", "employer_name", NULL);
    print_rows(r, "by_department", "Per afdeling", "employer_name", "department");
    print_rows(r, "by_municipality", "Per gemeente", "name", NULL);
    print_rows(r, "by_region", "Per regio", "region", NULL);
    json_t *du = json_object_get(r, "durability");
    printf("\nDuurzaamheid\n");
    printf("  aandeel vast contract %s %%, mediane duur %lld dagen\n",
           nl(json_object_get(du, "share_permanent_pct"), b1, sizeof b1),
           (long long)json_integer_value(json_object_get(du, "median_duration_days")));
    printf("  na 6 maanden nog in dienst %s %% (%lld van %lld), na 12 maanden %s %% (%lld van %lld)\n",
           nl(json_object_get(du, "share_still_employed_6_months_pct"), b1, sizeof b1),
           (long long)json_integer_value(json_object_get(du, "still_employed_6_months")),
           (long long)json_integer_value(json_object_get(du, "cohort_6_months")),
           nl(json_object_get(du, "share_still_employed_12_months_pct"), b2, sizeof b2),
           (long long)json_integer_value(json_object_get(du, "still_employed_12_months")),
           (long long)json_integer_value(json_object_get(du, "cohort_12_months")));
    printf("  proefplaatsingen omgezet in een contract: %lld van %lld (%s %%)\n",
           (long long)json_integer_value(json_object_get(du, "trials_converted")),
           (long long)json_integer_value(json_object_get(du, "trials_ended")),
           nl(json_object_get(du, "share_trials_converted_pct"), b1, sizeof b1));
    json_t *w = json_object_get(r, "work_company");
    printf("\nPlaatsingen werkbedrijf\n");
    printf("  loonkostensubsidie bij externe werkgevers: %lld personen\n",
           (long long)json_integer_value(json_object_get(w, "loonkostensubsidie_external")));
    printf("  beschut werk: %lld plekken (taakstelling %s)\n",
           (long long)json_integer_value(json_object_get(w, "beschut_werk")),
           nl(json_object_get(w, "beschut_werk_task"), b1, sizeof b1));
    printf("  Direct Werk dit jaar: %lld plaatsingen bij %lld werkgevers\n",
           (long long)json_integer_value(json_object_get(w, "direct_werk_placements")),
           (long long)json_integer_value(json_object_get(w, "direct_werk_employers")));
    printf("\nTrend per kwartaal\n  %-10s %8s %8s %8s%s\n", "peildatum", "personen", "banen", "fte",
           m ? "   fte eigen org.   doel" : "");
    json_array_foreach(json_object_get(r, "trend"), i, o)
    {
        date_parse(json_string_value(json_object_get(o, "date")), &d, "date", NULL);
        date_format_nl(d, dn);
        printf("  %-10s %8lld %8s %8s", dn, (long long)json_integer_value(json_object_get(o, "people")),
               nl(json_object_get(o, "banen"), b1, sizeof b1), nl(json_object_get(o, "fte"), b2, sizeof b2));
        if (m)
            printf(" %16s %6s", nl(json_object_get(o, "own_fte"), b3, sizeof b3),
                   nl(json_object_get(o, "target_fte"), b1, sizeof b1));
        printf("\n");
    }
}

int report_banen(cli_ctx *ctx, int argc, char **argv)
{
    const char *date = cli_opt(argc, argv, "--date");
    inc_error e = {0};
    banen_report_req req = {.trend_from = INC_DATE_NONE};
    if (date) {
        if (date_parse(date, &req.date, "date", &e)) return cli_fail(&e);
    } else {
        /* Default: the last quarter end on or before today. */
        inc_date today = date_today(), q[4];
        int n = banen_quarter_ends(today - 100, today, q, 4);
        req.date = n > 0 ? q[n > 4 ? 3 : n - 1] : today;
    }
    const char *from = cli_opt(argc, argv, "--from");
    if (from && date_parse(from, &req.trend_from, "from", &e)) return cli_fail(&e);
    req.filter.municipality = cli_opt(argc, argv, "--municipality");
    req.filter.region = cli_opt(argc, argv, "--region");
    req.filter.employer_kvk = cli_opt(argc, argv, "--employer");
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    json_t *r = app_banen_report_json(db, &req, &e);
    if (!r) return cli_fail(&e);
    if (ctx->json) return cli_print_json(r);
    print_report(r);
    json_decref(r);
    return EXIT_OK;
}

int report_banen_targets(cli_ctx *ctx, int argc, char **argv)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    json_t *r = app_banen_targets_report_json(db, cli_opt(argc, argv, "--municipality"), false, &e);
    if (!r) return cli_fail(&e);
    if (ctx->json) return cli_print_json(r);
    printf("Doelen banenafspraak\n");
    printf("  %-14s %-9s %-20s %-9s %5s %-8s %10s %12s  %s\n", "soort", "schaal", "gemeente/regio", "sector", "jaar",
           "eenheid", "doel", "gerealiseerd", "Doel gehaald");
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(r, "targets"), i, o)
    {
        char b1[32], b2[32];
        printf("  %-14s %-9s %-20s %-9s %5lld %-8s %10s %12s  %s\n", json_string_value(json_object_get(o, "kind")),
               json_string_value(json_object_get(o, "scope")), json_string_value(json_object_get(o, "scope_code")),
               json_string_value(json_object_get(o, "sector")), (long long)json_integer_value(json_object_get(o, "year")),
               json_string_value(json_object_get(o, "unit")), nl(json_object_get(o, "value"), b1, sizeof b1),
               nl(json_object_get(o, "realised"), b2, sizeof b2), json_string_value(json_object_get(o, "doel_gehaald")));
    }
    json_decref(r);
    return EXIT_OK;
}
