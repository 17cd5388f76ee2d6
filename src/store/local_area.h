/* What "local" means for a municipality (issue 16): established there, or a postcode in one of the
 * ranges it configures (its own and the region's; table local_postcodes). */
#ifndef INC_STORE_LOCAL_AREA_H
#define INC_STORE_LOCAL_AREA_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include "core/job_outcome.h"
#include "store/db.h"

/* SQL condition: organisation alias o is local to the municipality id in parameter P ("?2"). */
#define SQL_LOCAL_ORG(P)                                                                                       \
    "(o.municipality_id = " P " OR EXISTS (SELECT 1 FROM local_postcodes lp WHERE lp.municipality_id = " P \
    " AND substr(o.postcode, 1, 4) BETWEEN lp.pc_from AND lp.pc_to))"

inc_status organisation_is_local(inc_db *db, int64_t organisation_id, int64_t municipality_id, bool *local,
                                 inc_error *e);
/* Adds a range of four-digit postcodes (region: the region's, else the municipality's own). */
inc_status local_postcodes_insert(inc_db *db, int64_t municipality_id, bool region, const char *from, const char *to,
                                  inc_error *e);
/* A municipality's postcode areas of one scope (region: the region's, else its own), at most max. */
inc_status municipality_pc4_ranges(inc_db *db, const char *municipality, bool region, pc4_range *out, size_t max,
                                   size_t *n, inc_error *e);
/* Replaces the municipality's areas of one scope, in the caller's transaction. */
inc_status municipality_pc4_ranges_set(inc_db *db, const char *municipality, bool region, const pc4_range *r, size_t n,
                                       inc_error *e);
#endif
