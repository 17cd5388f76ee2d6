/* SEBO registry reads: the holder lookup for the register, holder lists, expiring certificates,
 * the requests for quotes a holder received. */
#include "core/ident.h"
#include "core/code_text.h"
#include "store/local_area.h"
#include "store/columns.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <string.h>

#define VALID_ON_DAY SEBO_SQL_VALID_ON_DAY

/* Whether code is in the NULL-terminated list; a NULL list holds every code. */
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
        " JOIN sebo_certificates c ON c.holder_id = h.id WHERE " SQL_LOCAL_ORG("?2") " AND h.does_werken = 1 AND"
        VALID_ON_DAY,
        "SELECT COUNT(DISTINCT h.id) FROM sebo_holders h JOIN organisations o ON o.id = h.organisation_id"
        " JOIN sebo_certificates c ON c.holder_id = h.id WHERE " SQL_LOCAL_ORG("?2") " AND h.does_diensten = 1 AND"
        VALID_ON_DAY,
        "SELECT COUNT(DISTINCT h.id) FROM sebo_holders h JOIN organisations o ON o.id = h.organisation_id"
        " JOIN sebo_certificates c ON c.holder_id = h.id WHERE " SQL_LOCAL_ORG("?2") " AND h.does_leveringen = 1 AND"
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

static const char *col_str(inc_arena *a, inc_stmt *st, int col)
{
    return arena_strdup(a, db_col_text(st, col));
}

/* The dates of every certificate of the holder, oldest first. */
static inc_status holder_certs(inc_db *db, inc_arena *a, sebo_holder_rec *h, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT status, certified_from, valid_until, withdrawn_on FROM sebo_certificates"
                   " WHERE holder_id = ? ORDER BY id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, h->id);
    size_t cap = 0;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        sebo_cert_dates *c = arena_push(a, (void **)&h->certs, &h->n_certs, &cap, sizeof *h->certs);
        c->status = SEBO_ST_APPLIED;
        sebo_status_parse(db_col_text(st, 0), &c->status);
        c->certified_from = store_col_date(st, 1);
        c->valid_until = store_col_date(st, 2);
        c->withdrawn_on = store_col_date(st, 3);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

#define HOLDER_COLS                                                                                                \
    "SELECT h.id, o.kvk, o.name, m.code, em.code, o.municipality_id = h.municipality_id, h.self_employed, h.profile," \
    " h.website, h.does_werken, h.does_diensten, h.does_leveringen FROM sebo_holders h"                            \
    " JOIN organisations o ON o.id = h.organisation_id JOIN municipalities m ON m.id = h.municipality_id"            \
    " LEFT JOIN municipalities em ON em.id = o.municipality_id"

static void holder_row(inc_arena *a, inc_stmt *st, sebo_holder_rec *h)
{
    h->id = db_col_int64(st, 0);
    h->kvk = col_str(a, st, 1);
    h->name = col_str(a, st, 2);
    h->municipality = col_str(a, st, 3);
    h->established = col_str(a, st, 4);
    h->local = db_col_int(st, 5);
    h->self_employed = db_col_int(st, 6);
    h->profile = col_str(a, st, 7);
    h->website = col_str(a, st, 8);
    for (int c = 0; c < CAT__COUNT; c++) h->kinds[c] = db_col_int(st, 9 + c);
}

inc_status sebo_holders_read(inc_db *db, const char *municipality, const char *const *municipalities,
                             sebo_holder_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, HOLDER_COLS " WHERE (?1 IS NULL OR m.code = ?1) ORDER BY lower(o.name)", &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, municipality);
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (!municipality && !code_in_scope(municipalities, db_col_text(st, 3))) continue;
        sebo_holder_rec *h = ARENA_LIST_PUSH(out);
        holder_row(&out->arena, st, h);
        if (holder_certs(db, &out->arena, h, e)) {
            rc = DB_ERR;
            break;
        }
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        return INC_EIO;
    }
    return INC_OK;
}

/* The evidence and status history of one certificate. */
static inc_status certificate_parts(inc_db *db, inc_arena *a, sebo_certificate_rec *c, inc_error *e)
{
    inc_stmt *q;
    if (db_prepare(db, "SELECT criterion, evidence, not_applicable, recorded_on FROM sebo_evidence"
                       " WHERE certificate_id = ? ORDER BY id", &q, e))
        return INC_EIO;
    db_bind_int64(q, 1, c->id);
    size_t cap = 0;
    int rq;
    while ((rq = db_step(db, q, e)) == DB_ROW) {
        sebo_evidence_rec *r = arena_push(a, (void **)&c->evidence, &c->n_evidence, &cap, sizeof *c->evidence);
        r->criterion = col_str(a, q, 0);
        r->evidence = col_str(a, q, 1);
        r->not_applicable = db_col_int(q, 2);
        r->recorded_on = col_str(a, q, 3);
    }
    db_finalize(q);
    if (rq == DB_ERR) return INC_EIO;
    if (db_prepare(db, "SELECT status, on_date, note, actor, at FROM sebo_status_history"
                       " WHERE certificate_id = ? ORDER BY id", &q, e))
        return INC_EIO;
    db_bind_int64(q, 1, c->id);
    cap = 0;
    while ((rq = db_step(db, q, e)) == DB_ROW) {
        sebo_history_rec *r = arena_push(a, (void **)&c->history, &c->n_history, &cap, sizeof *c->history);
        r->status = col_str(a, q, 0);
        r->on = col_str(a, q, 1);
        r->note = col_str(a, q, 2);
        r->actor = col_str(a, q, 3);
        r->at = col_str(a, q, 4);
    }
    db_finalize(q);
    return rq == DB_ERR ? INC_EIO : INC_OK;
}

inc_status sebo_holder_read(inc_db *db, const char *kvk, sebo_holder_detail *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_arena *a = &out->arena;
    inc_stmt *st;
    if (db_prepare(db, HOLDER_COLS " WHERE o.kvk = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "kvk", "KvK-nummer %s staat niet in het SEBO-register", kvk);
    }
    holder_row(a, st, &out->holder);
    db_finalize(st);
    if (holder_certs(db, a, &out->holder, e)) {
        arena_free(a);
        return INC_EIO;
    }
    if (db_prepare(db,
                   "SELECT id, kind, status, applied_on, audit_body, audit_date, audit_outcome, audit_cost_cents,"
                   " certified_from, valid_until, withdrawn_on, withdrawal_reason FROM sebo_certificates"
                   " WHERE holder_id = ? ORDER BY id",
                   &st, e)) {
        arena_free(a);
        return INC_EIO;
    }
    db_bind_int64(st, 1, out->holder.id);
    size_t cap = 0;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        sebo_certificate_rec *c = arena_push(a, (void **)&out->certificates, &out->n_certificates, &cap,
                                             sizeof *out->certificates);
        c->id = db_col_int64(st, 0);
        c->kind = col_str(a, st, 1);
        c->status = SEBO_ST_APPLIED;
        sebo_status_parse(db_col_text(st, 2), &c->status);
        c->applied_on = col_str(a, st, 3);
        c->audit_body = col_str(a, st, 4);
        c->audit_date = col_str(a, st, 5);
        c->audit_outcome = col_str(a, st, 6);
        c->cost_set = !db_col_is_null(st, 7);
        c->audit_cost_cents = db_col_int64(st, 7);
        c->certified_from = col_str(a, st, 8);
        c->valid_until = col_str(a, st, 9);
        c->valid_until_day = store_col_date(st, 9);
        c->withdrawn_on = col_str(a, st, 10);
        c->withdrawal_reason = col_str(a, st, 11);
        if (certificate_parts(db, a, c, e)) {   /* the evidence or the history could not be read */
            rc = DB_ERR;
            break;
        }
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(a);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status sebo_expiring_read(inc_db *db, const char *const *municipalities, inc_date today, int days,
                              sebo_expiring_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
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
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (!code_in_scope(municipalities, db_col_text(st, 5))) continue;
        sebo_expiring_rec *r = ARENA_LIST_PUSH(out);
        r->kvk = col_str(&out->arena, st, 0);
        r->name = col_str(&out->arena, st, 1);
        r->valid_until = col_str(&out->arena, st, 2);
        r->valid_until_day = store_col_date(st, 2);
        r->kind = col_str(&out->arena, st, 3);
        r->recertification = col_str(&out->arena, st, 4);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status sebo_requests_read(inc_db *db, int64_t organisation_id, sebo_request_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
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
    db_bind_int64(st, 1, organisation_id);
    inc_arena *a = &out->arena;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        sebo_request_rec *r = ARENA_LIST_PUSH(out);
        r->procurement_id = db_col_int64(st, 0);
        r->municipality = col_str(a, st, 1);
        r->department = col_str(a, st, 2);
        r->reference = col_str(a, st, 3);
        r->subject = col_str(a, st, 4);
        r->category = col_str(a, st, 5);
        r->procedure = col_str(a, st, 6);
        r->date = col_str(a, st, 7);
        r->estimated_cents = db_col_int64(st, 8);
        r->class_code = col_str(a, st, 9);
        r->quoted = db_col_int(st, 10);
        r->quote_set = !db_col_is_null(st, 11);
        r->quote_cents = db_col_int64(st, 11);
        r->won = db_col_int(st, 12);
        r->awarded_set = !db_col_is_null(st, 13);
        r->awarded_cents = db_col_int64(st, 13);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(a);
        return INC_EIO;
    }
    return INC_OK;
}
