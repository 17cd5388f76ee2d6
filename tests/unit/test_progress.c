/* Contract progress, statuses, the five-working-day contact deadline and yearly reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "core/progress.h"
#include "core/workdays.h"

#define D(y, m, d) date_from_ymd(y, m, d)

static inc_progress run(int64_t due, int64_t verified, inc_date today)
{
    /* contract 2024-01-01..2024-12-31 = 366 days */
    inc_progress_input in = {true, false, false, due, 0, verified, verified, D(2024, 1, 1), D(2024, 12, 31), today, 0};
    inc_progress p;
    progress_compute(&in, &p);
    return p;
}

static void expected_pro_rata(void **s)
{
    (void)s;
    /* due 36,600.00 over 366 days; on 2024-04-09 100 days have passed: expected 10,000.00 */
    inc_progress p = run(3660000, 1000000, D(2024, 4, 9));
    assert_int_equal(p.expected_cents, 1000000);
    assert_int_equal(p.status, PS_ON_SCHEDULE);
    p = run(3660000, 999999, D(2024, 4, 9));
    assert_int_equal(p.status, PS_BEHIND);
    /* verified share: 10,000 / 36,600 = 27.32 % */
    assert_int_equal(p.verified_pct_bp, 2732);
}

static void statuses(void **s)
{
    (void)s;
    assert_int_equal(run(3660000, 0, D(2023, 12, 31)).status, PS_NOT_STARTED);
    assert_int_equal(run(3660000, 0, D(2023, 12, 31)).expected_cents, 0);
    assert_int_equal(run(3660000, 3660000, D(2024, 6, 1)).status, PS_MET);
    assert_int_equal(run(3660000, 3000000, D(2025, 1, 1)).status, PS_NOT_MET);
    inc_progress_input in = {false, false, false, 0, 0, 0, 0, D(2024, 1, 1), D(2024, 12, 31), D(2024, 6, 1), 0};
    inc_progress p;
    progress_compute(&in, &p);
    assert_int_equal(p.status, PS_NOT_APPLICABLE);
    /* SEBO covers the whole obligation */
    inc_progress_input sebo = {true, true, false, 6000000, 6000000, 0, 0, D(2024, 4, 1), D(2025, 3, 31), D(2024, 6, 1), 0};
    progress_compute(&sebo, &p);
    assert_int_equal(p.status, PS_MET_BY_SEBO);
    assert_int_equal(p.due_cents, 0);
    /* SEBO with 1 % extra: 6,000.00 still due, half a year in */
    inc_progress_input extra = {true, true, false, 3600000, 3000000, 0, 0, D(2024, 1, 1), D(2024, 12, 31), D(2024, 7, 1), 0};
    progress_compute(&extra, &p);
    assert_int_equal(p.due_cents, 600000);
    assert_int_equal(p.status, PS_BEHIND);
    /* ontheffing to 0 % */
    inc_progress_input ex = {true, false, true, 0, 0, 0, 0, D(2024, 1, 1), D(2024, 12, 31), D(2024, 7, 1), 0};
    progress_compute(&ex, &p);
    assert_int_equal(p.status, PS_EXEMPTED);
    assert_string_equal(progress_status_label(PS_MET_BY_SEBO), "voldaan via SEBO");
}

/* PSO (issue 16): the worked figure of docs/domain-rules.md, EUR 9,975.00 of which a certificate
 * withdrawn on 01-12-2025 covered EUR 5,001.16: EUR 4,973.84 is due, pro rata over the contract. */
static void pso_lowers_what_is_due(void **s)
{
    (void)s;
    inc_progress p;
    inc_progress_input in = {true, false, false, 997500, 0, 0, 0, D(2025, 6, 1), D(2026, 5, 31), D(2026, 6, 1), 500116};
    progress_compute(&in, &p);
    assert_int_equal(p.due_cents, 497384);
    assert_int_equal(p.expected_cents, 497384);
    assert_int_equal(p.status, PS_NOT_MET);
    in.verified_cents = in.reported_cents = 497384;
    progress_compute(&in, &p);
    assert_int_equal(p.status, PS_MET);
    /* a certificate that meets the whole obligation: nothing due, met */
    inc_progress_input all = {true, false, false, 997500, 0, 0, 0, D(2025, 6, 1), D(2026, 5, 31), D(2025, 9, 1), 997500};
    progress_compute(&all, &p);
    assert_int_equal(p.due_cents, 0);
    assert_int_equal(p.status, PS_MET);
    assert_int_equal(p.verified_pct_bp, 10000);
}

static void contact_deadline_five_working_days(void **s)
{
    (void)s;
    /* Friday 2024-04-26: Mon 29, Tue 30, Wed 1, Thu 2, Fri 3 May */
    assert_int_equal(contact_deadline(D(2024, 4, 26)), D(2024, 5, 3));
    /* Friday 2024-12-20: Mon 23, Tue 24, (25, 26 Kerst), Fri 27, Mon 30, Tue 31 */
    assert_int_equal(contact_deadline(D(2024, 12, 20)), D(2024, 12, 31));
    /* Thursday 2025-04-17: Fri 18, (Mon 21 Tweede Paasdag), Tue 22, Wed 23, Thu 24, Fri 25 */
    assert_int_equal(easter_sunday(2025), D(2025, 4, 20));
    assert_int_equal(contact_deadline(D(2025, 4, 17)), D(2025, 4, 25));
    /* Koningsdag 2025 falls on Sunday and moves to Saturday 26 April; 2023 on Thursday 27 April */
    assert_true(is_public_holiday(D(2025, 4, 26)));
    assert_true(is_public_holiday(D(2023, 4, 27)));
    /* Bevrijdingsdag only in lustrum years; Hemelvaart 2024 is 9 May; Tweede Pinksterdag 20 May 2024 */
    assert_true(is_public_holiday(D(2025, 5, 5)));
    assert_false(is_public_holiday(D(2024, 5, 5)));
    assert_true(is_public_holiday(D(2024, 5, 9)));
    assert_true(is_public_holiday(D(2024, 5, 20)));
}

static void yearly_reports_at_anniversaries(void **s)
{
    (void)s;
    inc_date due[8];
    /* 2021-05-01..2025-04-30: reports due 2022-05-01, 2023-05-01, 2024-05-01 (2025-05-01 is after the end) */
    assert_int_equal(yearly_report_due_dates(D(2021, 5, 1), D(2025, 4, 30), due, 8), 3);
    assert_int_equal(due[0], D(2022, 5, 1));
    assert_int_equal(due[2], D(2024, 5, 1));
    /* a one-year contract has none */
    assert_int_equal(yearly_report_due_dates(D(2024, 1, 1), D(2024, 12, 31), due, 8), 0);
    /* 29 February start: anniversaries clamp to 28 February */
    assert_int_equal(yearly_report_due_dates(D(2024, 2, 29), D(2026, 3, 1), due, 8), 2);
    assert_int_equal(due[0], D(2025, 2, 28));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(expected_pro_rata),
        cmocka_unit_test(statuses),
        cmocka_unit_test(pso_lowers_what_is_due),
        cmocka_unit_test(contact_deadline_five_working_days),
        cmocka_unit_test(yearly_reports_at_anniversaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
