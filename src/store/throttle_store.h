/* Failed-login counters per account and per address, kept in the database so every worker
 * thread (and a restarted server) sees the same locks. Policy: core/throttle.h. */
#ifndef INC_THROTTLE_STORE_H
#define INC_THROTTLE_STORE_H
#include <stdint.h>
#include "store/db.h"

/* Seconds the key is still locked at `now` (0 when free). */
inc_status throttle_locked_for(inc_db *db, const char *key, int64_t now, int64_t *seconds, inc_error *e);
/* Records a failure and locks the key when the count reaches the threshold. */
inc_status throttle_record_failure(inc_db *db, const char *key, int64_t threshold, int64_t now, inc_error *e);
inc_status throttle_clear(inc_db *db, const char *key, inc_error *e);

#endif
