/* A contract's running totals (reported_cents, verified_cents) after each of the four paths that
 * change them: a single report, verify and reject, the bulk import, and the recomputation. After
 * each, the stored totals of every contract equal the sums worked out here from the realisations. */
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
#include "core/json_fields.h"
#include "store/demo.h"
#include "app/register_contract.h"
#include "app/register_realisation.h"
#include "store/register.h"
#include "store/register_bulk.h"

static char path[64];
static inc_db *db;

static int64_t scalar(const char *sql)
{
    inc_stmt *st;
    int64_t n = -1;
    if (db_prepare(db, sql, &st, NULL) != INC_OK) fail_msg("%s", sql);
    if (db_step_rc(st) == DB_ROW) n = db_col_int64(st, 0);
    db_finalize(st);
    return n;
}

/* Contracts whose stored totals differ from the sums of their realisations (reported: all but the
 * rejected ones; verified: the verified ones). */
static int64_t contracts_off(void)
{
    return scalar("SELECT count(*) FROM contracts c WHERE"
                  " reported_cents <> coalesce((SELECT sum(value_cents) FROM realisations r"
                  "   WHERE r.contract_id = c.id AND r.status <> 'afgewezen'), 0)"
                  " OR verified_cents <> coalesce((SELECT sum(value_cents) FROM realisations r"
                  "   WHERE r.contract_id = c.id AND r.status = 'geverifieerd'), 0)");
}

static int64_t t1;  /* contract T-1 of Zoetermeer */

static int64_t t1_total(const char *column)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT %s FROM contracts WHERE id = %lld", column, (long long)t1);
    return scalar(sql);
}

static int setup(void **s)
{
    (void)s;
    inc_error e = {0};
    if (testdb_open("totals", path, sizeof path, &db, &e) || demo_register_load(db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "municipality", "zoetermeer",
                          "reference", "T-1", "title", "Testopdracht", "category", "werken", "procedure", "europees",
                          "value", "1000000", "labour_share_pct", "40", "award_date", "2023-01-02", "start_date",
                          "2023-02-01", "end_date", "2025-01-31", "contractor_kvk", "12345678", "contractor_name",
                          "Test BV");
    json_fields jf;
    field_source fs = json_fields_source(&jf, j);
    inc_contract_input in;
    inc_status st = contract_input_parse(&fs, &in, &e);
    if (!st) st = app_contract_register(db, &in, &t1, &e);
    json_decref(j);
    if (st) fprintf(stderr, "%s\n", e.message);
    return st ? -1 : 0;
}

static int teardown(void **s)
{
    (void)s;
    testdb_close(db, path);
    return 0;
}

/* One realisation of BSN 111222333 (36 hours a week) on T-1, by id or (by_reference) by reference. */
static void realisation_input(const char *start, const char *end, bool by_reference, json_t **j,
                              inc_realisation_input *in)
{
    char cid[24];
    snprintf(cid, sizeof cid, "%lld", (long long)t1);
    *j = by_reference ? json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "municipality", "zoetermeer",
                                  "contract_reference", "T-1", "block", "mu-ww", "bsn", "111222333", "hours_per_week",
                                  "36", "start", start, "end", end)
                      : json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "contract_id", cid, "block", "mu-ww", "bsn",
                                  "111222333", "hours_per_week", "36", "start", start, "end", end);
    json_fields jf;
    field_source fs = json_fields_source(&jf, *j);
    inc_error e = {0};
    if (realisation_input_parse(&fs, in, &e) != INC_OK) fail_msg("%s", e.message);
}

static int64_t report(const char *start, const char *end)
{
    json_t *j;
    inc_realisation_input in;
    realisation_input(start, end, false, &j, &in);
    inc_error e = {0};
    int64_t id = 0;
    if (app_realisation_report(db, &in, &id, &e) != INC_OK) fail_msg("%s", e.message);
    json_decref(j);
    return id;
}

static void totals_follow_every_path(void **s)
{
    (void)s;
    inc_error e = {0};
    assert_int_equal(contracts_off(), 0);

    /* 1. single reports */
    int64_t r1 = report("2023-03-01", "2023-03-31"), r2 = report("2023-05-01", "2023-05-31");
    report("2023-07-01", "2023-07-31");
    assert_true(t1_total("reported_cents") > 0);
    assert_int_equal(contracts_off(), 0);

    /* 2. verify one, reject another */
    assert_int_equal(app_realisation_verify(db, r1, &e), INC_OK);
    assert_int_equal(app_realisation_reject(db, r2, "niet in dienst", &e), INC_OK);
    assert_true(t1_total("verified_cents") > 0);
    assert_int_equal(contracts_off(), 0);

    /* 3. the bulk import: rows by reference (held back, multi-row insert) and one by contract id */
    int64_t before = t1_total("reported_cents");
    assert_int_equal(db_begin(db, &e), INC_OK);
    register_bulk *b = register_bulk_new(db);
    const char *months[][2] = {{"2023-09-01", "2023-09-30"}, {"2023-11-01", "2023-11-30"}, {"2024-01-01", "2024-01-31"},
                               {"2024-03-01", "2024-03-31"}};
    for (int i = 0; i < 4; i++) {
        json_t *j;
        inc_realisation_input in;
        realisation_input(months[i][0], months[i][1], i < 3, &j, &in);
        if (register_bulk_realisation(b, &in, &e) != INC_OK) fail_msg("%s", e.message);
        json_decref(j);
    }
    assert_int_equal(register_bulk_finish(b, &e), INC_OK);
    register_bulk_free(b);
    assert_int_equal(db_commit(db, &e), INC_OK);
    assert_true(t1_total("reported_cents") > before);
    assert_int_equal(contracts_off(), 0);

    /* 4. the recomputation puts wrong totals right */
    assert_int_equal(db_exec(db, "UPDATE contracts SET reported_cents = reported_cents + 7, verified_cents = 0", &e),
                     INC_OK);
    assert_true(contracts_off() > 0);
    assert_int_equal(contract_totals_recompute(db, &e), INC_OK);
    assert_int_equal(contracts_off(), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(totals_follow_every_path)};
    return cmocka_run_group_tests(tests, setup, teardown);
}
