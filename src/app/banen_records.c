#include "app/banen_records.h"
#include "app/audit_json.h"
#include "store/banen_link.h"
#include "store/banen_store.h"

/* Commits after a stored change, or rolls back. */
static inc_status end(inc_db *db, inc_status s, inc_error *e)
{
    if (s != INC_OK) {
        db_rollback(db);
        return e && e->status ? e->status : s;
    }
    return db_commit(db, e);
}

inc_status app_banen_record_add(inc_db *db, const banen_input *in, int64_t *id, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    return end(db, banen_record_insert_tx(db, in, id, e), e);
}

inc_status app_banen_filter_check(inc_db *db, const banen_filter *f, inc_error *e)
{
    return banen_filter_check(db, f, e);
}

inc_status app_banen_records_list(inc_db *db, const banen_filter *f, int limit, int offset, banen_record **out,
                                  size_t *n, inc_error *e)
{
    return banen_records_list(db, f, limit, offset, out, n, e);
}

inc_status app_banen_record_get(inc_db *db, int64_t id, banen_record *out, inc_error *e)
{
    return banen_record_get(db, id, out, e);
}

inc_status app_banen_realisation_municipality(inc_db *db, int64_t realisation_id, char code[64], inc_error *e)
{
    return banen_realisation_municipality(db, realisation_id, code, e);
}

inc_status app_banen_link_realisation(inc_db *db, int64_t realisation_id, int64_t *employment_id, bool *created,
                                      inc_error *e)
{
    banen_link_result r = {0};
    if (db_begin(db, e)) return INC_EIO;
    inc_status s = end(db, banen_link_realisation(db, realisation_id, &r, e), e);
    *employment_id = r.employment_id;
    *created = r.created;
    return s;
}

inc_status app_banen_own_employer_set(inc_db *db, const char *municipality, const char *kvk, const char *name,
                                      inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    int64_t mid;
    inc_status s = banen_own_employer_put(db, municipality, kvk, name, &mid, e);
    if (s == INC_OK) {
        json_t *d = json_pack("{s:s, s:s}", "municipality", municipality, "kvk", kvk);
        s = app_audit_json(db, "update", "municipal_employer", mid, d, e);
    }
    return end(db, s, e);
}
