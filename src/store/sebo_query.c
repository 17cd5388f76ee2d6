/* SEBO registry reads: the holder lookup for the register, holder lists, expiring certificates,
 * the requests for quotes a holder received. */
#include "core/ident.h"
#include "core/json_fixed.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <string.h>

#define VALID_ON_DAY SEBO_SQL_VALID_ON_DAY

/* Whether code is in the NULL-terminated list; a NULL list holds every code. */
static bool in_list(const char *const *list, const char *code)
{
    if (!list) return true;
    for (; *list; list++)
        if (code && strcmp(*list, code) == 0) return true;
    return false;
}

inc_status sebo_holder_check(inc_db *db, const char *kvk, inc_date day, bool *holds, inc_error *e)
{
    *holds = false;
    if (!kvk || kvk_check(kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT EXISTS(SELECT 1 FROM sebo_certificates c JOIN sebo_holders h ON h.id = c.holder_id"
                   " JOIN organisations o ON o.id = h.organisation_id WHERE o.kvk = ?2 AND" VALID_ON_DAY ")",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_text(st, 2, kvk, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *holds = db_col_int(st, 0);
    db_finalize(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}

bool sebo_holder_on(inc_db *db, const char *kvk, inc_date day)
{
    bool holds = false;
    return sebo_holder_check(db, kvk, day, &holds, NULL) == INC_OK && holds;
}

inc_status sebo_org_holds_on(inc_db *db, int64_t organisation_id, inc_date day, bool *holds, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT EXISTS(SELECT 1 FROM sebo_certificates c JOIN sebo_holders h ON h.id = c.holder_id"
                   " WHERE h.organisation_id = ?2 AND" VALID_ON_DAY ")",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_int64(st, 2, organisation_id);
    int rc = db_step_rc(st);
    *holds = rc == DB_ROW && db_col_int(st, 0);
    db_finalize(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}

inc_status sebo_local_holders_count(inc_db *db, int64_t municipality_id, inc_category category, inc_date day,
                                    int *count, inc_error *e)
{
    static const char *const sql[CAT__COUNT] = {
        "SELECT COUNT(DISTINCT h.id) FROM sebo_holders h JOIN organisations o ON o.id = h.organisation_id"
        " JOIN sebo_certificates c ON c.holder_id = h.id WHERE o.municipality_id = ?2 AND h.does_werken = 1 AND"
        VALID_ON_DAY,
        "SELECT COUNT(DISTINCT h.id) FROM sebo_holders h JOIN organisations o ON o.id = h.organisation_id"
        " JOIN sebo_certificates c ON c.holder_id = h.id WHERE o.municipality_id = ?2 AND h.does_diensten = 1 AND"
        VALID_ON_DAY,
        "SELECT COUNT(DISTINCT h.id) FROM sebo_holders h JOIN organisations o ON o.id = h.organisation_id"
        " JOIN sebo_certificates c ON c.holder_id = h.id WHERE o.municipality_id = ?2 AND h.does_leveringen = 1 AND"
        VALID_ON_DAY,
    };
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, sql[category], &st, e)) return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_int64(st, 2, municipality_id);
    int rc = db_step_rc(st);
    *count = rc == DB_ROW ? db_col_int(st, 0) : 0;
    db_finalize(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}

static json_t *date_or_null(inc_stmt *st, int col)
{
    return db_col_is_null(st, col) ? json_null()
                                                       : json_string(db_col_text(st, col));
}

static inc_date col_date(inc_stmt *st, int col)
{
    inc_date d = INC_DATE_NONE;
    if (!db_col_is_null(st, col))
        date_parse(db_col_text(st, col), &d, "", NULL);
    return d;
}

/* Adds status, valid_today, certified_from, valid_until, application, expiring_in_days to a holder object. */
static inc_status holder_facts(inc_db *db, int64_t holder_id, inc_date today, json_t *h, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT status, certified_from, valid_until, withdrawn_on, kind FROM sebo_certificates"
                   " WHERE holder_id = ? ORDER BY id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, holder_id);
    bool valid = false, any = false;
    sebo_status latest = SEBO_ST_APPLIED, latest_certified = SEBO_ST_APPLIED;
    bool have_certified = false;
    inc_date from = INC_DATE_NONE, until = INC_DATE_NONE;
    const char *application = NULL;
    int n_cert = 0;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        sebo_status s = SEBO_ST_APPLIED;
        sebo_status_parse(db_col_text(st, 0), &s);
        inc_date f = col_date(st, 1), u = col_date(st, 2), w = col_date(st, 3);
        any = true;
        latest = sebo_effective_status(s, u, today);
        application = (s == SEBO_ST_APPLIED || s == SEBO_ST_IN_AUDIT) ? sebo_status_code(s) : NULL;
        if (f != INC_DATE_NONE) {
            n_cert++;
            if (sebo_valid_on(s, f, u, w, today)) {
                valid = true;
                from = f;
                until = u;
                latest_certified = SEBO_ST_CERTIFIED;
                have_certified = true;
            } else if (!valid) {
                from = f;
                until = u;
                latest_certified = sebo_effective_status(s, u, today);
                have_certified = true;
            }
        }
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    const char *status = !any ? "geen-aanvraag"
                         : valid ? "gecertificeerd"
                         : (have_certified && !application) ? sebo_status_code(latest_certified)
                                                            : sebo_status_code(latest);
    char a[11], b[11];
    json_object_set_new(h, "status", json_string(status));
    json_object_set_new(h, "valid_today", json_boolean(valid));
    if (from != INC_DATE_NONE) date_format_iso(from, a);
    if (until != INC_DATE_NONE) date_format_iso(until, b);
    json_object_set_new(h, "certified_from", from != INC_DATE_NONE ? json_string(a) : json_null());
    json_object_set_new(h, "valid_until", until != INC_DATE_NONE ? json_string(b) : json_null());
    json_object_set_new(h, "application", application ? json_string(application) : json_null());
    json_object_set_new(h, "certifications", json_integer(n_cert));
    json_object_set_new(h, "expiring_in_days",
                        valid ? json_integer(until - today) : json_null());
    return INC_OK;
}

#define HOLDER_COLS                                                                                                \
    "SELECT h.id, o.kvk, o.name, m.code, em.code, o.municipality_id = h.municipality_id, h.self_employed, h.profile," \
    " h.website, h.does_werken, h.does_diensten, h.does_leveringen FROM sebo_holders h"                            \
    " JOIN organisations o ON o.id = h.organisation_id JOIN municipalities m ON m.id = h.municipality_id"            \
    " LEFT JOIN municipalities em ON em.id = o.municipality_id"

static json_t *holder_row(inc_stmt *st, bool public_only)
{
    json_t *kinds = json_array();
    for (int c = 0; c < CAT__COUNT; c++)
        if (db_col_int(st, 9 + c)) json_array_append_new(kinds, json_string(category_code((inc_category)c)));
    json_t *h = json_object();
    json_object_set_new(h, "kvk", json_string(db_col_text(st, 1)));
    json_object_set_new(h, "name", json_string(db_col_text(st, 2)));
    if (!public_only) json_object_set_new(h, "municipality", json_string(db_col_text(st, 3)));
    json_object_set_new(h, "established", date_or_null(st, 4));
    json_object_set_new(h, "local", json_boolean(db_col_int(st, 5)));
    json_object_set_new(h, "self_employed", json_boolean(db_col_int(st, 6)));
    json_object_set_new(h, "profile", json_string(db_col_text(st, 7)));
    json_object_set_new(h, "website", date_or_null(st, 8));
    json_object_set_new(h, "kinds", kinds);
    return h;
}

inc_status sebo_holders_json(inc_db *db, const sebo_holder_filter *f, inc_date today, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, HOLDER_COLS " WHERE (?1 IS NULL OR m.code = ?1) ORDER BY lower(o.name)", &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, f ? f->municipality : NULL);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (f && !f->municipality && !in_list(f->municipalities, db_col_text(st, 3))) continue;
        bool pub = f && f->public_only;
        json_t *h = holder_row(st, pub);
        if (holder_facts(db, db_col_int64(st, 0), today, h, e)) {
            json_decref(h);
            json_decref(arr);
            db_finalize(st);
            return INC_EIO;
        }
        bool valid = json_is_true(json_object_get(h, "valid_today"));
        const char *status = json_string_value(json_object_get(h, "status"));
        bool keep = true;
        if (pub && !valid) keep = false;
        if (f && f->status && strcmp(f->status, "geldig") == 0 && !valid) keep = false;
        if (f && f->status && strcmp(f->status, "geldig") != 0 && strcmp(f->status, status) != 0) keep = false;
        if (pub) {
            json_object_del(h, "application");
            json_object_del(h, "certifications");
            json_object_del(h, "expiring_in_days");
            json_object_del(h, "valid_today");
        }
        if (keep) json_array_append_new(arr, h);
        else json_decref(h);
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

inc_status sebo_holder_json(inc_db *db, const char *kvk, inc_date today, json_t **out, inc_error *e)
{
    if (kvk_check(kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    inc_stmt *st;
    if (db_prepare(db, HOLDER_COLS " WHERE o.kvk = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "kvk", "KvK-nummer %s staat niet in het SEBO-register", kvk);
    }
    int64_t holder_id = db_col_int64(st, 0);
    json_t *h = holder_row(st, false);
    db_finalize(st);
    if (holder_facts(db, holder_id, today, h, e)) { json_decref(h); return INC_EIO; }

    json_t *certs = json_array();
    json_object_set_new(h, "certificates", certs);
    if (db_prepare(db,
                   "SELECT id, kind, status, applied_on, audit_body, audit_date, audit_outcome, audit_cost_cents,"
                   " certified_from, valid_until, withdrawn_on, withdrawal_reason FROM sebo_certificates"
                   " WHERE holder_id = ? ORDER BY id",
                   &st, e)) { json_decref(h); return INC_EIO; }
    db_bind_int64(st, 1, holder_id);
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        sebo_status s = SEBO_ST_APPLIED;
        sebo_status_parse(db_col_text(st, 2), &s);
        json_t *c = json_object();
        int64_t cid = db_col_int64(st, 0);
        json_object_set_new(c, "id", json_integer(cid));
        json_object_set_new(c, "kind", json_string(db_col_text(st, 1)));
        json_object_set_new(c, "status", json_string(sebo_status_code(sebo_effective_status(s, col_date(st, 9), today))));
        json_object_set_new(c, "applied_on", date_or_null(st, 3));
        json_t *audit = json_object();
        json_object_set_new(audit, "body", date_or_null(st, 4));
        json_object_set_new(audit, "date", date_or_null(st, 5));
        json_object_set_new(audit, "outcome", date_or_null(st, 6));
        json_object_set_new(audit, "cost", db_col_is_null(st, 7)
                                               ? json_null() : json_money(db_col_int64(st, 7)));
        json_object_set_new(c, "audit", audit);
        json_object_set_new(c, "certified_from", date_or_null(st, 8));
        json_object_set_new(c, "valid_until", date_or_null(st, 9));
        json_object_set_new(c, "withdrawn_on", date_or_null(st, 10));
        json_object_set_new(c, "withdrawal_reason", date_or_null(st, 11));
        json_t *ev = json_array(), *hist = json_array();
        inc_stmt *q;
        int rq = DB_ERR;
        if (db_prepare(db, "SELECT criterion, evidence, not_applicable, recorded_on FROM sebo_evidence"
                           " WHERE certificate_id = ? ORDER BY id", &q, e) == INC_OK) {
            db_bind_int64(q, 1, cid);
            while ((rq = db_step(db, q, e)) == DB_ROW)
                json_array_append_new(ev, json_pack("{s:s, s:s, s:b, s:s}", "criterion", db_col_text(q, 0),
                                                    "evidence", db_col_text(q, 1), "not_applicable",
                                                    db_col_int(q, 2), "recorded_on", db_col_text(q, 3)));
            db_finalize(q);
        }
        if (rq != DB_ERR && db_prepare(db, "SELECT status, on_date, note, actor, at FROM sebo_status_history"
                                          " WHERE certificate_id = ? ORDER BY id", &q, e) == INC_OK) {
            db_bind_int64(q, 1, cid);
            while ((rq = db_step(db, q, e)) == DB_ROW) {
                json_t *r = json_pack("{s:s, s:s, s:o, s:s, s:s}", "status", db_col_text(q, 0), "on",
                                      db_col_text(q, 1), "note", date_or_null(q, 2), "actor",
                                      db_col_text(q, 3), "at", db_col_text(q, 4));
                json_array_append_new(hist, r);
            }
            db_finalize(q);
        } else {
            rq = DB_ERR;
        }
        json_object_set_new(c, "evidence", ev);
        json_object_set_new(c, "history", hist);
        json_array_append_new(certs, c);
        if (rq == DB_ERR) {   /* the evidence or the history could not be read */
            rc = DB_ERR;
            break;
        }
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(h); return INC_EIO; }
    *out = h;
    return INC_OK;
}

inc_status sebo_expiring_json(inc_db *db, const char *municipality, inc_date today, int days, json_t **out,
                              inc_error *e)
{
    const char *one[2] = {municipality, NULL};
    return sebo_expiring_in_json(db, municipality ? one : NULL, today, days, out, e);
}

inc_status sebo_expiring_in_json(inc_db *db, const char *const *municipalities, inc_date today, int days,
                                 json_t **out, inc_error *e)
{
    char a[11], b[11];
    date_format_iso(today, a);
    date_format_iso(today + days, b);
    inc_stmt *st;
    /* Valid today, running out by today+days, and no later certificate that runs beyond it. */
    if (db_prepare(db,
                   "SELECT o.kvk, o.name, c.valid_until, c.kind,"
                   " (SELECT status FROM sebo_certificates n WHERE n.holder_id = c.holder_id AND n.id > c.id"
                   "   AND n.status IN ('aangevraagd','in-audit') ORDER BY n.id DESC LIMIT 1), m.code"
                   " FROM sebo_certificates c JOIN sebo_holders h ON h.id = c.holder_id"
                   " JOIN organisations o ON o.id = h.organisation_id JOIN municipalities m ON m.id = h.municipality_id"
                   " WHERE" VALID_ON_DAY " AND c.valid_until <= ?2"
                   " AND NOT EXISTS (SELECT 1 FROM sebo_certificates n WHERE n.holder_id = c.holder_id"
                   "   AND n.certified_from IS NOT NULL AND n.valid_until > c.valid_until AND n.status = 'gecertificeerd')"
                   " ORDER BY c.valid_until, o.name, m.code",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, a, -1, DB_COPY);
    db_bind_text(st, 2, b, -1, DB_COPY);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (!in_list(municipalities, db_col_text(st, 5))) continue;
        inc_date u = col_date(st, 2);
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:i, s:s, s:o}", "kvk", db_col_text(st, 0),
                                             "name", db_col_text(st, 1), "valid_until",
                                             db_col_text(st, 2), "days_left", (int)(u - today), "kind",
                                             db_col_text(st, 3), "recertification", date_or_null(st, 4)));
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = json_pack("{s:s, s:i, s:o}", "today", a, "days", days, "items", arr);
    return INC_OK;
}

inc_status sebo_requests_json(inc_db *db, const char *kvk, json_t **out, inc_error *e)
{
    return sebo_requests_scoped_json(db, kvk, NULL, out, e);
}

inc_status sebo_requests_scoped_json(inc_db *db, const char *kvk, const char *const *full_figures, json_t **out,
                                     inc_error *e)
{
    int64_t org_id;
    if (sebo_org_by_kvk(db, kvk, "kvk", &org_id, NULL, e)) return e ? e->status : INC_EINVAL;
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.id, m.code, p.department, p.reference, p.subject, p.category, p.procedure,"
                   " p.procurement_date, p.estimated_cents, i.class, i.quoted, i.quote_cents,"
                   " p.winner_id = i.organisation_id, p.awarded_cents"
                   " FROM procurement_invitations i JOIN procurements p ON p.id = i.procurement_id"
                   " JOIN municipalities m ON m.id = p.municipality_id"
                   " WHERE i.organisation_id = ? AND i.is_holder = 1 ORDER BY p.procurement_date DESC, p.id DESC",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, org_id);
    json_t *arr = json_array();
    int won = 0;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        bool w = db_col_int(st, 12);
        won += w;
        bool figures = in_list(full_figures, db_col_text(st, 1));
        json_t *r = json_pack("{s:I, s:s, s:s, s:o, s:s, s:s, s:s, s:s, s:o, s:s, s:b, s:o, s:b}", "procurement_id",
                              (json_int_t)db_col_int64(st, 0), "municipality", db_col_text(st, 1),
                              "department", db_col_text(st, 2), "reference", date_or_null(st, 3), "subject",
                              db_col_text(st, 4), "category", db_col_text(st, 5), "procedure",
                              db_col_text(st, 6), "date", db_col_text(st, 7), "estimated_value",
                              json_money(db_col_int64(st, 8)), "class", db_col_text(st, 9), "quoted",
                              db_col_int(st, 10), "quote",
                              db_col_is_null(st, 11) ? json_null()
                                                                         : json_money(db_col_int64(st, 11)),
                              "won", w);
        if (w && !db_col_is_null(st, 13))
            json_object_set_new(r, "awarded_value", json_money(db_col_int64(st, 13)));
        /* Another municipality's commercial figures are not the caller's to see. */
        if (!figures) {
            json_object_del(r, "estimated_value");
            json_object_del(r, "quote");
            json_object_del(r, "awarded_value");
            json_object_set_new(r, "figures_hidden", json_true());
        }
        json_array_append_new(arr, r);
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = json_pack("{s:s, s:i, s:i, s:o}", "kvk", kvk, "requests", (int)json_array_size(arr), "won", won, "items", arr);
    return INC_OK;
}
