/* UWV's regional banenafspraak figures: reading a published row (quarters, Dutch numbers), the
 * all-or-nothing import of a small hand-made file, and the regional targets measured against UWV's
 * count beside inclusio's own records, with figures worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "testdb.h"
#include "app/banen_records.h"
#include "app/banen_report.h"
#include "app/banen_uwv.h"
#include "core/banen_input.h"
#include "core/banen_uwv.h"

static void assert_quarter(const char *text, int y, int m, int d)
{
    inc_date out;
    inc_error e = {0};
    assert_int_equal(uwv_peildatum_parse(text, &out, "peildatum", &e), INC_OK);
    assert_int_equal(out, date_from_ymd(y, m, d));
}

static void test_peildatum(void **state)
{
    (void)state;
    assert_quarter("2020-12-31", 2020, 12, 31);
    assert_quarter("30-06-2021", 2021, 6, 30);
    assert_quarter("2020-K4", 2020, 12, 31);
    assert_quarter("2020 k1", 2020, 3, 31);
    assert_quarter("2019Q3", 2019, 9, 30);
    assert_quarter(" 2e kwartaal 2022 ", 2022, 6, 30);
    assert_quarter("kwartaal 1 2024", 2024, 3, 31);   /* 31 March, leap year or not */
    inc_date out;
    inc_error e = {0};
    assert_int_equal(uwv_peildatum_parse("2020-11-30", &out, "peildatum", &e), INC_EINVAL);   /* no quarter end */
    assert_non_null(strstr(e.message, "geen kwartaaleinde"));
    assert_int_equal(uwv_peildatum_parse("2020-K5", &out, "peildatum", &e), INC_EINVAL);
    assert_int_equal(uwv_peildatum_parse("2021-02-29", &out, "peildatum", &e), INC_EINVAL);   /* no such day */
    assert_int_equal(uwv_peildatum_parse("", &out, "peildatum", &e), INC_EINVAL);
    assert_int_equal(uwv_peildatum_parse("december 2020", &out, "peildatum", &e), INC_EINVAL);
}

static void assert_banen(const char *text, int64_t centi)
{
    int64_t out;
    inc_error e = {0};
    assert_int_equal(uwv_banen_parse(text, &out, "extra_banen", &e), INC_OK);
    assert_int_equal(out, centi);
}

static void test_numbers(void **state)
{
    (void)state;
    assert_banen("750", 75000);
    assert_banen("-12", -1200);
    assert_banen("812,5", 81250);
    assert_banen("812.50", 81250);
    assert_banen("1.031", 103100);        /* a Dutch thousands point: one thousand and thirty-one */
    assert_banen("1.031,25", 103125);
    assert_banen("12.345.678", 1234567800);
    assert_banen("1.5", 150);             /* not three digits after the point: a decimal point */
    int64_t out;
    inc_error e = {0};
    assert_int_equal(uwv_banen_parse("1,234", &out, "extra_banen", &e), INC_EINVAL);   /* three decimals */
    assert_int_equal(uwv_banen_parse("veel", &out, "extra_banen", &e), INC_EINVAL);
    assert_int_equal(uwv_banen_parse("", &out, "extra_banen", &e), INC_EINVAL);
}

static void test_sector(void **state)
{
    (void)state;
    char s[12];
    inc_error e = {0};
    assert_int_equal(uwv_sector_parse("Marktsector", s, "sector", &e), INC_OK);
    assert_string_equal(s, "markt");
    assert_int_equal(uwv_sector_parse("OVERHEID", s, "sector", &e), INC_OK);
    assert_string_equal(s, "overheid");
    assert_int_equal(uwv_sector_parse("totaal", s, "sector", &e), INC_OK);
    assert_string_equal(s, "totaal");
    assert_int_equal(uwv_sector_parse("zorg", s, "sector", &e), INC_EINVAL);
}

static char path[64];
static inc_db *db;

static int setup(void **s)
{
    (void)s;
    inc_error e = {0};
    if (testdb_open("uwv", path, sizeof path, &db, &e)) {
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

static int64_t count(const char *sql)
{
    inc_stmt *st;
    inc_error e = {0};
    if (db_prepare(db, sql, &st, &e)) return -1;
    int64_t n = db_step(db, st, &e) == DB_ROW ? db_col_int64(st, 0) : -1;
    db_finalize(st);
    return n;
}

static inc_status import_text(const char *csv, uwv_import_result *res, csv_errors *errs)
{
    FILE *f = fmemopen((void *)csv, strlen(csv), "r");
    inc_error e = {0};
    csv_errors_init(errs, 0);
    inc_status st = app_banen_uwv_import(db, f, "uwv.csv", res, errs, &e);
    fclose(f);
    return st;
}

/* The row of the targets report for region ZHC, a sector and a year. */
static const banen_target_result *row_of(const banen_target_result *rows, size_t n, const char *sector, int year)
{
    for (size_t i = 0; i < n; i++)
        if (rows[i].regional && strcmp(rows[i].target.scope_code, "ZHC") == 0 &&
            strcmp(rows[i].target.sector, sector) == 0 && rows[i].target.year == year)
            return &rows[i];
    fail_msg("no ZHC %s %d target", sector, year);
    return NULL;
}

static void add_record(const char *kvk, const char *bsn, const char *hours)
{
    const char *f[BF__COUNT] = {"zoetermeer", kvk, "Werkgever BV", "", "markt", bsn, "participatiewet",
                                "2020-01-01", "", hours, "vast", "", "wsp"};
    banen_input in;
    inc_error e = {0};
    int64_t id;
    assert_int_equal(banen_input_parse(f, &in, &e), INC_OK);
    assert_int_equal(app_banen_record_add(db, &in, &id, &e), INC_OK);
}

static void test_regional_comparison(void **state)
{
    (void)state;
    /* inclusio's own records in ZHC, market sector, on 31-12-2020: 25.5 + 12.75 h = 38.25 h =
     * 1.50 banen (38.25 / 25.5); none on the baseline of 1-1-2013: the region's own contribution
     * is 1.50 extra banen. */
    add_record("12345670", "111222333", "25,5");
    add_record("12345671", "123456782", "12,75");

    /* A semicolon file as Dutch Excel saves it: ZHC market 2020 Q4 812 (target 750: met), government
     * 231,5 (target 240: not met), market 2021 1.031 (target 884: met); a region inclusio does not
     * hold is left out and listed. */
    uwv_import_result res;
    csv_errors errs;
    const char *file = "arbeidsmarktregio;sector;peildatum;extra_banen\n"
                       "Zuid-Holland Centraal;Marktsector;4e kwartaal 2020;812\n"
                       "Zuid-Holland Centraal;Overheid;31-12-2020;231,5\n"
                       "ZHC;markt;2021-K4;1.031\n"
                       "Groot Amsterdam;Marktsector;2020-K4;12.345\n"
                       "Groot Amsterdam;Overheid;2020-K4;2.001\n";
    assert_int_equal(import_text(file, &res, &errs), INC_OK);
    assert_int_equal(errs.total, 0);
    csv_errors_free(&errs);
    assert_int_equal(res.stored, 3);
    assert_int_equal(res.replaced, 0);
    assert_int_equal(res.skipped_rows, 2);
    assert_int_equal(res.n_skipped, 1);
    assert_string_equal(res.skipped[0].region, "Groot Amsterdam");
    assert_int_equal(count("SELECT count(*) FROM uwv_banen_figures"), 3);

    banen_target_result *rows;
    size_t n;
    inc_error e = {0};
    assert_int_equal(app_banen_targets_report(db, "zoetermeer", false, &rows, &n, &e), INC_OK);
    const banen_target_result *m20 = row_of(rows, n, "markt", 2020);
    assert_true(m20->r.has_uwv);
    assert_int_equal(m20->r.uwv_centi, 81200);
    assert_int_equal(m20->r.now_centi - m20->r.base_centi, 150);   /* own contribution 1.50 */
    assert_false(m20->r.own_goal_met);                              /* 1.50 < 750 */
    assert_true(m20->goal_met);                                     /* UWV: 812 >= 750 */
    const banen_target_result *o20 = row_of(rows, n, "overheid", 2020);
    assert_int_equal(o20->r.uwv_centi, 23150);
    assert_false(o20->goal_met);                                    /* 231.50 < 240 */
    assert_true(row_of(rows, n, "markt", 2021)->goal_met);          /* 1,031 >= 884 */
    const banen_target_result *m19 = row_of(rows, n, "markt", 2019);
    assert_false(m19->r.has_uwv);                                   /* no UWV figure for 2019: own records decide */
    assert_false(m19->goal_met);
    free(rows);

    /* The same file again: every figure replaced by itself, nothing new. */
    assert_int_equal(import_text(file, &res, &errs), INC_OK);
    csv_errors_free(&errs);
    assert_int_equal(res.stored, 0);
    assert_int_equal(res.replaced, 3);
    assert_int_equal(count("SELECT count(*) FROM uwv_banen_figures"), 3);

    /* A bad file is refused whole: the good first row (a revision of 2020 to 760) is not stored. */
    const char *bad = "arbeidsmarktregio,sector,peildatum,extra_banen\n"
                      "ZHC,markt,2020-K4,760\n"
                      "ZHC,markt,2020-11-30,5\n"
                      "ZHC,bouw,2020-K4,5\n"
                      "ZHC,overheid,2019-K4,veel\n"
                      "ZHC,markt,2020 Q4,761\n"
                      "Atlantis,zorg,2020-K4,5\n";
    int64_t audit = count("SELECT count(*) FROM audit_log");
    assert_int_equal(import_text(bad, &res, &errs), INC_OK);
    assert_int_equal(errs.total, 5);   /* lines 3, 4, 5, 6 (given twice) and 7 (bad sector, even for an unknown region) */
    assert_int_equal(errs.items[0].line, 3);
    assert_int_equal(errs.items[3].line, 6);
    assert_int_equal(errs.items[4].line, 7);
    csv_errors_free(&errs);
    assert_int_equal(count("SELECT extra_banen_centi FROM uwv_banen_figures WHERE sector = 'markt' AND peildatum = '2020-12-31'"),
                     81200);
    assert_int_equal(count("SELECT count(*) FROM audit_log"), audit);

    /* A missing column: refused on the header line. */
    assert_int_equal(import_text("arbeidsmarktregio,sector,peildatum\nZHC,markt,2020-K4\n", &res, &errs), INC_OK);
    assert_true(errs.total > 0);
    assert_int_equal(errs.items[0].line, 1);
    csv_errors_free(&errs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_peildatum),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_sector),
        cmocka_unit_test_setup_teardown(test_regional_comparison, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
