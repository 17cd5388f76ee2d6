#include "app/region.h"
#include "store/banen_store.h"

inc_status app_region_of(inc_db *db, const char *municipality, char region[64], inc_error *e)
{
    return banen_region_of(db, municipality, region, e);
}
