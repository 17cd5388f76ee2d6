/* The labour-market region a municipality belongs to, for the faces' authorisation of regional
 * figures (web/authz_banen.c) without reaching into the store. */
#ifndef INC_APP_REGION_H
#define INC_APP_REGION_H
#include "app/app.h"

/* region gets the region's code; INC_ENOTFOUND for an unknown municipality. */
inc_status app_region_of(inc_db *db, const char *municipality, char region[64], inc_error *e);
#endif
