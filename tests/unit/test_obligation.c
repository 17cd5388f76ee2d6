/* SROI obligation rules (domain brief section 1), figures worked by hand in the comments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "core/obligation.h"

static inc_policy P[2];

static int setup(void **s)
{
    (void)s;
    policy_seed_zoetermeer_2016(&P[0]);
    policy_seed_zoetermeer_2020(&P[1]);
    return 0;
}

static inc_obligation calc(inc_category c, inc_procedure p, int64_t value, int32_t labour, int y, int m, int d)
{
    inc_obligation_input in = {c, p, value, labour, date_from_ymd(y, m, d), false, 0, false, 0};
    inc_obligation out;
    assert_int_equal(obligation_compute(P, 2, &in, &out, NULL), INC_OK);
    return out;
}

static void five_percent_of_value(void **s)
{
    (void)s;
    /* werken, europees, EUR 1,000,000.00, loonsom 40 %: 5 % = EUR 50,000.00 */
    inc_obligation o = calc(CAT_WERKEN, PROC_EUROPEES, 100000000, 4000, 2021, 1, 1);
    assert_true(o.applies);
    assert_int_equal(o.percentage_bp, 500);
    assert_int_equal(o.amount_cents, 5000000);
    assert_false(o.met_by_sebo);
}

static void two_percent_when_loonsom_below_30(void **s)
{
    (void)s;
    /* diensten, nationaal, EUR 900,000, loonsom 25 % < 30 %: 2 % = EUR 18,000.00 */
    inc_obligation o = calc(CAT_DIENSTEN, PROC_NATIONAAL, 90000000, 2500, 2023, 8, 14);
    assert_int_equal(o.percentage_bp, 200);
    assert_int_equal(o.amount_cents, 1800000);
    /* loonsom exactly 30 % is not below 30 %: 5 % of 900,000 = 45,000.00 */
    o = calc(CAT_DIENSTEN, PROC_NATIONAAL, 90000000, 3000, 2023, 8, 14);
    assert_int_equal(o.amount_cents, 4500000);
    /* 29.99 % is below: 2 % */
    o = calc(CAT_DIENSTEN, PROC_NATIONAAL, 90000000, 2999, 2023, 8, 14);
    assert_int_equal(o.amount_cents, 1800000);
}

static void not_for_leveringen_nor_enkelvoudig(void **s)
{
    (void)s;
    inc_obligation o = calc(CAT_LEVERINGEN, PROC_EUROPEES, 65000000, 1000, 2024, 5, 6);
    assert_false(o.applies);
    assert_int_equal(o.amount_cents, 0);
    o = calc(CAT_WERKEN, PROC_ENKELVOUDIG, 4500000, 6000, 2025, 6, 2);
    assert_false(o.applies);
    /* meervoudig onderhands does apply: werken 600,000 at 50 % = 30,000.00 */
    o = calc(CAT_WERKEN, PROC_MEERVOUDIG, 60000000, 5000, 2025, 2, 10);
    assert_true(o.applies);
    assert_int_equal(o.amount_cents, 3000000);
}

static void sebo_meets_meervoudig_only(void **s)
{
    (void)s;
    /* meervoudig, SEBO holder, werken 1,200,000 at 35 %: obligation 60,000.00, all covered by SEBO */
    inc_obligation_input in = {CAT_WERKEN, PROC_MEERVOUDIG, 120000000, 3500, date_from_ymd(2024, 2, 12), true, 0, false, 0};
    inc_obligation o;
    assert_int_equal(obligation_compute(P, 2, &in, &o, NULL), INC_OK);
    assert_true(o.met_by_sebo);
    assert_int_equal(o.amount_cents, 6000000);      /* recorded as met, not as a zero */
    assert_int_equal(o.sebo_covered_cents, 6000000);
    /* the same holder in a europese procedure: not met by SEBO */
    in.procedure = PROC_EUROPEES;
    assert_int_equal(obligation_compute(P, 2, &in, &o, NULL), INC_OK);
    assert_false(o.met_by_sebo);
    assert_int_equal(o.sebo_covered_cents, 0);
}

static void extra_offered_at_award_adds(void **s)
{
    (void)s;
    /* 5 % + 1.5 % extra = 6.5 % of 2,000,000 = 130,000.00 */
    inc_obligation_input in = {CAT_WERKEN, PROC_EUROPEES, 200000000, 4000, date_from_ymd(2022, 3, 1), false, 150, false, 0};
    inc_obligation o;
    assert_int_equal(obligation_compute(P, 2, &in, &o, NULL), INC_OK);
    assert_int_equal(o.percentage_bp, 650);
    assert_int_equal(o.amount_cents, 13000000);
    /* SEBO in meervoudig with 1 % extra on 600,000: 6 % = 36,000, SEBO covers the 5 % = 30,000 */
    inc_obligation_input s2 = {CAT_WERKEN, PROC_MEERVOUDIG, 60000000, 5000, date_from_ymd(2022, 3, 1), true, 100, false, 0};
    assert_int_equal(obligation_compute(P, 2, &s2, &o, NULL), INC_OK);
    assert_int_equal(o.amount_cents, 3600000);
    assert_int_equal(o.sebo_covered_cents, 3000000);
}

static void exemption_sets_adjusted_percentage(void **s)
{
    (void)s;
    /* ontheffing to 3 % on 3,200,000 = 96,000.00 */
    inc_obligation_input in = {CAT_DIENSTEN, PROC_EUROPEES, 320000000, 6000, date_from_ymd(2024, 6, 10), false, 0, true, 300};
    inc_obligation o;
    assert_int_equal(obligation_compute(P, 2, &in, &o, NULL), INC_OK);
    assert_true(o.exempted);
    assert_int_equal(o.percentage_bp, 300);
    assert_int_equal(o.amount_cents, 9600000);
}

static void policy_in_force_on_award_date(void **s)
{
    (void)s;
    /* 2016 policy: 5 % flat, so loonsom 25 % still gives 5 % of 2,000,000 = 100,000.00 */
    inc_obligation o = calc(CAT_WERKEN, PROC_EUROPEES, 200000000, 2500, 2019, 11, 1);
    assert_int_equal(o.amount_cents, 10000000);
    /* 5 January 2020 is still 2016; 6 January 2020 the 2020 policy (2 %: 40,000.00) */
    o = calc(CAT_WERKEN, PROC_EUROPEES, 200000000, 2500, 2020, 1, 5);
    assert_int_equal(o.amount_cents, 10000000);
    o = calc(CAT_WERKEN, PROC_EUROPEES, 200000000, 2500, 2020, 1, 6);
    assert_int_equal(o.amount_cents, 4000000);
    /* 2016 thresholds: werken must be above 150,000; 150,000.01 gives 7,500.0005 -> 7,500.00 */
    o = calc(CAT_WERKEN, PROC_MEERVOUDIG, 15000000, 5000, 2018, 3, 1);
    assert_false(o.applies);
    o = calc(CAT_WERKEN, PROC_MEERVOUDIG, 15000001, 5000, 2018, 3, 1);
    assert_true(o.applies);
    assert_int_equal(o.amount_cents, 750000);
    /* before any policy: not found */
    inc_obligation_input in = {CAT_WERKEN, PROC_EUROPEES, 100, 5000, date_from_ymd(2015, 12, 31), false, 0, false, 0};
    inc_error e = {0};
    assert_int_equal(obligation_compute(P, 2, &in, &o, &e), INC_ENOTFOUND);
    assert_string_equal(e.field, "award_date");
}

static void rounds_half_up_once(void **s)
{
    (void)s;
    /* 5 % of 333,333.33 = 16,666.6665 -> 16,666.67 */
    inc_obligation o = calc(CAT_DIENSTEN, PROC_EUROPEES, 33333333, 5000, 2021, 1, 1);
    assert_int_equal(o.amount_cents, 1666667);
    /* 2 % of 0.25 = 0.005 -> 0.01 */
    o = calc(CAT_DIENSTEN, PROC_EUROPEES, 25, 1000, 2021, 1, 1);
    assert_int_equal(o.amount_cents, 1);
}

static void rejects_bad_input(void **s)
{
    (void)s;
    inc_obligation o;
    inc_error e = {0};
    inc_obligation_input in = {CAT_WERKEN, PROC_EUROPEES, -1, 5000, date_from_ymd(2021, 1, 1), false, 0, false, 0};
    assert_int_equal(obligation_compute(P, 2, &in, &o, &e), INC_EINVAL);
    assert_string_equal(e.field, "value");
    in.value_cents = 100;
    in.labour_share_bp = 10001;
    assert_int_equal(obligation_compute(P, 2, &in, &o, &e), INC_EINVAL);
    assert_string_equal(e.field, "labour_share_pct");
    in.labour_share_bp = 5000;
    in.extra_bp = -5;
    assert_int_equal(obligation_compute(P, 2, &in, &o, &e), INC_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(five_percent_of_value),
        cmocka_unit_test(two_percent_when_loonsom_below_30),
        cmocka_unit_test(not_for_leveringen_nor_enkelvoudig),
        cmocka_unit_test(sebo_meets_meervoudig_only),
        cmocka_unit_test(extra_offered_at_award_adds),
        cmocka_unit_test(exemption_sets_adjusted_percentage),
        cmocka_unit_test(policy_in_force_on_award_date),
        cmocka_unit_test(rounds_half_up_once),
        cmocka_unit_test(rejects_bad_input),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
