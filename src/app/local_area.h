/* Configuring what "local" means for a municipality (issue 16): ranges of four-digit postcodes, its
 * own and the region's, on top of the companies established in it. */
#ifndef INC_APP_LOCAL_AREA_H
#define INC_APP_LOCAL_AREA_H
#include <stdbool.h>
#include <stddef.h>
#include "app/app.h"

inc_status app_local_postcodes_add(inc_db *db, const char *municipality, bool region, const char *from, const char *to,
                                   inc_error *e);

#define LOCAL_MAX_RANGES 64
/* "2711-2729, 2730" -> the municipality's own postcode areas and the region's, replacing them, both
 * or neither; NULL leaves that scope as it is, "" empties it. Audit-logged. */
inc_status app_municipality_postcodes_set(inc_db *db, const char *municipality, const char *own, const char *region,
                                          inc_error *e);
/* The areas of one scope as that text ("" when none); INC_ENOTFOUND for an unknown municipality. */
inc_status app_municipality_postcodes_get(inc_db *db, const char *municipality, bool region, char *out, size_t size,
                                          inc_error *e);
#endif
