/* CSV writer: the dialect for people (Excel with Dutch settings), the interchange dialect that the
 * imports read, exact numbers with whole numbers whole, and formula injection neutralised. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "core/report_doc.h"
#include "io/report_render.h"

#define HYPERLINK "=HYPERLINK(\"http://x\";\"y\")"

/* A report table as the CLI and the API write it, byte for byte. */
static void test_report_table_for_people(void **state)
{
    (void)state;
    report_doc d;
    report_init(&d, "Rapport", "test");
    static const char *const cols[] = {"Parameter", "Eenheid", "Waarde", "Doel", NULL};
    int t = report_table_add(&d, "stuurparameters", "Stuurparameters", cols);
    report_row(&d, t);
    report_text(&d, t, "Mensen aan het werk");
    report_text(&d, t, "aantal");
    report_number(&d, t, 4500, 2, 0);   /* a head count at scale 2: "45", not "45.00" */
    report_masked(&d, t, "<5");
    report_row(&d, t);
    report_text(&d, t, "SROI-waarde; geverifieerd");
    report_text(&d, t, "procent");
    report_number(&d, t, 7731, 2, 1);   /* exact: 77,31 */
    report_number(&d, t, 10000, 2, 0);  /* 100 */
    report_row(&d, t);
    report_text(&d, t, "Saldo");
    report_text(&d, t, "EUR");
    report_number(&d, t, -1250, 2, 2);  /* a negative number is a number: no mark */
    report_number(&d, t, 123450, 2, 2);
    report_row(&d, t);
    report_text(&d, t, HYPERLINK);      /* user text that Excel would evaluate */
    report_text(&d, t, "-1+2");
    report_text(&d, t, "@SUM(A1)");
    report_text(&d, t, "Ondernemerspeiling (enquête, om het jaar)");
    assert_false(d.failed);
    char *csv = report_table_csv(&d.tables[t]);
    assert_non_null(csv);
    assert_string_equal(csv, "\xEF\xBB\xBF"
                             "Parameter;Eenheid;Waarde;Doel\r\n"
                             "Mensen aan het werk;aantal;45;<5\r\n"
                             "\"SROI-waarde; geverifieerd\";procent;77,31;100\r\n"
                             "Saldo;EUR;-12,50;1234,50\r\n"
                             "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";\"'-1+2\";\"'@SUM(A1)\";"
                             "Ondernemerspeiling (enquête, om het jaar)\r\n");
    free(csv);
    report_free(&d);
}

static void check_number(const csv_dialect *dl, int64_t num, int scale, int min_decimals, const char *want)
{
    char buf[48];
    csv_format_number(dl, num, scale, min_decimals, buf, sizeof buf);
    assert_string_equal(buf, want);
}

static void test_numbers(void **state)
{
    (void)state;
    check_number(&csv_for_people, 4500, 2, 0, "45");
    check_number(&csv_for_people, 45, 0, 0, "45");
    check_number(&csv_for_people, 4510, 2, 0, "45,1");     /* never rounded away */
    check_number(&csv_for_people, 4501, 2, 0, "45,01");
    check_number(&csv_for_people, 690, 2, 1, "6,9");
    check_number(&csv_for_people, 123450, 2, 2, "1234,50"); /* no thousands separator */
    check_number(&csv_for_people, 0, 2, 2, "0,00");
    check_number(&csv_for_people, -5, 2, 2, "-0,05");
    check_number(&csv_for_people, -4500, 2, 0, "-45");
    check_number(&csv_for_people, INT64_MIN, 0, 0, "-9223372036854775808");
    check_number(&csv_for_people, INT64_MIN, 2, 2, "-92233720368547758,08");
    check_number(&csv_interchange, 40000050, 2, 2, "400000.50");
    check_number(&csv_interchange, 6000, 2, 2, "60.00");
    check_number(&csv_interchange, -1250, 2, 2, "-12.50");
}

static char *write_cells(const csv_dialect *dl, const char *const *cells)
{
    char *out = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&out, &len);
    assert_non_null(mem);
    csv_writer w;
    csvw_start(&w, mem, dl);
    for (; *cells; cells++) csvw_text(&w, *cells);
    csvw_end_row(&w);
    assert_true(csvw_ok(&w));
    fclose(mem);
    return out;
}

static void check_cell(const char *in, const char *want)
{
    const char *cells[] = {in, NULL};
    char *out = write_cells(&csv_interchange, cells);
    char expect[256];
    snprintf(expect, sizeof expect, "%s\n", want);
    assert_string_equal(out, expect);
    free(out);
}

static void test_injection_marked(void **state)
{
    (void)state;
    check_cell(HYPERLINK, "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    check_cell("+31 79 123", "\"'+31 79 123\"");
    check_cell("-1+cmd|' /C calc'!A0", "\"'-1+cmd|' /C calc'!A0\"");
    check_cell("-5", "\"'-5\"");                 /* text that looks like a number is still text */
    check_cell("@SUM(A1)", "\"'@SUM(A1)\"");
    check_cell("\t=1", "\"'\t=1\"");
    check_cell("\r=1", "\"'\r=1\"");
    check_cell("'=1", "\"''=1\"");                /* an apostrophe already there: marked again */
    check_cell("''-1", "\"'''-1\"");
    check_cell("'tekst", "'tekst");             /* apostrophe before harmless text: as it is */
    check_cell("Wajong", "Wajong");
    check_cell("<5", "<5");
    check_cell("85312000-9", "85312000-9");
    check_cell("a=b", "a=b");
    check_cell("", "");
    check_cell(" spatie", "\" spatie\"");
    check_cell("Werk, Fit & Co", "\"Werk, Fit & Co\"");
    check_cell("a;b", "a;b");                   /* ';' is no separator in this dialect */
}

static void test_bom_only_for_people(void **state)
{
    (void)state;
    const char *cells[] = {"a", "b;c", "d,e", NULL};
    char *people = write_cells(&csv_for_people, cells);
    assert_string_equal(people, "\xEF\xBB\xBF" "a;\"b;c\";d,e\r\n");
    free(people);
    char *inter = write_cells(&csv_interchange, cells);
    assert_string_equal(inter, "a,b;c,\"d,e\"\n");
    free(inter);
}

/* The mark is undone by the import in free-text columns only, so an export imports back unchanged. */
#define NVAL 10
static const char *const VALUES[NVAL] = {HYPERLINK, "=1", "'=1", "''-1", "-5", "@x", "\t=1", "'tekst", "gewoon",
                                         "+"};
static const char *const COLS[] = {"title", "code", NULL};
static const char *const TEXT[] = {"title", NULL};
static const csv_schema SCHEMA = {.columns = COLS, .text = TEXT};
typedef struct {
    int rows;
    char title[NVAL][64], code[NVAL][64];
} got;

static int collect(void *user, const csv_row *row)
{
    got *g = user;
    if (g->rows >= NVAL) return 1;
    snprintf(g->title[g->rows], 64, "%s", csv_row_get(row, "title"));
    snprintf(g->code[g->rows], 64, "%s", csv_row_at(row, 1));
    g->rows++;
    return 0;
}

static void test_import_drops_the_mark(void **state)
{
    (void)state;
    char *out = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&out, &len);
    csv_writer w;
    csvw_start(&w, mem, &csv_interchange);
    csvw_text(&w, "title");
    csvw_text(&w, "code");
    csvw_end_row(&w);
    for (int i = 0; i < NVAL; i++) {
        csvw_text(&w, VALUES[i]);
        csvw_text(&w, VALUES[i]);
        csvw_end_row(&w);
    }
    assert_true(csvw_ok(&w));
    fclose(mem);
    FILE *in = fmemopen(out, len, "rb");
    got g = {0};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    inc_error e = {0};
    assert_int_equal(csv_read_stream(in, "test", &SCHEMA, collect, &g, &errs, &e), INC_OK);
    fclose(in);
    assert_int_equal(errs.total, 0);
    assert_int_equal(g.rows, NVAL);
    for (int i = 0; i < NVAL; i++) {
        assert_string_equal(g.title[i], VALUES[i]);   /* free text: exactly what was written */
        char marked[64];
        snprintf(marked, sizeof marked, "%s%s", csv_formula_like(VALUES[i]) ? "'" : "", VALUES[i]);
        assert_string_equal(g.code[i], marked);       /* other columns: read as they are */
    }
    csv_errors_free(&errs);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report_table_for_people),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_injection_marked),
        cmocka_unit_test(test_bom_only_for_people),
        cmocka_unit_test(test_import_drops_the_mark),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
