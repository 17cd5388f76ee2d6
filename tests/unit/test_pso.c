/* Worked figures of PSO as a policy option (issue 16, domain brief s.9): the table of a policy
 * version lowers or meets the obligation by level, only for a certificate valid for the whole
 * contract period; a withdrawal during the contract restores the obligation from that day.
 * The running example: ZTM-2025-M06-like works, EUR 199,500 at 5 % = EUR 9,975.00 obligation,
 * contract 01-06-2025 .. 31-05-2026 (365 days). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/pso.h"

static inc_date D(int y, int m, int d) { return date_from_ymd(y, m, d); }
#define OBLIGATION 997500
static pso_table table(void)
{
    /* a municipality's table: trede 2 and 3 meet the obligation, trede 1 halves it, basistrede
     * lowers it by 25 %, aspirant counts for nothing (not set) */
    pso_table t = {0};
    t.set[PSO_TREDE_3] = t.set[PSO_TREDE_2] = t.set[PSO_TREDE_1] = t.set[PSO_BASISTREDE] = true;
    t.covers_bp[PSO_TREDE_3] = t.covers_bp[PSO_TREDE_2] = 10000;
    t.covers_bp[PSO_TREDE_1] = 5000;
    t.covers_bp[PSO_BASISTREDE] = 2500;
    return t;
}
static pso_certificate cert(pso_level l, inc_date from, inc_date until)
{
    return (pso_certificate){l, from, until, INC_DATE_NONE};
}

/* No table: the policy does not accept PSO (Zoetermeer's seeded policies); trede 3 changes nothing. */
static void no_table_no_effect(void **state)
{
    (void)state;
    pso_table none = {0};
    pso_certificate c = cert(PSO_TREDE_3, D(2024, 1, 1), D(2027, 1, 1));
    pso_effect f;
    assert_int_equal(pso_apply(&none, &c, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_false(f.applies);
    assert_int_equal(f.remaining_cents, OBLIGATION);
    assert_string_equal(f.reason, "het beleid kent geen PSO");
}

/* Trede 2, valid 2024-2027: meets the whole EUR 9,975.00. */
static void trede2_meets(void **state)
{
    (void)state;
    pso_table t = table();
    pso_certificate c = cert(PSO_TREDE_2, D(2024, 3, 1), D(2027, 2, 28));
    pso_effect f;
    assert_int_equal(pso_apply(&t, &c, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_true(f.applies);
    assert_int_equal(f.covered_cents, 997500);
    assert_int_equal(f.remaining_cents, 0);
    assert_string_equal(f.reason, "PSO trede 2 vervult de verplichting (100,00 %)");
}

/* Trede 1 lowers by half: 9,975.00 x 50 % = 4,987.50 covered, 4,987.50 remains. Basistrede 25 %:
 * 2,493.75 covered (exact), 7,481.25 remains. With both, the higher cover counts. */
static void lower_by_level(void **state)
{
    (void)state;
    pso_table t = table();
    pso_effect f;
    pso_certificate c1 = cert(PSO_TREDE_1, D(2025, 1, 1), D(2027, 12, 31));
    assert_int_equal(pso_apply(&t, &c1, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_int_equal(f.covered_cents, 498750);
    assert_int_equal(f.remaining_cents, 498750);
    assert_string_equal(f.reason, "PSO trede 1 verlaagt de verplichting (50,00 %)");
    pso_certificate cb = cert(PSO_BASISTREDE, D(2025, 1, 1), D(2027, 12, 31));
    assert_int_equal(pso_apply(&t, &cb, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_int_equal(f.covered_cents, 249375);
    assert_int_equal(f.remaining_cents, 748125);
    pso_certificate both[2] = {cb, c1};
    assert_int_equal(pso_apply(&t, both, 2, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_int_equal(f.level, PSO_TREDE_1);
    assert_int_equal(f.covered_cents, 498750);
    /* rounding half up: EUR 1,000.01 at 50 % = 500.005 -> 500.01 */
    assert_int_equal(pso_apply(&t, &c1, 1, 100001, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_int_equal(f.covered_cents, 50001);
}

/* Aspirant is not in the table: nothing; a certificate that runs out on 30-04-2026, a month before
 * the contract's end, is not valid for the whole period: nothing either (whole-period rule), nor one
 * that starts a day after the contract. */
static void not_for_the_whole_period(void **state)
{
    (void)state;
    pso_table t = table();
    pso_effect f;
    pso_certificate a = cert(PSO_ASPIRANT, D(2025, 1, 1), D(2027, 1, 1));
    assert_int_equal(pso_apply(&t, &a, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_false(f.applies);
    assert_string_equal(f.reason, "geen PSO-certificaat op een trede die het beleid erkent");
    pso_certificate s = cert(PSO_TREDE_3, D(2024, 5, 1), D(2026, 4, 30));
    assert_int_equal(pso_apply(&t, &s, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_false(f.applies);
    assert_int_equal(f.remaining_cents, OBLIGATION);
    assert_string_equal(f.reason, "het PSO-certificaat is niet geldig gedurende de hele contractperiode");
    pso_certificate l = cert(PSO_TREDE_3, D(2025, 6, 2), D(2028, 1, 1));
    assert_int_equal(pso_apply(&t, &l, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_false(f.applies);
}

/* Trede 2 withdrawn on 01-12-2025: covered 01-06 .. 30-11-2025 = 183 of 365 days:
 * 9,975.00 x 183 / 365 = 5,001.164... -> 5,001.16 covered, 4,973.84 restored. Withdrawn on the
 * contract's first day or before: nothing covered. Withdrawn after the end: the whole. */
static void lapse_restores_from_that_day(void **state)
{
    (void)state;
    pso_table t = table();
    pso_effect f;
    pso_certificate c = cert(PSO_TREDE_2, D(2024, 3, 1), D(2027, 2, 28));
    c.withdrawn_on = D(2025, 12, 1);
    assert_int_equal(pso_apply(&t, &c, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_true(f.applies);
    assert_true(f.lapsed);
    assert_int_equal(f.lapsed_on, D(2025, 12, 1));
    assert_int_equal(f.covered_days, 183);
    assert_int_equal(f.contract_days, 365);
    assert_int_equal(f.covered_cents, 500116);
    assert_int_equal(f.remaining_cents, 497384);
    assert_string_equal(f.reason, "PSO trede 2 dekt 100,00 % van de verplichting, maar het certificaat is vervallen op "
                                  "01-12-2025: de verplichting geldt weer vanaf die dag (183 van 365 dagen gedekt)");
    /* trede 1 (50 %) withdrawn the same day: 9,975.00 x 50 % x 183 / 365 = 2,500.58 */
    c.level = PSO_TREDE_1;
    assert_int_equal(pso_apply(&t, &c, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_int_equal(f.covered_cents, 250058);
    c.withdrawn_on = D(2025, 6, 1);
    assert_int_equal(pso_apply(&t, &c, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_false(f.applies);
    assert_int_equal(f.remaining_cents, OBLIGATION);
    c.withdrawn_on = D(2026, 6, 1);
    assert_int_equal(pso_apply(&t, &c, 1, OBLIGATION, D(2025, 6, 1), D(2026, 5, 31), &f, NULL), INC_OK);
    assert_false(f.lapsed);
    assert_int_equal(f.covered_cents, 498750);
}

static void levels_and_bad_input(void **state)
{
    (void)state;
    pso_level l;
    assert_true(pso_level_parse("trede 3", &l));
    assert_int_equal(l, PSO_TREDE_3);
    assert_true(pso_level_parse("Basistrede", &l));
    assert_int_equal(l, PSO_BASISTREDE);
    assert_false(pso_level_parse("trede 4", &l));
    assert_string_equal(pso_level_code(PSO_TREDE_1), "trede-1");
    pso_table t = table();
    pso_effect f;
    inc_error e = {0};
    assert_int_equal(pso_apply(&t, NULL, 0, OBLIGATION, D(2026, 1, 1), D(2025, 1, 1), &f, &e), INC_EINVAL);
    assert_string_equal(e.field, "end_date");
    /* A policy without PSO takes any obligation the register does (EUR 450 million: 5 % of 9 billion);
     * the range that keeps the pro rata exact is checked only where PSO applies. */
    pso_table none = {0};
    inc_error e2 = {0};
    assert_int_equal(pso_apply(&none, NULL, 0, 45000000000000LL, D(2025, 1, 1), D(2025, 12, 31), &f, &e2), INC_OK);
    assert_false(f.applies);
    assert_int_equal(f.remaining_cents, 45000000000000LL);
    assert_int_equal(pso_apply(&t, NULL, 0, 45000000000000LL, D(2025, 1, 1), D(2025, 12, 31), &f, &e2), INC_EINVAL);
    assert_string_equal(e2.field, "obligation");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_table_no_effect),         cmocka_unit_test(trede2_meets),
        cmocka_unit_test(lower_by_level),             cmocka_unit_test(not_for_the_whole_period),
        cmocka_unit_test(lapse_restores_from_that_day), cmocka_unit_test(levels_and_bad_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
