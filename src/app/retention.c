#include "app/retention.h"
#include "store/retention.h"

int app_retention_months(inc_db *db) { return retention_months(db); }

inc_status app_retention_set_months(inc_db *db, int months, inc_error *e)
{
    return retention_set_months(db, months, e);
}

inc_status app_retention_apply(inc_db *db, inc_date today, bool dry_run, json_t **summary, inc_error *e)
{
    return retention_apply(db, today, dry_run, summary, e);
}
