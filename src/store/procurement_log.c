#include "store/procurement_log.h"
#include "store/local_area.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sebo_thresholds_load(inc_db *db, sebo_thresholds *t)
{
    sebo_thresholds_default(t);
    t->max_cents[CAT_WERKEN] = sebo_setting_int(db, "sebo.max_werken_cents", t->max_cents[CAT_WERKEN]);
    t->max_cents[CAT_DIENSTEN] = sebo_setting_int(db, "sebo.max_diensten_cents", t->max_cents[CAT_DIENSTEN]);
    t->max_cents[CAT_LEVERINGEN] = sebo_setting_int(db, "sebo.max_leveringen_cents", t->max_cents[CAT_LEVERINGEN]);
    t->aim_max_cents = sebo_setting_int(db, "sebo.aim_max_cents", t->aim_max_cents);
}

inc_status procurement_insert(inc_db *db, const procurement_row *row, int64_t *id, inc_error *e)
{
    const sebo_proc_input *in = row->in;
    const sebo_rule_result *r = row->result;
    char d[11];
    date_format_iso(in->date, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO procurements(municipality_id, department, reference, subject, category, estimated_cents,"
                   " procedure, procurement_date, winner_id, awarded_cents, deviation_reason, rule_outcome,"
                   " expected_class, local_holders_available, sebo_invited, aim_applies, aim_met, explanation, logged_by)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    int k = 1;
    db_bind_int64(st, k++, row->municipality_id);
    db_bind_text(st, k++, in->department, -1, DB_COPY);
    db_bind_text_or_null(st, k++, in->reference);
    db_bind_text(st, k++, in->subject, -1, DB_COPY);
    db_bind_text(st, k++, category_code(in->category), -1, DB_STATIC);
    db_bind_int64(st, k++, in->estimated_cents);
    db_bind_text(st, k++, procedure_code(in->procedure), -1, DB_STATIC);
    db_bind_text(st, k++, d, -1, DB_COPY);
    if (row->winner_org_id) db_bind_int64(st, k++, row->winner_org_id);
    else db_bind_null(st, k++);
    if (row->awarded_cents >= 0) db_bind_int64(st, k++, row->awarded_cents);
    else db_bind_null(st, k++);
    db_bind_text_or_null(st, k++, in->reason);
    db_bind_text(st, k++, sebo_rule_outcome_code(r->outcome), -1, DB_STATIC);
    db_bind_text(st, k++, sebo_class_code(r->expected), -1, DB_STATIC);
    db_bind_int(st, k++, row->rule->local_holders_available);
    db_bind_int(st, k++, r->sebo_invited);
    db_bind_int(st, k++, r->aim_applies);
    db_bind_int(st, k++, r->aim_met);
    db_bind_text(st, k++, r->explanation, -1, DB_COPY);
    db_bind_text(st, k++, db_actor(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT)
        return inc_fail(e, INC_ECONFLICT, "reference", "kenmerk '%s' is al gebruikt in %s", in->reference,
                        in->municipality);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    if (db_prepare(db,
                   "INSERT INTO procurement_invitations(procurement_id, organisation_id, class, is_local, is_holder,"
                   " quoted, quote_cents) VALUES (?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    for (int i = 0; i < in->invited_count; i++) {
        int q = -1;
        for (int j = 0; j < in->quote_count; j++)
            if (strcmp(in->quote_kvk[j], in->invited[i]) == 0) q = j;
        db_reset(st);
        db_bind_int64(st, 1, *id);
        db_bind_int64(st, 2, row->org_id[i]);
        db_bind_text(st, 3, sebo_class_code(row->rule->invited[i]), -1, DB_STATIC);
        db_bind_int(st, 4, row->rule->invited[i] != SEBO_CLASS_OTHER);
        db_bind_int(st, 5, row->rule->invited_holder[i]);
        db_bind_int(st, 6, q >= 0);
        if (q >= 0 && in->quote_amount_set[q]) db_bind_int64(st, 7, in->quote_cents[q]);
        else db_bind_null(st, 7);
        if (db_step_rc(st) != DB_DONE) {
            db_finalize(st);
            return db_fail(db, e);
        }
    }
    db_finalize(st);
    return INC_OK;
}

#define PROC_COLS                                                                                               \
    "SELECT p.id, m.code, p.department, p.reference, p.subject, p.category, p.estimated_cents, p.procedure,"    \
    " p.procurement_date, wo.kvk, wo.name, p.awarded_cents, p.deviation_reason, p.rule_outcome,"               \
    " p.expected_class, p.local_holders_available, p.sebo_invited, p.aim_applies, p.aim_met, p.explanation,"   \
    " p.logged_by, (SELECT class FROM procurement_invitations wi WHERE wi.procurement_id = p.id"                 \
    "   AND wi.organisation_id = p.winner_id), (SELECT is_holder FROM procurement_invitations wi"               \
    "   WHERE wi.procurement_id = p.id AND wi.organisation_id = p.winner_id)"                                    \
    " FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"                                     \
    " LEFT JOIN organisations wo ON wo.id = p.winner_id"

static const char *col_str(inc_arena *a, inc_stmt *st, int col)
{
    return arena_strdup(a, db_col_text(st, col));
}

static void proc_row(inc_arena *a, inc_stmt *st, procurement_rec *p)
{
    p->id = db_col_int64(st, 0);
    p->municipality = col_str(a, st, 1);
    p->department = col_str(a, st, 2);
    p->reference = col_str(a, st, 3);
    p->subject = col_str(a, st, 4);
    p->category = col_str(a, st, 5);
    p->estimated_cents = db_col_int64(st, 6);
    p->procedure = col_str(a, st, 7);
    p->date = col_str(a, st, 8);
    if (!db_col_is_null(st, 9)) {
        p->winner_kvk = col_str(a, st, 9);
        p->winner_name = col_str(a, st, 10);
        p->winner_class = col_str(a, st, 21);
        p->winner_holder = db_col_int(st, 22);
        p->awarded_set = !db_col_is_null(st, 11);
        p->awarded_cents = db_col_int64(st, 11);
    }
    p->deviation_reason = col_str(a, st, 12);
    p->outcome = col_str(a, st, 13);
    p->expected = col_str(a, st, 14);
    p->local_holders_available = db_col_int(st, 15);
    p->sebo_invited = db_col_int(st, 16);
    p->aim_applies = db_col_int(st, 17);
    p->aim_met = db_col_int(st, 18);
    p->explanation = col_str(a, st, 19);
    p->logged_by = col_str(a, st, 20);
}

static inc_status add_invitations(inc_db *db, inc_arena *a, procurement_rec *p, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT o.kvk, o.name, i.class, i.is_holder, i.quoted, i.quote_cents FROM procurement_invitations i"
                   " JOIN organisations o ON o.id = i.organisation_id WHERE i.procurement_id = ? ORDER BY i.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, p->id);
    size_t cap = 0;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        procurement_invitation *x = arena_push(a, (void **)&p->invited, &p->n_invited, &cap, sizeof *p->invited);
        x->kvk = col_str(a, st, 0);
        x->name = col_str(a, st, 1);
        x->class_code = col_str(a, st, 2);
        x->holder = db_col_int(st, 3);
        x->quoted = db_col_int(st, 4);
        x->quote_set = !db_col_is_null(st, 5);
        x->quote_cents = db_col_int64(st, 5);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status procurements_read(inc_db *db, const procurement_filter *f, procurement_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    char year[8] = "";
    if (f && f->year) snprintf(year, sizeof year, "%04d", f->year);
    inc_stmt *st;
    if (db_prepare(db,
                   PROC_COLS " WHERE (?1 IS NULL OR m.code = ?1) AND (?2 IS NULL OR substr(p.procurement_date,1,4) = ?2)"
                             " AND (?3 IS NULL OR p.department = ?3) AND (?4 = 0 OR p.rule_outcome = 'gemarkeerd')"
                             " ORDER BY p.procurement_date DESC, p.id DESC",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, f ? f->municipality : NULL);
    db_bind_text_or_null(st, 2, year);
    db_bind_text_or_null(st, 3, f ? f->department : NULL);
    db_bind_int(st, 4, f && f->flagged_only);
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        procurement_rec *p = ARENA_LIST_PUSH(out);
        proc_row(&out->arena, st, p);
        if (add_invitations(db, &out->arena, p, e)) {
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

inc_status procurement_read(inc_db *db, int64_t id, procurement_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, PROC_COLS " WHERE p.id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "id", "inkoop %lld bestaat niet", (long long)id);
    }
    procurement_rec *p = ARENA_LIST_PUSH(out);
    proc_row(&out->arena, st, p);
    db_finalize(st);
    if (add_invitations(db, &out->arena, p, e)) {
        arena_free(&out->arena);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status procurement_municipality(inc_db *db, int64_t id, char code[48], inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT m.code FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"
                       " WHERE p.id = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) db_column_text(st, 0, code, 48);
    db_finalize(st);
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "inkoop %lld bestaat niet", (long long)id);
    return INC_OK;
}

inc_status procurement_companies_read(inc_db *db, int64_t municipality_id, inc_category category, inc_date day,
                                      procurement_company_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    static const char *const does[CAT__COUNT] = {"h.does_werken", "h.does_diensten", "h.does_leveringen"};
    char sql[1024];
    snprintf(sql, sizeof sql,
             "SELECT o.id, o.kvk, o.name, CASE WHEN " SQL_LOCAL_ORG("?1") " THEN 1 ELSE 0 END, COALESCE(%s, 0) FROM organisations o"
             " LEFT JOIN sebo_holders h ON h.organisation_id = o.id ORDER BY lower(o.name)",
             does[(unsigned)category < CAT__COUNT ? category : 0]);
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_int64(st, 1, municipality_id);
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        bool holder = false;
        if (sebo_org_holds_on(db, db_col_int64(st, 0), day, &holder, e)) {
            rc = DB_ERR;
            break;
        }
        procurement_company *c = ARENA_LIST_PUSH(out);
        c->kvk = col_str(&out->arena, st, 1);
        c->name = col_str(&out->arena, st, 2);
        c->class_on_day = sebo_classify(db_col_int(st, 3), holder);
        c->holder = holder;
        c->does_category = db_col_int(st, 4);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        return INC_EIO;
    }
    return INC_OK;
}
