#include "app/retention.h"
#include "store/retention.h"

int app_retention_months(inc_db *db) { return retention_months(db); }

inc_status app_retention_set_months(inc_db *db, int months, inc_error *e)
{
    return retention_set_months(db, months, e);
}

inc_status app_retention_apply(inc_db *db, inc_date today, bool dry_run, json_t **summary, inc_error *e)
{
    retention_summary r;
    inc_status st = retention_apply(db, today, dry_run, &r, e);
    if (st != INC_OK) return st;
    *summary = json_pack("{s:i, s:s, s:b, s:I, s:I, s:I}", "retention_months", r.months, "contracts_ended_before", r.cutoff,
                         "dry_run", r.dry_run, "realisations_unlinked", (json_int_t)r.realisations_unlinked,
                         "persons_deleted", (json_int_t)r.persons_deleted,
                         "evidence_deleted", (json_int_t)r.evidence_deleted);
    return INC_OK;
}
