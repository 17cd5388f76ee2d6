/* Aftercare after a placement: due dates with worked figures (8 weeks across a leap day, month-end
 * clamping of the aftercare period, an ended placement, a contact just before the end), and the
 * actions on the demo's placements: outcome (an ended placement ends its banenafspraak record),
 * contacts, the worklist and the refusals that store nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "testdb.h"
#include "app/aftercare.h"
#include "core/aftercare.h"
#include "store/demo.h"

static inc_date ymd(int y, int m, int d) { return date_from_ymd(y, m, d); }

static void test_due_dates(void **state)
{
    (void)state;
    aftercare_schedule eight_weeks = {56, 12};
    /* Start 31-01-2024; 56 days later across 29 February: 27-03-2024. The year ends 31-01-2025. */
    aftercare_status s = aftercare_at(&eight_weeks, ymd(2024, 1, 31), INC_DATE_NONE, INC_DATE_NONE, ymd(2024, 3, 27));
    assert_true(s.due);
    assert_int_equal(s.due_on, ymd(2024, 3, 27));
    assert_int_equal(s.care_ends, ymd(2025, 1, 31));
    assert_false(s.overdue);   /* due today is not late yet */
    s = aftercare_at(&eight_weeks, ymd(2024, 1, 31), INC_DATE_NONE, INC_DATE_NONE, ymd(2024, 3, 28));
    assert_true(s.overdue);
    assert_int_equal(s.days_overdue, 1);
    /* A contact on 20-03-2024: the next is due 15-05-2024. */
    s = aftercare_at(&eight_weeks, ymd(2024, 1, 31), INC_DATE_NONE, ymd(2024, 3, 20), ymd(2024, 5, 1));
    assert_int_equal(s.due_on, ymd(2024, 5, 15));
    assert_false(s.overdue);
    /* Ended on 30-04-2024: aftercare stops there, nothing is due on 15-05. */
    s = aftercare_at(&eight_weeks, ymd(2024, 1, 31), ymd(2024, 4, 30), ymd(2024, 3, 20), ymd(2024, 6, 1));
    assert_false(s.due);
    assert_int_equal(s.care_ends, ymd(2024, 4, 30));
    /* Ending on 30-04-2024: on 15-04 the missed contact of 27-03 is still overdue; from 30-04 nothing is. */
    s = aftercare_at(&eight_weeks, ymd(2024, 1, 31), ymd(2024, 4, 30), INC_DATE_NONE, ymd(2024, 4, 15));
    assert_true(s.overdue);
    assert_int_equal(s.days_overdue, 19);
    s = aftercare_at(&eight_weeks, ymd(2024, 1, 31), ymd(2024, 4, 30), INC_DATE_NONE, ymd(2024, 4, 30));
    assert_false(s.due);
    /* A contact on 20-12-2024: the next (13-02-2025) lies after the year: nothing more is due. */
    s = aftercare_at(&eight_weeks, ymd(2024, 1, 31), INC_DATE_NONE, ymd(2024, 12, 20), ymd(2025, 3, 1));
    assert_false(s.due);
    /* The period clamps to the month's end: 31-03-2023 + 11 months = 29-02-2024 (a leap year),
     * 29-02-2024 + 12 months = 28-02-2025, 28-02-2023 + 12 months = 28-02-2024. */
    aftercare_schedule eleven = {56, 11}, year = {56, 12};
    assert_int_equal(aftercare_at(&eleven, ymd(2023, 3, 31), INC_DATE_NONE, INC_DATE_NONE, ymd(2023, 4, 1)).care_ends,
                     ymd(2024, 2, 29));
    assert_int_equal(aftercare_at(&year, ymd(2024, 2, 29), INC_DATE_NONE, INC_DATE_NONE, ymd(2024, 3, 1)).care_ends,
                     ymd(2025, 2, 28));
    assert_int_equal(aftercare_at(&year, ymd(2023, 2, 28), INC_DATE_NONE, INC_DATE_NONE, ymd(2023, 3, 1)).care_ends,
                     ymd(2024, 2, 28));
    /* A contact dated before the start does not count: due from the start. */
    s = aftercare_at(&eight_weeks, ymd(2024, 1, 31), INC_DATE_NONE, ymd(2024, 1, 1), ymd(2024, 2, 1));
    assert_int_equal(s.due_on, ymd(2024, 3, 27));
    inc_error e = {0};
    aftercare_schedule bad = {6, 12};
    assert_int_equal(aftercare_schedule_check(&bad, &e), INC_EINVAL);
    bad = (aftercare_schedule){56, 61};
    assert_int_equal(aftercare_schedule_check(&bad, &e), INC_EINVAL);
}

static char path[64];
static inc_db *db;

static int setup(void **s)
{
    (void)s;
    inc_error e = {0};
    setenv("INCLUSIO_TODAY", "2026-12-03", 1);   /* the demo's placements start 10, 17 and 24 December */
    if (testdb_open("aftercare", path, sizeof path, &db, &e) || demo_register_load(db, &e) || demo_banen_load(db, &e) ||
        demo_wsp_load(db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    testdb_close(db, path);
    unsetenv("INCLUSIO_TODAY");
    return 0;
}

static int64_t count(const char *sql)
{
    inc_stmt *st;
    inc_error e = {0};
    if (db_prepare(db, sql, &st, &e)) return -1;
    int64_t n = db_step(db, st, &e) == DB_ROW ? db_col_int64(st, 0) : -1;
    db_finalize(st);
    return n;
}

static void test_actions(void **state)
{
    (void)state;
    inc_error e = {0};
    aftercare_schedule eight_weeks = {56, 12};
    assert_int_equal(app_aftercare_schedule_set(db, "zoetermeer", &eight_weeks, &e), INC_OK);
    /* Placement 1 (candidate of Zoetermeer) starts 10-12-2026: a contact is due 04-02-2027. */
    setenv("INCLUSIO_TODAY", "2027-02-10", 1);
    aftercare_rows rows;
    aftercare_due_list due;
    assert_int_equal(app_aftercare_due(db, date_today(), 0, &rows, &due, &e), INC_OK);
    const aftercare_due_item *first = NULL;
    for (size_t i = 0; i < due.n; i++)
        if (due.items[i].row.id == 1) first = &due.items[i];
    assert_non_null(first);
    assert_int_equal(first->status.due_on, ymd(2027, 2, 4));
    assert_int_equal(first->status.days_overdue, 6);
    arena_free(&due.arena);
    arena_free(&rows.arena);

    /* A contact on 09-02-2027 moves the next to 06-04-2027: off today's list. */
    int64_t cid;
    assert_int_equal(app_aftercare_contact(db, 1, "2027-02-09", "jobcoach", "gaat goed", &cid, &e), INC_OK);
    assert_int_equal(app_aftercare_due(db, date_today(), 0, &rows, &due, &e), INC_OK);
    for (size_t i = 0; i < due.n; i++) assert_int_not_equal(due.items[i].row.id, 1);
    arena_free(&due.arena);
    arena_free(&rows.arena);
    /* the audit entry says what happened, not the note */
    assert_int_equal(count("SELECT count(*) FROM audit_log WHERE entity = 'aftercare_contact' AND detail LIKE '%gaat goed%'"), 0);

    /* Refusals store nothing. */
    int64_t contacts = count("SELECT count(*) FROM aftercare_contacts");
    assert_int_equal(app_aftercare_contact(db, 1, "2026-12-01", "jobcoach", NULL, &cid, &e), INC_EINVAL);   /* before start */
    assert_int_equal(app_aftercare_contact(db, 1, "2027-03-01", "jobcoach", NULL, &cid, &e), INC_EINVAL);   /* future */
    assert_int_equal(app_aftercare_contact(db, 1, "2027-02-09", "buurman", NULL, &cid, &e), INC_EINVAL);
    assert_int_equal(app_aftercare_contact(db, 999, "2027-02-09", "jobcoach", NULL, &cid, &e), INC_ENOTFOUND);
    assert_int_equal(count("SELECT count(*) FROM aftercare_contacts"), contacts);
    assert_int_equal(app_placement_outcome(db, 1, "beeindigd", "2027-02-09", "", &e), INC_EINVAL);   /* no reason */
    assert_int_equal(app_placement_outcome(db, 1, "gestopt", "2027-02-09", "x", &e), INC_EINVAL);
    assert_int_equal(count("SELECT count(*) FROM placements WHERE outcome IS NOT NULL"), 0);

    /* Ended on 09-02-2027: the placement and the banenafspraak record it made end that day. */
    int64_t employment = count("SELECT employment_id FROM placements WHERE id = 1");
    assert_true(employment > 0);
    assert_int_equal(app_placement_outcome(db, 1, "beeindigd", "2027-02-09", "werkgever failliet", &e), INC_OK);
    assert_int_equal(count("SELECT count(*) FROM placements WHERE id = 1 AND end_date = '2027-02-09' AND outcome = 'beeindigd'"), 1);
    char q[160];
    snprintf(q, sizeof q, "SELECT count(*) FROM employment_records WHERE id = %lld AND end_date = '2027-02-09'",
             (long long)employment);
    assert_int_equal(count(q), 1);
    /* an ended placement cannot be called still working */
    assert_int_equal(app_placement_outcome(db, 1, "werkt", "2027-02-10", NULL, &e), INC_ECONFLICT);
    setenv("INCLUSIO_TODAY", "2026-12-03", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_due_dates),
        cmocka_unit_test_setup_teardown(test_actions, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
