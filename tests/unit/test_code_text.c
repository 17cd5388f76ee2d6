/* Codes as people write them, and a code within a user's scope (core/code_text.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "core/code_text.h"

static void written_codes(void **s)
{
    (void)s;
    assert_true(code_text_equal("Den Haag", "den-haag"));
    assert_true(code_text_equal("  Direct Werk ", "direct-werk"));
    assert_false(code_text_equal("Delft", "den-haag"));
}

static void scope_lists(void **s)
{
    (void)s;
    const char *const mine[] = {"lansingerland", "zoetermeer", NULL};
    assert_true(code_in_scope(mine, "zoetermeer"));
    assert_false(code_in_scope(mine, "delft"));
    assert_false(code_in_scope(mine, NULL));
    assert_true(code_in_scope(NULL, "delft"));   /* no list: every municipality */
    const char *const none[] = {NULL};
    assert_false(code_in_scope(none, "zoetermeer"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(written_codes), cmocka_unit_test(scope_lists)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
