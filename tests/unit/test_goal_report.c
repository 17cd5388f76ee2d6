/* Goals on a real SQLite file: the demo figures from the sources, a computed SROI indicator worked
 * out by hand, the money table of the annual report, and the XLSX read back (unzip) carrying the
 * same figures as the HTML page and the dashboard JSON. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "testdb.h"
#include "app/goal_admin.h"
#include "app/goal_report.h"
#include "io/report_export.h"
#include "io/report_render.h"
#include "core/json_fixed.h"
#include "store/demo.h"
#include "store/goal_compute.h"
#include "store/goal_store.h"
#include "app/goal_view.h"
#include "store/seed.h"

static char path[64];
static inc_db *db;

static int setup(void **s)
{
    (void)s;
    setenv("INCLUSIO_TODAY", "2026-11-23", 1);
    inc_error e = {0};
    if (testdb_open("goals", path, sizeof path, &db, &e) || demo_goals_load(db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    testdb_close(db, path);
    return 0;
}

static const goal_line *line(const goal_dashboard *d, const char *code)
{
    for (int i = 0; i < d->n_all; i++)
        if (strcmp(d->all[i].ind.code, code) == 0) return &d->all[i];
    fail_msg("indicator %s missing", code);
    return NULL;
}

/* Zoetermeer on stage 2016: 944 of 1,000 pupils -> Nee; 219 of 200 professionals -> Ja;
 * SEBO holders 37 against 60 -> Nee. */
static void sea_2016_from_the_sources(void **s)
{
    (void)s;
    inc_error e = {0};
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2016, 0, &d, &e), INC_OK);
    const goal_line *p = line(&d, "on-stage-leerlingen");
    assert_int_equal(p->r.value, 94400);
    assert_int_equal(p->r.target, 100000);
    assert_int_equal(p->met, MET_NO);
    assert_int_equal(line(&d, "on-stage-professionals")->met, MET_YES);
    assert_int_equal(line(&d, "sebo-houders")->met, MET_NO);
    /* business climate: target 7.1 for 2016, no survey -> N.v.t. with the explanation */
    const goal_line *c = line(&d, "ondernemersklimaat");
    assert_int_equal(c->met, MET_NA);
    assert_true(c->r.has_target);
    assert_int_equal(c->r.target, 710);
    goal_dashboard_free(&d);
}

/* Annual report 2023: business climate N.v.t. (no survey); reach of the minima schemes 72 % but
 * judged Nee by the report; working population 68,000 against 67,000 -> Ja. */
static void annual_report_2023_judgements(void **s)
{
    (void)s;
    inc_error e = {0};
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2023, 0, &d, &e), INC_OK);
    assert_int_equal(line(&d, "ondernemerspeiling")->met, MET_NA);
    assert_non_null(strstr(line(&d, "ondernemerspeiling")->r.explanation, "geen peiling"));
    assert_int_equal(line(&d, "bereik-minima")->met, MET_NO);
    assert_int_equal(line(&d, "bereik-minima")->r.value, 7200);
    assert_int_equal(line(&d, "werkzame-beroepsbevolking")->met, MET_YES);
    assert_int_equal(line(&d, "faillissementen")->met, MET_YES);   /* 10 <= 11, lower is better */
    /* goal 1.5 combines Ja (werkzame beroepsbevolking, uitstroom werk, lks) with Nee (scholing) -> Nee */
    for (int i = 0; i < d.n_goals; i++)
        if (strcmp(d.goals[i].goal_code, "1.5") == 0) assert_int_equal(d.goal_met[i], MET_NO);
        else if (strcmp(d.goals[i].goal_code, "1.4") == 0) assert_int_equal(d.goal_met[i], MET_YES);
    goal_dashboard_free(&d);
}

/* Money 2023 (x EUR 1,000 in the report): 1.1 lasten 24,946.0 baten 11,820.4 -> saldo -13,125.6
 * (printed -13.126); programme totals lasten 135,584.6 (135.585), baten 69,948.8 (69.949),
 * saldo -65,635.8 (-65.636). */
static void money_table_matches_annual_report(void **s)
{
    (void)s;
    inc_error e = {0};
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2023, 0, &d, &e), INC_OK);
    report_doc r;
    goal_report_build(&d, &r);
    goal_dashboard_free(&d);
    const report_table *t = NULL;
    for (int i = 0; i < r.ntables; i++)
        if (strcmp(r.tables[i].id, "financien") == 0) t = &r.tables[i];
    assert_non_null(t);
    assert_int_equal(t->nrows, 7);   /* six goals and the total */
    assert_string_equal(report_cell_at(t, 0, 0)->text, "1.1 Bijdragen aan maatwerk in spelen en leren");
    assert_int_equal(report_cell_at(t, 0, 3)->num, -2494600000);
    assert_int_equal(report_cell_at(t, 0, 5)->num, -1312560000);
    assert_string_equal(report_cell_at(t, 0, 5)->text, "-13.125.600,00");
    assert_string_equal(report_cell_at(t, 6, 0)->text, "Totaal");
    assert_int_equal(report_cell_at(t, 6, 3)->num, -13558460000);
    assert_int_equal(report_cell_at(t, 6, 4)->num, 6994880000);
    assert_int_equal(report_cell_at(t, 6, 5)->num, -6563580000);
    report_free(&r);
}

/* One contract: obligation EUR 10,000.00, running 2025-01-01..2025-12-31; one verified realisation
 * of EUR 3,650.00 over the same 365 days.
 *  - at 2025-03-31 (90 days): accrued 3,650.00 x 90/365 = 900.00 -> 900/10,000 = 9.00 % (900);
 *    expected by then 10,000 x 90/365 = 2,465.75, so the contract is behind -> on schedule 0 %.
 *  - at 2025-12-31: 3,650.00 -> 36.50 % (3650); the contract ended short -> 0 % on schedule. */
static void computed_sroi_indicator_by_hand(void **s)
{
    (void)s;
    inc_error e = {0};
    assert_int_equal(db_exec(db,
        "INSERT INTO organisations(kvk, name) VALUES ('87654321', 'Bouw BV');"
        "INSERT INTO contracts(municipality_id, reference, title, category, procedure, value_cents, labour_share_bp, "
        "award_date, start_date, end_date, contractor_id, applies, base_pct_bp, percentage_bp, obligation_cents, "
        "met_by_sebo, sebo_covered_cents, obligation_reason) SELECT m.id, 'T-1', 'Test', 'werken', 'europees', 20000000, "
        "4000, '2025-01-01', '2025-01-01', '2025-12-31', o.id, 1, 500, 500, 1000000, 0, 0, 'test' "
        "FROM municipalities m, organisations o WHERE m.code = 'zoetermeer' AND o.kvk = '87654321';"
        "INSERT INTO realisations(contract_id, block_id, start_date, end_date, value_cents, counted_days, counted_from, "
        "counted_to, status) SELECT c.id, (SELECT MIN(id) FROM blocks), '2025-01-01', '2025-12-31', 365000, 365, "
        "'2025-01-01', '2025-12-31', 'geverifieerd' FROM contracts c WHERE c.reference = 'T-1';", &e), INC_OK);
    goal_municipality m;
    assert_int_equal(goal_municipality_find(db, "zoetermeer", &m, &e), INC_OK);
    bool avail, has;
    int64_t v;
    /* 31 March: 900.00 verified (3,650 x 90/365) against 2,465.75 due (10,000 x 90/365) -> 36.50 % */
    assert_int_equal(goal_compute(db, "sroi_realised_vs_due", m.id, date_from_ymd(2025, 3, 31), &avail, &has, &v, NULL, &e), INC_OK);
    assert_true(avail && has);
    assert_int_equal(v, 3650);
    assert_int_equal(goal_compute(db, "contracts_on_schedule_share", m.id, date_from_ymd(2025, 3, 31), &avail, &has, &v, NULL, &e), INC_OK);
    assert_true(has);
    assert_int_equal(v, 0);
    assert_int_equal(goal_compute(db, "sroi_realised_vs_due", m.id, date_from_ymd(2025, 12, 31), &avail, &has, &v, NULL, &e), INC_OK);
    assert_int_equal(v, 3650);
    /* before the award nothing is due: no value */
    assert_int_equal(goal_compute(db, "sroi_realised_vs_due", m.id, date_from_ymd(2024, 12, 31), &avail, &has, &v, NULL, &e), INC_OK);
    assert_false(has);
    /* the dashboard parameter for 2025 against its target 100 % -> Nee, trend over quarters rising */
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2025, 0, &d, &e), INC_OK);
    assert_string_equal(d.params[0].ind.code, "sroi-realisatie");
    assert_int_equal(d.params[0].r.value, 3650);
    assert_int_equal(d.params[0].met, MET_NO);
    assert_int_equal(d.params[0].n_trend, 8);
    assert_int_equal(d.params[0].trend_vals[4], 3650);   /* 2025 K1: the same pace as at the end */
    assert_int_equal(d.params[0].trend_vals[7], 3650);   /* 2025 K4 = the headline at 31 December */
    assert_int_equal(d.params[0].trend.dir, TREND_FLAT);
    goal_dashboard_free(&d);
    /* Rapportage period 1 of 2025 measures at 30 April: 120 days -> 1,200.00 verified against
     * 3,287.67 due -> 36.50 %; the chart ends with the running quarter at that date */
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2025, 1, &d, &e), INC_OK);
    assert_int_equal(d.params[0].r.value, 3650);
    assert_int_equal(d.params[0].n_trend, 6);
    assert_string_equal(d.params[0].trend_labels[5], "t/m 30-04-2025");
    assert_int_equal(d.params[0].trend_vals[5], 3650);
    goal_dashboard_free(&d);
}

static char *slurp_cmd(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, p)) > 0) {
        len += n;
        if (len + 1 >= cap) buf = realloc(buf, cap *= 2);
    }
    buf[len] = '\0';
    assert_int_equal(pclose(p), 0);
    return buf;
}

/* The number in cell ref (e.g. "C4") of a worksheet XML, as text between <v> and </v>. */
static bool sheet_number(const char *xml, const char *ref, char *out, size_t size)
{
    char key[32];
    snprintf(key, sizeof key, "<c r=\"%s\"", ref);
    const char *c = strstr(xml, key);
    if (!c) return false;
    const char *end = strstr(c, "</c>");
    const char *v = strstr(c, "<v>");
    if (!v || !end || v > end || strstr(c, "t=\"s\"") == c + strlen(key) + 1) return false;
    v += 3;
    snprintf(out, size, "%.*s", (int)(strchr(v, '<') - v), v);
    return true;
}

/* The XLSX opens (unzip lists it) and its "stuurparameters" sheet holds, in column C, the same
 * figures as the HTML page's data-value attributes and the dashboard JSON's "value". */
static void xlsx_carries_the_same_figures(void **s)
{
    (void)s;
    inc_error e = {0};
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2025, 0, &d, &e), INC_OK);
    json_t *dj = goal_dashboard_json(&d);
    char *json = json_dump_fixed(dj, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(dj);
    report_doc r;
    goal_report_build(&d, &r);
    char xlsx[96], html_path[96];
    snprintf(xlsx, sizeof xlsx, "%s.xlsx", path);
    snprintf(html_path, sizeof html_path, "%s.html", path);
    assert_int_equal(report_write_xlsx(&r, xlsx, &e), INC_OK);
    assert_int_equal(report_write_html(&r, html_path, &e), INC_OK);
    char *html = report_html(&r, NULL);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "unzip -p %s xl/worksheets/sheet2.xml", xlsx);
    char *sheet = slurp_cmd(cmd);
    snprintf(cmd, sizeof cmd, "unzip -p %s xl/workbook.xml", xlsx);
    char *book = slurp_cmd(cmd);
    assert_non_null(strstr(book, "name=\"stuurparameters\""));
    int numbers = 0;
    for (int i = 0; i < d.n_params; i++) {
        char ref[16], got[64];
        snprintf(ref, sizeof ref, "C%d", 4 + i);
        const goal_line *l = &d.params[i];
        bool shown = l->r.available && l->r.has_value && !l->suppressed;
        assert_int_equal(sheet_number(sheet, ref, got, sizeof got), shown);
        if (!shown) continue;
        numbers++;
        /* the sheet's number equals value/100 exactly */
        char *end;
        double x = strtod(got, &end);
        assert_true(x * 100 > (double)l->r.value - 0.5 && x * 100 < (double)l->r.value + 0.5);
        char plain[48], needle[96];
        snprintf(plain, sizeof plain, "%lld.%02lld", (long long)(l->r.value / 100), (long long)(l->r.value % 100));
        snprintf(needle, sizeof needle, "data-value=\"%s\"", plain);
        assert_non_null(strstr(html, needle));
        snprintf(needle, sizeof needle, "\"value\":%s", plain);
        assert_non_null(strstr(json, needle));
    }
    assert_true(numbers >= 1);
    /* never a pseudonym or person id in the council's outputs */
    assert_null(strstr(json, "pseudonym"));
    assert_null(strstr(json, "person"));
    assert_null(strstr(html, "pseudonym"));
    free(sheet);
    free(book);
    free(html);
    free(json);
    report_free(&r);
    goal_dashboard_free(&d);
    unlink(xlsx);
    unlink(html_path);
}

static void store_refuses_bad_input(void **s)
{
    (void)s;
    inc_error e = {0};
    int64_t id;
    assert_int_equal(app_goal_story_add(db, "zoetermeer", "programma-1", "1.5", 2023, "Titel", "BSN 123456782 begon", &id, &e),
                     INC_EINVAL);
    const char *eight[] = {"sroi-realisatie", "sroi-op-schema", "banen-gemeente-fte", "sebo-houders", "direct-werk",
                           "werkzame-beroepsbevolking", "ondernemerspeiling", "bereik-minima"};
    assert_int_equal(app_goal_dashboard_set(db, "zoetermeer", eight, 8, &e), INC_EINVAL);
    const char *dup[] = {"sroi-realisatie", "sroi-realisatie"};
    assert_int_equal(app_goal_dashboard_set(db, "zoetermeer", dup, 2, &e), INC_EINVAL);
    assert_int_equal(app_goal_value_set(db, "zoetermeer", "sroi-realisatie", 2025, 0, true, 100, NULL, "x", NULL, &e), INC_EINVAL);
    assert_int_equal(app_goal_value_set(db, "zoetermeer", "bereik-minima", 2024, 0, false, 0, NULL, "", NULL, &e), INC_EINVAL);
    assert_int_equal(app_goal_value_set(db, "zoetermeer", "bereik-minima", 2024, 0, true, 7000, "misschien", "x", NULL, &e), INC_EINVAL);
    assert_int_equal(app_goal_value_set(db, "zoetermeer", "bestaat-niet", 2024, 0, true, 1, NULL, NULL, NULL, &e), INC_ENOTFOUND);
    /* nothing of the refused changes was written: the selection is still the demo's seven */
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2024, 0, &d, &e), INC_OK);
    assert_int_equal(d.n_params, 7);
    assert_int_equal(d.n_stories, 0);
    goal_dashboard_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sea_2016_from_the_sources), cmocka_unit_test(annual_report_2023_judgements),
        cmocka_unit_test(money_table_matches_annual_report), cmocka_unit_test(computed_sroi_indicator_by_hand),
        cmocka_unit_test(xlsx_carries_the_same_figures), cmocka_unit_test(store_refuses_bad_input),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
