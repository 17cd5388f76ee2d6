/* The SEBO report on a small hand-made data set, every figure worked out below. */
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
#include "app/procurement_log.h"
#include "app/sebo_registry.h"
#include "app/sebo_report.h"
#include "store/sebo_store.h"
#include "store/seed.h"

static char path[64];
static inc_date D(int y, int m, int d) { return date_from_ymd(y, m, d); }

static void holder(inc_db *db, const char *kvk, const char *established, inc_date applied, inc_date from,
                   inc_date until)
{
    sebo_holder_input in;
    memset(&in, 0, sizeof in);
    snprintf(in.kvk, sizeof in.kvk, "%s", kvk);
    snprintf(in.name, sizeof in.name, "Houder %s", kvk);
    snprintf(in.established, sizeof in.established, "%s", established);
    in.kinds[CAT_DIENSTEN] = true;
    in.applied_on = applied;
    int64_t id;
    inc_error e = {0};
    assert_int_equal(app_sebo_holder_add(db, &in, &id, &e), INC_OK);
    sebo_transition_input t = {.to = SEBO_ST_IN_AUDIT, .day = applied + 1, .audit_date = INC_DATE_NONE,
                               .certified_from = INC_DATE_NONE, .valid_until = INC_DATE_NONE, .cost_set = true,
                               .audit_cost_cents = 50000};
    snprintf(t.audit_body, sizeof t.audit_body, "Bureau");
    assert_int_equal(app_sebo_transition(db, kvk, &t, &e), INC_OK);
    for (int c = 0; c < SEBO_CRIT__COUNT; c++)
        assert_int_equal(app_sebo_evidence_set(db, kvk, (sebo_criterion)c, "ok", false, applied + 2, &e), INC_OK);
    sebo_transition_input c = {.to = SEBO_ST_CERTIFIED, .day = from, .audit_date = INC_DATE_NONE,
                               .certified_from = from, .valid_until = until};
    assert_int_equal(app_sebo_transition(db, kvk, &c, &e), INC_OK);
}

static void proc(inc_db *db, const char *dep, const char *a, const char *b, const char *winner, int64_t quote,
                 int64_t value)
{
    sebo_proc_input in;
    sebo_proc_input_init(&in);
    snprintf(in.department, sizeof in.department, "%s", dep);
    snprintf(in.subject, sizeof in.subject, "x");
    in.category = CAT_DIENSTEN;
    in.procedure = PROC_MEERVOUDIG;
    in.estimated_cents = value;
    in.date = D(2024, 6, 1);
    snprintf(in.invited[in.invited_count++], 16, "%s", a);
    snprintf(in.invited[in.invited_count++], 16, "%s", b);
    if (winner) {
        snprintf(in.winner, sizeof in.winner, "%s", winner);
        snprintf(in.quote_kvk[0], 16, "%s", winner);
        in.quote_amount_set[0] = true;
        in.quote_cents[0] = quote;
        in.quote_count = 1;
    }
    int64_t id;
    inc_error e = {0};
    assert_int_equal(app_procurement_log(db, &in, &id, NULL, &e), INC_OK);
}

static char *dump(const json_t *j)
{
    return json_dump_fixed(j, JSON_ENCODE_ANY | JSON_COMPACT);
}

static void expect_fixed(const json_t *j, const char *want)
{
    char *s = dump(j);
    assert_string_equal(s, want);
    free(s);
}

/* Data: two local holders A (11110001) and B (11110002) valid 2023-2025 (A new 2023, B new 2024),
 * one local company L (11110003), one company from Delft O (11110004). Three procurements on
 * 1 Jun 2024, diensten:
 *   Sport:   A + O, A wins with 40,000.00      -> SEBO invited, SEBO won, followed
 *   Sport:   L + O, L wins with 30,000.00      -> flagged (2 local holders for diensten exist)
 *   Cultuur: B + L, not awarded                -> SEBO invited, followed
 * Totals: procurements 3; sebo_invited 2 -> 2/3 = 66.67 %; awarded 2, sebo_won 1 -> 50.00 %;
 * value awarded 70,000.00, to SEBO holders 40,000.00; flagged 1.
 * Sport: 2 procurements, 1 invited -> 50.00 %, 1 won of 2 awarded -> 50.00 %, 40,000.00 to SEBO.
 * Cultuur: 1 procurement, 1 invited -> 100.00 %, 0 awarded -> 0.00 %.
 * Holders at the end of 2023: 1 (B starts 15 Jan 2024), of 2024: 2; new in 2023: 1, in 2024: 1.
 * Audit costs in 2023: A audited 3 Jan, B 2 Dec, 500.00 each = 1,000.00. */
static void report_figures(void **state)
{
    (void)state;
    inc_db *db;
    inc_error e = {0};
    assert_int_equal(testdb_open("sebo-report", path, sizeof path, &db, &e), INC_OK);
    holder(db, "11110001", "zoetermeer", D(2023, 1, 2), D(2023, 3, 1), D(2025, 12, 31));
    holder(db, "11110002", "zoetermeer", D(2023, 12, 1), D(2024, 1, 15), D(2025, 12, 31));
    bool created;
    assert_int_equal(app_procurement_company_add(db, "11110003", "Lokaal", "zoetermeer", &created, &e), INC_OK);
    assert_int_equal(app_procurement_company_add(db, "11110004", "Delft", "delft", &created, &e), INC_OK);
    proc(db, "Sport", "11110001", "11110004", "11110001", 4000000, 5000000);
    proc(db, "Sport", "11110003", "11110004", "11110003", 3000000, 5000000);
    proc(db, "Cultuur", "11110002", "11110003", NULL, 0, 5000000);

    sebo_report rep;
    assert_int_equal(app_sebo_report(db, "zoetermeer", 2024, D(2026, 1, 1), &rep, &e), INC_OK);
    json_t *r = sebo_report_json(&rep);
    arena_free(&rep.arena);
    assert_int_equal(json_integer_value(json_object_get(r, "procurements")), 3);
    assert_int_equal(json_integer_value(json_object_get(r, "sebo_invited")), 2);
    expect_fixed(json_object_get(r, "sebo_invited_share"), "66.67");
    assert_int_equal(json_integer_value(json_object_get(r, "awarded")), 2);
    assert_int_equal(json_integer_value(json_object_get(r, "sebo_won")), 1);
    expect_fixed(json_object_get(r, "sebo_won_share"), "50.00");
    expect_fixed(json_object_get(r, "value_awarded"), "70000.00");
    expect_fixed(json_object_get(r, "value_awarded_sebo"), "40000.00");
    json_t *flagged = json_object_get(r, "flagged");
    assert_int_equal(json_array_size(flagged), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(flagged, 0), "department")), "Sport");
    assert_non_null(strstr(json_string_value(json_object_get(json_array_get(flagged, 0), "reason")),
                           "2 lokale SEBO-keurmerkhouders voor diensten"));
    json_t *deps = json_object_get(r, "departments");
    assert_int_equal(json_array_size(deps), 2);
    json_t *cultuur = json_array_get(deps, 0), *sport = json_array_get(deps, 1);   /* ordered by name */
    assert_string_equal(json_string_value(json_object_get(cultuur, "department")), "Cultuur");
    expect_fixed(json_object_get(cultuur, "sebo_invited_share"), "100.00");
    expect_fixed(json_object_get(cultuur, "sebo_won_share"), "0.00");
    expect_fixed(json_object_get(sport, "sebo_invited_share"), "50.00");
    expect_fixed(json_object_get(sport, "sebo_won_share"), "50.00");
    expect_fixed(json_object_get(sport, "value_awarded_sebo"), "40000.00");
    assert_int_equal(json_integer_value(json_object_get(sport, "flagged")), 1);
    assert_int_equal(json_integer_value(json_object_get(r, "holders")), 2);
    json_t *years = json_object_get(r, "holders_per_year");
    assert_int_equal(json_array_size(years), 2);   /* 2023 and 2024 */
    json_t *y2023 = json_array_get(years, 0);
    assert_int_equal(json_integer_value(json_object_get(y2023, "holders")), 1);
    assert_int_equal(json_integer_value(json_object_get(y2023, "new")), 1);
    expect_fixed(json_object_get(y2023, "audit_cost"), "1000.00");
    json_decref(r);
    testdb_close(db, path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(report_figures)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
