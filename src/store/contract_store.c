/* Contracts: the stored row with its computed obligation, lookups, contact and yearly reports. */
#include "store/register.h"
#include "store/policy_store.h"
#include "store/register_write.h"
#include <stdio.h>
#include <string.h>

inc_status municipality_id_by_code(inc_db *db, const char *code, int64_t *id, inc_error *e)
{
    static const char sql[] = "SELECT id FROM municipalities WHERE code = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, code, -1, DB_STATIC);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_reset(st);
    if (rc != DB_ROW) return inc_fail(e, INC_EINVAL, "municipality", "onbekende gemeente '%s'", code);
    return INC_OK;
}

inc_status organisation_ensure(inc_db *db, const char *kvk, const char *name, int64_t *id, inc_error *e)
{
    static const char sel[] = "SELECT id FROM organisations WHERE kvk = ?";
    static const char ins[] = "INSERT INTO organisations(kvk, name) VALUES (?, ?)";
    inc_stmt *st = db_stmt(db, sel, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_STATIC);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        *id = db_col_int64(st, 0);
        db_reset(st);
        return INC_OK;
    }
    db_reset(st);
    if (!name || !*name)
        return inc_fail(e, INC_EINVAL, "contractor_name", "onbekend KvK-nummer %s: geef ook de naam van de opdrachtnemer",
                        kvk);
    if (!(st = db_stmt(db, ins, e))) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_STATIC);
    db_bind_text(st, 2, name, -1, DB_STATIC);
    rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

/* The sources hold no catalogue older than the first; beheer may add it. */
inc_status catalogue_for_award(inc_db *db, inc_date award, int64_t *cid, inc_error *e)
{
    if (catalogue_in_force(db, award, cid, NULL) == INC_OK) return INC_OK;
    static const char sql[] = "SELECT id FROM catalogues ORDER BY effective_from LIMIT 1";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *cid = db_col_int64(st, 0);
    db_reset(st);
    return rc == DB_ROW ? INC_OK : inc_fail(e, INC_ENOTFOUND, "award_date", "er is geen bouwblokkencatalogus");
}

/* The same values as contract_insert_resolved binds, as one row of a bulk writer. */
inc_status contract_bulk_row(inc_bulk *out, inc_db *db, const inc_contract_input *in, const contract_resolved *r,
                             inc_error *e)
{
    const inc_obligation *ob = &r->obligation;
    char award[11], start[11], end[11], exd[11];
    date_format_iso(in->award_date, award);
    date_format_iso(in->start_date, start);
    date_format_iso(in->end_date, end);
    db_bulk_int64(out, r->municipality_id);
    db_bulk_text(out, in->department, -1);
    db_bulk_text(out, in->reference, -1);
    db_bulk_text(out, in->title, -1);
    db_bulk_text(out, category_code(in->category), -1);
    db_bulk_text(out, procedure_code(in->procedure), -1);
    db_bulk_int64(out, in->value_cents);
    db_bulk_int64(out, in->labour_share_bp);
    db_bulk_text(out, award, 10);
    db_bulk_text(out, start, 10);
    db_bulk_text(out, end, 10);
    db_bulk_int64(out, r->contractor_id);
    db_bulk_text(out, in->cpv[0] ? in->cpv : NULL, -1);
    db_bulk_int64(out, r->sebo_holder);
    db_bulk_int64(out, in->extra_bp);
    db_bulk_int64(out, in->exempted);
    if (in->exempted) {
        date_format_iso(in->exemption_date, exd);
        db_bulk_int64(out, in->exemption_pct_bp);
        db_bulk_text(out, in->exemption_by, -1);
        db_bulk_text(out, exd, 10);
        db_bulk_text(out, in->exemption_reason, -1);
    } else {
        for (int k = 0; k < 4; k++) db_bulk_null(out);
    }
    db_bulk_int64(out, r->policy_id);
    db_bulk_int64(out, r->catalogue_id);
    db_bulk_int64(out, ob->applies);
    db_bulk_int64(out, ob->base_pct_bp);
    db_bulk_int64(out, ob->percentage_bp);
    db_bulk_int64(out, ob->amount_cents);
    db_bulk_int64(out, ob->met_by_sebo);
    db_bulk_int64(out, ob->sebo_covered_cents);
    db_bulk_text(out, ob->reason, -1);
    db_bulk_text(out, db_timestamp(db), -1);
    return db_bulk_row_end(out, e);
}

inc_status contract_insert_resolved(inc_db *db, const inc_contract_input *in, const contract_resolved *r, int64_t *id,
                                    inc_error *e)
{
    static const char sql[] =
        "INSERT INTO contracts(" CONTRACT_INSERT_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    const inc_obligation *ob = &r->obligation;
    char award[11], start[11], end[11], exd[11];
    date_format_iso(in->award_date, award);
    date_format_iso(in->start_date, start);
    date_format_iso(in->end_date, end);
    int i = 1;
    db_bind_int64(st, i++, r->municipality_id);
    db_bind_text(st, i++, in->department, -1, DB_STATIC);
    db_bind_text(st, i++, in->reference, -1, DB_STATIC);
    db_bind_text(st, i++, in->title, -1, DB_STATIC);
    db_bind_text(st, i++, category_code(in->category), -1, DB_STATIC);
    db_bind_text(st, i++, procedure_code(in->procedure), -1, DB_STATIC);
    db_bind_int64(st, i++, in->value_cents);
    db_bind_int(st, i++, in->labour_share_bp);
    db_bind_text(st, i++, award, 10, DB_STATIC);
    db_bind_text(st, i++, start, 10, DB_STATIC);
    db_bind_text(st, i++, end, 10, DB_STATIC);
    db_bind_int64(st, i++, r->contractor_id);
    db_bind_text_or_null(st, i++, in->cpv);
    db_bind_int(st, i++, r->sebo_holder);
    db_bind_int(st, i++, in->extra_bp);
    db_bind_int(st, i++, in->exempted);
    if (in->exempted) {
        date_format_iso(in->exemption_date, exd);
        db_bind_int(st, i++, in->exemption_pct_bp);
        db_bind_text(st, i++, in->exemption_by, -1, DB_STATIC);
        db_bind_text(st, i++, exd, 10, DB_STATIC);
        db_bind_text(st, i++, in->exemption_reason, -1, DB_STATIC);
    } else {
        for (int k = 0; k < 4; k++) db_bind_null(st, i++);
    }
    db_bind_int64(st, i++, r->policy_id);
    db_bind_int64(st, i++, r->catalogue_id);
    db_bind_int(st, i++, ob->applies);
    db_bind_int(st, i++, ob->base_pct_bp);
    db_bind_int(st, i++, ob->percentage_bp);
    db_bind_int64(st, i++, ob->amount_cents);
    db_bind_int(st, i++, ob->met_by_sebo);
    db_bind_int64(st, i++, ob->sebo_covered_cents);
    db_bind_text(st, i++, ob->reason, -1, DB_STATIC);
    db_bind_text(st, i++, db_timestamp(db), -1, DB_STATIC);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc == DB_CONSTRAINT)
        return inc_fail(e, INC_ECONFLICT, "reference", "referentie '%s' bestaat al bij %s", in->reference,
                        in->municipality);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

inc_status contract_find(inc_db *db, const char *municipality, const char *reference, int64_t *id, inc_error *e)
{
    static const char sql[] =
        "SELECT c.id FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
        " WHERE m.code = ? AND c.reference = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, municipality, -1, DB_STATIC);
    db_bind_text(st, 2, reference, -1, DB_STATIC);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_reset(st);
    if (rc != DB_ROW)
        return inc_fail(e, INC_ENOTFOUND, "contract_reference", "geen opdracht met referentie '%s' bij %s", reference,
                        municipality);
    return INC_OK;
}

inc_status contract_scope(inc_db *db, int64_t id, char municipality[48], int64_t *contractor_id, inc_error *e)
{
    static const char sql[] =
        "SELECT m.code, c.contractor_id FROM contracts c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        db_column_text(st, 0, municipality, 48);
        *contractor_id = db_col_int64(st, 1);
    }
    db_reset(st);
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "opdracht %lld bestaat niet", (long long)id);
    return INC_OK;
}

inc_status register_row_by_id(inc_db *db, const char *sql, int64_t id, const char *what, inc_stmt **out, inc_error *e)
{
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc != DB_ROW) {
        db_reset(st);
        if (rc != DB_DONE) return db_fail(db, e);
        return inc_fail(e, INC_ENOTFOUND, "id", "%s %lld bestaat niet", what, (long long)id);
    }
    *out = st;
    return INC_OK;
}

inc_status contract_dates(inc_db *db, int64_t id, inc_date *start, inc_date *end, inc_error *e)
{
    static const char sql[] = "SELECT start_date, end_date FROM contracts WHERE id = ?";
    inc_stmt *st;
    if (register_row_by_id(db, sql, id, "opdracht", &st, e) != INC_OK) return e->status;
    date_parse(db_col_text(st, 0), start, "start", NULL);
    date_parse(db_col_text(st, 1), end, "end", NULL);
    db_reset(st);
    return INC_OK;
}

inc_status contract_contact_store(inc_db *db, int64_t id, inc_date day, inc_error *e)
{
    static const char sql[] = "UPDATE contracts SET contact_date = ? WHERE id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    char d[11];
    date_format_iso(day, d);
    db_bind_text(st, 1, d, 10, DB_STATIC);
    db_bind_int64(st, 2, id);
    int rc = db_step_rc(st);
    db_reset(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status yearly_report_store(inc_db *db, int64_t id, int year_no, const char *remarks, inc_error *e)
{
    static const char sql[] = "INSERT INTO yearly_reports(contract_id, year_no, submitted_at, submitted_by, remarks)"
                              " VALUES (?, ?, ?, ?, ?)";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    db_bind_int(st, 2, year_no);
    db_bind_text(st, 3, db_timestamp(db), -1, DB_STATIC);
    db_bind_text(st, 4, db_actor(db), -1, DB_STATIC);
    db_bind_text_or_null(st, 5, remarks);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc == DB_CONSTRAINT) return inc_fail(e, INC_ECONFLICT, "year_no", "jaarrapportage %d is al ingediend", year_no);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}
