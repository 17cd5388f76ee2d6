/* Employer services against a real (temporary) SQLite database: refusals that leave nothing
 * behind, the shortlist through the store, proposals, placements with the banenafspraak record
 * and the SROI obligation, and the questions' monthly share. Today is 2026-11-23. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "testdb.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/json_fixed.h"
#include "store/db.h"
#include "store/seed.h"
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"

static char path[64];

static int setup(void **state)
{
    setenv("INCLUSIO_TODAY", "2026-11-23", 1);
    setenv("INCLUSIO_NOW", "2026-11-23T12:00", 1);
    inc_db *db;
    inc_error e = {0};
    if (testdb_open("wsp-test", path, sizeof path, &db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    int64_t id;
    const char *skills[] = {"kassa", "klantcontact", "heftruck"};
    for (int i = 0; i < 3; i++)
        if (wsp_skill_add(db, skills[i], &id, &e)) return -1;
    json_t *in = json_pack("{s:s, s:s, s:s, s:s, s:s}", "kvk", "58221904", "name", "Schoon & Sociaal Schoonmaak BV",
                           "municipality", "zoetermeer", "size_class", "middel", "postcode", "2711AB");
    inc_status s = wsp_employer_add_json(db, in, &id, &e);
    json_decref(in);
    if (s) { fprintf(stderr, "%s\n", e.message); return -1; }
    *state = db;
    return 0;
}

static int teardown(void **state)
{
    testdb_close(*state, path);
    return 0;
}

static int64_t count(inc_db *db, const char *table)
{
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
    inc_stmt *st;
    assert_int_equal(db_prepare(db, sql, &st, NULL), INC_OK);
    db_step_rc(st);
    int64_t n = db_col_int64(st, 0);
    db_finalize(st);
    return n;
}

static int64_t vacancy(inc_db *db, const char *hmin, const char *hmax, int wanted, const char *require,
                       inc_status expect, const char *field)
{
    json_t *in = json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:i}", "employer", 1, "title", "Schoonmaker",
                           "hours_min", hmin, "hours_max", hmax, "postcode", "2711 AB", "education", "mbo2",
                           "start_date", "2027-01-01", "required_skills", require, "wished_skills", "heftruck",
                           "wanted", wanted);
    int64_t id = 0;
    inc_error e = {0};
    assert_int_equal(wsp_vacancy_add_json(db, in, &id, &e), expect);
    if (field) assert_string_equal(e.field, field);
    json_decref(in);
    return id;
}

static int64_t candidate(inc_db *db, const char *bsn, const char *skills, const char *edu, const char *hmax,
                         const char *pc, const char *km, const char *groups, bool consent)
{
    json_t *in = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:b, s:s}", "bsn", bsn, "municipality",
                           "zoetermeer", "education", edu, "hours_min", "24", "hours_max", hmax, "postcode", pc,
                           "travel_km", km, "available_from", "2026-12-01", "groups", groups, "consent", consent,
                           "skills", skills);
    int64_t id = 0;
    inc_error e = {0};
    inc_status s = wsp_candidate_add_json(db, in, &id, &e);
    json_decref(in);
    if (s) fprintf(stderr, "%s\n", e.message);
    assert_int_equal(s, INC_OK);
    return id;
}

/* Bad vacancies are refused and write nothing. */
static void test_vacancy_refusals(void **state)
{
    inc_db *db = *state;
    int64_t before = count(db, "vacancies"), audit = count(db, "audit_log");
    vacancy(db, "32", "24", 2, "kassa", INC_EINVAL, "hours_min");
    vacancy(db, "24", "32", 0, "kassa", INC_EINVAL, "wanted");
    vacancy(db, "24", "32", 51, "kassa", INC_EINVAL, "wanted");
    vacancy(db, "24", "32", 2, "kassa,lassen", INC_EINVAL, "required_skills");
    assert_int_equal(count(db, "vacancies"), before);
    assert_int_equal(count(db, "vacancy_skills"), 0);
    assert_int_equal(count(db, "audit_log"), audit);
    assert_true(vacancy(db, "24", "32", 50, "kassa", INC_OK, NULL) > 0);
}

/* Vacancy 24-32 h at 2711, mbo2, start 1 Jan 2027, requires kassa + klantcontact, wishes heftruck,
 * open to all groups, wanted 2.
 *  C1 has all three skills, mbo2, 24-32 h, PC4 2711, 10 km, available 1 Dec (before 18 Dec):
 *     40 + 10 + 15 + 15 + 10 + 5 + 2.50 (open to all) = 97.50.
 *  C2 has kassa only, vmbo, 24-40 h, PC4 2731 (20 steps = 6.0 km) with a 5 km radius:
 *     20 + 0 + 15 + 15 x (10 - 6) / 5 = 12.00 + 0 (two levels below) + 5 + 2.50 = 54.50.
 *  C3 would score 97.50 but gave no consent: never on the list, refused when proposed by hand. */
static void test_shortlist_propose(void **state)
{
    inc_db *db = *state;
    int64_t v = vacancy(db, "24", "32", 2, "kassa,klantcontact", INC_OK, NULL);
    int64_t c1 = candidate(db, "111222333", "kassa,klantcontact,heftruck", "mbo2", "32", "2711", "10",
                           "participatiewet", true);
    int64_t c2 = candidate(db, "123456782", "kassa", "vmbo", "40", "2731 XY", "5", "ww", true);
    int64_t c3 = candidate(db, "111111110", "kassa,klantcontact,heftruck", "mbo2", "32", "2711", "10", "", false);
    wsp_match_result *r;
    inc_error e = {0};
    assert_int_equal(wsp_shortlist(db, v, NULL, 0, &r, &e), INC_OK);
    json_t *sl = wsp_shortlist_json(r);
    wsp_match_result_free(r);
    json_t *items = json_object_get(sl, "items");
    assert_int_equal(json_array_size(items), 2);
    json_t *first = json_array_get(items, 0), *second = json_array_get(items, 1);
    assert_int_equal(json_integer_value(json_object_get(first, "candidate")), c1);
    assert_int_equal(json_integer_value(json_object_get(second, "candidate")), c2);
    char *dump = json_dump_fixed(sl, JSON_COMPACT);
    assert_non_null(strstr(dump, "\"score\":97.50"));
    assert_non_null(strstr(dump, "\"score\":54.50"));
    assert_non_null(strstr(dump, "\"geen_toestemming\":1"));
    free(dump);
    assert_int_equal(json_array_size(json_object_get(first, "reasons")), 7);
    assert_true(json_is_null(json_object_get(sl, "shortfall")));
    json_decref(sl);

    int64_t p;
    assert_int_equal(wsp_propose(db, v, c3, &p, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "geen toestemming"));
    assert_int_equal(count(db, "proposals"), 0);
    assert_int_equal(wsp_propose(db, v, c1, &p, &e), INC_OK);
    assert_int_equal(wsp_propose(db, v, c1, &p, &e), INC_ECONFLICT);
    assert_int_equal(count(db, "proposals"), 1);
    /* Consent given later: now C3 may be proposed; by hand, as it is not on the list of 2. */
    assert_int_equal(wsp_candidate_set_consent(db, c3, true, &e), INC_OK);
    int64_t p3;
    assert_int_equal(wsp_propose(db, v, c3, &p3, &e), INC_OK);
    wsp_proposal_list proposals;
    assert_int_equal(wsp_proposals_list(db, v, &proposals, &e), INC_OK);
    json_t *list = wsp_proposals_json(&proposals);
    WSP_LIST_FREE(&proposals);
    assert_false(json_is_true(json_object_get(json_array_get(list, 0), "by_hand")));
    json_decref(list);
    assert_int_equal(wsp_proposal_outcome(db, p3, "afgewezen", "andere kandidaat", &e), INC_OK);
    assert_int_equal(wsp_proposal_outcome(db, p3, "misschien", NULL, &e), INC_EINVAL);
}

/* wsp_place with its input read from a JSON object and its result as JSON (*out, when placed). */
static inc_status place(inc_db *db, json_t *in, json_t **out, inc_error *e)
{
    wsp_placement_in p;
    wsp_placement_result r;
    if (wsp_placement_in_read(in, &p, e)) return INC_EINVAL;
    inc_status s = wsp_place(db, &p, &r, e);
    if (s) return s;
    *out = wsp_placement_result_json(&r);
    wsp_placement_result_free(&r);
    return INC_OK;
}

/* A placement: refused for a closed vacancy; for a doelgroepregister candidate at an employer that is
 * the contractor of a running contract with an unmet obligation it creates the employment record
 * (source wsp, participatiewet, 28 hours) and reports the obligation. */
static void test_placement(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    assert_int_equal(db_exec(db,
                             "INSERT INTO contracts(municipality_id, reference, title, category, procedure, value_cents,"
                             " labour_share_bp, award_date, start_date, end_date, contractor_id, applies, base_pct_bp,"
                             " percentage_bp, obligation_cents, met_by_sebo, sebo_covered_cents, obligation_reason)"
                             " SELECT m.id, 'ZTM-T-1', 'Schoonmaak', 'diensten', 'europees', 100000000, 7000,"
                             " '2026-01-01', '2026-02-01', '2028-01-31', o.id, 1, 500, 500, 5000000, 0, 0, 'test'"
                             " FROM municipalities m, organisations o WHERE m.code = 'zoetermeer' AND o.kvk = '58221904'",
                             &e),
                     INC_OK);
    int64_t v = vacancy(db, "16", "32", 3, "kassa", INC_OK, NULL);
    int64_t c = candidate(db, "999999990", "kassa", "mbo2", "32", "2711", "10", "banenafspraak", true);
    int64_t c2 = candidate(db, "999999989", "kassa", "mbo2", "32", "2711", "10", "ww", true);
    assert_int_equal(wsp_vacancy_set_status(db, v, "gesloten", &e), INC_OK);
    json_t *in = json_pack("{s:I, s:I, s:s, s:s, s:s, s:s}", "vacancy", (json_int_t)v, "candidate", (json_int_t)c,
                           "start_date", "2027-01-04", "hours", "28", "contract_type", "tijdelijk", "instrument",
                           "loonkostensubsidie");
    json_t *out = NULL;
    assert_int_equal(place(db, in, &out, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "gesloten"));
    assert_int_equal(count(db, "placements"), 0);
    assert_int_equal(wsp_vacancy_set_status(db, v, "open", &e), INC_OK);
    assert_int_equal(place(db, in, &out, &e), INC_OK);
    json_decref(in);
    json_t *b = json_object_get(out, "banenafspraak");
    assert_true(json_is_true(json_object_get(b, "created")));
    assert_true(json_is_true(json_object_get(out, "sroi_obligation")));
    assert_int_equal(json_array_size(json_object_get(out, "sroi_contracts")), 1);
    json_decref(out);
    inc_stmt *st;
    assert_int_equal(db_prepare(db,
                                "SELECT source, target_group, hours_centi, instrument, start_date, sector FROM employment_records",
                                &st, NULL),
                     INC_OK);
    assert_int_equal(db_step_rc(st), DB_ROW);
    assert_string_equal(db_col_text(st, 0), "wsp");
    assert_string_equal(db_col_text(st, 1), "participatiewet");
    assert_int_equal(db_col_int(st, 2), 2800);
    assert_string_equal(db_col_text(st, 3), "loonkostensubsidie");
    assert_string_equal(db_col_text(st, 4), "2027-01-04");
    assert_string_equal(db_col_text(st, 5), "markt");
    db_finalize(st);
    /* The placed candidate is no longer active: a second placement is refused. */
    in = json_pack("{s:I, s:I, s:s, s:s, s:s}", "vacancy", (json_int_t)v, "candidate", (json_int_t)c, "start_date",
                   "2027-01-04", "hours", "28", "contract_type", "vast");
    assert_int_equal(place(db, in, &out, &e), INC_ECONFLICT);
    json_decref(in);
    /* A candidate outside the doelgroepregister: placed, no employment record. */
    in = json_pack("{s:I, s:I, s:s, s:s, s:s}", "vacancy", (json_int_t)v, "candidate", (json_int_t)c2, "start_date",
                   "2027-01-04", "hours", "20", "contract_type", "vast");
    assert_int_equal(place(db, in, &out, &e), INC_OK);
    json_decref(in);
    assert_false(json_is_true(json_object_get(json_object_get(out, "banenafspraak"), "created")));
    json_decref(out);
    assert_int_equal(count(db, "employment_records"), 1);
    assert_int_equal(count(db, "placements"), 2);
    /* The employer view shows the obligation. */
    wsp_employer_detail detail;
    assert_int_equal(wsp_employer_view(db, 1, &detail, &e), INC_OK);
    json_t *view = wsp_employer_view_json(&detail);
    wsp_employer_view_free(&detail);
    assert_true(json_is_true(json_object_get(view, "sroi_obligation")));
    assert_int_equal(json_array_size(json_object_get(view, "placements")), 2);
    json_decref(view);
}

/* Now 23 Nov 12:00. Asked 2 Nov, answered after 47 h (in time); asked 3 Nov, answered after 49 h
 * (late); asked 20 Nov 09:00, unanswered (overdue since 22 Nov 09:00); asked 22 Nov 10:00 (open,
 * due 24 Nov 10:00). November: 1 in time of 3 judged = 33.33 %. */
static void test_questions(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    static const char *asked[] = {"2026-11-02T09:00", "2026-11-03T09:00", "2026-11-20T09:00", "2026-11-22T10:00"};
    static const char *answered[] = {"2026-11-04T08:00", "2026-11-05T10:00", NULL, NULL};
    for (int i = 0; i < 4; i++) {
        json_t *q = json_pack("{s:i, s:s, s:s}", "employer", 1, "asked_at", asked[i], "subject", "Vraag");
        int64_t id;
        assert_int_equal(wsp_question_add_json(db, q, &id, &e), INC_OK);
        json_decref(q);
        if (!answered[i]) continue;
        json_t *a = json_pack("{s:s, s:s}", "answered_at", answered[i], "answer", "Antwoord");
        wsp_answer_in ai;
        assert_int_equal(wsp_answer_in_read(a, &ai, &e), INC_OK);
        assert_int_equal(wsp_question_answer(db, id, &ai, &e), INC_OK);
        json_decref(a);
    }
    json_t *bad = json_pack("{s:i, s:s, s:s}", "employer", 1, "asked_at", "2026-11-30T10:00", "subject", "Toekomst");
    int64_t id;
    assert_int_equal(wsp_question_add_json(db, bad, &id, &e), INC_EINVAL);
    json_decref(bad);
    wsp_question_list overdue;
    assert_int_equal(wsp_questions_list(db, "te-laat", 0, &overdue, &e), INC_OK);
    json_t *over = wsp_questions_json(&overdue);
    WSP_LIST_FREE(&overdue);
    assert_int_equal(json_array_size(over), 1);
    json_decref(over);
    wsp_month_list months;
    assert_int_equal(wsp_questions_stats(db, NULL, 0, &months, &e), INC_OK);
    json_t *stats = wsp_question_months_json(&months);
    WSP_LIST_FREE(&months);
    char *dump = json_dump_fixed(stats, JSON_COMPACT);
    assert_non_null(strstr(dump, "\"month\":\"2026-11\",\"asked\":4,\"answered_in_time\":1,\"answered_late\":1,"
                                 "\"overdue\":1,\"open\":1,\"share_in_time\":33.33"));
    free(dump);
    json_decref(stats);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_vacancy_refusals, setup, teardown),
        cmocka_unit_test_setup_teardown(test_shortlist_propose, setup, teardown),
        cmocka_unit_test_setup_teardown(test_placement, setup, teardown),
        cmocka_unit_test_setup_teardown(test_questions, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
