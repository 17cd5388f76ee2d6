/* Issue 17 rules with worked figures: settlement outcome, unrealised value and penalty, the plan
 * van aanpak, the escalation ladder and the evidence checks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>
#include "core/settlement.h"

#define D(y, m, d) date_from_ymd(y, m, d)

static settlement_input base(int64_t due, int64_t verified)
{
    return (settlement_input){.due_cents = due, .verified_cents = verified, .end = D(2024, 12, 31),
                              .today = D(2025, 6, 30), .exemption_date = INC_DATE_NONE};
}

static void outcomes(void **s)
{
    (void)s;
    settlement_result r;
    inc_error e = {0};
    /* due 50,000.00, verified 50,000.00: voldaan, nothing unrealised */
    settlement_input in = base(5000000, 5000000);
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.outcome, SETTLE_MET);
    assert_int_equal(r.unrealised_cents, 0);
    /* due 50,000.00, verified 36,712.33: deels voldaan, 13,287.67 unrealised */
    in = base(5000000, 3671233);
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.outcome, SETTLE_PARTLY);
    assert_int_equal(r.unrealised_cents, 1328767);
    assert_int_equal(r.penalty_cents, 0);
    assert_string_equal(r.rule, "het beleid kent geen boete of afkoop");
    /* nothing verified: niet voldaan, all of it unrealised */
    in = base(5000000, 0);
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.outcome, SETTLE_NOT_MET);
    assert_int_equal(r.unrealised_cents, 5000000);
    /* more than due: voldaan, never a negative unrealised value */
    in = base(5000000, 6000000);
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.unrealised_cents, 0);
}

static void penalties(void **s)
{
    (void)s;
    settlement_result r;
    inc_error e = {0};
    /* 10 % of 13,287.67 = 1,328.767 -> 1,328.77 (half up) */
    settlement_input in = base(5000000, 3671233);
    in.penalty = (penalty_policy){PENALTY_PERCENTAGE, 1000, 0};
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.penalty_cents, 132877);
    assert_string_equal(r.rule, "10,00 % van het niet-gerealiseerde deel (EUR 13.287,67)");
    /* 100 % (afkoop of the whole unrealised part) */
    in.penalty = (penalty_policy){PENALTY_PERCENTAGE, 10000, 0};
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.penalty_cents, 1328767);
    /* a fixed EUR 2,500.00 when anything is unrealised ... */
    in.penalty = (penalty_policy){PENALTY_FIXED, 0, 250000};
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.penalty_cents, 250000);
    assert_string_equal(r.rule, "vast bedrag van EUR 2.500,00 bij een niet-gerealiseerd deel (EUR 13.287,67)");
    /* ... and nothing when all is met */
    in = base(5000000, 5000000);
    in.penalty = (penalty_policy){PENALTY_FIXED, 0, 250000};
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.penalty_cents, 0);
    /* an exemption afterwards: unrealised still shown, no penalty */
    in = base(5000000, 1000000);
    in.penalty = (penalty_policy){PENALTY_PERCENTAGE, 1000, 0};
    in.exemption = true;
    in.exemption_by = "gemeentesecretaris";
    in.exemption_reason = "faillissement onderaannemer";
    in.exemption_date = D(2025, 3, 1);
    assert_int_equal(settlement_compute(&in, &r, &e), INC_OK);
    assert_int_equal(r.outcome, SETTLE_EXEMPTED);
    assert_int_equal(r.unrealised_cents, 4000000);
    assert_int_equal(r.penalty_cents, 0);
}

static void refused(void **s)
{
    (void)s;
    settlement_result r;
    inc_error e = {0};
    settlement_input in = base(5000000, 0);
    in.today = D(2024, 12, 31);   /* the last day still runs */
    assert_int_equal(settlement_compute(&in, &r, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "de opdracht loopt nog (tot en met 31-12-2024)"));
    in = base(5000000, 0);
    in.already_settled = true;
    assert_int_equal(settlement_compute(&in, &r, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "al afgerekend"));
    in = base(5000000, 0);
    in.exemption = true;
    in.exemption_date = D(2025, 7, 1);
    inc_errors all = {0};
    inc_error e2 = {.all = &all};
    assert_int_equal(settlement_compute(&in, &r, &e2), INC_EINVAL);
    assert_int_equal(all.n, 3);   /* who, when (future), why */
}

static void plan(void **s)
{
    (void)s;
    inc_error e = {0};
    assert_int_equal(plan_input_check(D(2025, 6, 29), D(2025, 6, 30), 100, "x", &e), INC_EINVAL);
    assert_string_equal(e.message, "de datum van het plan (29-06-2025) ligt voor vandaag (30-06-2025); een plan kijkt vooruit");
    assert_int_equal(plan_input_check(D(2025, 6, 30), D(2025, 6, 30), 100, "x", &e), INC_OK);
    assert_int_equal(plan_input_check(D(2025, 9, 30), D(2025, 6, 30), 0, "", &e), INC_EINVAL);

    /* milestones: 20,000 by 30-09-2025, 35,000 by 31-12-2025 */
    plan_milestone m[] = {{D(2025, 12, 31), 3500000}, {D(2025, 9, 30), 2000000}};
    plan_progress p;
    plan_progress_compute(m, 0, 0, D(2025, 7, 1), &p);
    assert_int_equal(p.status, PLAN_NONE);
    plan_progress_compute(m, 2, 1000000, D(2025, 7, 1), &p);   /* before the first milestone */
    assert_int_equal(p.status, PLAN_ON_SCHEDULE);
    assert_int_equal(p.expected_cents, 0);
    assert_true(p.has_next);
    assert_int_equal(p.next_due, D(2025, 9, 30));
    assert_int_equal(p.next_target_cents, 2000000);
    assert_int_equal(p.final_target_cents, 3500000);
    plan_progress_compute(m, 2, 1999999, D(2025, 10, 1), &p);  /* one cent short at the first */
    assert_int_equal(p.status, PLAN_BEHIND);
    assert_int_equal(p.expected_cents, 2000000);
    plan_progress_compute(m, 2, 2000000, D(2025, 10, 1), &p);
    assert_int_equal(p.status, PLAN_ON_SCHEDULE);
    plan_progress_compute(m, 2, 3500000, D(2025, 10, 1), &p);
    assert_int_equal(p.status, PLAN_MET);
    assert_string_equal(plan_status_code(PLAN_BEHIND), "achter");
}

static void ladder(void **s)
{
    (void)s;
    ladder_step l[] = {{1, 0}, {2, 14}, {3, 21}, {4, 28}};
    int idx;
    inc_date due;
    /* nothing taken: the first step is due on the day the contract is found behind */
    assert_true(escalation_next(l, 4, NULL, 0, D(2025, 6, 30), &idx, &due));
    assert_int_equal(idx, 0);
    assert_int_equal(due, D(2025, 6, 30));
    /* herinnering on 02-06-2025: the phone call is due 14 days later, 16-06-2025 */
    taken_step t[] = {{1, D(2025, 6, 2)}, {2, D(2025, 6, 20)}};
    assert_true(escalation_next(l, 4, t, 1, D(2025, 6, 30), &idx, &due));
    assert_int_equal(l[idx].step_no, 2);
    assert_int_equal(due, D(2025, 6, 16));
    /* the call on 20-06-2025: the letter 21 days later, 11-07-2025 */
    assert_true(escalation_next(l, 4, t, 2, D(2025, 6, 30), &idx, &due));
    assert_int_equal(l[idx].step_no, 3);
    assert_int_equal(due, D(2025, 7, 11));
    taken_step all[] = {{1, 1}, {2, 2}, {3, 3}, {4, 4}};
    assert_false(escalation_next(l, 4, all, 4, D(2025, 6, 30), &idx, &due));

    inc_error e = {0};
    assert_int_equal(escalation_take_check(l, 4, t, 1, 3, D(2025, 6, 30), D(2025, 6, 30), &e), INC_ECONFLICT);
    assert_string_equal(e.message, "eerst stap 2; de ladder slaat geen stap over");
    assert_int_equal(escalation_take_check(l, 4, t, 1, 1, D(2025, 6, 30), D(2025, 6, 30), &e), INC_ECONFLICT);
    assert_int_equal(escalation_take_check(l, 4, t, 1, 2, D(2025, 7, 1), D(2025, 6, 30), &e), INC_EINVAL);
    assert_int_equal(escalation_take_check(l, 4, t, 1, 2, D(2025, 6, 1), D(2025, 6, 30), &e), INC_EINVAL);
    assert_int_equal(escalation_take_check(l, 4, t, 1, 9, D(2025, 6, 30), D(2025, 6, 30), &e), INC_EINVAL);
    assert_int_equal(escalation_take_check(l, 4, t, 1, 2, D(2025, 6, 30), D(2025, 6, 30), &e), INC_OK);
}

static void evidence(void **s)
{
    (void)s;
    inc_error e = {0};
    assert_int_equal(evidence_check(1000, "application/pdf", &e), INC_OK);
    assert_int_equal(evidence_check(EVIDENCE_MAX_BYTES, "image/png", &e), INC_OK);
    assert_int_equal(evidence_check(EVIDENCE_MAX_BYTES + 1, "image/png", &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "te groot"));
    assert_int_equal(evidence_check(1000, "text/plain", &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "geen PDF, PNG of JPEG (de inhoud is text/plain)"));
    assert_int_equal(evidence_check(0, "application/pdf", &e), INC_EINVAL);
    char n[130];
    evidence_clean_name("C:\\stukken\\contract \"jan\".pdf", n, sizeof n);
    assert_string_equal(n, "contract jan.pdf");
    evidence_clean_name("../../", n, sizeof n);
    assert_string_equal(n, "bewijsstuk");
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(outcomes), cmocka_unit_test(penalties),
                                       cmocka_unit_test(refused),  cmocka_unit_test(plan),
                                       cmocka_unit_test(ladder),   cmocka_unit_test(evidence)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
