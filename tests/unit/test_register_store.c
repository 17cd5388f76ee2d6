/* The register on a real SQLite file: registration, duplicates, double counting across contracts,
 * verification totals, the cumulative cap, and that no BSN ever reaches the database file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "testdb.h"
#include "core/json_fields.h"
#include "core/json_fixed.h"
#include "app/register_contract.h"
#include "app/register_realisation.h"
#include "store/register.h"
#include "store/seed.h"

static char path[64];
static inc_db *db;

static int setup(void **s)
{
    (void)s;
    inc_error e = {0};
    if (testdb_open("test", path, sizeof path, &db, &e)) {
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

/* The contract's detail as the JSON tree the CLI prints. */
static inc_status contract_show_json(int64_t id, inc_date today, json_t **out, inc_error *e)
{
    view_out o;
    view_out_tree(&o);
    inc_status st = app_contract_show(db, id, today, &o, e);
    *out = view_out_tree_done(&o, st);
    return st;
}

static int64_t add_contract(const char *ref, const char *start, const char *end, inc_status expect, inc_error *e)
{
    json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "municipality", "zoetermeer",
                          "reference", ref, "title", "Testopdracht", "category", "werken", "procedure", "europees",
                          "value", "1000000", "labour_share_pct", "40", "award_date", "2023-01-02", "start_date", start,
                          "end_date", end, "contractor_kvk", "12345678", "contractor_name", "Test BV");
    json_fields jf;
    field_source fs = json_fields_source(&jf, j);
    inc_contract_input in;
    int64_t id = 0;
    assert_int_equal(contract_input_parse(&fs, &in, e), INC_OK);
    assert_int_equal(app_contract_register(db, &in, &id, e), expect);
    json_decref(j);
    return id;
}

static inc_status add_real(int64_t contract, const char *block, const char *bsn, const char *start, const char *end,
                           int64_t *id, inc_error *e)
{
    char cid[24];
    snprintf(cid, sizeof cid, "%lld", (long long)contract);
    json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "contract_id", cid, "block", block, "bsn", bsn,
                          "hours_per_week", "36", "start", start, "end", end);
    json_fields jf;
    field_source fs = json_fields_source(&jf, j);
    inc_realisation_input in;
    inc_status s = realisation_input_parse(&fs, &in, e);
    if (s == INC_OK) s = app_realisation_report(db, &in, id, e);
    json_decref(j);
    return s;
}

static int64_t money_of(json_t *o, const char *k)
{
    int64_t v = -1;
    json_fixed_get(json_object_get(o, k), 2, &v);
    return v;
}

static void registers_with_obligation_and_refuses_duplicates(void **s)
{
    (void)s;
    inc_error e = {0};
    int64_t id = add_contract("T-1", "2023-01-01", "2024-12-31", INC_OK, &e);
    json_t *c;
    assert_int_equal(contract_show_json(id, date_from_ymd(2023, 6, 1), &c, &e), INC_OK);
    /* 5 % of 1,000,000 = 50,000.00 */
    assert_int_equal(money_of(json_object_get(c, "obligation"), "amount"), 5000000);
    json_decref(c);
    add_contract("T-1", "2023-01-01", "2024-12-31", INC_ECONFLICT, &e);
    assert_string_equal(e.field, "reference");
}

static void refuses_double_counting_across_contracts(void **s)
{
    (void)s;
    inc_error e = {0};
    int64_t a, b, r1, r2, r3;
    assert_int_equal(app_contract_find(db, "zoetermeer", "T-1", &a, &e), INC_OK);
    b = add_contract("T-2", "2023-01-01", "2024-12-31", INC_OK, &e);
    assert_int_equal(add_real(a, "mu-participatiewet", "111222333", "2023-03-01", "2023-06-30", &r1, &e), INC_OK);
    /* the same person on T-2 from 2023-06-01: 30 overlapping days (1-30 June) */
    assert_int_equal(add_real(b, "mu-wia", "111222333", "2023-06-01", "2023-12-31", &r2, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "T-1"));
    assert_non_null(strstr(e.message, "30 overlappende"));
    assert_non_null(strstr(e.message, "01-06-2023 tot en met 30-06-2023"));
    /* from 1 July there is no overlap */
    assert_int_equal(add_real(b, "mu-wia", "111222333", "2023-07-01", "2023-12-31", &r2, &e), INC_OK);
    /* a rejected realisation no longer blocks the days */
    assert_int_equal(app_realisation_reject(db, r1, "niet in dienst", &e), INC_OK);
    assert_int_equal(add_real(b, "mu-wia", "111222333", "2023-03-01", "2023-06-30", &r3, &e), INC_OK);
    /* an invalid BSN is refused before anything is written */
    assert_int_equal(add_real(b, "mu-wia", "123456789", "2024-01-01", "2024-01-31", &r3, &e), INC_EINVAL);
    assert_string_equal(e.field, "bsn");
    assert_int_equal(add_real(b, "onbekend-blok", "123456782", "2024-01-01", "2024-01-31", &r3, &e), INC_EINVAL);
    assert_string_equal(e.field, "block");
}

/* A viewer that sees only contracts of the municipality in ctx (NULL: none). */
static bool sees_municipality(void *ctx, inc_db *d, db_see_kind kind, const char *municipality, int64_t org)
{
    (void)d;
    (void)org;
    return ctx && kind == DB_SEE_CONTRACT && municipality && strcmp(municipality, ctx) == 0;
}

static void double_counting_names_the_contract_only_to_whom_sees_it(void **s)
{
    (void)s;
    inc_error e = {0};
    int64_t a = add_contract("T-8", "2023-01-01", "2024-12-31", INC_OK, &e), r;
    int64_t b = add_contract("T-9", "2023-01-01", "2024-12-31", INC_OK, &e);
    assert_int_equal(add_real(a, "mu-participatiewet", "271828183", "2023-03-01", "2023-06-30", &r, &e), INC_OK);
    db_set_viewer(db, sees_municipality, NULL);
    assert_int_equal(add_real(b, "mu-wia", "271828183", "2023-06-01", "2023-12-31", &r, &e), INC_ECONFLICT);
    assert_string_equal(e.field, "bsn");
    assert_null(strstr(e.message, "T-8"));
    assert_null(strstr(e.message, "Zoetermeer"));
    assert_non_null(strstr(e.message, "telt al mee op een andere opdracht voor 30 overlappende dag(en)"));
    db_set_viewer(db, sees_municipality, (void *)"zoetermeer");
    assert_int_equal(add_real(b, "mu-wia", "271828183", "2023-06-01", "2023-12-31", &r, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "op opdracht T-8 (Zoetermeer)"));
    db_set_viewer(db, NULL, NULL);   /* the command line: every record may be named */
    assert_int_equal(add_real(b, "mu-wia", "271828183", "2023-06-01", "2023-12-31", &r, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "T-8"));
}

static void verification_moves_the_totals(void **s)
{
    (void)s;
    inc_error e = {0};
    int64_t c = add_contract("T-3", "2023-01-01", "2023-12-31", INC_OK, &e), r;
    /* WW 36 h for 2023-01-01..2023-03-31 = 90 days: 20,000 x 90/365 = 4,931.51 */
    assert_int_equal(add_real(c, "mu-ww", "123456782", "2023-01-01", "2023-03-31", &r, &e), INC_OK);
    json_t *j;
    assert_int_equal(contract_show_json(c, date_from_ymd(2023, 6, 1), &j, &e), INC_OK);
    json_t *p = json_object_get(j, "progress");
    assert_int_equal(money_of(p, "reported"), 493151);
    assert_int_equal(money_of(p, "verified"), 0);
    json_decref(j);
    assert_int_equal(app_realisation_verify(db, r, &e), INC_OK);
    assert_int_equal(app_realisation_verify(db, r, &e), INC_ECONFLICT);
    assert_int_equal(contract_show_json(c, date_from_ymd(2023, 6, 1), &j, &e), INC_OK);
    p = json_object_get(j, "progress");
    assert_int_equal(money_of(p, "verified"), 493151);
    assert_string_equal(json_string_value(json_object_get(p, "status")), "achter");
    json_decref(j);
    /* the cap is per person per contract: a second WW period for the same person counts the
       remaining 365 - 90 = 275 days of 2023-04-01..2023-12-31 (275 days): 20,000 x 275/365 = 15,068.49 */
    assert_int_equal(add_real(c, "mu-ww", "123456782", "2023-04-01", "2023-12-31", &r, &e), INC_OK);
    json_t *list;
    view_out o;
    view_out_tree(&o);
    assert_int_equal(app_realisation_list(db, c, "gemeld", &o, NULL, &e), INC_OK);
    list = view_out_tree_done(&o, INC_OK);
    assert_int_equal(json_array_size(list), 1);
    assert_int_equal(money_of(json_array_get(list, 0), "value"), 1506849);
    json_decref(list);
    assert_int_equal(app_realisation_reject(db, r, "", &e), INC_EINVAL);
}

static void no_bsn_in_the_database_file(void **s)
{
    (void)s;
    inc_error e = {0};
    assert_int_equal(db_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", &e), INC_OK);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char buf[8 << 20];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    assert_true(n > 0);
    const char *bsns[] = {"111222333", "123456782"};
    for (int i = 0; i < 2; i++)
        for (size_t k = 0; k + 9 <= n; k++) assert_false(memcmp(buf + k, bsns[i], 9) == 0);
    /* and the key is not in the database either: it is a separate file */
    char key[96];
    snprintf(key, sizeof key, "%s.key", path);
    assert_int_equal(access(key, R_OK), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(registers_with_obligation_and_refuses_duplicates),
        cmocka_unit_test(refuses_double_counting_across_contracts),
        cmocka_unit_test(double_counting_names_the_contract_only_to_whom_sees_it),
        cmocka_unit_test(verification_moves_the_totals),
        cmocka_unit_test(no_bsn_in_the_database_file),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
