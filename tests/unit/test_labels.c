/* The one label table (src/core/labels.c) has a label for every code the C code lists accept and
 * send, so the interface never has to show a raw code. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "core/banen.h"
#include "core/labels.h"
#include "core/pso.h"
#include "core/match.h"
#include "core/progress.h"
#include "core/role.h"
#include "core/sebo_cert.h"
#include "core/sebo_rule.h"

static void has(const char *list, const char *code)
{
    const char *l = label_of(list, code);
    if (!l || !l[0]) fail_msg("no label for %s '%s'", list, code);
}

static void every_code_list_is_labelled(void **state)
{
    (void)state;
    for (int i = 0; i < ROLE__COUNT; i++) has("role", role_code((inc_role)i));
    for (int i = 0; i < PS__COUNT; i++) has("progress_status", progress_status_code((inc_progress_status)i));
    for (int i = 0; i < EDU__COUNT; i++) has("education", education_code(i));
    for (int i = 0; i < TG__COUNT; i++) has("target_group", target_group_code(i));
    for (int i = 0; i < CRIT__COUNT; i++) has("criterion", criterion_code((match_criterion)i));
    for (int i = 0; i < BS__COUNT; i++) has("banen_sector", banen_sector_code((banen_sector)i));
    for (int i = 0; i < BC__COUNT; i++) has("contract_type", banen_contract_code((banen_contract)i));
    for (int i = 0; i < BI__COUNT; i++) has("instrument", banen_instrument_code((banen_instrument)i));
    for (int i = 0; i < BSRC__COUNT; i++) has("banen_source", banen_source_code((banen_source)i));
    for (int i = 0; i < BG__COUNT; i++) has("banen_group", banen_group_code((banen_group)i));
    for (int i = 0; i < SEBO_ST__COUNT; i++) has("sebo_holder_status", sebo_status_code((sebo_status)i));
    for (int i = 0; i < SEBO_CRIT__COUNT; i++) has("sebo_criterion", sebo_criterion_code((sebo_criterion)i));
    for (int i = 0; i < SEBO_CLASS__COUNT; i++) has("sebo_class", sebo_class_code((sebo_class)i));
    for (int i = 0; i < SEBO_RULE__COUNT; i++) has("sebo_outcome", sebo_rule_outcome_code((sebo_rule_outcome)i));
    for (int i = 0; i < PSO__COUNT; i++) {
        has("pso_level", pso_level_code((pso_level)i));
        assert_string_equal(label_of("pso_level", pso_level_code((pso_level)i)), pso_level_label((pso_level)i));
    }
}

static void no_code_twice_in_a_list(void **state)
{
    (void)state;
    for (size_t i = 0; i < label_count; i++)
        for (size_t j = i + 1; j < label_count; j++)
            if (strcmp(label_table[i].list, label_table[j].list) == 0 && strcmp(label_table[i].code, label_table[j].code) == 0)
                fail_msg("%s '%s' twice", label_table[i].list, label_table[i].code);
    assert_null(label_of("category", "onbekend"));
    assert_string_equal(label_of("progress_status", "achter"), "Achter op schema");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_code_list_is_labelled),
        cmocka_unit_test(no_code_twice_in_a_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
