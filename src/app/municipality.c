#include "app/municipality.h"
#include "store/municipality.h"

inc_status app_municipality_resolve(inc_db *db, const char *text, char *code, size_t size, inc_error *e)
{
    return municipality_resolve(db, text, code, size, e);
}
