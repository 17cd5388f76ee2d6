/* The council's figures on the full demo (issue 11, points 1-3): the headline of every computed
 * steering parameter is the last point of its chart at the same reference date; a contract that
 * starts next year does not move "SROI-waarde geverifieerd tegen verschuldigd"; no breakdown cell
 * carries a label its true value contradicts; and in the printed Rapportage every chart stands
 * under its own heading. */
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
#include "app/goal_view.h"
#include "store/seed.h"

static char path[64];
static inc_db *db;

static int setup(void **s)
{
    (void)s;
    setenv("INCLUSIO_TODAY", "2026-06-01", 1);
    inc_error e = {0};
    if (testdb_open("figures", path, sizeof path, &db, &e) || demo_register_load(db, &e) || demo_banen_load(db, &e) || demo_sebo_load(db, &e) || demo_goals_load(db, &e) ||
        demo_wsp_load(db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    /* every computed indicator of the demo on the dashboard */
    const char *computed[] = {"sroi-realisatie", "sroi-op-schema", "banen-doel", "banen-mensen", "banen-vast",
                              "sebo-register", "vragen-48u-wsp"};
    if (app_goal_dashboard_set(db, "zoetermeer", computed, 7, &e)) {
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

/* Every year of the demo, the whole year and each Rapportage period: the headline of each computed
 * parameter equals its chart's last point, and that point is measured at the reference date. */
static void headline_is_last_chart_point(void **s)
{
    (void)s;
    int checked = 0;
    for (int year = 2016; year <= 2026; year++)
        for (int period = 0; period <= 3; period++) {
            inc_error e = {0};
            goal_dashboard d;
            assert_int_equal(goal_dashboard_load(db, "zoetermeer", year, period, &d, &e), INC_OK);
            if (d.peildatum > date_today()) { goal_dashboard_free(&d); continue; }   /* period to come */
            char peil[11], last_label[24];
            date_format_nl(d.peildatum, peil);
            int m, dd, y;
            date_to_ymd(d.peildatum, &y, &m, &dd);
            bool quarter_end = m % 3 == 0 && dd == date_days_in_month(y, m);
            if (quarter_end) snprintf(last_label, sizeof last_label, "%d K%d", y, m / 3);
            else snprintf(last_label, sizeof last_label, "t/m %s", peil);
            assert_int_equal(d.n_params, 7);
            for (int i = 0; i < d.n_params; i++) {
                const goal_line *l = &d.params[i];
                assert_true(l->ind.computation[0]);
                assert_true(l->n_trend > 0);
                int k = l->n_trend - 1;
                if (strcmp(l->trend_labels[k], last_label) != 0)
                    fail_msg("%s %d-%d: last point '%s', expected '%s'", l->ind.code, year, period, l->trend_labels[k],
                             last_label);
                bool shown = l->r.has_value && !l->suppressed;
                assert_int_equal(l->trend_has[k], shown);
                if (!shown) continue;
                if (l->trend_vals[k] != l->r.value)
                    fail_msg("%s %d-%d: headline %lld, last chart point %lld", l->ind.code, year, period,
                             (long long)l->r.value, (long long)l->trend_vals[k]);
                checked++;
            }
            goal_dashboard_free(&d);
        }
    assert_true(checked > 50);
}

static int64_t sroi_headline(int year)
{
    inc_error e = {0};
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", year, 0, &d, &e), INC_OK);
    int64_t v = -1;
    for (int i = 0; i < d.n_params; i++)
        if (strcmp(d.params[i].ind.code, "sroi-realisatie") == 0 && d.params[i].r.has_value) v = d.params[i].r.value;
    goal_dashboard_free(&d);
    return v;
}

/* Verified value against what was due by the reference date: a contract awarded today that starts
 * next year owes nothing yet, so the headline does not move. */
static void contract_starting_next_year_does_not_move_it(void **s)
{
    (void)s;
    int64_t before = sroi_headline(2026);
    assert_true(before > 0);
    inc_error e = {0};
    assert_int_equal(db_exec(db,
        "INSERT INTO organisations(kvk, name) VALUES ('87654329', 'Toekomst BV');"
        "INSERT INTO contracts(municipality_id, reference, title, category, procedure, value_cents, labour_share_bp, "
        "award_date, start_date, end_date, contractor_id, applies, base_pct_bp, percentage_bp, obligation_cents, "
        "met_by_sebo, sebo_covered_cents, obligation_reason) SELECT m.id, 'T-2027', 'Volgend jaar', 'werken', 'europees', "
        "1000000000, 4000, '2026-06-01', '2027-01-01', '2028-12-31', o.id, 1, 500, 500, 50000000, 0, 0, 'test' "
        "FROM municipalities m, organisations o WHERE m.code = 'zoetermeer' AND o.kvk = '87654329';", &e), INC_OK);
    assert_int_equal(sroi_headline(2026), before);
    assert_int_equal(db_exec(db, "DELETE FROM contracts WHERE reference = 'T-2027'", &e), INC_OK);
}

/* The rendered page as a sequence: for each <figure>, the last <h2>/<h3> before it must be the
 * chart's own title (the svg's <title>); the same for each breakdown table and its caption. */
static void text_between(const char *from, const char *open, const char *close, char *out, size_t size)
{
    const char *a = strstr(from, open);
    assert_non_null(a);
    a = strchr(a, '>') + 1;
    const char *b = strstr(a, close);
    assert_non_null(b);
    snprintf(out, size, "%.*s", (int)(b - a), a);
}

static void last_heading_before(const char *html, const char *pos, char *out, size_t size)
{
    const char *best = NULL;
    for (const char *p = html; (p = strstr(p, "<h")) && p < pos; p++)
        if (p[2] == '2' || p[2] == '3') best = p;
    assert_non_null(best);
    char close[6] = "</h2>";
    close[3] = best[2];
    text_between(best, best[2] == '2' ? "<h2" : "<h3", close, out, size);
}

static void charts_stand_under_their_own_heading(void **s)
{
    (void)s;
    inc_error e = {0};
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2026, 2, &d, &e), INC_OK);
    report_doc r;
    goal_report_build(&d, &r);
    char *html = report_html(&r, NULL);
    assert_non_null(html);
    int figures = 0, tables = 0;
    for (const char *p = html; (p = strstr(p, "<figure>")); p++) {
        char title[256], heading[256];
        text_between(p, "<title", "</title>", title, sizeof title);
        last_heading_before(html, p, heading, sizeof heading);
        if (strcmp(title, heading) != 0) fail_msg("chart '%s' stands under heading '%s'", title, heading);
        figures++;
    }
    for (const char *p = html; (p = strstr(p, "<table id=\"t-per-")); p++) {
        char caption[256], heading[256];
        text_between(p, "<caption", "</caption>", caption, sizeof caption);
        last_heading_before(html, p, heading, sizeof heading);
        if (strcmp(caption, heading) != 0) fail_msg("table '%s' stands under heading '%s'", caption, heading);
        tables++;
    }
    assert_true(figures >= d.n_params + 2);
    assert_true(tables >= 2);
    free(html);
    report_free(&r);
    goal_dashboard_free(&d);
}

/* A cell's text against the true count: a number must be the count, "<5" only below 5,
 * "afgeschermd" says nothing about the size. Anything else is a contradiction. */
static void check_label(const char *text, int64_t truth, const char *where)
{
    if (strcmp(text, "afgeschermd") == 0) return;
    if (strcmp(text, "<5") == 0) {
        if (truth >= 5) fail_msg("%s: '<5' on a true count of %lld", where, (long long)truth);
        return;
    }
    char want[32];
    sup_text(truth, SUP_SHOWN, want, sizeof want);
    if (strcmp(text, want) != 0) fail_msg("%s: '%s' shown for a true count of %lld", where, text, (long long)truth);
}

/* Every breakdown of every demo year and period: the dashboard JSON, the report's cells (the one
 * model behind HTML, XLSX and CSV) and the CSV text carry no label the true count contradicts;
 * somewhere a cell is hidden only to protect another, and it says "afgeschermd". */
static void no_label_contradicts_its_value(void **s)
{
    (void)s;
    int protects = 0, small = 0;
    for (int year = 2016; year <= 2026; year++)
        for (int period = 0; period <= 3; period++) {
            inc_error e = {0};
            goal_dashboard d;
            assert_int_equal(goal_dashboard_load(db, "zoetermeer", year, period, &d, &e), INC_OK);
            json_t *j = goal_dashboard_json(&d);
            report_doc r;
            goal_report_build(&d, &r);
            for (int b = 0; b < GOAL_BREAKDOWNS; b++) {
                const goal_breakdown *bd = &d.breakdowns[b];
                if (!bd->available) continue;
                char where[128], id[64];
                json_t *jb = json_array_get(json_object_get(j, "breakdowns"), (size_t)b);
                snprintf(id, sizeof id, "per-%s", bd->code);
                const report_table *t = NULL;
                for (int k = 0; k < r.ntables; k++)
                    if (strcmp(r.tables[k].id, id) == 0) t = &r.tables[k];
                assert_non_null(t);
                assert_int_equal(t->nrows, bd->n + 1);
                char *csv = report_table_csv(t);
                for (int i = 0; i <= bd->n; i++) {
                    int64_t truth = i < bd->n ? bd->items[i].count : bd->total;
                    snprintf(where, sizeof where, "%d-%d %s row %d", year, period, bd->code, i);
                    const report_cell *c = report_cell_at(t, i, 1);
                    check_label(c->text, truth, where);
                    if (c->is_number) assert_int_equal(c->num, truth);
                    json_t *jc = i < bd->n ? json_object_get(json_array_get(json_object_get(jb, "items"), (size_t)i), "count")
                                           : json_object_get(jb, "total");
                    if (json_is_integer(jc)) assert_int_equal(json_integer_value(jc), truth);
                    else check_label(json_string_value(jc), truth, where);
                    if (strcmp(c->text, "afgeschermd") == 0) protects++;
                    if (strcmp(c->text, "<5") == 0) {
                        small++;
                        /* the CSV row carries the same label, never the figure (whatever its separator) */
                        const char *row = strstr(csv, i < bd->n ? bd->items[i].label : "Totaal");
                        assert_non_null(row);
                        const char *eol = strchr(row, '\n');
                        const char *lab = strstr(row, "<5");
                        assert_true(lab && (!eol || lab < eol));
                    }
                }
                free(csv);
                if (goal_breakdown_protects(bd)) assert_non_null(json_string_value(json_object_get(jb, "suppression_note")));
                else assert_true(json_is_null(json_object_get(jb, "suppression_note")));
            }
            report_free(&r);
            json_decref(j);
            goal_dashboard_free(&d);
        }
    assert_true(small > 0);
    assert_true(protects > 0);
}

/* Wassenaar has one or two people at work under the banenafspraak: its share of permanent contracts
 * is a figure about those few persons. The council sees it nowhere - not as the headline, not as a
 * chart point - and the label says "afgeschermd" (it is a percentage, not a count below 5). */
static void a_share_of_few_people_is_hidden(void **s)
{
    (void)s;
    inc_error e = {0};
    int64_t id;
    goal_indicator_def def = {.programme = "p", .goal = "g", .code = "vast", .name = "Aandeel vast",
                              .unit = "procent", .decimals = 1, .direction = DIR_HIGHER_BETTER,
                              .computation = "permanent_contract_share"};
    assert_int_equal(app_goal_programme_add(db, "wassenaar", "p", "Programma", 2020, 2030, &id, &e), INC_OK);
    assert_int_equal(app_goal_add(db, "wassenaar", "p", "g", "Doel", "", &id, &e), INC_OK);
    assert_int_equal(app_goal_indicator_add(db, "wassenaar", &def, &id, &e), INC_OK);
    const char *codes[] = {"vast"};
    assert_int_equal(app_goal_dashboard_set(db, "wassenaar", codes, 1, &e), INC_OK);
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "wassenaar", 2026, 0, &d, &e), INC_OK);
    const goal_line *l = &d.params[0];
    assert_true(l->r.has_value);                       /* the figure exists ... */
    assert_true(l->r.people > 0 && l->r.people < 5);   /* ... and rests on fewer than 5 persons */
    assert_true(l->suppressed);
    char vt[48];
    goal_line_value_text(l, vt, sizeof vt);
    assert_string_equal(vt, "afgeschermd");
    int points = 0;
    for (int k = 0; k < l->n_trend; k++) {
        assert_false(l->trend_has[k]);
        if (l->trend_sup[k]) points++;
    }
    assert_true(points > 0);
    json_t *j = goal_dashboard_json(&d);
    json_t *p = json_array_get(json_object_get(j, "parameters"), 0);
    assert_true(json_is_null(json_object_get(p, "value")));
    assert_string_equal(json_string_value(json_object_get(p, "value_text")), "afgeschermd");
    json_decref(j);
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

/* The workbook of Zoetermeer 2026 (a target-group breakdown with a "<5" and an "afgeschermd"
 * cell): in the breakdown's sheet every hidden cell is a text cell, never the figure; shown cells
 * are the true counts. */
static void xlsx_hides_with_the_same_labels(void **s)
{
    (void)s;
    inc_error e = {0};
    goal_dashboard d;
    assert_int_equal(goal_dashboard_load(db, "zoetermeer", 2026, 0, &d, &e), INC_OK);
    report_doc r;
    goal_report_build(&d, &r);
    char xlsx[96], cmd[256];
    snprintf(xlsx, sizeof xlsx, "%s.xlsx", path);
    assert_int_equal(report_write_xlsx(&r, xlsx, &e), INC_OK);
    snprintf(cmd, sizeof cmd, "unzip -p %s xl/sharedStrings.xml", xlsx);
    char *strings = slurp_cmd(cmd);
    assert_non_null(strstr(strings, ">afgeschermd<"));
    assert_non_null(strstr(strings, "&lt;5"));
    const goal_breakdown *bd = &d.breakdowns[0];
    assert_string_equal(bd->code, "doelgroep");
    int t = -1;
    for (int k = 0; k < r.ntables; k++)
        if (strcmp(r.tables[k].id, "per-doelgroep") == 0) t = k;
    assert_true(t >= 0);
    snprintf(cmd, sizeof cmd, "unzip -p %s xl/worksheets/sheet%d.xml", xlsx, t + 2);   /* sheet1 is "Rapport" */
    char *sheet = slurp_cmd(cmd);
    int protects = 0;
    for (int i = 0; i <= bd->n; i++) {
        sup_mark m = i < bd->n ? bd->items[i].mark : bd->total_mark;
        int64_t truth = i < bd->n ? bd->items[i].count : bd->total;
        char ref[32];
        snprintf(ref, sizeof ref, "<c r=\"B%d\"", 4 + i);
        const char *c = strstr(sheet, ref);
        assert_non_null(c);
        const char *end = strstr(c, "</c>");
        bool text = strstr(c, "t=\"s\"") && strstr(c, "t=\"s\"") < end;
        assert_int_equal(text, m != SUP_SHOWN);
        if (m == SUP_PROTECTS) protects++;
        if (m == SUP_SHOWN) {
            char want[48];
            snprintf(want, sizeof want, "<v>%lld</v>", (long long)truth);
            assert_true(strstr(c, want) && strstr(c, want) < end);
        }
    }
    assert_true(protects > 0);
    free(sheet);
    free(strings);
    unlink(xlsx);
    report_free(&r);
    goal_dashboard_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(headline_is_last_chart_point),
        cmocka_unit_test(contract_starting_next_year_does_not_move_it),
        cmocka_unit_test(charts_stand_under_their_own_heading),
        cmocka_unit_test(no_label_contradicts_its_value),
        cmocka_unit_test(xlsx_hides_with_the_same_labels),
        cmocka_unit_test(a_share_of_few_people_is_hidden),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
