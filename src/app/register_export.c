#include "app/register_export.h"
#include "store/export_store.h"

inc_status app_register_export(inc_db *db, register_export_kind kind, const char *municipality, export_row_fn fn,
                               void *user, inc_error *e)
{
    db = db_reader(db);   /* a report: the standby when --db-read names one */
    return kind == REGISTER_EXPORT_CONTRACTS ? export_contracts(db, municipality, fn, user, e)
                                             : export_realisations(db, municipality, fn, user, e);
}
