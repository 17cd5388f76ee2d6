/* Goal evaluation, trend and money of a goal, with figures from the sources. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/goal.h"
#include "core/goal_input.h"

/* Zoetermeer on stage 2016 (source 000): 1,000 pupils planned, 944 came -> Nee;
 * 200 professionals planned, 219 came -> Ja. Values are x100. */
static void on_stage_pupils_and_professionals(void **s)
{
    (void)s;
    assert_int_equal(goal_evaluate(DIR_HIGHER_BETTER, true, 100000, true, 94400), MET_NO);
    assert_int_equal(goal_evaluate(DIR_HIGHER_BETTER, true, 20000, true, 21900), MET_YES);
    /* exactly on target counts as reached */
    assert_int_equal(goal_evaluate(DIR_HIGHER_BETTER, true, 20000, true, 20000), MET_YES);
}

/* Business climate (000/002): target 6.9 for 2023 but no survey held in 2023 -> N.v.t.;
 * 2022: target 6.5, score 6.2 -> Nee. No target at all -> N.v.t. */
static void business_climate_not_applicable(void **s)
{
    (void)s;
    assert_int_equal(goal_evaluate(DIR_HIGHER_BETTER, true, 690, false, 0), MET_NA);
    assert_int_equal(goal_evaluate(DIR_HIGHER_BETTER, true, 650, true, 620), MET_NO);
    assert_int_equal(goal_evaluate(DIR_HIGHER_BETTER, false, 0, true, 620), MET_NA);
}

/* Lower is better: office vacancy 10.1 % -> 8.9 % against a ceiling of 9.5 % -> Ja;
 * 10.1 % against 9.5 % -> Nee; 9.5 % on the ceiling -> Ja. */
static void lower_is_better(void **s)
{
    (void)s;
    assert_int_equal(goal_evaluate(DIR_LOWER_BETTER, true, 950, true, 890), MET_YES);
    assert_int_equal(goal_evaluate(DIR_LOWER_BETTER, true, 950, true, 1010), MET_NO);
    assert_int_equal(goal_evaluate(DIR_LOWER_BETTER, true, 950, true, 950), MET_YES);
}

static void labels_codes_and_override(void **s)
{
    (void)s;
    assert_string_equal(goal_met_label(MET_YES), "Ja");
    assert_string_equal(goal_met_label(MET_NO), "Nee");
    assert_string_equal(goal_met_label(MET_NA), "N.v.t.");
    assert_string_equal(goal_met_code(MET_NA), "nvt");
    goal_met m;
    assert_true(goal_met_parse("n.v.t.", &m));
    assert_int_equal(m, MET_NA);
    assert_false(goal_met_parse("misschien", &m));
    /* the annual report judged "bereik minimaregelingen" Nee without a numeric target */
    assert_int_equal(goal_assess("nee", MET_NA), MET_NO);
    assert_int_equal(goal_assess(NULL, MET_YES), MET_YES);
    assert_int_equal(goal_assess("", MET_NO), MET_NO);
    goal_direction d;
    assert_true(goal_direction_parse("lager", &d));
    assert_int_equal(d, DIR_LOWER_BETTER);
    assert_false(goal_direction_parse("beter", &d));
}

static void combine_indicators_of_a_goal(void **s)
{
    (void)s;
    goal_met a[] = {MET_YES, MET_NA, MET_YES};
    goal_met b[] = {MET_YES, MET_NO, MET_YES};
    goal_met c[] = {MET_NA, MET_NA};
    assert_int_equal(goal_met_combine(a, 3), MET_YES);
    assert_int_equal(goal_met_combine(b, 3), MET_NO);
    assert_int_equal(goal_met_combine(c, 2), MET_NA);
    assert_int_equal(goal_met_combine(c, 0), MET_NA);
}

/* Banenafspraak fte (001): 13.6, 30.7, 33.7 over 2018-2020; quarter gaps skipped.
 * Last two known: 33.7 - 30.7 = +3.0 -> stijgend, improving when higher is better. */
static void trend_over_quarters(void **s)
{
    (void)s;
    int64_t v[] = {1360, 3070, 0, 3370, 0};
    bool h[] = {true, true, false, true, false};
    goal_trend t = goal_trend_of(v, h, 5, DIR_HIGHER_BETTER);
    assert_int_equal(t.dir, TREND_UP);
    assert_true(t.improving);
    assert_int_equal(t.change, 300);
    t = goal_trend_of(v, h, 5, DIR_LOWER_BETTER);
    assert_false(t.improving);
    /* bankruptcies 11 -> 10, lower is better: dalend and improving */
    int64_t f[] = {1100, 1000};
    bool fh[] = {true, true};
    t = goal_trend_of(f, fh, 2, DIR_LOWER_BETTER);
    assert_int_equal(t.dir, TREND_DOWN);
    assert_true(t.improving);
    assert_string_equal(goal_trend_label(t.dir), "dalend");
    /* one point: unknown */
    bool one[] = {false, true};
    t = goal_trend_of(f, one, 2, DIR_HIGHER_BETTER);
    assert_int_equal(t.dir, TREND_UNKNOWN);
    int64_t g[] = {500, 500};
    t = goal_trend_of(g, fh, 2, DIR_HIGHER_BETTER);
    assert_int_equal(t.dir, TREND_FLAT);
    assert_false(t.improving);
}

/* Annual report 2023, goal 1.5: lasten 24,588,000, baten 5,021,000 -> saldo -19,567,000.
 * Banenafspraak budget EUR 153,000, about EUR 2,300 used -> 150,700 left, 1.50 % spent
 * (2,300 / 153,000 = 0.015032... -> 150 bp). */
static void money_of_a_goal(void **s)
{
    (void)s;
    goal_money m = {0, 2458800000, 502100000};
    goal_money_result r;
    goal_money_compute(&m, &r);
    assert_int_equal(r.saldo_cents, -1956700000);
    assert_int_equal(r.spent_cents, 1956700000);
    goal_money b = {15300000, 230000, 0};
    goal_money_compute(&b, &r);
    assert_int_equal(r.remaining_cents, 15070000);
    assert_int_equal(r.spent_pct_bp, 150);
    assert_int_equal(r.saldo_cents, -230000);
}

static void values_for_people(void **s)
{
    (void)s;
    char b[32];
    goal_value_text(94400, 0, b, sizeof b);
    assert_string_equal(b, "944");
    goal_value_text(690, 1, b, sizeof b);
    assert_string_equal(b, "6,9");
    goal_value_text(6800000, 0, b, sizeof b);
    assert_string_equal(b, "68.000");
    goal_value_text(3070, 2, b, sizeof b);
    assert_string_equal(b, "30,70");
    goal_value_text(1250, 0, b, sizeof b);   /* 12.50 rounds half up to 13 */
    assert_string_equal(b, "13");
    assert_int_equal(goal_share_bp(944, 1000), 9440);
    assert_int_equal(goal_share_bp(1, 3), 3333);
    assert_int_equal(goal_share_bp(1, 0), 0);
}

static void report_periods(void **s)
{
    (void)s;
    int a, b;
    assert_true(goal_period_months(1, &a, &b));
    assert_int_equal(a, 1);
    assert_int_equal(b, 4);
    assert_true(goal_period_months(3, &a, &b));
    assert_int_equal(a, 9);
    assert_int_equal(b, 12);
    assert_false(goal_period_months(4, &a, &b));
    assert_string_equal(goal_period_label(2), "mei-augustus");
}

static void stories_must_be_anonymous(void **s)
{
    (void)s;
    char why[200];
    assert_true(goal_story_anonymous("Een vijftiger vond via Direct Werk na 3 jaar een baan in de zorg.", why, sizeof why));
    assert_false(goal_story_anonymous("BSN 123456782 begon in mei.", why, sizeof why));
    assert_false(goal_story_anonymous("nummer 1234 56 782 begon", why, sizeof why));
    assert_false(goal_story_anonymous("mail piet@example.nl", why, sizeof why));
    assert_true(goal_story_anonymous("In 2023 zijn 54 plaatsingen bij 14 werkgevers gedaan; 12-8 was de start.", why, sizeof why));
}

/* The entry rules (core/goal_input.h) refuse before anything is stored, naming the field. */
static void entry_rules(void **s)
{
    (void)s;
    inc_error e = {0};
    char code[8];
    assert_int_equal(goal_programme_check("p", "P", 2024, 2026, &e), INC_OK);
    assert_int_equal(goal_programme_check("p", "P", 2024, 2020, &e), INC_EINVAL);
    assert_string_equal(e.field, "year");
    assert_int_equal(goal_goal_check("", "Doel", &e), INC_EINVAL);
    assert_string_equal(e.field, "code");
    goal_indicator_def d = {.code = "i", .name = "I", .unit = "aantal", .computation = "bestaat-niet"};
    assert_int_equal(goal_indicator_check(&d, &e), INC_EINVAL);
    assert_string_equal(e.field, "computation");
    d.computation = "banen_vs_target";
    assert_int_equal(goal_indicator_check(&d, &e), INC_OK);
    d.computation = NULL;
    assert_int_equal(goal_indicator_check(&d, &e), INC_EINVAL);   /* by hand: needs a source */
    assert_string_equal(e.field, "source");
    d.source = "CBS";
    d.decimals = 3;
    assert_int_equal(goal_indicator_check(&d, &e), INC_EINVAL);
    assert_string_equal(e.field, "decimals");
    assert_int_equal(goal_value_check(2024, 0, true, "Ja", "toelichting", code, &e), INC_OK);
    assert_string_equal(code, "ja");
    assert_int_equal(goal_value_check(2024, 0, true, NULL, NULL, code, &e), INC_OK);
    assert_string_equal(code, "");
    assert_int_equal(goal_value_check(2024, 5, true, NULL, NULL, code, &e), INC_EINVAL);
    assert_int_equal(goal_value_check(2024, 0, true, "misschien", "x", code, &e), INC_EINVAL);
    assert_int_equal(goal_value_check(2024, 0, false, NULL, "", code, &e), INC_EINVAL);
    assert_string_equal(e.field, "explanation");
    assert_int_equal(goal_value_allowed("x", true, true, &e), INC_EINVAL);
    assert_int_equal(goal_value_allowed("x", true, false, &e), INC_OK);
    goal_money m = {100, -1, 0};
    assert_int_equal(goal_finance_check(2024, &m, &e), INC_EINVAL);
    assert_int_equal(goal_story_check("Titel", "mail piet@example.nl", &e), INC_EINVAL);
    assert_string_equal(e.field, "body");
    assert_int_equal(goal_dashboard_check(0, &e), INC_EINVAL);
    assert_int_equal(goal_dashboard_check(DASHBOARD_MAX_PARAMETERS, &e), INC_OK);
    assert_int_equal(goal_dashboard_check(DASHBOARD_MAX_PARAMETERS + 1, &e), INC_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(on_stage_pupils_and_professionals), cmocka_unit_test(business_climate_not_applicable),
        cmocka_unit_test(lower_is_better), cmocka_unit_test(labels_codes_and_override),
        cmocka_unit_test(combine_indicators_of_a_goal), cmocka_unit_test(trend_over_quarters),
        cmocka_unit_test(money_of_a_goal), cmocka_unit_test(values_for_people), cmocka_unit_test(report_periods),
        cmocka_unit_test(stories_must_be_anonymous), cmocka_unit_test(entry_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
