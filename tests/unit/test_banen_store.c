/* The banenafspraak store on a real SQLite file: the audit office's table reproduced from the demo
 * records, refusals that write nothing, targets as editable data, and the link from SROI
 * realisations (same person, created once, idempotent). */
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
#include "store/banen_link.h"
#include "app/banen_report.h"
#include "app/banen_records.h"
#include "app/banen_targets.h"
#include "store/banen_store.h"
#include "store/banen_targets.h"
#include "store/demo.h"
#include "store/seed.h"

static char path[64];
static inc_db *db;

static int setup(void **s)
{
    (void)s;
    inc_error e = {0};
    if (testdb_open("banen", path, sizeof path, &db, &e) || demo_register_load(db, &e) || demo_banen_load(db, &e)) {
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

/* A fixed JSON number as text ("13.60"). */
static char *fixed_text(json_t *v)
{
    static char buf[64];
    char *s = json_dump_fixed(v, JSON_ENCODE_ANY);
    snprintf(buf, sizeof buf, "%s", s ? s : "?");
    free(s);
    return buf;
}

static int64_t count(const char *sql)
{
    inc_stmt *st;
    int64_t n = -1;
    if (db_prepare(db, sql, &st, NULL) == INC_OK) {
        if (db_step_rc(st) == DB_ROW) n = db_col_int64(st, 0);
        db_finalize(st);
    }
    return n;
}

/* Audit office, table 3: target 27.4 / 31.1 / 34.6 fte, realised 13.6 / 30.7 / 33.7, not met. The demo
 * records of Zoetermeer as employer sum to 489.60 h, 1105.20 h and 1213.20 h on 31 December. */
static void test_audit_office_table(void **state)
{
    (void)state;
    inc_error e = {0};
    json_t *r = app_banen_targets_report_json(db, "zoetermeer", false, &e);
    assert_non_null(r);
    static const struct { int year; const char *target, *realised; } want[] = {
        {2018, "27.40", "13.60"}, {2019, "31.10", "30.70"}, {2020, "34.60", "33.70"}};
    int seen = 0;
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(r, "targets"), i, o)
    {
        if (strcmp(json_string_value(json_object_get(o, "kind")), "banenafspraak") ||
            strcmp(json_string_value(json_object_get(o, "scope")), "gemeente"))
            continue;
        int y = (int)json_integer_value(json_object_get(o, "year"));
        for (int k = 0; k < 3; k++) {
            if (want[k].year != y) continue;
            assert_string_equal(fixed_text(json_object_get(o, "value")), want[k].target);
            assert_string_equal(fixed_text(json_object_get(o, "realised")), want[k].realised);
            assert_false(json_is_true(json_object_get(o, "goal_met")));
            assert_string_equal(json_string_value(json_object_get(o, "doel_gehaald")), "Nee");
            seen++;
        }
    }
    assert_int_equal(seen, 3);
    json_decref(r);
}

/* The 2018 figure includes two secondments from DSW and trial placements (own organisation only). */
static void test_report_2018_own_employer(void **state)
{
    (void)state;
    inc_error e = {0};
    banen_report_req req = {.date = date_from_ymd(2018, 12, 31), .trend_from = INC_DATE_NONE};
    req.filter.employer_kvk = "99000001";
    json_t *r = app_banen_report_json(db, &req, &e);
    assert_non_null(r);
    assert_string_equal(fixed_text(json_object_get(r, "hours")), "489.60");
    assert_string_equal(fixed_text(json_object_get(r, "fte")), "13.60");
    /* 489.60 / 25.5 = 19.2 banen */
    assert_string_equal(fixed_text(json_object_get(r, "banen")), "19.20");
    assert_false(json_is_true(json_object_get(r, "goal_met")));
    assert_string_equal(fixed_text(json_object_get(json_object_get(r, "target"), "value")), "27.40");
    int secondments = -1, trials = -1;
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(r, "by_contract_type"), i, o)
    {
        const char *c = json_string_value(json_object_get(o, "contract_type"));
        if (strcmp(c, "detachering") == 0) secondments = (int)json_integer_value(json_object_get(o, "people"));
        if (strcmp(c, "proefplaatsing") == 0) trials = (int)json_integer_value(json_object_get(o, "people"));
    }
    assert_int_equal(secondments, 2);
    assert_int_equal(trials, 1);
    /* Quarterly trend 2016-2018: 12 quarter ends, the last equal to the date's figure. */
    json_t *trend = json_object_get(r, "trend");
    assert_int_equal(json_array_size(trend), 12);
    assert_string_equal(fixed_text(json_object_get(json_array_get(trend, 11), "own_fte")), "13.60");
    assert_string_equal(fixed_text(json_object_get(json_array_get(trend, 11), "target_fte")), "27.40");
    json_decref(r);
}

static const char *fields_ok[BF__COUNT] = {"zoetermeer", "12345670", "Testbedrijf BV", "", "markt", "111222333",
                                           "wajong", "2024-01-01", "", "20", "vast", "jobcoach", "wsp"};

static void test_overlap_refused_nothing_written(void **state)
{
    (void)state;
    inc_error e = {0};
    banen_input in;
    int64_t id, before = count("SELECT count(*) FROM employment_records");
    assert_int_equal(banen_input_parse(fields_ok, &in, &e), INC_OK);
    assert_int_equal(app_banen_record_add(db, &in, &id, &e), INC_OK);
    /* Same person, same employer, from 2024-06-01: overlaps the open record. */
    const char *f2[BF__COUNT];
    memcpy(f2, fields_ok, sizeof f2);
    f2[BF_START] = "2024-06-01";
    assert_int_equal(banen_input_parse(f2, &in, &e), INC_OK);
    assert_int_equal(app_banen_record_add(db, &in, &id, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "overlapt"));
    assert_int_equal(count("SELECT count(*) FROM employment_records"), before + 1);
    /* At another employer the same person may work at the same time. */
    f2[BF_EMPLOYER_KVK] = "12345671";
    f2[BF_EMPLOYER_NAME] = "Ander Bedrijf BV";
    assert_int_equal(banen_input_parse(f2, &in, &e), INC_OK);
    assert_int_equal(app_banen_record_add(db, &in, &id, &e), INC_OK);
    /* Unknown municipality: refused, nothing written (not even the new organisation). */
    int64_t orgs = count("SELECT count(*) FROM organisations");
    f2[BF_MUNICIPALITY] = "atlantis";
    f2[BF_EMPLOYER_KVK] = "12345672";
    assert_int_equal(banen_input_parse(f2, &in, &e), INC_OK);
    assert_int_equal(app_banen_record_add(db, &in, &id, &e), INC_ENOTFOUND);
    assert_int_equal(count("SELECT count(*) FROM organisations"), orgs);
    /* No BSN in the database. */
    assert_int_equal(count("SELECT count(*) FROM persons WHERE pseudonym LIKE '%111222333%'"), 0);
    assert_int_equal(count("SELECT count(*) FROM audit_log WHERE detail LIKE '%111222333%'"), 0);
}

static void test_input_refusals(void **state)
{
    (void)state;
    static const struct { banen_field f; const char *value; } bad[] = {
        {BF_HOURS, "0"},          {BF_HOURS, "-4"},         {BF_HOURS, "60.5"},      {BF_END, "2023-12-31"},
        {BF_BSN, "111222334"},    {BF_SECTOR, "zorg"},      {BF_CONTRACT_TYPE, "flex"}, {BF_INSTRUMENT, "stage"},
        {BF_SOURCE, "uitzendbureau"}, {BF_TARGET_GROUP, "ww"}, {BF_START, "2024-02-30"}, {BF_EMPLOYER_KVK, "1234"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *f[BF__COUNT];
        memcpy(f, fields_ok, sizeof f);
        f[bad[i].f] = bad[i].value;
        banen_input in;
        inc_error e = {0};
        assert_int_equal(banen_input_parse(f, &in, &e), INC_EINVAL);
        assert_string_equal(e.field, banen_field_name(bad[i].f));
    }
}

static void test_targets_editable(void **state)
{
    (void)state;
    inc_error e = {0};
    banen_target t = {.scope = "gemeente", .scope_code = "zoetermeer", .year = 2021, .value_centi = 3800,
                      .peildatum = INC_DATE_NONE, .baseline = INC_DATE_NONE};
    assert_int_equal(app_banen_target_set(db, &t, &e), INC_OK);
    assert_string_equal(t.sector, "overheid");
    assert_string_equal(t.unit, "fte");
    banen_target got;
    bool found;
    assert_int_equal(banen_target_get(db, "banenafspraak", "gemeente", "zoetermeer", "overheid", 2021, &got, &found, &e),
                     INC_OK);
    assert_true(found);
    assert_int_equal(got.value_centi, 3800);
    assert_int_equal(got.peildatum, date_from_ymd(2021, 12, 31));
    /* Overwrite: 2020 target corrected to 30.0 -> 33.7 now meets it. */
    banen_target c = {.scope = "gemeente", .scope_code = "zoetermeer", .year = 2020, .value_centi = 3000,
                      .peildatum = INC_DATE_NONE, .baseline = INC_DATE_NONE};
    assert_int_equal(app_banen_target_set(db, &c, &e), INC_OK);
    json_t *r = app_banen_targets_report_json(db, "zoetermeer", false, &e);
    size_t i;
    json_t *o;
    int ok = 0;
    json_array_foreach(json_object_get(r, "targets"), i, o)
    {
        if (json_integer_value(json_object_get(o, "year")) == 2020 &&
            strcmp(json_string_value(json_object_get(o, "scope")), "gemeente") == 0) {
            assert_string_equal(json_string_value(json_object_get(o, "doel_gehaald")), "Ja");
            ok = 1;
        }
    }
    assert_true(ok);
    json_decref(r);
    /* Put the seeded figure back for the other tests. */
    c.value_centi = 3460;
    assert_int_equal(app_banen_target_set(db, &c, &e), INC_OK);
    /* Refusals: a region needs a sector; unknown region; negative value. */
    banen_target bad = {.scope = "regio", .scope_code = "ZHC", .year = 2023, .value_centi = 100,
                        .peildatum = INC_DATE_NONE, .baseline = INC_DATE_NONE};
    assert_int_equal(app_banen_target_set(db, &bad, &e), INC_EINVAL);
    banen_target bad2 = {.scope = "regio", .scope_code = "Atlantis", .sector = "markt", .year = 2023,
                         .value_centi = 100, .peildatum = INC_DATE_NONE, .baseline = INC_DATE_NONE};
    assert_int_equal(app_banen_target_set(db, &bad2, &e), INC_ENOTFOUND);
    banen_target bad3 = {.scope = "gemeente", .scope_code = "zoetermeer", .year = 2023, .value_centi = -1,
                         .peildatum = INC_DATE_NONE, .baseline = INC_DATE_NONE};
    assert_int_equal(app_banen_target_set(db, &bad3, &e), INC_EINVAL);
}

/* The register's demo has three banenafspraak realisations; the banen demo linked each to a new
 * record of the same person at the contractor. Linking again returns the same record. */
static void test_link_realisations(void **state)
{
    (void)state;
    assert_int_equal(count("SELECT count(*) FROM employment_realisations WHERE created = 1"), 3);
    assert_int_equal(count("SELECT count(*) FROM employment_realisations x JOIN realisations r ON r.id = x.realisation_id"
                           " JOIN employment_records m ON m.id = x.employment_id"
                           " JOIN contracts c ON c.id = r.contract_id"
                           " WHERE m.person_id = r.person_id AND m.employer_id = c.contractor_id AND m.source = 'sroi'"),
                     3);
    int64_t rid = count("SELECT min(realisation_id) FROM employment_realisations");
    int64_t eid = count("SELECT employment_id FROM employment_realisations WHERE realisation_id ="
                        " (SELECT min(realisation_id) FROM employment_realisations)");
    int64_t before = count("SELECT count(*) FROM employment_records");
    banen_link_result res;
    inc_error e = {0};
    assert_int_equal(banen_link_realisation(db, rid, &res, &e), INC_OK);
    assert_false(res.created);
    assert_int_equal(res.employment_id, eid);
    assert_int_equal(count("SELECT count(*) FROM employment_records"), before);
    /* A realisation of another block is refused. */
    int64_t other = count("SELECT min(r.id) FROM realisations r JOIN blocks b ON b.id = r.block_id"
                          " WHERE b.code <> 'mu-banenafspraak'");
    assert_int_equal(banen_link_realisation(db, other, &res, &e), INC_EINVAL);
    assert_int_equal(banen_link_realisation(db, 999999, &res, &e), INC_ENOTFOUND);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_audit_office_table),       cmocka_unit_test(test_report_2018_own_employer),
        cmocka_unit_test(test_overlap_refused_nothing_written), cmocka_unit_test(test_input_refusals),
        cmocka_unit_test(test_targets_editable),         cmocka_unit_test(test_link_realisations),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
