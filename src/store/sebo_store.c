/* SEBO registry writes: holders, applications, lifecycle transitions, evidence. */
#include "store/sebo_store.h"
#include "store/audit.h"
#include "core/ident.h"
#include "core/json_fixed.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


inc_status sebo_tx_begin(inc_db *db, bool *own, inc_error *e)
{
    *own = !db_in_transaction(db);
    return *own ? db_begin(db, e) : INC_OK;
}

inc_status sebo_tx_end(inc_db *db, bool own, inc_status st, inc_error *e)
{
    if (!own) return st;
    if (st != INC_OK) { db_rollback(db); return st; }
    return db_commit(db, e);
}

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

static inc_status holder_by_kvk(inc_db *db, const char *kvk, int64_t *holder_id, bool *self_employed, inc_error *e)
{
    if (kvk_check(kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT h.id, h.self_employed FROM sebo_holders h JOIN organisations o ON o.id = h.organisation_id"
                   " WHERE o.kvk = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        *holder_id = db_col_int64(st, 0);
        if (self_employed) *self_employed = db_col_int(st, 1);
    }
    db_finalize(st);
    if (rc != DB_ROW)
        return inc_fail(e, INC_ENOTFOUND, "kvk", "KvK-nummer %s staat niet in het SEBO-register", kvk);
    return INC_OK;
}

static inc_status history_add(inc_db *db, int64_t cert_id, sebo_status s, inc_date day, const char *note,
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

static inc_status audit_json(inc_db *db, const char *action, const char *entity, int64_t id, json_t *detail,
                             inc_error *e)
{
    char *s = json_dump_fixed(detail, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(detail);
    inc_status st = audit_write(db, action, entity, id, s, e);
    free(s);
    return st;
}

static inc_status apply_in_tx(inc_db *db, int64_t holder_id, inc_date day, int64_t *cert_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT SUM(CASE WHEN status IN ('aangevraagd','in-audit') THEN 1 ELSE 0 END),"
                   " SUM(CASE WHEN certified_from IS NOT NULL THEN 1 ELSE 0 END)"
                   " FROM sebo_certificates WHERE holder_id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, holder_id);
    int open = 0, certified = 0;
    if (db_step_rc(st) == DB_ROW) {
        open = db_col_int(st, 0);
        certified = db_col_int(st, 1);
    }
    db_finalize(st);
    if (open > 0)
        return inc_fail(e, INC_ECONFLICT, "status", "er loopt al een aanvraag (aangevraagd of in audit)");
    const char *kind = certified ? "hercertificering" : "nieuw";
    char d[11];
    date_format_iso(day, d);
    if (db_prepare(db, "INSERT INTO sebo_certificates(holder_id, kind, status, applied_on) VALUES (?,?,'aangevraagd',?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, holder_id);
    db_bind_text(st, 2, kind, -1, DB_STATIC);
    db_bind_text(st, 3, d, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *cert_id = db_last_id(db);
    if (history_add(db, *cert_id, SEBO_ST_APPLIED, day, kind, e)) return e ? e->status : INC_EIO;
    return audit_json(db, "apply", "sebo_certificate", *cert_id,
                      json_pack("{s:I, s:s, s:s}", "holder_id", (json_int_t)holder_id, "kind", kind, "applied_on", d), e);
}

static inc_status holder_add_tx(inc_db *db, const sebo_holder_input *in, int64_t *holder_id, inc_error *e)
{
    const char *mun = in->municipality[0] ? in->municipality : "zoetermeer";
    int64_t mun_id, est_id = 0;
    if (sebo_municipality_id(db, mun, &mun_id, e)) return e ? e->status : INC_EINVAL;
    if (in->established[0] && sebo_municipality_id(db, in->established, &est_id, e)) {
        if (e) snprintf(e->field, sizeof e->field, "established");
        return INC_EINVAL;
    }
    if (!in->kinds[CAT_WERKEN] && !in->kinds[CAT_DIENSTEN] && !in->kinds[CAT_LEVERINGEN])
        return inc_fail(e, INC_EINVAL, "kinds", "geef ten minste één soort werk op (werken, diensten, leveringen)");
    if (kvk_check(in->kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    int64_t org_id = 0;
    inc_error tmp = {0};
    inc_status s = sebo_org_by_kvk(db, in->kvk, "kvk", &org_id, NULL, &tmp);
    inc_stmt *st;
    if (s == INC_EINVAL) {  /* unknown KvK (the number itself was checked above) */
        if (!in->name[0]) {
            if (e) *e = tmp;
            return INC_EINVAL;
        }
        if (db_prepare(db, "INSERT INTO organisations(kvk, name, municipality_id) VALUES (?,?,?)", &st, e)) return INC_EIO;
        db_bind_text(st, 1, in->kvk, -1, DB_COPY);
        db_bind_text(st, 2, in->name, -1, DB_COPY);
        if (est_id) db_bind_int64(st, 3, est_id);
        else db_bind_null(st, 3);
        int rc = db_step_rc(st);
        db_finalize(st);
        if (rc != DB_DONE) return db_fail(db, e);
        org_id = db_last_id(db);
        if (audit_json(db, "create", "organisation", org_id, json_pack("{s:s, s:s}", "kvk", in->kvk, "name", in->name), e))
            return INC_EIO;
    } else if (s != INC_OK) {
        if (e) *e = tmp;
        return s;
    } else if (est_id) {
        if (db_prepare(db, "UPDATE organisations SET municipality_id = ? WHERE id = ?", &st, e)) return INC_EIO;
        db_bind_int64(st, 1, est_id);
        db_bind_int64(st, 2, org_id);
        int rc = db_step_rc(st);
        db_finalize(st);
        if (rc != DB_DONE) return db_fail(db, e);
    }
    if (db_prepare(db,
                   "INSERT INTO sebo_holders(organisation_id, municipality_id, self_employed, profile, website,"
                   " does_werken, does_diensten, does_leveringen) VALUES (?,?,?,?,?,?,?,?)"
                   " ON CONFLICT(organisation_id) DO NOTHING",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, org_id);
    db_bind_int64(st, 2, mun_id);
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
    json_t *kinds = json_array();
    for (int c = 0; c < CAT__COUNT; c++)
        if (in->kinds[c]) json_array_append_new(kinds, json_string(category_code((inc_category)c)));
    if (audit_json(db, "create", "sebo_holder", *holder_id,
                   json_pack("{s:s, s:s, s:b, s:o}", "kvk", in->kvk, "municipality", mun, "self_employed",
                             in->self_employed, "kinds", kinds),
                   e))
        return INC_EIO;
    if (in->applied_on != INC_DATE_NONE) {
        int64_t cert;
        return apply_in_tx(db, *holder_id, in->applied_on, &cert, e);
    }
    return INC_OK;
}

inc_status sebo_holder_add(inc_db *db, const sebo_holder_input *in, int64_t *holder_id, inc_error *e)
{
    bool own;
    if (sebo_tx_begin(db, &own, e)) return INC_EIO;
    return sebo_tx_end(db, own, holder_add_tx(db, in, holder_id, e), e);
}

inc_status sebo_apply(inc_db *db, const char *kvk, inc_date day, int64_t *certificate_id, inc_error *e)
{
    bool own;
    if (sebo_tx_begin(db, &own, e)) return INC_EIO;
    int64_t holder_id;
    inc_status s = holder_by_kvk(db, kvk, &holder_id, NULL, e);
    if (s == INC_OK) s = apply_in_tx(db, holder_id, day, certificate_id, e);
    return sebo_tx_end(db, own, s, e);
}

typedef struct {
    int64_t id;
    sebo_status status;
    inc_date certified_from, valid_until;
    bool has_audit_body;
} cert_row;

static inc_date col_date(inc_stmt *st, int col)
{
    inc_date d = INC_DATE_NONE;
    if (!db_col_is_null(st, col))
        date_parse(db_col_text(st, col), &d, "", NULL);
    return d;
}

static inc_status latest_cert(inc_db *db, int64_t holder_id, cert_row *c, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, status, certified_from, valid_until, audit_body IS NOT NULL FROM sebo_certificates"
                   " WHERE holder_id = ? ORDER BY id DESC LIMIT 1",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, holder_id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        c->id = db_col_int64(st, 0);
        sebo_status_parse(db_col_text(st, 1), &c->status);
        c->certified_from = col_date(st, 2);
        c->valid_until = col_date(st, 3);
        c->has_audit_body = db_col_int(st, 4);
    }
    db_finalize(st);
    if (rc != DB_ROW)
        return inc_fail(e, INC_ECONFLICT, "status", "deze houder heeft nog geen aanvraag; vraag eerst het keurmerk aan");
    return INC_OK;
}

static inc_status evidence_check(inc_db *db, int64_t cert_id, bool self_employed, inc_error *e)
{
    sebo_evidence_state ev[SEBO_CRIT__COUNT];
    memset(ev, 0, sizeof ev);
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
    if (rc == DB_ERR) return INC_EIO;
    return sebo_evidence_complete(ev, self_employed, e);
}

static inc_status transition_tx(inc_db *db, const char *kvk, const sebo_transition_input *in, inc_error *e)
{
    int64_t holder_id;
    bool self_employed = false;
    if (holder_by_kvk(db, kvk, &holder_id, &self_employed, e)) return e ? e->status : INC_ENOTFOUND;
    cert_row c;
    if (latest_cert(db, holder_id, &c, e)) return e ? e->status : INC_ECONFLICT;
    inc_date day = in->day == INC_DATE_NONE ? date_today() : in->day;
    if (sebo_transition_check(c.status, in->to, day, c.valid_until, e)) return INC_ECONFLICT;
    char d[11], a[11], b[11];
    date_format_iso(day, d);
    inc_stmt *st;
    json_t *detail = json_pack("{s:s, s:s, s:s}", "from", sebo_status_code(c.status), "to", sebo_status_code(in->to),
                               "day", d);
    int rc;
    switch (in->to) {
    case SEBO_ST_IN_AUDIT: {
        if (!in->audit_body[0]) {
            json_decref(detail);
            return inc_fail(e, INC_EINVAL, "audit_body", "geef het onafhankelijke certificeringsbureau op");
        }
        if (in->cost_set && in->audit_cost_cents < 0) {
            json_decref(detail);
            return inc_fail(e, INC_EINVAL, "audit_cost", "de kosten van de audit mogen niet negatief zijn");
        }
        date_format_iso(in->audit_date == INC_DATE_NONE ? day : in->audit_date, a);
        if (db_prepare(db, "UPDATE sebo_certificates SET status='in-audit', audit_body=?, audit_date=?, audit_cost_cents=?"
                           " WHERE id=?", &st, e)) { json_decref(detail); return INC_EIO; }
        db_bind_text(st, 1, in->audit_body, -1, DB_COPY);
        db_bind_text(st, 2, a, -1, DB_COPY);
        if (in->cost_set) db_bind_int64(st, 3, in->audit_cost_cents);
        else db_bind_null(st, 3);
        db_bind_int64(st, 4, c.id);
        json_object_set_new(detail, "audit_body", json_string(in->audit_body));
        if (in->cost_set) json_object_set_new(detail, "audit_cost", json_money(in->audit_cost_cents));
        break;
    }
    case SEBO_ST_CERTIFIED: {
        if (evidence_check(db, c.id, self_employed, e)) { json_decref(detail); return INC_ECONFLICT; }
        inc_date from = in->certified_from == INC_DATE_NONE ? day : in->certified_from;
        int months = (int)sebo_setting_int(db, "sebo.validity_months", SEBO_DEFAULT_VALIDITY_MONTHS);
        inc_date until = in->valid_until == INC_DATE_NONE ? sebo_default_valid_until(from, months) : in->valid_until;
        if (sebo_period_check(from, until, e)) { json_decref(detail); return INC_EINVAL; }
        date_format_iso(from, a);
        date_format_iso(until, b);
        if (db_prepare(db, "UPDATE sebo_certificates SET status='gecertificeerd', audit_outcome='positief',"
                           " certified_from=?, valid_until=? WHERE id=?", &st, e)) { json_decref(detail); return INC_EIO; }
        db_bind_text(st, 1, a, -1, DB_COPY);
        db_bind_text(st, 2, b, -1, DB_COPY);
        db_bind_int64(st, 3, c.id);
        json_object_set_new(detail, "certified_from", json_string(a));
        json_object_set_new(detail, "valid_until", json_string(b));
        break;
    }
    case SEBO_ST_REJECTED:
        if (db_prepare(db, "UPDATE sebo_certificates SET status='afgewezen', audit_outcome='negatief' WHERE id=?", &st, e))
            { json_decref(detail); return INC_EIO; }
        db_bind_int64(st, 1, c.id);
        break;
    case SEBO_ST_WITHDRAWN:
        if (!in->note[0]) {
            json_decref(detail);
            return inc_fail(e, INC_EINVAL, "reason", "geef de reden van de intrekking op");
        }
        if (c.certified_from != INC_DATE_NONE && day < c.certified_from) {
            json_decref(detail);
            return inc_fail(e, INC_EINVAL, "day", "intrekken kan niet vóór de begindatum van het certificaat");
        }
        if (db_prepare(db, "UPDATE sebo_certificates SET status='ingetrokken', withdrawn_on=?, withdrawal_reason=?"
                           " WHERE id=?", &st, e)) { json_decref(detail); return INC_EIO; }
        db_bind_text(st, 1, d, -1, DB_COPY);
        db_bind_text(st, 2, in->note, -1, DB_COPY);
        db_bind_int64(st, 3, c.id);
        break;
    case SEBO_ST_EXPIRED:
        if (db_prepare(db, "UPDATE sebo_certificates SET status='verlopen' WHERE id=?", &st, e))
            { json_decref(detail); return INC_EIO; }
        db_bind_int64(st, 1, c.id);
        break;
    default:
        json_decref(detail);
        return inc_fail(e, INC_EINVAL, "status", "gebruik 'aanvragen' om een nieuwe aanvraag te starten");
    }
    rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) { json_decref(detail); return db_fail(db, e); }
    if (in->note[0]) json_object_set_new(detail, "note", json_string(in->note));
    if (history_add(db, c.id, in->to, day, in->note[0] ? in->note : NULL, e)) { json_decref(detail); return INC_EIO; }
    return audit_json(db, "status", "sebo_certificate", c.id, detail, e);
}

inc_status sebo_transition(inc_db *db, const char *kvk, const sebo_transition_input *in, inc_error *e)
{
    bool own;
    if (sebo_tx_begin(db, &own, e)) return INC_EIO;
    return sebo_tx_end(db, own, transition_tx(db, kvk, in, e), e);
}

static inc_status evidence_tx(inc_db *db, const char *kvk, sebo_criterion c, const char *text, bool not_applicable,
                              inc_date day, inc_error *e)
{
    int64_t holder_id;
    bool self_employed = false;
    if (holder_by_kvk(db, kvk, &holder_id, &self_employed, e)) return e ? e->status : INC_ENOTFOUND;
    cert_row cr;
    if (latest_cert(db, holder_id, &cr, e)) return INC_ECONFLICT;
    if (cr.status != SEBO_ST_APPLIED && cr.status != SEBO_ST_IN_AUDIT)
        return inc_fail(e, INC_ECONFLICT, "status", "bewijs hoort bij een lopende aanvraag (nu: %s)",
                        sebo_status_label(cr.status));
    if (not_applicable && !sebo_criterion_may_skip(c, self_employed))
        return inc_fail(e, INC_EINVAL, "not_applicable",
                        "alleen een zzp'er zonder personeel mag '%s' als niet van toepassing opgeven",
                        sebo_criterion_label(c));
    if (!not_applicable && (!text || !text[0]))
        return inc_fail(e, INC_EINVAL, "evidence", "beschrijf het bewijs voor '%s'", sebo_criterion_label(c));
    char d[11];
    date_format_iso(day == INC_DATE_NONE ? date_today() : day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO sebo_evidence(certificate_id, criterion, evidence, not_applicable, recorded_on)"
                   " VALUES (?,?,?,?,?) ON CONFLICT(certificate_id, criterion) DO UPDATE SET"
                   " evidence=excluded.evidence, not_applicable=excluded.not_applicable, recorded_on=excluded.recorded_on",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, cr.id);
    db_bind_text(st, 2, sebo_criterion_code(c), -1, DB_STATIC);
    db_bind_text(st, 3, not_applicable && (!text || !text[0]) ? "niet van toepassing (zzp)" : text, -1,
                      DB_COPY);
    db_bind_int(st, 4, not_applicable);
    db_bind_text(st, 5, d, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    return audit_json(db, "evidence", "sebo_certificate", cr.id,
                      json_pack("{s:s, s:b}", "criterion", sebo_criterion_code(c), "not_applicable", not_applicable), e);
}

inc_status sebo_evidence_set(inc_db *db, const char *kvk, sebo_criterion c, const char *text, bool not_applicable,
                             inc_date day, inc_error *e)
{
    bool own;
    if (sebo_tx_begin(db, &own, e)) return INC_EIO;
    return sebo_tx_end(db, own, evidence_tx(db, kvk, c, text, not_applicable, day, e), e);
}
