/* Worked examples of the SEBO certificate lifecycle, validity and evidence rules. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/sebo_cert.h"

static inc_date D(int y, int m, int d) { return date_from_ymd(y, m, d); }

/* The forward path aangevraagd -> in audit -> gecertificeerd is allowed; skipping the audit is not. */
static void lifecycle_forward(void **state)
{
    (void)state;
    inc_error e = {0};
    inc_date day = D(2024, 3, 1);
    assert_int_equal(sebo_transition_check(SEBO_ST_APPLIED, SEBO_ST_IN_AUDIT, day, INC_DATE_NONE, NULL), INC_OK);
    assert_int_equal(sebo_transition_check(SEBO_ST_IN_AUDIT, SEBO_ST_CERTIFIED, day, INC_DATE_NONE, NULL), INC_OK);
    assert_int_equal(sebo_transition_check(SEBO_ST_IN_AUDIT, SEBO_ST_REJECTED, day, INC_DATE_NONE, NULL), INC_OK);
    assert_int_equal(sebo_transition_check(SEBO_ST_APPLIED, SEBO_ST_CERTIFIED, day, INC_DATE_NONE, &e),
                     INC_ECONFLICT);
    assert_non_null(strstr(e.message, "'aangevraagd'"));
    assert_non_null(strstr(e.message, "'gecertificeerd'"));
}

/* Certified 1 Jan 2022, valid until 31 Dec 2024. Expiring on 31 Dec 2024 is refused (still valid
 * that day); on 1 Jan 2025 allowed. Withdrawal is allowed any day. Final states do not move:
 * recertification is a new application. */
static void lifecycle_expiry_and_final(void **state)
{
    (void)state;
    inc_error e = {0};
    inc_date until = D(2024, 12, 31);
    assert_int_equal(sebo_transition_check(SEBO_ST_CERTIFIED, SEBO_ST_EXPIRED, until, until, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "31-12-2024"));
    assert_int_equal(sebo_transition_check(SEBO_ST_CERTIFIED, SEBO_ST_EXPIRED, until + 1, until, NULL), INC_OK);
    assert_int_equal(sebo_transition_check(SEBO_ST_CERTIFIED, SEBO_ST_WITHDRAWN, D(2023, 5, 1), until, NULL), INC_OK);
    assert_int_equal(sebo_transition_check(SEBO_ST_EXPIRED, SEBO_ST_CERTIFIED, until + 5, until, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "hercertificering"));
    assert_int_equal(sebo_transition_check(SEBO_ST_WITHDRAWN, SEBO_ST_IN_AUDIT, until, until, NULL), INC_ECONFLICT);
}

/* Validity: from 1 Jan 2022 to 31 Dec 2024. Holder on both edge days, not the day before or after.
 * Withdrawn on 1 Jun 2023: holder on 31 May 2023, not from 1 Jun 2023. An application in audit holds
 * nothing. Stored "gecertificeerd" on 1 Jan 2025 is effectively verlopen. */
static void validity_window(void **state)
{
    (void)state;
    inc_date from = D(2022, 1, 1), until = D(2024, 12, 31);
    assert_true(sebo_valid_on(SEBO_ST_CERTIFIED, from, until, INC_DATE_NONE, from));
    assert_true(sebo_valid_on(SEBO_ST_CERTIFIED, from, until, INC_DATE_NONE, until));
    assert_false(sebo_valid_on(SEBO_ST_CERTIFIED, from, until, INC_DATE_NONE, from - 1));
    assert_false(sebo_valid_on(SEBO_ST_CERTIFIED, from, until, INC_DATE_NONE, until + 1));
    assert_true(sebo_valid_on(SEBO_ST_WITHDRAWN, from, until, D(2023, 6, 1), D(2023, 5, 31)));
    assert_false(sebo_valid_on(SEBO_ST_WITHDRAWN, from, until, D(2023, 6, 1), D(2023, 6, 1)));
    assert_false(sebo_valid_on(SEBO_ST_IN_AUDIT, from, until, INC_DATE_NONE, D(2023, 1, 1)));
    assert_true(sebo_valid_on(SEBO_ST_EXPIRED, from, until, INC_DATE_NONE, D(2023, 1, 1)));  /* history stays true */
    assert_int_equal(sebo_effective_status(SEBO_ST_CERTIFIED, until, until + 1), SEBO_ST_EXPIRED);
    assert_int_equal(sebo_effective_status(SEBO_ST_CERTIFIED, until, until), SEBO_ST_CERTIFIED);
    assert_int_equal(sebo_effective_status(SEBO_ST_WITHDRAWN, until, until + 1), SEBO_ST_WITHDRAWN);
}

/* valid-until before certified-from is refused; equal days are a one-day certificate.
 * Default validity 36 months from 15 Mar 2021: 15 Mar 2024 less one day = 14 Mar 2024.
 * From 29 Feb 2024 plus 12 months clamps to 28 Feb 2025, less one day = 27 Feb 2025. */
static void period_and_default(void **state)
{
    (void)state;
    inc_error e = {0};
    assert_int_equal(sebo_period_check(D(2024, 1, 10), D(2024, 1, 9), &e), INC_EINVAL);
    assert_string_equal(e.field, "valid_until");
    assert_non_null(strstr(e.message, "09-01-2024"));
    assert_int_equal(sebo_period_check(D(2024, 1, 10), D(2024, 1, 10), NULL), INC_OK);
    assert_int_equal(sebo_default_valid_until(D(2021, 3, 15), 36), D(2024, 3, 14));
    assert_int_equal(sebo_default_valid_until(D(2024, 2, 29), 12), D(2025, 2, 27));
}

/* Expiring within 90 days of 1 Oct 2026: 1 Oct 2026 + 90 days = 30 Dec 2026.
 * 30 Dec 2026 is in the window, 31 Dec 2026 is not; 30 Sep 2026 has already run out. */
static void expiring_window(void **state)
{
    (void)state;
    inc_date today = D(2026, 10, 1);
    assert_int_equal(today + 90, D(2026, 12, 30));
    assert_true(sebo_expiring_within(D(2026, 12, 30), today, 90));
    assert_true(sebo_expiring_within(today, today, 90));
    assert_false(sebo_expiring_within(D(2026, 12, 31), today, 90));
    assert_false(sebo_expiring_within(D(2026, 9, 30), today, 90));
    assert_false(sebo_expiring_within(INC_DATE_NONE, today, 90));
}

/* Evidence: all six criteria needed. A zzp'er may mark jobs and guidance "niet van toepassing",
 * a company with staff may not; nobody may skip volunteer work. */
static void evidence_rules(void **state)
{
    (void)state;
    inc_error e = {0};
    sebo_evidence_state ev[SEBO_CRIT__COUNT];
    for (int i = 0; i < SEBO_CRIT__COUNT; i++) ev[i] = (sebo_evidence_state){true, false};
    assert_int_equal(sebo_evidence_complete(ev, false, NULL), INC_OK);
    ev[SEBO_CRIT_PAST].recorded = false;
    assert_int_equal(sebo_evidence_complete(ev, false, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "past performance"));
    ev[SEBO_CRIT_PAST].recorded = true;
    ev[SEBO_CRIT_JOBS].not_applicable = true;
    ev[SEBO_CRIT_GUIDANCE].not_applicable = true;
    assert_int_equal(sebo_evidence_complete(ev, true, NULL), INC_OK);
    assert_int_equal(sebo_evidence_complete(ev, false, &e), INC_ECONFLICT);
    ev[SEBO_CRIT_JOBS].not_applicable = false;
    ev[SEBO_CRIT_GUIDANCE].not_applicable = false;
    ev[SEBO_CRIT_VOLUNTEER].not_applicable = true;
    assert_int_equal(sebo_evidence_complete(ev, true, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "vrijwilligerswerk"));
}

static void codes(void **state)
{
    (void)state;
    sebo_status s;
    assert_true(sebo_status_parse("in audit", &s));
    assert_int_equal(s, SEBO_ST_IN_AUDIT);
    assert_true(sebo_status_parse("in-audit", &s));
    assert_false(sebo_status_parse("geldig", &s));
    sebo_criterion c;
    assert_true(sebo_criterion_parse("vrijwilligerswerk", &c));
    assert_int_equal(c, SEBO_CRIT_VOLUNTEER);
    assert_string_equal(sebo_criterion_code(SEBO_CRIT_CLIMATE), "ondernemersklimaat");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lifecycle_forward),     cmocka_unit_test(lifecycle_expiry_and_final),
        cmocka_unit_test(validity_window),       cmocka_unit_test(period_and_default),
        cmocka_unit_test(expiring_window),       cmocka_unit_test(evidence_rules),
        cmocka_unit_test(codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
