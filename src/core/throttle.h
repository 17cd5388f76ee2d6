/* Failed-login throttling policy (pure): after `threshold` failures within the window a key
 * (an account or an address) is locked, and every further failure doubles the lock. */
#ifndef INC_THROTTLE_H
#define INC_THROTTLE_H
#include <stdint.h>

#define THROTTLE_WINDOW_SECONDS 900    /* failures older than this (since the last one) are forgotten */
#define THROTTLE_BASE_SECONDS 15       /* first lock */
#define THROTTLE_MAX_SECONDS 900       /* longest lock */
#define THROTTLE_USER_THRESHOLD 5
#define THROTTLE_ADDR_THRESHOLD 30

/* Seconds to lock after the failure that brought the count to `failures`: 0 below the threshold,
 * then 15, 30, 60, ... capped at 900. */
int64_t throttle_lock_seconds(int64_t failures, int64_t threshold);

/* The failure count after a new failure at `now`, given the stored count and its last failure. */
int64_t throttle_next_failures(int64_t stored, int64_t last_failure, int64_t now);

#endif
