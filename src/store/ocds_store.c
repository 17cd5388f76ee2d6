#include "store/ocds_store.h"
#include <stdio.h>
#include <string.h>

inc_status ocds_buyers_load(inc_db *db, ocds_municipality *mun, int max_m, int *nm, ocds_buyer_alias *al, int max_a,
                            int *na, inc_error *e)
{
    *nm = *na = 0;
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, code, name FROM municipalities ORDER BY id", &st, e)) return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW && *nm < max_m) {
        ocds_municipality *m = &mun[(*nm)++];
        m->id = db_col_int64(st, 0);
        db_column_text(st, 1, m->code, sizeof m->code);
        db_column_text(st, 2, m->name, sizeof m->name);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (db_prepare(db, "SELECT municipality_id, kind, value FROM ocds_buyers ORDER BY id", &st, e)) return INC_EIO;
    while ((rc = db_step(db, st, e)) == DB_ROW && *na < max_a) {
        ocds_buyer_alias *a = &al[(*na)++];
        a->municipality_id = db_col_int64(st, 0);
        const char *k = db_col_text(st, 1);
        a->by_id = k && strcmp(k, "id") == 0;
        db_column_text(st, 2, a->value, sizeof a->value);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status ocds_buyer_insert(inc_db *db, int64_t municipality_id, bool by_id, const char *value, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO ocds_buyers(municipality_id, kind, value) VALUES (?, ?, ?)", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, municipality_id);
    db_bind_text(st, 2, by_id ? "id" : "naam", -1, DB_STATIC);
    db_bind_text(st, 3, value, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT)
        return inc_fail(e, INC_ECONFLICT, by_id ? "identifier" : "name", "aanbesteder '%s' is al gekoppeld", value);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status ocds_award_find(inc_db *db, const char *ocid, const char *award_id, ocds_award_stored *out, bool *found,
                           inc_error *e)
{
    *found = false;
    inc_stmt *st = db_stmt(db, "SELECT id, release_id, release_date, COALESCE(contract_id, 0) FROM ocds_awards"
                               " WHERE ocid = ? AND award_id = ?", e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, ocid, -1, DB_COPY);
    db_bind_text(st, 2, award_id, -1, DB_COPY);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        *found = true;
        out->id = db_col_int64(st, 0);
        db_column_text(st, 1, out->release_id, sizeof out->release_id);
        db_column_text(st, 2, out->release_date, sizeof out->release_date);
        out->contract_id = db_col_int64(st, 3);
    }
    db_release(db, st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status ocds_award_write(inc_db *db, int64_t existing_id, const ocds_award_record *r, int64_t *id, inc_error *e)
{
    inc_stmt *st = db_stmt(db, existing_id
        ? "UPDATE ocds_awards SET municipality_id = ?1, release_id = ?4, release_date = ?5, buyer_name = ?6, title = ?7,"
          " category = ?8, procedure = ?9, cpv = ?10, value_cents = ?11, award_date = ?12, start_date = ?13,"
          " end_date = ?14, supplier_id = ?15, sr_applies = ?16, updated_at = ?17 WHERE id = ?18"
          " AND ocid = ?2 AND award_id = ?3"
        : "INSERT INTO ocds_awards(municipality_id, ocid, award_id, release_id, release_date, buyer_name, title, category,"
          " procedure, cpv, value_cents, award_date, start_date, end_date, supplier_id, sr_applies, imported_by,"
          " imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)", e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, r->municipality_id);
    db_bind_text(st, 2, r->ocid, -1, DB_COPY);
    db_bind_text(st, 3, r->award_id, -1, DB_COPY);
    db_bind_text(st, 4, r->release_id, -1, DB_COPY);
    db_bind_text(st, 5, r->release_date, -1, DB_COPY);
    db_bind_text(st, 6, r->buyer_name, -1, DB_COPY);
    db_bind_text(st, 7, r->title, -1, DB_COPY);
    db_bind_text(st, 8, r->category, -1, DB_COPY);
    db_bind_text(st, 9, r->procedure, -1, DB_COPY);
    db_bind_text_or_null(st, 10, r->cpv);
    db_bind_int64(st, 11, r->value_cents);
    db_bind_text(st, 12, r->award_date, -1, DB_COPY);
    db_bind_text_or_null(st, 13, r->start_date);
    db_bind_text_or_null(st, 14, r->end_date);
    db_bind_int64(st, 15, r->supplier_id);
    db_bind_int(st, 16, r->sr_applies);
    if (existing_id) {
        db_bind_text(st, 17, db_timestamp(db), -1, DB_COPY);
        db_bind_int64(st, 18, existing_id);
    } else {
        db_bind_text(st, 17, db_actor(db) ? db_actor(db) : "onbekend", -1, DB_COPY);
        db_bind_text(st, 18, db_timestamp(db), -1, DB_COPY);
    }
    inc_status s = db_step_done(db, st, e);
    db_release(db, st);
    if (s == INC_OK && id) *id = existing_id ? existing_id : db_last_id(db);
    return s;
}

inc_status ocds_award_set_contract(inc_db *db, int64_t id, int64_t contract_id, inc_error *e)
{
    inc_stmt *st = db_stmt(db, "UPDATE ocds_awards SET contract_id = ? WHERE id = ?", e);
    if (!st) return INC_EIO;
    if (contract_id) db_bind_int64(st, 1, contract_id);
    else db_bind_null(st, 1);
    db_bind_int64(st, 2, id);
    inc_status s = db_step_done(db, st, e);
    db_release(db, st);
    return s;
}

inc_status ocds_draft_remove(inc_db *db, int64_t contract_id, bool *removed, inc_error *e)
{
    *removed = false;
    inc_stmt *st;
    if (db_prepare(db, "SELECT 1 FROM contracts c WHERE c.id = ?1 AND c.status = 'concept'"
                       " AND NOT EXISTS (SELECT 1 FROM realisations r WHERE r.contract_id = c.id)"
                       " AND NOT EXISTS (SELECT 1 FROM yearly_reports y WHERE y.contract_id = c.id)"
                       " AND NOT EXISTS (SELECT 1 FROM sr_exemptions x WHERE x.contract_id = c.id)"
                       " AND NOT EXISTS (SELECT 1 FROM sr_notices n WHERE n.contract_id = c.id)"
                       " AND c.procurement_id IS NULL",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    int rc = db_step(db, st, e);
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW) return INC_OK;
    if (db_prepare(db, "UPDATE ocds_awards SET contract_id = NULL WHERE contract_id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    inc_status s = db_step_done(db, st, e);
    db_finalize(st);
    if (s) return s;
    if (db_prepare(db, "DELETE FROM contracts WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    s = db_step_done(db, st, e);
    db_finalize(st);
    if (s == INC_OK) *removed = true;
    return s;
}
