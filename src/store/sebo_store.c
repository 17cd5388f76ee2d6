/* SEBO registry writes: holders, applications, lifecycle transitions, evidence. */
#include "store/sebo_store.h"
#include "store/columns.h"
#include "core/ident.h"
#include <stdio.h>
#include <string.h>

int64_t sebo_setting_int(inc_db *db, const char *key, int64_t fallback)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?", &st, NULL)) return fallback;
    db_bind_text(st, 1, key, -1, DB_COPY);
    int64_t v = fallback;
    if (db_step_rc(st) == DB_ROW) v = db_col_int64(st, 0);
    db_finalize(st);
    return v;
}

inc_status sebo_municipality_id(inc_db *db, const char *code, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM municipalities WHERE code = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, code, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc != DB_ROW) return inc_fail(e, INC_EINVAL, "municipality", "onbekende gemeente '%s'", code);
    return INC_OK;
}

inc_status sebo_org_by_kvk(inc_db *db, const char *kvk, const char *field, int64_t *org_id, int64_t *org_municipality,
                           inc_error *e)
{
    if (kvk_check(kvk, field, e) != INC_OK) return INC_EINVAL;
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, municipality_id FROM organisations WHERE kvk = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        *org_id = db_col_int64(st, 0);
        if (org_municipality)
            *org_municipality = db_col_is_null(st, 1) ? 0 : db_col_int64(st, 1);
    }
    db_finalize(st);
    if (rc != DB_ROW)
        return inc_fail(e, INC_EINVAL, field, "onbekend KvK-nummer %s: registreer de organisatie eerst", kvk);
    return INC_OK;
}

inc_status sebo_holder_find(inc_db *db, const char *kvk, int64_t *holder_id, bool *self_employed, bool *found,
                            inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT h.id, h.self_employed FROM sebo_holders h JOIN organisations o ON o.id = h.organisation_id"
                   " WHERE o.kvk = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rc = db_step_rc(st);
    *found = rc == DB_ROW;
    if (rc == DB_ROW) {
        *holder_id = db_col_int64(st, 0);
        if (self_employed) *self_employed = db_col_int(st, 1);
    }
    db_finalize(st);
    return INC_OK;
}

inc_status sebo_holder_insert(inc_db *db, int64_t organisation_id, int64_t municipality_id, const sebo_holder_input *in,
                              int64_t *holder_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO sebo_holders(organisation_id, municipality_id, self_employed, profile, website,"
                   " does_werken, does_diensten, does_leveringen) VALUES (?,?,?,?,?,?,?,?)"
                   " ON CONFLICT(organisation_id) DO NOTHING",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    db_bind_int64(st, 2, municipality_id);
    db_bind_int(st, 3, in->self_employed);
    db_bind_text(st, 4, in->profile, -1, DB_COPY);
    db_bind_text_or_null(st, 5, in->website);
    for (int c = 0; c < CAT__COUNT; c++) db_bind_int(st, 6 + c, in->kinds[c]);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (db_changes(db) == 0)
        return inc_fail(e, INC_ECONFLICT, "kvk", "KvK-nummer %s staat al in het SEBO-register", in->kvk);
    *holder_id = db_last_id(db);
    return INC_OK;
}

inc_status sebo_history_add(inc_db *db, int64_t cert_id, sebo_status s, inc_date day, const char *note,
                            inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO sebo_status_history(certificate_id, status, on_date, note, actor) VALUES (?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, cert_id);
    db_bind_text(st, 2, sebo_status_code(s), -1, DB_STATIC);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text_or_null(st, 4, note);
    db_bind_text(st, 5, db_actor(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status sebo_application_counts(inc_db *db, int64_t holder_id, int *open, int *certified, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT SUM(CASE WHEN status IN ('aangevraagd','in-audit') THEN 1 ELSE 0 END),"
                   " SUM(CASE WHEN certified_from IS NOT NULL THEN 1 ELSE 0 END)"
                   " FROM sebo_certificates WHERE holder_id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, holder_id);
    *open = *certified = 0;
    if (db_step_rc(st) == DB_ROW) {
        *open = db_col_int(st, 0);
        *certified = db_col_int(st, 1);
    }
    db_finalize(st);
    return INC_OK;
}

inc_status sebo_certificate_insert(inc_db *db, int64_t holder_id, const char *kind, inc_date day, int64_t *cert_id,
                                   inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO sebo_certificates(holder_id, kind, status, applied_on) VALUES (?,?,'aangevraagd',?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, holder_id);
    db_bind_text(st, 2, kind, -1, DB_COPY);
    db_bind_text(st, 3, d, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *cert_id = db_last_id(db);
    return INC_OK;
}

inc_status sebo_certificate_latest(inc_db *db, int64_t holder_id, int64_t *cert_id, sebo_cert_state *cur, bool *found,
                                   inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, status, certified_from, valid_until FROM sebo_certificates"
                   " WHERE holder_id = ? ORDER BY id DESC LIMIT 1",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, holder_id);
    int rc = db_step_rc(st);
    *found = rc == DB_ROW;
    if (rc == DB_ROW) {
        *cert_id = db_col_int64(st, 0);
        sebo_status_parse(db_col_text(st, 1), &cur->status);
        cur->certified_from = store_col_date(st, 2);
        cur->valid_until = store_col_date(st, 3);
    }
    db_finalize(st);
    return INC_OK;
}

inc_status sebo_evidence_read(inc_db *db, int64_t cert_id, sebo_evidence_state ev[SEBO_CRIT__COUNT], inc_error *e)
{
    memset(ev, 0, sizeof(sebo_evidence_state) * SEBO_CRIT__COUNT);
    inc_stmt *st;
    if (db_prepare(db, "SELECT criterion, not_applicable FROM sebo_evidence WHERE certificate_id = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, cert_id);
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        sebo_criterion c;
        if (sebo_criterion_parse(db_col_text(st, 0), &c)) {
            ev[c].recorded = true;
            ev[c].not_applicable = db_col_int(st, 1);
        }
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status sebo_certificate_change(inc_db *db, int64_t cert_id, const sebo_cert_change *ch, inc_error *e)
{
    char d[11], a[11], b[11];
    inc_stmt *st;
    switch (ch->to) {
    case SEBO_ST_IN_AUDIT:
        date_format_iso(ch->audit_date, a);
        if (db_prepare(db, "UPDATE sebo_certificates SET status='in-audit', audit_body=?, audit_date=?, audit_cost_cents=?"
                           " WHERE id=?", &st, e))
            return INC_EIO;
        db_bind_text(st, 1, ch->audit_body, -1, DB_COPY);
        db_bind_text(st, 2, a, -1, DB_COPY);
        if (ch->cost_set) db_bind_int64(st, 3, ch->audit_cost_cents);
        else db_bind_null(st, 3);
        db_bind_int64(st, 4, cert_id);
        break;
    case SEBO_ST_CERTIFIED:
        date_format_iso(ch->certified_from, a);
        date_format_iso(ch->valid_until, b);
        if (db_prepare(db, "UPDATE sebo_certificates SET status='gecertificeerd', audit_outcome='positief',"
                           " certified_from=?, valid_until=? WHERE id=?", &st, e))
            return INC_EIO;
        db_bind_text(st, 1, a, -1, DB_COPY);
        db_bind_text(st, 2, b, -1, DB_COPY);
        db_bind_int64(st, 3, cert_id);
        break;
    case SEBO_ST_REJECTED:
        if (db_prepare(db, "UPDATE sebo_certificates SET status='afgewezen', audit_outcome='negatief' WHERE id=?", &st, e))
            return INC_EIO;
        db_bind_int64(st, 1, cert_id);
        break;
    case SEBO_ST_WITHDRAWN:
        date_format_iso(ch->day, d);
        if (db_prepare(db, "UPDATE sebo_certificates SET status='ingetrokken', withdrawn_on=?, withdrawal_reason=?"
                           " WHERE id=?", &st, e))
            return INC_EIO;
        db_bind_text(st, 1, d, -1, DB_COPY);
        db_bind_text_or_null(st, 2, ch->note);
        db_bind_int64(st, 3, cert_id);
        break;
    case SEBO_ST_EXPIRED:
        if (db_prepare(db, "UPDATE sebo_certificates SET status='verlopen' WHERE id=?", &st, e)) return INC_EIO;
        db_bind_int64(st, 1, cert_id);
        break;
    default:
        return inc_fail(e, INC_EINTERNAL, "status", "onbekende statusovergang");
    }
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status sebo_evidence_put(inc_db *db, int64_t cert_id, sebo_criterion c, const char *text, bool not_applicable,
                             inc_date day, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO sebo_evidence(certificate_id, criterion, evidence, not_applicable, recorded_on)"
                   " VALUES (?,?,?,?,?) ON CONFLICT(certificate_id, criterion) DO UPDATE SET"
                   " evidence=excluded.evidence, not_applicable=excluded.not_applicable, recorded_on=excluded.recorded_on",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, cert_id);
    db_bind_text(st, 2, sebo_criterion_code(c), -1, DB_STATIC);
    db_bind_text(st, 3, text, -1, DB_COPY);
    db_bind_int(st, 4, not_applicable);
    db_bind_text(st, 5, d, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}
