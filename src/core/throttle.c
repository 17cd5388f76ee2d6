#include "core/throttle.h"

int64_t throttle_lock_seconds(int64_t failures, int64_t threshold)
{
    if (threshold < 1 || failures < threshold) return 0;
    int64_t lock = THROTTLE_BASE_SECONDS;
    for (int64_t i = threshold; i < failures && lock < THROTTLE_MAX_SECONDS; i++) lock *= 2;
    return lock > THROTTLE_MAX_SECONDS ? THROTTLE_MAX_SECONDS : lock;
}

int64_t throttle_next_failures(int64_t stored, int64_t last_failure, int64_t now)
{
    if (stored <= 0 || now - last_failure > THROTTLE_WINDOW_SECONDS) return 1;
    return stored + 1;
}
