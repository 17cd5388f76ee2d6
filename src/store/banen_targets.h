/* Storage of banenafspraak targets (the type and its rules: core/banen_target.h). */
#ifndef INC_BANEN_TARGETS_H
#define INC_BANEN_TARGETS_H
#include <stdbool.h>
#include <stddef.h>
#include "core/banen_target.h"
#include "core/date.h"
#include "store/db.h"

/* Inserts or replaces the target for its key (kind, scope, code, sector, year) inside the caller's
 * transaction. The target comes complete and checked (core/banen_target.h). */
inc_status banen_target_put(inc_db *db, const banen_target *t, inc_error *e);

/* The target for that key, found = false when there is none. */
inc_status banen_target_get(inc_db *db, const char *kind, const char *scope, const char *code, const char *sector,
                            int year, banen_target *out, bool *found, inc_error *e);

/* All targets (optionally of one municipality and its region), ordered by scope, code, sector, year. */
inc_status banen_targets_load(inc_db *db, const char *municipality, banen_target **out, size_t *n, inc_error *e);

#endif
