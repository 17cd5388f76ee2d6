/* From award to register (issue 16) against a real (temporary) database: the obligation of a draft
 * made from a logged procurement, worked by hand, provisional while the labour share is unknown and
 * recomputed on confirmation; duplicates caught; the missing-social-return counts. Seeded policy:
 * Zoetermeer 2020 (5 % of the value, 2 % when the loonsom is below 30 %). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "testdb.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app/procurement_award.h"
#include "app/procurement_log.h"
#include "app/register_contract.h"
#include "store/db.h"
#include "store/goal_compute.h"

static char path[64];

static int setup(void **state)
{
    inc_db *db;
    inc_error e = {0};
    if (testdb_open("award-test", path, sizeof path, &db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    bool created;
    assert_int_equal(app_procurement_company_add(db, "40000001", "Speeltuinbouw Zoetermeer BV", "zoetermeer", &created, &e), INC_OK);
    assert_int_equal(app_procurement_company_add(db, "30000002", "Aannemer Elders BV", "", &created, &e), INC_OK);
    *state = db;
    return 0;
}

static int teardown(void **state)
{
    testdb_close(*state, path);
    return 0;
}

/* Logs a meervoudig onderhandse procurement inviting both companies, with quotes, not yet awarded. */
static int64_t log_one(inc_db *db, const char *reference, const char *category, int64_t estimate, int64_t quote_local,
                       int64_t quote_other)
{
    sebo_proc_input in;
    sebo_proc_input_init(&in);
    snprintf(in.department, sizeof in.department, "Stadsbeheer");
    snprintf(in.reference, sizeof in.reference, "%s", reference);
    snprintf(in.subject, sizeof in.subject, "Herinrichting speelplaats %s", reference);
    assert_true(category_parse(category, &in.category));
    in.procedure = PROC_MEERVOUDIG;
    in.estimated_cents = estimate;
    in.date = date_from_ymd(2025, 4, 14);
    in.invited_count = 2;
    snprintf(in.invited[0], 16, "40000001");
    snprintf(in.invited[1], 16, "30000002");
    in.quote_count = 2;
    snprintf(in.quote_kvk[0], 16, "40000001");
    in.quote_cents[0] = quote_local;
    in.quote_amount_set[0] = true;
    snprintf(in.quote_kvk[1], 16, "30000002");
    in.quote_cents[1] = quote_other;
    in.quote_amount_set[1] = true;
    int64_t id;
    inc_error e = {0};
    assert_int_equal(app_procurement_log(db, &in, &id, NULL, &e), INC_OK);
    return id;
}

static int64_t sql_int(inc_db *db, const char *sql, int64_t id)
{
    inc_stmt *st;
    assert_int_equal(db_prepare(db, sql, &st, NULL), INC_OK);
    db_bind_int64(st, 1, id);
    assert_int_equal(db_step_rc(st), DB_ROW);
    int64_t v = db_col_int64(st, 0);
    db_finalize(st);
    return v;
}

static void counts(inc_db *db, int64_t with, int64_t registered)
{
    int64_t w = -1, r = -1;
    inc_error e = {0};
    assert_int_equal(app_missing_sr_counts(db, NULL, 2025, &w, &r, &e), INC_OK);
    assert_int_equal(w, with);
    assert_int_equal(r, registered);
}

/* Werken, won at EUR 199,500 (the local company's quote): the draft's obligation is provisional,
 * 5 % x 199,500.00 = 9,975.00; confirmed with a loonsom of 25 % (< 30 %) it becomes
 * 2 % x 199,500.00 = 3,990.00. */
static void complete_draft_confirm(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    int64_t id = log_one(db, "T-M06", "werken", 21000000, 19950000, 20500000);
    counts(db, 0, 0);
    procurement_completion c = {0};
    c.winner_set = true;
    snprintf(c.winner, sizeof c.winner, "40000001");
    /* awarding without an award date is refused, nothing written */
    int64_t contract = 0;
    assert_int_equal(app_procurement_complete(db, id, &c, &contract, &e), INC_EINVAL);
    assert_string_equal(e.field, "award_date");
    assert_int_equal(sql_int(db, "SELECT COUNT(*) FROM procurements WHERE id = ? AND winner_id IS NOT NULL", id), 0);
    c.award_date_set = true;
    c.award_date = date_from_ymd(2025, 4, 22);
    assert_int_equal(app_procurement_complete(db, id, &c, &contract, &e), INC_OK);
    assert_true(contract > 0);
    assert_int_equal(sql_int(db, "SELECT awarded_cents FROM procurements WHERE id = ?", id), 19950000);
    assert_int_equal(sql_int(db, "SELECT obligation_cents FROM contracts WHERE id = ?", contract), 997500);
    assert_int_equal(sql_int(db, "SELECT obligation_provisional FROM contracts WHERE id = ?", contract), 1);
    assert_int_equal(sql_int(db, "SELECT status = 'concept' FROM contracts WHERE id = ?", contract), 1);
    assert_int_equal(sql_int(db, "SELECT procurement_id FROM contracts WHERE id = ?", contract), id);
    json_t *aw = NULL;
    assert_int_equal(app_procurement_award_json(db, id, &aw, &e), INC_OK);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(aw, "contract"), "id")), contract);
    json_decref(aw);
    counts(db, 1, 0);   /* a draft is not registered yet */
    /* logging the same award twice is caught */
    int64_t again = 0;
    assert_int_equal(app_procurement_award_to_draft(db, id, NULL, &again, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "staat al in het register"));
    /* confirming a provisional obligation needs the labour share */
    assert_int_equal(app_award_confirm(db, contract, -1, INC_DATE_NONE, INC_DATE_NONE, &e), INC_EINVAL);
    assert_string_equal(e.field, "labour_share_pct");
    assert_int_equal(app_award_confirm(db, contract, 2500, INC_DATE_NONE, INC_DATE_NONE, &e), INC_OK);
    assert_int_equal(sql_int(db, "SELECT obligation_cents FROM contracts WHERE id = ?", contract), 399000);
    assert_int_equal(sql_int(db, "SELECT percentage_bp FROM contracts WHERE id = ?", contract), 200);
    assert_int_equal(sql_int(db, "SELECT obligation_provisional FROM contracts WHERE id = ?", contract), 0);
    assert_int_equal(app_award_confirm(db, contract, 2500, INC_DATE_NONE, INC_DATE_NONE, &e), INC_ECONFLICT);
    counts(db, 1, 1);
    /* the council's parameter: registered 1 of 1 = 100.00 %; before the award date there is none */
    int64_t mun = sql_int(db, "SELECT id FROM municipalities WHERE code = 'zoetermeer' AND ? > 0", 1);
    bool available, has;
    int64_t value, people;
    assert_int_equal(goal_compute(db, "sroi_awards_registered_share", mun, date_from_ymd(2025, 12, 31), &available, &has,
                                  &value, &people, &e), INC_OK);
    assert_true(available && has);
    assert_int_equal(value, 10000);
    assert_int_equal(goal_compute(db, "sroi_awards_registered_share", mun, date_from_ymd(2025, 4, 21), &available, &has,
                                  &value, &people, &e), INC_OK);
    assert_false(has);
    /* the winner of a registered award stays */
    snprintf(c.winner, sizeof c.winner, "30000002");
    assert_int_equal(app_procurement_complete(db, id, &c, &contract, &e), INC_ECONFLICT);
}

/* Diensten, won at EUR 171,000: the draft is 5 % x 171,000.00 = 8,550.00 (provisional) and stays
 * 8,550.00 when confirmed with a loonsom of exactly 30 % (not below 30 %, so 5 %); an award the
 * register knows by its reference is not drafted twice; leveringen carry no social return. */
static void explicit_share_and_duplicates(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    int64_t id = log_one(db, "T-M13", "diensten", 18000000, 17100000, 17600000);
    procurement_completion c = {0};
    c.winner_set = true;
    snprintf(c.winner, sizeof c.winner, "40000001");
    c.award_date_set = true;
    c.award_date = date_from_ymd(2025, 10, 20);
    c.awarded_set = true;
    c.awarded_cents = 17100000;
    int64_t auto_contract = 0;
    assert_int_equal(app_procurement_exempt(db, id, "gemeentesecretaris", date_from_ymd(2025, 10, 1), "", &e), INC_EINVAL);
    assert_int_equal(app_procurement_complete(db, id, &c, &auto_contract, &e), INC_OK);
    assert_true(auto_contract > 0);
    assert_int_equal(sql_int(db, "SELECT obligation_cents FROM contracts WHERE id = ?", auto_contract), 855000);
    assert_int_equal(app_award_confirm(db, auto_contract, 3000, INC_DATE_NONE, INC_DATE_NONE, &e), INC_OK);
    assert_int_equal(sql_int(db, "SELECT obligation_cents FROM contracts WHERE id = ?", auto_contract), 855000);

    /* a contract registered by hand under the reference of a logged award: the award is registered */
    int64_t other = log_one(db, "T-HAND", "werken", 5000000, 4800000, 4900000);
    inc_contract_input in;
    memset(&in, 0, sizeof in);
    snprintf(in.municipality, sizeof in.municipality, "zoetermeer");
    snprintf(in.department, sizeof in.department, "Stadsbeheer");
    snprintf(in.reference, sizeof in.reference, "T-HAND");
    snprintf(in.title, sizeof in.title, "Met de hand");
    in.category = CAT_WERKEN;
    in.procedure = PROC_MEERVOUDIG;
    in.value_cents = 4800000;
    in.labour_share_bp = 4000;
    in.award_date = in.start_date = date_from_ymd(2025, 5, 1);
    in.end_date = date_from_ymd(2025, 12, 31);
    snprintf(in.contractor_kvk, sizeof in.contractor_kvk, "40000001");
    int64_t hand;
    assert_int_equal(app_contract_register(db, &in, &hand, &e), INC_OK);
    c.awarded_set = false;
    c.award_date = date_from_ymd(2025, 5, 1);
    int64_t none = -1;
    assert_int_equal(app_procurement_complete(db, other, &c, &none, &e), INC_OK);
    assert_int_equal(none, 0);   /* no draft: the register has it */
    assert_int_equal(app_procurement_award_to_draft(db, other, NULL, &none, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "T-HAND"));

    int64_t lev = log_one(db, "T-LEV", "leveringen", 4000000, 3900000, 3800000);
    c.award_date = date_from_ymd(2025, 6, 1);
    assert_int_equal(app_procurement_complete(db, lev, &c, &none, &e), INC_OK);
    assert_int_equal(none, 0);
    assert_int_equal(app_procurement_award_to_draft(db, lev, NULL, &none, &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "geen social return"));
}

/* An exemption takes an award out of the count of awards with an obligation. */
static void exemption(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    int64_t id = log_one(db, "T-EX", "werken", 9000000, 8800000, 8900000);
    procurement_completion c = {0};
    c.winner_set = true;
    snprintf(c.winner, sizeof c.winner, "30000002");
    c.award_date_set = true;
    c.award_date = date_from_ymd(2025, 7, 1);
    int64_t draft = 0;
    assert_int_equal(app_procurement_complete(db, id, &c, &draft, &e), INC_OK);
    int64_t w0, r0;
    assert_int_equal(app_missing_sr_counts(db, NULL, 2025, &w0, &r0, &e), INC_OK);
    assert_int_equal(app_procurement_exempt(db, id, "gemeentesecretaris", date_from_ymd(2025, 7, 10),
                                            "Noodreparatie", &e), INC_OK);
    int64_t w1, r1;
    assert_int_equal(app_missing_sr_counts(db, NULL, 2025, &w1, &r1, &e), INC_OK);
    assert_int_equal(w1, w0 - 1);
    assert_int_equal(r1, r0);
    assert_int_equal(app_procurement_exempt(db, id, "x", date_from_ymd(2025, 7, 10), "y", &e), INC_ECONFLICT);
    /* before the exemption: T-M06, T-M13 (confirmed), T-HAND (registered by hand) of 4 = 75.00 %;
     * after it T-EX no longer carries an obligation: 3 of 3 = 100.00 % */
    assert_int_equal(w0, 4);
    assert_int_equal(r0, 3);
    assert_int_equal(w1, 3);
    int64_t mun = sql_int(db, "SELECT id FROM municipalities WHERE code = 'zoetermeer' AND ? > 0", 1);
    bool available, has;
    int64_t value, people;
    assert_int_equal(goal_compute(db, "sroi_awards_registered_share", mun, date_from_ymd(2025, 12, 31), &available, &has,
                                  &value, &people, &e), INC_OK);
    assert_true(has);
    assert_int_equal(value, 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(complete_draft_confirm),
        cmocka_unit_test(explicit_share_and_duplicates),
        cmocka_unit_test(exemption),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
