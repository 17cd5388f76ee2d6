/* Configuring what "local" means for a municipality (issue 16): ranges of four-digit postcodes, its
 * own and the region's, on top of the companies established in it. */
#ifndef INC_APP_LOCAL_AREA_H
#define INC_APP_LOCAL_AREA_H
#include <stdbool.h>
#include "app/app.h"

inc_status app_local_postcodes_add(inc_db *db, const char *municipality, bool region, const char *from, const char *to,
                                   inc_error *e);
#endif
