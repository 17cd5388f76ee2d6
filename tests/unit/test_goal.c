/* Goal evaluation, trend, suppression and money of a goal, with figures from the sources. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/goal.h"

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

static void small_counts_are_suppressed(void **s)
{
    (void)s;
    char b[16];
    goal_count_text(4, b, sizeof b);
    assert_string_equal(b, "<5");
    goal_count_text(0, b, sizeof b);
    assert_string_equal(b, "<5");
    goal_count_text(5, b, sizeof b);
    assert_string_equal(b, "5");
    goal_count_text(1000, b, sizeof b);
    assert_string_equal(b, "1.000");
}

/* Breakdown WW 3, Participatiewet 12, banenafspraak 7 with total 22: only WW is below 5, so the
 * total would reveal it (22 - 12 - 7 = 3); the smallest other cell (7) is suppressed too. */
static void breakdown_secondary_suppression(void **s)
{
    (void)s;
    int64_t c[] = {3, 12, 7};
    bool sup[3];
    assert_int_equal(goal_suppress_breakdown(c, 3, sup), 2);
    assert_true(sup[0]);
    assert_false(sup[1]);
    assert_true(sup[2]);
    /* two small cells already hide each other: nothing extra */
    int64_t d[] = {2, 3, 40};
    bool sd[3];
    assert_int_equal(goal_suppress_breakdown(d, 3, sd), 2);
    assert_false(sd[2]);
    /* nothing small: nothing hidden */
    int64_t e[] = {5, 6};
    bool se[2];
    assert_int_equal(goal_suppress_breakdown(e, 2, se), 0);
}

/* A total next to suppressed cells: seven categories of 1 person each, total 7 -> showing 7 would
 * tell every hidden cell is 1: "afgeschermd". {3, 12, 7} with 3 and 7 hidden: hidden sum 10 over
 * 2 cells (could be 3+7, 4+6, 6+4 ...) -> 22 shown. {4, 4, 40}: hidden 8 = 4 x 2 -> both 4 ->
 * afgeschermd. A total of 4 -> "<5". No hidden cells -> shown. */
static void totals_beside_suppressed_cells(void **s)
{
    (void)s;
    char b[16];
    int64_t ones[] = {1, 1, 1, 1, 1, 1, 1};
    bool so[7];
    goal_suppress_breakdown(ones, 7, so);
    assert_false(goal_total_safe(ones, so, 7, 7));
    goal_total_text(ones, so, 7, 7, b, sizeof b);
    assert_string_equal(b, "afgeschermd");
    int64_t c[] = {3, 12, 7};
    bool sc[3];
    goal_suppress_breakdown(c, 3, sc);
    assert_true(goal_total_safe(c, sc, 3, 22));
    goal_total_text(c, sc, 3, 22, b, sizeof b);
    assert_string_equal(b, "22");
    int64_t f[] = {4, 4, 40};
    bool sf[3];
    goal_suppress_breakdown(f, 3, sf);
    assert_false(goal_total_safe(f, sf, 3, 48));
    int64_t t[] = {2, 2};
    bool st[2];
    goal_suppress_breakdown(t, 2, st);
    goal_total_text(t, st, 2, 4, b, sizeof b);
    assert_string_equal(b, "<5");
    int64_t big[] = {10, 20};
    bool sb[2];
    goal_suppress_breakdown(big, 2, sb);
    goal_total_text(big, sb, 2, 30, b, sizeof b);
    assert_string_equal(b, "30");
    goal_total_text(big, sb, 0, 0, b, sizeof b);
    assert_string_equal(b, "0");
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(on_stage_pupils_and_professionals), cmocka_unit_test(business_climate_not_applicable),
        cmocka_unit_test(lower_is_better), cmocka_unit_test(labels_codes_and_override),
        cmocka_unit_test(combine_indicators_of_a_goal), cmocka_unit_test(trend_over_quarters),
        cmocka_unit_test(small_counts_are_suppressed), cmocka_unit_test(breakdown_secondary_suppression),
        cmocka_unit_test(totals_beside_suppressed_cells),
        cmocka_unit_test(money_of_a_goal), cmocka_unit_test(values_for_people), cmocka_unit_test(report_periods),
        cmocka_unit_test(stories_must_be_anonymous),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
