#include "app/banen_targets.h"
#include "app/audit_json.h"
#include "app/banen_view.h"
#include "store/banen_store.h"
#include "store/banen_targets.h"

inc_status app_banen_target_set(inc_db *db, banen_target *t, inc_error *e)
{
    if (banen_target_complete(t, e)) return INC_EINVAL;
    if (banen_target_regional(t)) {
        if (!banen_region_known(db, t->scope_code))
            return inc_fail(e, INC_ENOTFOUND, "region", "onbekende arbeidsmarktregio '%s'", t->scope_code);
    } else {
        int64_t id;
        if (banen_municipality_id(db, t->scope_code, &id, "municipality", e)) return e ? e->status : INC_ENOTFOUND;
    }
    if (db_begin(db, e)) return INC_EIO;
    if (banen_target_put(db, t, e) || app_audit_json(db, "update", "banen_target", 0, banen_target_json(t), e)) {
        db_rollback(db);
        return e && e->status ? e->status : INC_EIO;
    }
    return db_commit(db, e);
}

inc_status app_banen_targets_list(inc_db *db, const char *municipality, banen_target **out, size_t *n, inc_error *e)
{
    return banen_targets_load(db, municipality, out, n, e);
}
