/* Failed-login throttling policy (core/throttle.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "core/throttle.h"

static void lock_doubles_from_the_threshold_and_is_capped(void **s)
{
    (void)s;
    /* Threshold 5: failures 1-4 free; the 5th locks 15 s, then 30, 60, 120, 240, 480, and 900 (cap). */
    for (int f = 0; f < 5; f++) assert_int_equal(throttle_lock_seconds(f, 5), 0);
    assert_int_equal(throttle_lock_seconds(5, 5), 15);
    assert_int_equal(throttle_lock_seconds(6, 5), 30);
    assert_int_equal(throttle_lock_seconds(7, 5), 60);
    assert_int_equal(throttle_lock_seconds(10, 5), 480);
    assert_int_equal(throttle_lock_seconds(11, 5), 900);   /* 960 capped */
    assert_int_equal(throttle_lock_seconds(1000000, 5), 900);
    assert_int_equal(throttle_lock_seconds(3, 0), 0);      /* threshold 0: rule off */
}

static void failures_are_forgotten_after_the_window(void **s)
{
    (void)s;
    assert_int_equal(throttle_next_failures(0, 0, 1000), 1);
    assert_int_equal(throttle_next_failures(4, 1000, 1100), 5);
    assert_int_equal(throttle_next_failures(4, 1000, 1000 + 900), 5);     /* exactly 15 minutes: still counts */
    assert_int_equal(throttle_next_failures(4, 1000, 1000 + 901), 1);     /* later: starts again */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lock_doubles_from_the_threshold_and_is_capped),
        cmocka_unit_test(failures_are_forgotten_after_the_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
