/* Durable placements per instrument in the banenafspraak report, with figures worked out by hand:
 * 6 and 12 months after the start across a leap day and month ends, "still working" in any record
 * (sheltered work included), and the council's view with small cohorts hidden. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>
#include "core/banen_figures.h"
#include "core/banen_stats.h"

static banen_rec rec(int64_t person, banen_instrument in, inc_date start, inc_date end)
{
    banen_rec r;
    memset(&r, 0, sizeof r);
    r.person_id = person;
    r.employer_id = 100 + person;
    r.instrument = in;
    r.group = in == BI_BESCHUT_WERK ? BG_NIEUW_BESCHUT : BG_PARTICIPATIEWET;
    r.contract = BC_TIJDELIJK;
    r.start = start;
    r.end = end;
    r.hours_centi = 2000;
    return r;
}

static void test_by_instrument(void **state)
{
    (void)state;
    inc_date N = INC_DATE_NONE;
    banen_rec r[] = {
        /* 28-02-2023, open: 6 months on 28-08-2023 and 12 months on 28-02-2024 both working */
        rec(1, BI_LOONKOSTENSUBSIDIE, date_from_ymd(2023, 2, 28), N),
        /* ended 31-12-2023: working on 28-08-2023; on 28-02-2024 working again, in record 5 (IPS) */
        rec(2, BI_LOONKOSTENSUBSIDIE, date_from_ymd(2023, 2, 28), date_from_ymd(2023, 12, 31)),
        /* 31-08-2023 + 6 months = 29-02-2024 (leap day, clamped); the record ends that day: working */
        rec(3, BI_JOBCOACH, date_from_ymd(2023, 8, 31), date_from_ymd(2024, 2, 29)),
        /* sheltered work counts for its own durability */
        rec(4, BI_BESCHUT_WERK, date_from_ymd(2023, 1, 31), N),
        /* started 15-01-2024: 6 months on lies after the day, in no cohort */
        rec(2, BI_IPS, date_from_ymd(2024, 1, 15), N),
        /* Direct Werk ended 31-05-2023: not working on 01-07-2023 nor on 01-01-2024 */
        rec(5, BI_DIRECT_WERK, date_from_ymd(2023, 1, 1), date_from_ymd(2023, 5, 31)),
    };
    banen_instrument_durability d[BI__COUNT];
    inc_error e = {0};
    assert_int_equal(banen_durability_by_instrument(r, 6, date_from_ymd(2024, 3, 1), d, &e), INC_OK);
    const banen_instrument_durability *lks = &d[BI_LOONKOSTENSUBSIDIE], *jc = &d[BI_JOBCOACH],
                                      *bw = &d[BI_BESCHUT_WERK], *dw = &d[BI_DIRECT_WERK], *ips = &d[BI_IPS];
    assert_int_equal(lks->cohort6, 2);
    assert_int_equal(lks->still6, 2);
    assert_int_equal(lks->cohort12, 2);
    assert_int_equal(lks->still12, 2);
    assert_int_equal(lks->still12_bp, 10000);
    assert_int_equal(jc->cohort6, 1);
    assert_int_equal(jc->still6, 1);
    assert_int_equal(jc->cohort12, 0);
    assert_int_equal(jc->still12_bp, -1);
    assert_int_equal(bw->cohort12, 1);
    assert_int_equal(bw->still12, 1);
    assert_int_equal(dw->cohort6, 1);
    assert_int_equal(dw->still6, 0);
    assert_int_equal(dw->cohort12, 1);
    assert_int_equal(dw->still12_bp, 0);
    assert_int_equal(ips->cohort6, 0);
    /* One day earlier (29-02-2024) the 12-month day of record 1 and 2 (28-02-2024) is in, and the
     * 6-month day of record 3 (29-02-2024) too; on 28-02-2024 record 3 is not yet in its cohort. */
    assert_int_equal(banen_durability_by_instrument(r, 6, date_from_ymd(2024, 2, 28), d, &e), INC_OK);
    assert_int_equal(d[BI_JOBCOACH].cohort6, 0);
    assert_int_equal(d[BI_LOONKOSTENSUBSIDIE].cohort12, 2);
    assert_int_equal(banen_durability_by_instrument(r, 6, date_from_ymd(2024, 2, 27), d, &e), INC_OK);
    assert_int_equal(d[BI_LOONKOSTENSUBSIDIE].cohort12, 0);
}

static void test_council_view(void **state)
{
    (void)state;
    banen_figures f;
    memset(&f, 0, sizeof f);
    f.aggregate_only = true;
    /* loonkostensubsidie 12 of 20 still working after 12 months; jobcoach 3 (small); the others 0 */
    f.by_instrument[BI_LOONKOSTENSUBSIDIE] = (banen_instrument_durability){20, 15, 20, 12, 7500, 6000};
    f.by_instrument[BI_JOBCOACH] = (banen_instrument_durability){3, 3, 3, 2, 10000, 6667};
    inc_error e = {0};
    assert_int_equal(banen_figures_suppress(&f, &e), INC_OK);
    assert_int_equal(f.instrument12[BI_LOONKOSTENSUBSIDIE].whole, SUP_SHOWN);
    assert_int_equal(f.instrument12[BI_LOONKOSTENSUBSIDIE].part, SUP_SHOWN);
    assert_int_equal(f.instrument12[BI_JOBCOACH].whole, SUP_SMALL);
    assert_int_equal(f.instrument12[BI_JOBCOACH].part, SUP_SMALL);
    assert_int_equal(f.instrument12[BI_JOBCOACH].share, SUP_PROTECTS);
    /* without aggregate_only everything is shown */
    f.aggregate_only = false;
    assert_int_equal(banen_figures_suppress(&f, &e), INC_OK);
    assert_int_equal(f.instrument12[BI_JOBCOACH].whole, SUP_SHOWN);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_by_instrument),
        cmocka_unit_test(test_council_view),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
