/* The 48-hour answer target for employers' questions, the monthly share answered in time, and the
 * checks on vacancies and candidates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/match.h"
#include "core/wsp_rules.h"

static inc_minute at(const char *s)
{
    inc_minute m;
    assert_int_equal(datetime_parse(s, &m, "t", NULL), INC_OK);
    return m;
}

/* Asked Monday 2 Nov 2026 09:00: due Wednesday 4 Nov 09:00 (48 clock hours). */
static void test_question_48_hours(void **state)
{
    (void)state;
    inc_minute asked = at("2026-11-02T09:00");
    assert_int_equal(question_due(asked) - asked, 2880);
    assert_int_equal(question_status_of(asked, at("2026-11-04T09:00"), 0), Q_ANSWERED_IN_TIME);
    assert_int_equal(question_status_of(asked, at("2026-11-04T09:01"), 0), Q_ANSWERED_LATE);
    assert_int_equal(question_status_of(asked, INC_MINUTE_NONE, at("2026-11-04T09:00")), Q_OPEN);
    assert_int_equal(question_status_of(asked, INC_MINUTE_NONE, at("2026-11-04T09:01")), Q_OVERDUE);
    char buf[21];
    datetime_format_iso(asked, buf);
    assert_string_equal(buf, "2026-11-02T09:00:00Z");
    char nl[17];
    datetime_format_nl(asked, nl);
    assert_string_equal(nl, "02-11-2026 09:00");
}

static void test_datetime_parse(void **state)
{
    (void)state;
    assert_int_equal(at("1970-01-02"), 1440);
    assert_int_equal(at("1970-01-01T01:30:59Z"), 90);
    assert_int_equal(at("1970-01-01 00:01"), 1);
    inc_minute m;
    assert_int_equal(datetime_parse("2026-02-30T10:00", &m, "t", NULL), INC_EINVAL);
    assert_int_equal(datetime_parse("2026-11-02T24:00", &m, "t", NULL), INC_EINVAL);
    assert_int_equal(datetime_parse("2026-11-02T9:00", &m, "t", NULL), INC_EINVAL);
    assert_int_equal(datetime_parse("2026-11-02T09:00+01:00", &m, "t", NULL), INC_EINVAL);
}

/* November: 3 in time, 1 late, 1 overdue, 1 still open within 48 h: 3 / (6 - 1) = 60.00 %.
 * December: 2 in time of 3 judged: 66.666.. % -> 6667 basis points (half up).
 * A month with only open questions has no share yet (-1). */
static void test_month_share(void **state)
{
    (void)state;
    question_month nov = {2026, 11, 0, 0, 0, 0, 0};
    question_month_add(&nov, Q_ANSWERED_IN_TIME);
    question_month_add(&nov, Q_ANSWERED_IN_TIME);
    question_month_add(&nov, Q_ANSWERED_IN_TIME);
    question_month_add(&nov, Q_ANSWERED_LATE);
    question_month_add(&nov, Q_OVERDUE);
    question_month_add(&nov, Q_OPEN);
    assert_int_equal(nov.asked, 6);
    assert_int_equal(question_month_share_bp(&nov), 6000);
    question_month dec = {2026, 12, 0, 0, 0, 0, 0};
    question_month_add(&dec, Q_ANSWERED_IN_TIME);
    question_month_add(&dec, Q_ANSWERED_IN_TIME);
    question_month_add(&dec, Q_OVERDUE);
    assert_int_equal(question_month_share_bp(&dec), 6667);
    question_month jan = {2027, 1, 0, 0, 0, 0, 0};
    question_month_add(&jan, Q_OPEN);
    assert_int_equal(question_month_share_bp(&jan), -1);
}

static void test_vacancy_and_candidate_checks(void **state)
{
    (void)state;
    inc_error e = {0};
    assert_int_equal(vacancy_check(2400, 3200, 3, &e), INC_OK);
    assert_int_equal(vacancy_check(2400, 2400, 50, &e), INC_OK);
    assert_int_equal(vacancy_check(3300, 3200, 3, &e), INC_EINVAL);
    assert_string_equal(e.field, "hours_min");
    assert_non_null(strstr(e.message, "hoger dan maximum"));
    assert_int_equal(vacancy_check(2400, 3200, 0, &e), INC_EINVAL);
    assert_string_equal(e.field, "wanted");
    assert_int_equal(vacancy_check(2400, 3200, 51, &e), INC_EINVAL);
    assert_string_equal(e.field, "wanted");
    assert_int_equal(vacancy_check(2400, 6100, 3, &e), INC_EINVAL);
    assert_int_equal(candidate_check(1600, 2400, 150, &e), INC_OK);
    assert_int_equal(candidate_check(2500, 2400, 150, &e), INC_EINVAL);
    assert_int_equal(candidate_check(1600, 2400, 3001, &e), INC_EINVAL);
    assert_string_equal(e.field, "travel_km");
}

/* The value lists refuse naming the allowed values, under the field's API name. */
static void test_value_lists(void **state)
{
    (void)state;
    inc_error e = {0};
    assert_int_equal(wsp_size_class_check("middel", &e), INC_OK);
    assert_int_equal(wsp_size_class_check("reus", &e), INC_EINVAL);
    assert_string_equal(e.field, "size_class");
    assert_string_equal(e.message, "ongeldige waarde 'reus' (kies uit zzp, micro, klein, middel, groot)");
    assert_int_equal(wsp_channel_check(NULL, &e), INC_EINVAL);
    assert_string_equal(e.message, "ongeldige waarde '' (kies uit telefoon, email, bezoek, website)");
    assert_int_equal(wsp_instrument_check("ips", &e), INC_OK);
    assert_int_equal(wsp_contract_type_check("leerwerkbaan", &e), INC_OK);
    assert_int_equal(wsp_outcome_check("voorgesteld", &e), INC_EINVAL); /* set by proposing, not chosen */
    assert_string_equal(e.field, "outcome");
    /* The question filter: open includes the overdue ones, beantwoord both answered states. */
    assert_int_equal(wsp_question_filter_check("te-laat", &e), INC_OK);
    assert_int_equal(wsp_question_filter_check("laat", &e), INC_EINVAL);
    assert_true(wsp_question_filter_keeps("open", Q_OVERDUE));
    assert_false(wsp_question_filter_keeps("te-laat", Q_OPEN));
    assert_true(wsp_question_filter_keeps("beantwoord", Q_ANSWERED_LATE));
    assert_false(wsp_question_filter_keeps("beantwoord", Q_OVERDUE));
    assert_true(wsp_question_filter_keeps(NULL, Q_OPEN));
    /* Hours of a placement: above 0, at most 60 (in centi-hours). */
    assert_int_equal(wsp_placement_hours_check(6000, &e), INC_OK);
    assert_int_equal(wsp_placement_hours_check(6001, &e), INC_EINVAL);
    assert_int_equal(wsp_placement_hours_check(0, &e), INC_EINVAL);
    uint16_t req[] = {1, 5}, wish[] = {2, 5};
    assert_int_equal(wsp_vacancy_skills_check(req, 2, wish, 1, &e), INC_OK);
    assert_int_equal(wsp_vacancy_skills_check(req, 2, wish, 2, &e), INC_EINVAL);
    assert_string_equal(e.field, "wished_skills");
}

/* A placement's banenafspraak record: the register group (wajong before oud-sw before banenafspraak)
 * and the nearest banen codes for what the banen lists lack. */
static void test_banen_codes(void **state)
{
    (void)state;
    const char *g = NULL;
    assert_false(wsp_register_group(1u << TG_WW, &g));
    assert_true(wsp_register_group((1u << TG_BANENAFSPRAAK) | (1u << TG_WAJONG), &g));
    assert_string_equal(g, "wajong");
    assert_true(wsp_register_group((1u << TG_BANENAFSPRAAK) | (1u << TG_OUD_SW), &g));
    assert_string_equal(g, "wsw");
    assert_true(wsp_register_group(1u << TG_BANENAFSPRAAK, &g));
    assert_string_equal(g, "participatiewet");
    assert_string_equal(wsp_banen_contract("vast"), "vast");
    assert_string_equal(wsp_banen_contract("leerwerkbaan"), "tijdelijk");
    assert_string_equal(wsp_banen_instrument("jobcoach"), "jobcoach");
    assert_string_equal(wsp_banen_instrument("detachering"), "geen");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_question_48_hours), cmocka_unit_test(test_datetime_parse),
        cmocka_unit_test(test_month_share), cmocka_unit_test(test_vacancy_and_candidate_checks),
        cmocka_unit_test(test_value_lists), cmocka_unit_test(test_banen_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
