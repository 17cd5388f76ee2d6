/* From a WSP placement to the banenafspraak monitor (migration 003, banen): the employment record a
 * placement makes or links to, so a placement is typed once. */
#include "store/wsp_internal.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

bool wsp_store_employment_covering(inc_db *db, int64_t person_id, int64_t organisation_id, inc_date start,
                                   int64_t *employment_id)
{
    char d[11];
    date_format_iso(start, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id FROM employment_records WHERE person_id = ? AND employer_id = ?"
                   " AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date LIMIT 1",
                   &st, NULL))
        return false;
    db_bind_int64(st, 1, person_id);
    db_bind_int64(st, 2, organisation_id);
    db_bind_text(st, 3, d, -1, DB_COPY);
    bool found = db_step_rc(st) == DB_ROW;
    if (found) *employment_id = db_col_int64(st, 0);
    db_finalize(st);
    return found;
}

bool wsp_store_organisation_is_municipal(inc_db *db, int64_t organisation_id)
{
    return wsp_lookup_int(db, "SELECT municipality_id FROM municipal_employers WHERE organisation_id = ?",
                          organisation_id, NULL);
}

inc_status wsp_store_employment_insert(inc_db *db, const wsp_employment_row *r, int64_t *id, inc_error *e)
{
    char start[11];
    date_format_iso(r->start, start);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO employment_records(municipality_id, employer_id, department, sector, person_id,"
                   " target_group, start_date, end_date, hours_centi, contract_type, instrument, source, created_by)"
                   " VALUES (?,?,'',?,?,?,?,NULL,?,?,?,'wsp',?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, r->municipality_id);
    db_bind_int64(st, 2, r->organisation_id);
    db_bind_text(st, 3, r->sector, -1, DB_STATIC);
    db_bind_int64(st, 4, r->person_id);
    db_bind_text(st, 5, r->target_group, -1, DB_STATIC);
    db_bind_text(st, 6, start, -1, DB_COPY);
    db_bind_int64(st, 7, r->hours_centi);
    db_bind_text(st, 8, r->contract_type, -1, DB_STATIC);
    db_bind_text(st, 9, r->instrument, -1, DB_STATIC);
    db_bind_text(st, 10, db_actor(db), -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}
