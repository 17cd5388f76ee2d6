/* The contract view written as text (the web list and detail) against the same view built as a
 * Jansson tree and dumped the way web_json does: byte for byte the same for every contract of the
 * demo data, with titles that need escaping, for many shapes of filter (more than the statement
 * cache of db_stmt_built holds, so statements are evicted and prepared again), and for lists larger
 * than the text buffer's first allocation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "testdb.h"
#include "core/json_fixed.h"
#include "app/register_contract.h"
#include "io/view_out.h"
#include "store/demo.h"
#include "store/seed.h"

static inc_db *db;
static char path[80];
static inc_date today;   /* 2026-06-01 */

static void exec(const char *sql)
{
    inc_error e = {0};
    if (db_exec(db, sql, &e)) fail_msg("%s: %s", sql, e.message);
}

static int setup(void **state)
{
    (void)state;
    inc_error e = {0};
    if (testdb_open("contract-view", path, sizeof path, &db, &e) || demo_register_load(db, &e))
        fail_msg("%s", e.message);
    if (date_parse("2026-06-01", &today, "", &e) != INC_OK) fail_msg("%s", e.message);
    /* Text that the writer must hand to Jansson: quotes, backslashes, control characters, non-ASCII. */
    exec("UPDATE contracts SET title = 'Zo\"n \\\\ opdracht' || char(10) || char(9) || char(1) || char(127)"
         " WHERE id = (SELECT min(id) FROM contracts)");
    exec("UPDATE contracts SET title = 'Café – Zoë ✓', cpv = NULL WHERE id = (SELECT max(id) FROM contracts)");
    exec("UPDATE organisations SET name = 'Bouw & \"Co\" </script>' WHERE id = (SELECT min(id) FROM organisations)");
    /* Yearly reports submitted (the demo has some), so the list of submitted years is read too. */
    exec("INSERT OR IGNORE INTO yearly_reports(contract_id, year_no, submitted_at) SELECT id, 1, '2026-01-01' FROM contracts"
         " WHERE julianday(end_date) - julianday(start_date) > 400 LIMIT 2");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    testdb_close(db, path);
    return 0;
}

static char *dump(json_t *j)
{
    char *s = json_dump_fixed(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
    json_decref(j);
    assert_non_null(s);
    return s;
}

static void same_list(const inc_contract_filter *f)
{
    inc_error e = {0};
    json_t *tree;
    view_out t;
    view_out_tree(&t);
    tree = view_out_tree_done(&t, app_contract_list(db, f, today, &t, &e));
    assert_non_null(tree);
    char *want = dump(tree);
    view_out o;
    view_out_text(&o);
    assert_int_equal(app_contract_list(db, f, today, &o, &e), INC_OK);
    size_t len;
    char *got = view_out_take_text(&o, &len);
    view_out_free(&o);
    assert_non_null(got);
    assert_int_equal(len, strlen(got));
    assert_string_equal(got, want);
    free(got);
    free(want);
}

static void test_every_contract_detail(void **state)
{
    (void)state;
    inc_stmt *st;
    assert_int_equal(db_prepare(db, "SELECT id FROM contracts ORDER BY id", &st, NULL), INC_OK);
    int n = 0;
    while (db_step_rc(st) == DB_ROW) {
        int64_t id = db_col_int64(st, 0);
        inc_error e = {0};
        json_t *tree;
        view_out t;
        view_out_tree(&t);
        tree = view_out_tree_done(&t, app_contract_show(db, id, today, &t, &e));
        assert_non_null(tree);
        char *want = dump(tree);
        view_out o;
        view_out_text(&o);
        assert_int_equal(app_contract_show(db, id, today, &o, &e), INC_OK);
        size_t len;
        char *got = view_out_take_text(&o, &len);
        view_out_free(&o);
        assert_non_null(got);
        assert_string_equal(got, want);
        free(got);
        free(want);
        n++;
    }
    db_finalize(st);
    assert_true(n >= 10);
    /* Escaping was exercised: the fallback to Jansson wrote these. */
    view_out o;
    view_out_text(&o);
    inc_error e = {0};
    inc_contract_filter all = {.per_page = 0};
    assert_int_equal(app_contract_list(db, &all, today, &o, &e), INC_OK);
    assert_non_null(strstr(o.buf, "Zo\\\"n \\\\\\\\ opdracht\\n\\t\\u0001"));
    assert_non_null(strstr(o.buf, "Café – Zoë ✓"));
    view_out_free(&o);
    /* Unknown contract: not found, nothing written. */
    view_out_text(&o);
    assert_int_equal(app_contract_show(db, 999999, today, &o, &e), INC_ENOTFOUND);
    view_out_free(&o);
}

static void test_lists_of_every_shape(void **state)
{
    (void)state;
    static const char *const scopes[][4] = {{"zoetermeer", NULL}, {"lansingerland", "pijnacker-nootdorp", NULL},
                                            {"zoetermeer", "lansingerland", "pijnacker-nootdorp", NULL},
                                            {"onbekend", NULL}, {NULL}};
    static const char *const queries[] = {NULL, "a", "Zo\"n", "Café", "%", "_"};
    static const char *const overdue[] = {NULL, "contact", "yearly-report", "behind"};
    int shapes = 0;
    for (int round = 0; round < 2; round++)   /* twice: the second round reuses or re-prepares */
        for (int s = -1; s < 5; s++)
            for (int q = 0; q < 6; q++)
                for (int y = 0; y < 3; y++)
                    for (int d = 0; d < 5; d++) {
                        inc_contract_filter f = {.municipalities = s < 0 ? NULL : scopes[s],
                                                 .query = queries[q], .year = y ? 2023 + y : 0,
                                                 .page = (d + q) % 3 + 1, .per_page = (s + 1 + d) % 3 * 2};
                        if (d < 4) f.overdue = overdue[d];
                        else {
                            f.status_set = true;
                            f.status = (inc_progress_status)((s + q + y) % PS__COUNT);
                        }
                        same_list(&f);
                        shapes++;
                    }
    assert_true(shapes > 2 * DB_BUILT_STMTS);
    /* One contractor's contracts, and a list longer than the first text buffer. */
    inc_contract_filter c = {.contractor_id = 1, .per_page = 0};
    same_list(&c);
    inc_contract_filter all = {.per_page = 0};
#define COLS                                                                                                    \
    "municipality_id, department, title, category, procedure, value_cents, labour_share_bp, award_date, start_date," \
    " end_date, contractor_id, cpv, sebo_holder, extra_bp, exempted, exemption_pct_bp, exemption_by,"               \
    " exemption_date, exemption_reason, applies, base_pct_bp, percentage_bp, obligation_cents, met_by_sebo,"       \
    " sebo_covered_cents, obligation_reason, verified_cents, reported_cents, contact_date"
    for (int i = 0; i < 3; i++) {
        char sql[1024];
        snprintf(sql, sizeof sql, "INSERT INTO contracts(reference, " COLS ") SELECT reference || '-%d', " COLS
                 " FROM contracts", i);
        exec(sql);
    }
    view_out o;
    view_out_text(&o);
    inc_error e = {0};
    assert_int_equal(app_contract_list(db, &all, today, &o, &e), INC_OK);
    assert_true(o.len > 8192);
    view_out_free(&o);
    same_list(&all);
}

/* A caller may hold the statement db_stmt_built returned last while it takes a new one: with every
 * slot full, that one must not be the statement evicted. */
static void test_built_statement_in_use_survives(void **state)
{
    (void)state;
    inc_error e = {0};
    char sql[64];
    for (int i = 0; i < 2 * DB_BUILT_STMTS; i++) {
        snprintf(sql, sizeof sql, "SELECT %d + 0", i);
        assert_non_null(db_stmt_built(db, sql, &e));
    }
    /* Every slot is in use; take each cached one again beside a new one. */
    for (int i = DB_BUILT_STMTS; i < 2 * DB_BUILT_STMTS; i++) {
        snprintf(sql, sizeof sql, "SELECT %d + 0", i);
        inc_stmt *held = db_stmt_built(db, sql, &e);
        assert_non_null(held);
        snprintf(sql, sizeof sql, "SELECT %d + 1000", i);
        inc_stmt *other = db_stmt_built(db, sql, &e);
        assert_non_null(other);
        assert_int_equal(db_step_rc(held), DB_ROW);
        assert_int_equal(db_col_int(held, 0), i);
        assert_int_equal(db_step_rc(other), DB_ROW);
        assert_int_equal(db_col_int(other, 0), i + 1000);
        db_reset(held);
        db_reset(other);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_built_statement_in_use_survives),
        cmocka_unit_test(test_every_contract_detail),
        cmocka_unit_test(test_lists_of_every_shape),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
