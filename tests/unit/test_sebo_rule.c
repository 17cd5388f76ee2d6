/* Worked examples of the SEBO preference rule (domain brief s.3, council decision 2015). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/sebo_rule.h"

static sebo_thresholds T;

static void setup_input(sebo_rule_input *in, inc_procedure p, inc_category c, int64_t cents, int available)
{
    memset(in, 0, sizeof *in);
    in->procedure = p;
    in->category = c;
    in->value_cents = cents;
    in->local_holders_available = available;
}

static void add(sebo_rule_input *in, sebo_class c, bool holder)
{
    in->invited[in->invited_count] = c;
    in->invited_holder[in->invited_count] = holder;
    in->invited_count++;
}

/* Enkelvoudig, diensten EUR 40,000, the registry holds 3 local holders for diensten.
 * The one company asked is a local SEBO holder: the first preference, rule followed.
 * 40,000 <= 150,000 so the aim applies and is met (a SEBO company may quote). */
static void enkelvoudig_local_holder_followed(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    setup_input(&in, PROC_ENKELVOUDIG, CAT_DIENSTEN, 4000000, 3);
    add(&in, SEBO_CLASS_LOCAL_HOLDER, true);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FOLLOWED);
    assert_int_equal(r.expected, SEBO_CLASS_LOCAL_HOLDER);
    assert_true(r.sebo_invited);
    assert_true(r.aim_applies);
    assert_true(r.aim_met);
}

/* Enkelvoudig, diensten EUR 40,000, 3 local holders for diensten exist, but a local company
 * without the mark was asked and no reason recorded: second preference while the first was
 * available -> flagged. Aim applies (40,000 <= 150,000) but is not met. */
static void enkelvoudig_local_while_holder_available_flagged(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    setup_input(&in, PROC_ENKELVOUDIG, CAT_DIENSTEN, 4000000, 3);
    add(&in, SEBO_CLASS_LOCAL, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FLAGGED);
    assert_false(r.sebo_invited);
    assert_true(r.aim_applies);
    assert_false(r.aim_met);
    assert_non_null(strstr(r.explanation, "3 lokale SEBO-keurmerkhouders voor diensten"));
    assert_non_null(strstr(r.explanation, "geen reden"));
    /* The same with a recorded reason ("no holder could deliver in time") is a motivated deviation. */
    in.has_reason = true;
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_DEVIATION);
}

/* Enkelvoudig, leveringen EUR 12,000, no local holder for leveringen in the registry:
 * asking a local company is the best the order allows -> followed. */
static void enkelvoudig_local_without_holders_followed(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    setup_input(&in, PROC_ENKELVOUDIG, CAT_LEVERINGEN, 1200000, 0);
    add(&in, SEBO_CLASS_LOCAL, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FOLLOWED);
    assert_int_equal(r.expected, SEBO_CLASS_LOCAL);
}

/* Enkelvoudig, no local holder, a company from elsewhere asked. The registry cannot show that no
 * local company exists, so "else any" needs a reason: without one flagged, with one a deviation. */
static void enkelvoudig_other_needs_reason(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    setup_input(&in, PROC_ENKELVOUDIG, CAT_LEVERINGEN, 1200000, 0);
    add(&in, SEBO_CLASS_OTHER, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FLAGGED);
    in.has_reason = true;
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_DEVIATION);
}

/* Meervoudig, werken EUR 250,000, 2 local holders for werken. Invited: other, local, local holder.
 * At least one local holder invited -> followed. 250,000 > 150,000, so the aim does not apply. */
static void meervoudig_one_local_holder_followed(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    setup_input(&in, PROC_MEERVOUDIG, CAT_WERKEN, 25000000, 2);
    add(&in, SEBO_CLASS_OTHER, false);
    add(&in, SEBO_CLASS_LOCAL, false);
    add(&in, SEBO_CLASS_LOCAL_HOLDER, true);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FOLLOWED);
    assert_int_equal(r.best_invited, SEBO_CLASS_LOCAL_HOLDER);
    assert_false(r.aim_applies);
    assert_false(r.aim_met);
}

/* Meervoudig, diensten EUR 90,000, 1 local holder for diensten. Invited: two local companies and a
 * SEBO holder from Delft (class other, but a holder). No LOCAL holder invited, no reason -> flagged;
 * yet the aim (<= 150,000, a SEBO company may quote) is met by the Delft holder. */
static void meervoudig_no_local_holder_flagged_aim_met(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    setup_input(&in, PROC_MEERVOUDIG, CAT_DIENSTEN, 9000000, 1);
    add(&in, SEBO_CLASS_LOCAL, false);
    add(&in, SEBO_CLASS_LOCAL, false);
    add(&in, SEBO_CLASS_OTHER, true);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FLAGGED);
    assert_int_equal(r.best_invited, SEBO_CLASS_LOCAL);
    assert_true(r.sebo_invited);
    assert_true(r.aim_met);
    assert_non_null(strstr(r.explanation, "1 lokale SEBO-keurmerkhouder voor diensten"));
}

/* Meervoudig, leveringen EUR 60,000, no local holder for leveringen: one local among the invited
 * meets "else a local company" -> followed; three companies from elsewhere -> flagged. */
static void meervoudig_no_holders_needs_local(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    setup_input(&in, PROC_MEERVOUDIG, CAT_LEVERINGEN, 6000000, 0);
    add(&in, SEBO_CLASS_OTHER, false);
    add(&in, SEBO_CLASS_LOCAL, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FOLLOWED);
    setup_input(&in, PROC_MEERVOUDIG, CAT_LEVERINGEN, 6000000, 0);
    add(&in, SEBO_CLASS_OTHER, false);
    add(&in, SEBO_CLASS_OTHER, false);
    add(&in, SEBO_CLASS_OTHER, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FLAGGED);
}

/* Thresholds (2016 table): SEBO applies to werken below EUR 1,500,000 and diensten below
 * EUR 207,000. Diensten of exactly 207,000.00 (20,700,000 cents) -> not applicable;
 * 206,999.99 -> the rule applies. The aim's edge: exactly 150,000.00 still counts ("tot en met"). */
static void thresholds_edges(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    setup_input(&in, PROC_MEERVOUDIG, CAT_DIENSTEN, 20700000, 1);
    add(&in, SEBO_CLASS_OTHER, false);
    add(&in, SEBO_CLASS_OTHER, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_NOT_APPLICABLE);
    in.value_cents = 20699999;
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FLAGGED);
    in.value_cents = 15000000;
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_true(r.aim_applies);
    in.value_cents = 15000001;
    assert_int_equal(sebo_rule_check(&T, &in, &r, NULL), INC_OK);
    assert_false(r.aim_applies);
}

/* Shape errors: enkelvoudig with two companies, meervoudig with one, a national tender. */
static void shape_refused(void **state)
{
    (void)state;
    sebo_rule_input in;
    sebo_rule_result r;
    inc_error e = {0};
    setup_input(&in, PROC_ENKELVOUDIG, CAT_WERKEN, 100000, 0);
    add(&in, SEBO_CLASS_LOCAL, false);
    add(&in, SEBO_CLASS_LOCAL, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "precies één"));
    setup_input(&in, PROC_MEERVOUDIG, CAT_WERKEN, 100000, 0);
    add(&in, SEBO_CLASS_LOCAL, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "ten minste twee"));
    setup_input(&in, PROC_NATIONAAL, CAT_WERKEN, 100000, 0);
    add(&in, SEBO_CLASS_LOCAL, false);
    assert_int_equal(sebo_rule_check(&T, &in, &r, &e), INC_EINVAL);
    assert_string_equal(e.field, "procedure");
}

static void classify(void **state)
{
    (void)state;
    assert_int_equal(sebo_classify(true, true), SEBO_CLASS_LOCAL_HOLDER);
    assert_int_equal(sebo_classify(true, false), SEBO_CLASS_LOCAL);
    assert_int_equal(sebo_classify(false, true), SEBO_CLASS_OTHER);
    assert_int_equal(sebo_classify(false, false), SEBO_CLASS_OTHER);
    sebo_class c;
    assert_true(sebo_class_parse("lokaal-sebo", &c));
    assert_int_equal(c, SEBO_CLASS_LOCAL_HOLDER);
    assert_false(sebo_class_parse("sebo", &c));
}

int main(void)
{
    sebo_thresholds_default(&T);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(enkelvoudig_local_holder_followed),
        cmocka_unit_test(enkelvoudig_local_while_holder_available_flagged),
        cmocka_unit_test(enkelvoudig_local_without_holders_followed),
        cmocka_unit_test(enkelvoudig_other_needs_reason),
        cmocka_unit_test(meervoudig_one_local_holder_followed),
        cmocka_unit_test(meervoudig_no_local_holder_flagged_aim_met),
        cmocka_unit_test(meervoudig_no_holders_needs_local),
        cmocka_unit_test(thresholds_edges),
        cmocka_unit_test(shape_refused),
        cmocka_unit_test(classify),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
