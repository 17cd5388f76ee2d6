/* Building-block valuation (domain brief section 2 and the product's valuation convention). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>
#include "core/valuation.h"

static inc_block blocks[64];
static int nblocks;

static const inc_block *B(const char *code)
{
    for (int i = 0; i < nblocks; i++)
        if (strcmp(blocks[i].code, code) == 0) return &blocks[i];
    fail_msg("no block %s", code);
    return NULL;
}

static int setup(void **s)
{
    (void)s;
    nblocks = catalogue_seed_2023(blocks, 64);
    return 0;
}

#define D(y, m, d) date_from_ymd(y, m, d)

static inc_value value(const char *code, int32_t hours_centi, inc_date start, inc_date end, inc_date cs, inc_date ce,
                       int already, inc_date subsidy)
{
    inc_value_input in = {B(code), hours_centi, start, end, cs, ce, 0, already, subsidy};
    inc_value v;
    assert_int_equal(valuation_compute(&in, &v, NULL), INC_OK);
    return v;
}

static void catalogue_figures(void **s)
{
    (void)s;
    assert_int_equal(B("mu-banenafspraak")->value_cents, 5000000);
    assert_int_equal(B("mu-banenafspraak")->cap_months, 0);
    assert_int_equal(B("mu-participatiewet")->cap_months, 24);
    assert_int_equal(B("mu-wia")->cap_months, 24);
    assert_int_equal(B("ls-stage-vso-pro")->cap_months, 24);
    assert_int_equal(B("mu-ww")->cap_months, 12);
    assert_int_equal(B("ls-bbl-3")->value_cents, 1500000);
    assert_int_equal(B("ls-stage-vso-pro")->value_cents, 750000);
}

static void cap_days(void **s)
{
    (void)s;
    assert_int_equal(cap_days_for_months(12), 365);
    assert_int_equal(cap_days_for_months(24), 730);
    assert_int_equal(cap_days_for_months(36), 1095);
    assert_int_equal(cap_days_for_months(6), 182); /* 182.5 rounded down */
}

static void banenafspraak_counts_always(void **s)
{
    (void)s;
    /* 36 h, 2024 is a leap year: 366 days x 50,000 / 365 = 50,136.986 -> 50,136.99; no cap */
    inc_value v = value("mu-banenafspraak", 3600, D(2024, 1, 1), D(2024, 12, 31), D(2024, 1, 1), D(2026, 12, 31), 0,
                        INC_DATE_NONE);
    assert_int_equal(v.counted_days, 366);
    assert_int_equal(v.value_cents, 5013699);
    assert_false(v.capped);
    /* three years uncapped: 1096 days -> 50,000 x 1096 / 365 = 150,136.99 */
    v = value("mu-banenafspraak", 3600, D(2024, 1, 1), D(2026, 12, 31), D(2024, 1, 1), D(2026, 12, 31), 0, INC_DATE_NONE);
    assert_int_equal(v.counted_days, 1096);
    assert_int_equal(v.value_cents, 15013699);
}

static void hours_factor(void **s)
{
    (void)s;
    /* 25.5 h: 50,000 x 25.5/36 = 35,416.666... -> 35,416.67 over 365 days */
    inc_value v = value("mu-banenafspraak", 2550, D(2023, 1, 1), D(2023, 12, 31), D(2023, 1, 1), D(2024, 12, 31), 0,
                        INC_DATE_NONE);
    assert_int_equal(v.value_cents, 3541667);
    /* 40 h counts as 36: Participatiewet 40,000 x 365/365 = 40,000.00 */
    v = value("mu-participatiewet", 4000, D(2023, 1, 1), D(2023, 12, 31), D(2023, 1, 1), D(2024, 12, 31), 0, INC_DATE_NONE);
    assert_int_equal(v.value_cents, 4000000);
}

static void twelve_month_cap(void **s)
{
    (void)s;
    /* WW 20,000, 24 h, 2023-07-01..2024-06-30 is 366 days; cap 365 days:
       20,000 x 24/36 x 365/365 = 13,333.33; last counted day 2024-06-29 */
    inc_value v = value("mu-ww", 2400, D(2023, 7, 1), D(2024, 6, 30), D(2023, 1, 1), D(2025, 12, 31), 0, INC_DATE_NONE);
    assert_true(v.capped);
    assert_int_equal(v.counted_days, 365);
    assert_int_equal(v.value_cents, 1333333);
    assert_int_equal(v.counted_to, D(2024, 6, 29));
    /* 300 days already counted on this contract: 65 left: 20,000 x 65/365 = 3,561.64 */
    v = value("mu-ww", 3600, D(2024, 1, 1), D(2024, 12, 31), D(2023, 1, 1), D(2025, 12, 31), 300, INC_DATE_NONE);
    assert_int_equal(v.counted_days, 65);
    assert_int_equal(v.value_cents, 356164);
    /* cap already used up: nothing counts */
    v = value("mu-ww", 3600, D(2024, 1, 1), D(2024, 12, 31), D(2023, 1, 1), D(2025, 12, 31), 365, INC_DATE_NONE);
    assert_int_equal(v.counted_days, 0);
    assert_int_equal(v.value_cents, 0);
    assert_true(v.capped);
}

static void loonkostensubsidie_counts_during_subsidy(void **s)
{
    (void)s;
    /* WW, 36 h, 2023-01-01..2024-12-31, subsidy until 2024-06-30: counted through the subsidy's end:
       365 + 182 = 547 days x 20,000 / 365 = 29,972.60 */
    inc_value v = value("mu-ww", 3600, D(2023, 1, 1), D(2024, 12, 31), D(2023, 1, 1), D(2025, 12, 31), 0, D(2024, 6, 30));
    assert_int_equal(v.counted_days, 547);
    assert_int_equal(v.value_cents, 2997260);
    assert_true(v.capped);
}

static void twelve_months_before_contract(void **s)
{
    (void)s;
    /* contract from 2023-07-01; started 2022-09-01 (within 12 months before): counts from 2022-09-01,
       to 2023-08-31 = 365 days: WW 20,000.00 */
    inc_value v = value("mu-ww", 3600, D(2022, 9, 1), D(2023, 8, 31), D(2023, 7, 1), D(2025, 6, 30), 0, INC_DATE_NONE);
    assert_int_equal(v.counted_from, D(2022, 9, 1));
    assert_int_equal(v.counted_days, 365);
    assert_int_equal(v.value_cents, 2000000);
    /* started 2022-07-01: exactly 12 months before, still counts */
    v = value("mu-ww", 3600, D(2022, 7, 1), D(2022, 7, 31), D(2023, 7, 1), D(2025, 6, 30), 0, INC_DATE_NONE);
    assert_int_equal(v.counted_days, 31);
    /* started 2022-06-30: more than 12 months before: not counted at all */
    v = value("mu-ww", 3600, D(2022, 6, 30), D(2023, 8, 31), D(2023, 7, 1), D(2025, 6, 30), 0, INC_DATE_NONE);
    assert_int_equal(v.counted_days, 0);
    assert_int_equal(v.value_cents, 0);
    assert_non_null(strstr(v.note, "12 maanden"));
}

static void only_days_inside_the_contract(void **s)
{
    (void)s;
    /* contract ends 2023-03-31; Participatiewet 2023-03-01..2023-06-30 counts March only:
       31 days x 40,000 / 365 = 3,397.26 */
    inc_value v = value("mu-participatiewet", 3600, D(2023, 3, 1), D(2023, 6, 30), D(2022, 1, 1), D(2023, 3, 31), 0,
                        INC_DATE_NONE);
    assert_int_equal(v.counted_days, 31);
    assert_int_equal(v.value_cents, 339726);
    /* wholly after the contract: nothing */
    v = value("mu-participatiewet", 3600, D(2023, 4, 1), D(2023, 6, 30), D(2022, 1, 1), D(2023, 3, 31), 0, INC_DATE_NONE);
    assert_int_equal(v.counted_days, 0);
    assert_int_equal(v.value_cents, 0);
}

static void one_offs_actual_costs_and_hours(void **s)
{
    (void)s;
    inc_value_input in = {B("bonus-contract-arbeidsbeperking"), 0, D(2023, 5, 1), D(2023, 5, 1), D(2021, 5, 1),
                          D(2025, 4, 30), 0, 0, INC_DATE_NONE};
    inc_value v;
    assert_int_equal(valuation_compute(&in, &v, NULL), INC_OK);
    assert_int_equal(v.value_cents, 1000000); /* 10,000.00 as in the catalogue */
    in.block = B("ow-opleiding");
    in.amount_cents = 650000;
    assert_int_equal(valuation_compute(&in, &v, NULL), INC_OK);
    assert_int_equal(v.value_cents, 650000); /* actual cost as entered */
    in.block = B("ma-gastles");
    in.hours_centi = 1200; /* 12 hours x 50.00 = 600.00 */
    assert_int_equal(valuation_compute(&in, &v, NULL), INC_OK);
    assert_int_equal(v.value_cents, 60000);
}

static void rejects_bad_input(void **s)
{
    (void)s;
    inc_value v;
    inc_error e = {0};
    inc_value_input in = {B("mu-ww"), 0, D(2023, 1, 1), D(2023, 2, 1), D(2023, 1, 1), D(2024, 1, 1), 0, 0, INC_DATE_NONE};
    assert_int_equal(valuation_compute(&in, &v, &e), INC_EINVAL);
    assert_string_equal(e.field, "hours_per_week");
    in.hours_centi = 6001;
    assert_int_equal(valuation_compute(&in, &v, &e), INC_EINVAL);
    in.hours_centi = 3600;
    in.end = D(2022, 12, 31);
    assert_int_equal(valuation_compute(&in, &v, &e), INC_EINVAL);
    assert_string_equal(e.field, "end");
    in.end = D(2023, 2, 1);
    in.block = B("ow-opleiding");
    assert_int_equal(valuation_compute(&in, &v, &e), INC_EINVAL);
    assert_string_equal(e.field, "amount");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(catalogue_figures),
        cmocka_unit_test(cap_days),
        cmocka_unit_test(banenafspraak_counts_always),
        cmocka_unit_test(hours_factor),
        cmocka_unit_test(twelve_month_cap),
        cmocka_unit_test(loonkostensubsidie_counts_during_subsidy),
        cmocka_unit_test(twelve_months_before_contract),
        cmocka_unit_test(only_days_inside_the_contract),
        cmocka_unit_test(one_offs_actual_costs_and_hours),
        cmocka_unit_test(rejects_bad_input),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
