/* The decisions of the SEBO registry without a database (core/sebo_registry.h): which lifecycle
 * transitions are allowed and what each writes, evidence, applications and a holder's standing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "core/sebo_registry.h"

static inc_date D(int y, int m, int d) { return date_from_ymd(y, m, d); }

static sebo_transition_input to(sebo_status s, inc_date day)
{
    sebo_transition_input in;
    memset(&in, 0, sizeof in);
    in.to = s;
    in.day = day;
    in.audit_date = in.certified_from = in.valid_until = INC_DATE_NONE;
    return in;
}

static sebo_cert_state at(sebo_status s, inc_date from, inc_date until)
{
    sebo_cert_state c;
    memset(&c, 0, sizeof c);
    c.status = s;
    c.certified_from = from;
    c.valid_until = until;
    return c;
}

static void all_evidence(sebo_cert_state *c)
{
    for (int k = 0; k < SEBO_CRIT__COUNT; k++) c->evidence[k].recorded = true;
}

/* Every pair of states: allowed are aangevraagd -> in-audit | ingetrokken, in-audit -> gecertificeerd |
 * afgewezen | ingetrokken, gecertificeerd -> verlopen | ingetrokken (each with what it needs: a body,
 * evidence, a reason, a day after valid_until). Everything else is refused with INC_ECONFLICT and the
 * final states name recertification. */
static void transitions_allowed_and_refused(void **state)
{
    (void)state;
    inc_date from = D(2022, 1, 1), until = D(2024, 12, 31), day = D(2025, 1, 2);
    bool allowed[SEBO_ST__COUNT][SEBO_ST__COUNT] = {{false}};
    allowed[SEBO_ST_APPLIED][SEBO_ST_IN_AUDIT] = allowed[SEBO_ST_APPLIED][SEBO_ST_WITHDRAWN] = true;
    allowed[SEBO_ST_IN_AUDIT][SEBO_ST_CERTIFIED] = allowed[SEBO_ST_IN_AUDIT][SEBO_ST_REJECTED] = true;
    allowed[SEBO_ST_IN_AUDIT][SEBO_ST_WITHDRAWN] = true;
    allowed[SEBO_ST_CERTIFIED][SEBO_ST_EXPIRED] = allowed[SEBO_ST_CERTIFIED][SEBO_ST_WITHDRAWN] = true;
    for (int f = 0; f < SEBO_ST__COUNT; f++)
        for (int t = 0; t < SEBO_ST__COUNT; t++) {
            sebo_cert_state cur = at((sebo_status)f, f == SEBO_ST_CERTIFIED ? from : INC_DATE_NONE,
                                     f == SEBO_ST_CERTIFIED ? until : INC_DATE_NONE);
            all_evidence(&cur);
            sebo_transition_input in = to((sebo_status)t, day);
            snprintf(in.audit_body, sizeof in.audit_body, "Bureau");
            snprintf(in.note, sizeof in.note, "reden");
            sebo_cert_change ch;
            inc_error e = {0};
            inc_status s = sebo_transition_plan(&cur, &in, day, 36, &ch, &e);
            if (allowed[f][t]) {
                assert_int_equal(s, INC_OK);
                assert_int_equal(ch.from, f);
                assert_int_equal(ch.to, t);
                assert_int_equal(ch.day, day);
            } else {
                assert_int_equal(s, INC_ECONFLICT);
                assert_string_equal(e.field, "status");
                if (f == SEBO_ST_EXPIRED || f == SEBO_ST_WITHDRAWN || f == SEBO_ST_REJECTED)
                    assert_non_null(strstr(e.message, "hercertificering"));
            }
        }
}

/* in-audit: the body is required, a negative cost refused; the audit date defaults to the day of
 * the change, which defaults to today. */
static void to_audit(void **state)
{
    (void)state;
    inc_error e = {0};
    sebo_cert_change ch;
    sebo_cert_state cur = at(SEBO_ST_APPLIED, INC_DATE_NONE, INC_DATE_NONE);
    sebo_transition_input in = to(SEBO_ST_IN_AUDIT, INC_DATE_NONE);
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 3, 1), 36, &ch, &e), INC_EINVAL);
    assert_string_equal(e.field, "audit_body");
    snprintf(in.audit_body, sizeof in.audit_body, "Bureau MVO");
    in.cost_set = true;
    in.audit_cost_cents = -1;
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 3, 1), 36, &ch, &e), INC_EINVAL);
    assert_string_equal(e.field, "audit_cost");
    in.audit_cost_cents = 50000;
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 3, 1), 36, &ch, &e), INC_OK);
    assert_int_equal(ch.day, D(2025, 3, 1));
    assert_int_equal(ch.audit_date, D(2025, 3, 1));
    assert_string_equal(ch.audit_body, "Bureau MVO");
    assert_true(ch.cost_set);
    assert_int_equal(ch.audit_cost_cents, 50000);
    assert_null(ch.note);
}

/* gecertificeerd: evidence for every criterion; a zzp'er may skip the two staff criteria, nobody
 * else; by default valid from the day for 36 months less a day (1 Feb 2025 -> 31 Jan 2028); an
 * explicit end before the start is refused. */
static void to_certified(void **state)
{
    (void)state;
    inc_error e = {0};
    sebo_cert_change ch;
    sebo_cert_state cur = at(SEBO_ST_IN_AUDIT, INC_DATE_NONE, INC_DATE_NONE);
    sebo_transition_input in = to(SEBO_ST_CERTIFIED, D(2025, 2, 1));
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 6, 1), 36, &ch, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "bewijs ontbreekt"));
    all_evidence(&cur);
    cur.evidence[SEBO_CRIT_JOBS].not_applicable = cur.evidence[SEBO_CRIT_GUIDANCE].not_applicable = true;
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 6, 1), 36, &ch, &e), INC_ECONFLICT);
    assert_string_equal(e.field, "evidence");
    cur.self_employed = true;
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 6, 1), 36, &ch, &e), INC_OK);
    assert_int_equal(ch.certified_from, D(2025, 2, 1));
    assert_int_equal(ch.valid_until, D(2028, 1, 31));
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 6, 1), 12, &ch, &e), INC_OK);
    assert_int_equal(ch.valid_until, D(2026, 1, 31));
    in.certified_from = D(2025, 2, 1);
    in.valid_until = D(2025, 1, 31);
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 6, 1), 36, &ch, &e), INC_EINVAL);
    assert_string_equal(e.field, "valid_until");
}

/* ingetrokken: a reason is required and the day may not lie before the certificate's start;
 * verlopen only after valid_until. */
static void to_withdrawn_and_expired(void **state)
{
    (void)state;
    inc_error e = {0};
    sebo_cert_change ch;
    sebo_cert_state cur = at(SEBO_ST_CERTIFIED, D(2022, 1, 1), D(2024, 12, 31));
    sebo_transition_input in = to(SEBO_ST_WITHDRAWN, D(2023, 6, 1));
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 1, 1), 36, &ch, &e), INC_EINVAL);
    assert_string_equal(e.field, "reason");
    snprintf(in.note, sizeof in.note, "op eigen verzoek");
    in.day = D(2021, 12, 31);
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 1, 1), 36, &ch, &e), INC_EINVAL);
    assert_string_equal(e.field, "day");
    in.day = D(2022, 1, 1);
    assert_int_equal(sebo_transition_plan(&cur, &in, D(2025, 1, 1), 36, &ch, &e), INC_OK);
    assert_string_equal(ch.note, "op eigen verzoek");
    sebo_transition_input x = to(SEBO_ST_EXPIRED, D(2024, 12, 31));
    assert_int_equal(sebo_transition_plan(&cur, &x, D(2025, 1, 1), 36, &ch, &e), INC_ECONFLICT);
    x.day = INC_DATE_NONE;   /* today, 1 Jan 2025 */
    assert_int_equal(sebo_transition_plan(&cur, &x, D(2025, 1, 1), 36, &ch, &e), INC_OK);
    assert_int_equal(ch.day, D(2025, 1, 1));
}

/* Evidence only while an application runs; "not applicable" only for a zzp'er's staff criteria,
 * stored with a fixed note; a description otherwise. A second application while one is open is
 * refused; a holder certified before gets hercertificering. */
static void evidence_and_applications(void **state)
{
    (void)state;
    inc_error e = {0};
    const char *stored = NULL, *kind = NULL;
    assert_int_equal(sebo_evidence_plan(SEBO_ST_CERTIFIED, false, SEBO_CRIT_PAST, "x", false, &stored, &e),
                     INC_ECONFLICT);
    assert_int_equal(sebo_evidence_plan(SEBO_ST_APPLIED, false, SEBO_CRIT_JOBS, "", true, &stored, &e), INC_EINVAL);
    assert_string_equal(e.field, "not_applicable");
    assert_int_equal(sebo_evidence_plan(SEBO_ST_IN_AUDIT, true, SEBO_CRIT_JOBS, "", true, &stored, &e), INC_OK);
    assert_string_equal(stored, "niet van toepassing (zzp)");
    assert_int_equal(sebo_evidence_plan(SEBO_ST_IN_AUDIT, true, SEBO_CRIT_PAST, NULL, false, &stored, &e), INC_EINVAL);
    assert_string_equal(e.field, "evidence");
    assert_int_equal(sebo_evidence_plan(SEBO_ST_IN_AUDIT, true, SEBO_CRIT_PAST, "referenties", false, &stored, &e),
                     INC_OK);
    assert_string_equal(stored, "referenties");
    assert_int_equal(sebo_application_kind(1, 0, &kind, &e), INC_ECONFLICT);
    assert_int_equal(sebo_application_kind(0, 0, &kind, &e), INC_OK);
    assert_string_equal(kind, "nieuw");
    assert_int_equal(sebo_application_kind(0, 2, &kind, &e), INC_OK);
    assert_string_equal(kind, "hercertificering");
}

/* A holder certified 2022-2024 that applied again in October 2024: on 15 Oct 2024 gecertificeerd
 * with a running application, 77 days left; on 1 Feb 2025 the old certificate has run out and the
 * application is what shows. Without certificates: geen-aanvraag. Withdrawn on 1 Jun 2023: from then
 * ingetrokken, not on the public list and not under "geldig". */
static void holder_standing(void **state)
{
    (void)state;
    sebo_cert_dates c[2] = {{SEBO_ST_CERTIFIED, D(2022, 1, 1), D(2024, 12, 31), INC_DATE_NONE},
                            {SEBO_ST_APPLIED, INC_DATE_NONE, INC_DATE_NONE, INC_DATE_NONE}};
    sebo_holder_facts f;
    sebo_holder_facts_of(c, 2, D(2024, 10, 15), &f);
    assert_string_equal(f.status, "gecertificeerd");
    assert_true(f.valid_today);
    assert_string_equal(f.application, "aangevraagd");
    assert_int_equal(f.certifications, 1);
    assert_int_equal(f.valid_until - D(2024, 10, 15), 77);
    sebo_holder_facts_of(c, 2, D(2025, 2, 1), &f);
    assert_false(f.valid_today);
    assert_string_equal(f.status, "aangevraagd");
    assert_int_equal(f.valid_until, D(2024, 12, 31));
    sebo_holder_facts_of(c, 0, D(2025, 2, 1), &f);
    assert_string_equal(f.status, "geen-aanvraag");
    sebo_cert_dates w = {SEBO_ST_WITHDRAWN, D(2022, 1, 1), D(2024, 12, 31), D(2023, 6, 1)};
    sebo_holder_facts_of(&w, 1, D(2023, 5, 31), &f);
    assert_true(sebo_holder_listed(&f, "geldig", true));
    sebo_holder_facts_of(&w, 1, D(2023, 6, 1), &f);
    assert_string_equal(f.status, "ingetrokken");
    assert_false(sebo_holder_listed(&f, NULL, true));
    assert_false(sebo_holder_listed(&f, "geldig", false));
    assert_true(sebo_holder_listed(&f, "ingetrokken", false));
    assert_true(sebo_holder_listed(&f, NULL, false));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(transitions_allowed_and_refused), cmocka_unit_test(to_audit),
        cmocka_unit_test(to_certified), cmocka_unit_test(to_withdrawn_and_expired),
        cmocka_unit_test(evidence_and_applications), cmocka_unit_test(holder_standing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
