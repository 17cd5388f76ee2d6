/* The follow-up's rules (core/followup.c) with worked dates: which reminder on which day, the
 * templates filled in, e-mail addresses, the outbox's back-off; and the dossier's order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "core/dossier.h"
#include "core/followup.h"

#define D(y, m, d) date_from_ymd(y, m, d)

/* Awarded Monday 3 March 2025 (contact due 10 March), running 1 April 2025 - 31 March 2027: one
 * yearly report (due 1 April 2026, deadline 1 May 2026), final report by 30 April 2027. */
static contract_record contract(void)
{
    contract_record c = {0};
    c.id = 7;
    c.applies = true;
    c.award = D(2025, 3, 3);
    c.start = D(2025, 4, 1);
    c.end = D(2027, 3, 31);
    c.obligation_cents = 2000000;
    c.verified_cents = 2000000;   /* met: never behind */
    c.reported_cents = 2000000;
    c.contact = INC_DATE_NONE;
    return c;
}

/* "code/audience/key" of each reminder, joined by spaces. */
static const char *on(const contract_record *c, inc_date day, int waiting)
{
    static char out[1024];
    followup_reminder r[FOLLOWUP_MAX_REMINDERS];
    followup_input in = {FOLLOWUP_CATCHUP_DAYS, waiting, NULL, 0};
    int n = followup_reminders(c, day, &in, r, FOLLOWUP_MAX_REMINDERS);
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        char one[160];
        snprintf(one, sizeof one, "%s%s/%s/%s", i ? " " : "", r[i].code, followup_audience_code(r[i].audience), r[i].key);
        strcat(out, one);
    }
    return out;
}

static void contact_deadline_reminders(void **s)
{
    (void)s;
    contract_record c = contract();
    assert_string_equal(on(&c, D(2025, 3, 10), 0), "");   /* the deadline day itself: still in time */
    assert_string_equal(on(&c, D(2025, 3, 11), 0),
                        "contact-termijn/opdrachtnemer/contact:7 contact-termijn/sr-team/contact:7");
    assert_string_equal(on(&c, D(2025, 3, 17), 0),       /* caught up within the week */
                        "contact-termijn/opdrachtnemer/contact:7 contact-termijn/sr-team/contact:7");
    assert_string_equal(on(&c, D(2025, 3, 18), 0), "");   /* older: not mailed */
    c.contact = D(2025, 3, 7);
    assert_string_equal(on(&c, D(2025, 3, 11), 0), "");
}

/* Durable work (issue 18): the contractor is asked 6 and 12 months after a job realisation's end,
 * from that day for the catch-up week, unless it answered. Realisation 41 ended 31-08-2025: 6 months
 * on is 28-02-2026, 12 months on 31-08-2026; realisation 42 ended 29-02-2028 (a leap day): 12 months
 * on is 28-02-2029. */
static const char *jobs_on(const contract_record *c, inc_date day, const followup_job *jobs, int n_jobs, char *candidate)
{
    static char out[1024];
    followup_reminder r[FOLLOWUP_MAX_REMINDERS];
    followup_input in = {FOLLOWUP_CATCHUP_DAYS, 0, jobs, n_jobs};
    int n = followup_reminders(c, day, &in, r, FOLLOWUP_MAX_REMINDERS);
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (strcmp(r[i].code, "duurzaamheid") != 0) continue;
        char one[160];
        snprintf(one, sizeof one, "%s%s/%s/%d", out[0] ? " " : "", r[i].key, followup_audience_code(r[i].audience), r[i].months);
        strcat(out, one);
        if (candidate) strcpy(candidate, r[i].candidate);
    }
    return out;
}

static void durability_questions(void **s)
{
    (void)s;
    contract_record c = contract();
    c.contact = D(2025, 3, 7);
    followup_job jobs[] = {{7, 41, D(2025, 8, 31), false, false, "K-12"}, {7, 42, D(2028, 2, 29), true, false, NULL}};
    char who[64] = "";
    assert_string_equal(jobs_on(&c, D(2026, 2, 27), jobs, 2, NULL), "");
    assert_string_equal(jobs_on(&c, D(2026, 2, 28), jobs, 2, who), "duurzaam:41:6/opdrachtnemer/6");
    assert_string_equal(who, "K-12");
    assert_string_equal(jobs_on(&c, D(2026, 3, 6), jobs, 2, NULL), "duurzaam:41:6/opdrachtnemer/6");   /* caught up */
    assert_string_equal(jobs_on(&c, D(2026, 3, 7), jobs, 2, NULL), "");
    assert_string_equal(jobs_on(&c, D(2026, 8, 31), jobs, 2, NULL), "duurzaam:41:12/opdrachtnemer/12");
    jobs[0].answered12 = true;
    assert_string_equal(jobs_on(&c, D(2026, 8, 31), jobs, 2, NULL), "");   /* answered: not asked */
    assert_string_equal(jobs_on(&c, D(2029, 2, 28), jobs, 2, who), "duurzaam:42:12/opdrachtnemer/12");
    assert_string_equal(who, "nr. 42");
}

static void yearly_and_final_reports(void **s)
{
    (void)s;
    contract_record c = contract();
    c.contact = D(2025, 3, 5);
    assert_string_equal(on(&c, D(2026, 3, 31), 0), "");
    assert_string_equal(on(&c, D(2026, 4, 1), 0), "jaarrapportage-vooraf/opdrachtnemer/jaar-vooraf:7:1");
    assert_string_equal(on(&c, D(2026, 5, 1), 0),
                        "jaarrapportage-termijn/opdrachtnemer/jaar-termijn:7:1 jaarrapportage-termijn/sr-team/jaar-termijn:7:1");
    c.yearly_submitted = "1";
    assert_string_equal(on(&c, D(2026, 5, 1), 0), "");
    assert_string_equal(on(&c, D(2027, 3, 31), 0), "eindrapportage/opdrachtnemer/eind:7");
    assert_string_equal(on(&c, D(2027, 4, 30), 0), "");
    assert_string_equal(on(&c, D(2027, 5, 1), 0), "eindrapportage-termijn/sr-team/eind-termijn:7");
    c.applies = false;
    assert_string_equal(on(&c, D(2027, 3, 31), 0), "");
}

static void monthly_conditions(void **s)
{
    (void)s;
    contract_record c = contract();
    c.contact = D(2025, 3, 5);
    c.verified_cents = c.reported_cents = 0;   /* nothing realised: behind once started */
    assert_string_equal(on(&c, D(2025, 3, 20), 0), "");
    assert_string_equal(on(&c, D(2025, 6, 15), 2),
                        "verificatie-wacht/sr-team/verificatie:7:2025-06 achterstand/sr-team/achterstand:7:2025-06");
    assert_string_equal(on(&c, D(2025, 7, 2), 0), "achterstand/sr-team/achterstand:7:2025-07");
}

static void render(void **s)
{
    (void)s;
    const char *names[] = {"kenmerk", "datum"};
    const char *values[] = {"ZTM-2022-014", "01-05-2026"};
    char *out = followup_render("Jaarrapportage {{kenmerk}} uiterlijk {{datum}}; {{onbekend}} {{kenmerk", names, values, 2);
    assert_string_equal(out, "Jaarrapportage ZTM-2022-014 uiterlijk 01-05-2026; {{onbekend}} {{kenmerk");
    free(out);
}

static void addresses(void **s)
{
    (void)s;
    inc_error e = {0};
    const char *good[] = {"sr@zoetermeer.nl", "jan.de-vries+sroi@gemeente.zoetermeer.nl", "a@b.nl", "o'brien@x-y.com"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) assert_int_equal(email_address_check(good[i], "email", &e), INC_OK);
    const char *bad[] = {"", "a@b", "@zoetermeer.nl", "jan@", "jan..vries@x.nl", ".jan@x.nl", "jan.@x.nl", "jan@-x.nl",
                         "jan@x-.nl", "jan@x..nl", "jan @x.nl", "jan@x.nl.", "a@b@c.nl", "jan@x_y.nl", "geen adres"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(email_address_check(bad[i], "email", &e), INC_EINVAL);
        assert_string_equal(e.field, "email");
        assert_string_equal(e.message, "is geen geldig e-mailadres (naam@domein.nl)");
    }
}

static void back_off(void **s)
{
    (void)s;
    int64_t w;
    assert_true(followup_retry_after(1, 60, &w));
    assert_int_equal(w, 60);
    assert_true(followup_retry_after(2, 60, &w));
    assert_int_equal(w, 120);
    assert_true(followup_retry_after(5, 60, &w));
    assert_int_equal(w, 960);
    assert_true(followup_retry_after(11, 60, &w));
    assert_int_equal(w, 6 * 3600);   /* at most six hours */
    assert_false(followup_retry_after(FOLLOWUP_MAIL_ATTEMPTS, 60, &w));
}

static void dossier_newest_first(void **s)
{
    (void)s;
    dossier_list l = {0};
    const char *at[] = {"2025-03-03", "2025-03-11T06:00:00Z", "2025-03-11", "2025-03-13"};
    for (int i = 0; i < 4; i++) {
        dossier_entry *d = ARENA_LIST_PUSH(&l);
        d->at = at[i];
        d->title = at[i];
    }
    dossier_sort(&l);
    assert_string_equal(l.items[0].at, "2025-03-13");
    assert_string_equal(l.items[1].at, "2025-03-11T06:00:00Z");
    assert_string_equal(l.items[2].at, "2025-03-11");
    assert_string_equal(l.items[3].at, "2025-03-03");
    arena_free(&l.arena);
    assert_true(dossier_note_kind_valid("telefoongesprek"));
    assert_false(dossier_note_kind_valid("brief"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(contact_deadline_reminders), cmocka_unit_test(yearly_and_final_reports),
        cmocka_unit_test(monthly_conditions),         cmocka_unit_test(render),
        cmocka_unit_test(addresses),                  cmocka_unit_test(back_off),
        cmocka_unit_test(dossier_newest_first),
        cmocka_unit_test(durability_questions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
