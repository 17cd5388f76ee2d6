/* Issue 17 persistence: see store/settlement_store.h. */
#include "store/settlement_store.h"
#include "core/code_text.h"
#include "store/columns.h"
#include "store/audit.h"
#include <stdio.h>
#include <string.h>

/* Who acts, as people read it: the user name of "user:2 srteam", the actor as it is otherwise ("cli"). */
static const char *actor_name(inc_db *db)
{
    const char *a = db_actor(db);
    if (!a) return "";
    const char *sp = strncmp(a, "user:", 5) == 0 ? strchr(a, ' ') : NULL;
    return sp ? sp + 1 : a;
}

inc_status followup_contract_get(inc_db *db, int64_t id, followup_contract *out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT c.id, c.municipality_id, COALESCE(c.policy_id, 0), c.contractor_id, m.code, c.reference, c.title,"
                   " o.kvk, o.name, c.applies, c.met_by_sebo, c.exempted, c.obligation_cents, c.sebo_covered_cents,"
                   " c.verified_cents, c.reported_cents, c.value_cents, c.award_date, c.start_date, c.end_date, c.contact_date,"
                   " c.pso_covered_cents"
                   " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                   " JOIN organisations o ON o.id = c.contractor_id WHERE c.id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        memset(out, 0, sizeof *out);
        out->id = db_col_int64(st, 0);
        out->municipality_id = db_col_int64(st, 1);
        out->policy_id = db_col_int64(st, 2);
        out->contractor_id = db_col_int64(st, 3);
        db_column_text(st, 4, out->municipality, sizeof out->municipality);
        db_column_text(st, 5, out->reference, sizeof out->reference);
        db_column_text(st, 6, out->title, sizeof out->title);
        db_column_text(st, 7, out->contractor_kvk, sizeof out->contractor_kvk);
        db_column_text(st, 8, out->contractor_name, sizeof out->contractor_name);
        out->applies = db_col_int(st, 9);
        out->met_by_sebo = db_col_int(st, 10);
        out->exempted = db_col_int(st, 11);
        out->obligation_cents = db_col_int64(st, 12);
        out->sebo_covered_cents = db_col_int64(st, 13);
        out->verified_cents = db_col_int64(st, 14);
        out->reported_cents = db_col_int64(st, 15);
        out->value_cents = db_col_int64(st, 16);
        out->award = store_col_date(st, 17);
        out->start = store_col_date(st, 18);
        out->end = store_col_date(st, 19);
        out->contact = store_col_date(st, 20);
        out->pso_covered_cents = db_col_int64(st, 21);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "opdracht %lld niet gevonden", (long long)id);
    return INC_OK;
}

/* ---- evidence ---- */

int64_t evidence_count(inc_db *db, int64_t realisation_id)
{
    inc_stmt *st;
    int64_t n = 0;
    if (db_prepare(db, "SELECT count(*) FROM realisation_evidence WHERE realisation_id = ?", &st, NULL) != INC_OK) return 0;
    db_bind_int64(st, 1, realisation_id);
    if (db_step_rc(st) == DB_ROW) n = db_col_int64(st, 0);
    db_finalize(st);
    return n;
}

inc_status evidence_insert(inc_db *db, int64_t realisation_id, const char *filename, const char *mime, const void *data,
                           size_t size, const char *sha256, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO realisation_evidence(realisation_id, filename, mime, size_bytes, sha256, content, uploaded_by)"
                   " VALUES (?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, realisation_id);
    db_bind_text(st, 2, filename, -1, DB_COPY);
    db_bind_text(st, 3, mime, -1, DB_COPY);
    db_bind_int64(st, 4, (int64_t)size);
    db_bind_text(st, 5, sha256, -1, DB_COPY);
    db_bind_blob(st, 6, data, (int)size, DB_STATIC);
    db_bind_text(st, 7, actor_name(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

static inc_status evidence_rows(inc_db *db, const char *sql, int64_t key, bool content, evidence_fn fn, void *user,
                                int *count, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_int64(st, 1, key);
    int rc, n = 0;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        evidence_row r = {.id = db_col_int64(st, 0), .realisation_id = db_col_int64(st, 1),
                          .filename = db_col_text(st, 2), .mime = db_col_text(st, 3), .size_bytes = db_col_int64(st, 4),
                          .sha256 = db_col_text(st, 5), .uploaded_by = db_col_text(st, 6),
                          .uploaded_at = db_col_text(st, 7)};
        if (content) {
            r.content = db_col_blob(st, 8);
            r.size_bytes = db_col_bytes(st, 8);
        }
        fn(user, &r);
        n++;
    }
    db_finalize(st);
    if (count) *count = n;
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

#define EVIDENCE_COLS "id, realisation_id, filename, mime, size_bytes, sha256, uploaded_by, uploaded_at"

inc_status evidence_list(inc_db *db, int64_t realisation_id, evidence_fn fn, void *user, inc_error *e)
{
    return evidence_rows(db, "SELECT " EVIDENCE_COLS " FROM realisation_evidence WHERE realisation_id = ? ORDER BY id",
                         realisation_id, false, fn, user, NULL, e);
}

inc_status evidence_get(inc_db *db, int64_t id, evidence_fn fn, void *user, inc_error *e)
{
    int n = 0;
    if (evidence_rows(db, "SELECT " EVIDENCE_COLS ", content FROM realisation_evidence WHERE id = ?", id, true, fn, user,
                      &n, e) != INC_OK)
        return INC_EIO;
    return n ? INC_OK : inc_fail(e, INC_ENOTFOUND, "id", "bewijsstuk niet gevonden");
}

inc_status evidence_realisation(inc_db *db, int64_t id, int64_t *realisation_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT realisation_id FROM realisation_evidence WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) *realisation_id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return rc == DB_ROW ? INC_OK : inc_fail(e, INC_ENOTFOUND, "id", "bewijsstuk niet gevonden");
}

/* ---- plans ---- */

inc_status plan_insert(inc_db *db, int64_t contract_id, inc_date agreed_on, inc_date due, int64_t target_cents,
                       const char *description, int64_t *id, inc_error *e)
{
    char a[11], d[11];
    date_format_iso(agreed_on, a);
    date_format_iso(due, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO contract_plans(contract_id, agreed_on, due_date, target_cents, description, recorded_by)"
                   " VALUES (?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    db_bind_text(st, 2, a, -1, DB_COPY);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_int64(st, 4, target_cents);
    db_bind_text(st, 5, description, -1, DB_COPY);
    db_bind_text(st, 6, actor_name(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

inc_status plan_rows(inc_db *db, int64_t contract_id, plan_row *out, int max, int *n, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, agreed_on, due_date, target_cents, description, recorded_by FROM contract_plans"
                   " WHERE contract_id = ? ORDER BY due_date, id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    int rc = DB_DONE;
    *n = 0;
    while (*n < max && (rc = db_step(db, st, e)) == DB_ROW) {
        plan_row *r = &out[(*n)++];
        r->id = db_col_int64(st, 0);
        r->agreed_on = store_col_date(st, 1);
        r->due = store_col_date(st, 2);
        r->target_cents = db_col_int64(st, 3);
        db_column_text(st, 4, r->description, sizeof r->description);
        db_column_text(st, 5, r->recorded_by, sizeof r->recorded_by);
    }
    db_finalize(st);
    return *n < max && rc == DB_ERR ? INC_EIO : INC_OK;
}

/* ---- escalation ---- */

static inc_status ladder_query(inc_db *db, const char *sql, int64_t municipality_id, ladder_row *out, int max, int *n,
                               inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    if (municipality_id) db_bind_int64(st, 1, municipality_id);
    int rc = DB_DONE;
    *n = 0;
    while (*n < max && (rc = db_step(db, st, e)) == DB_ROW) {
        ladder_row *r = &out[(*n)++];
        r->step_no = db_col_int(st, 0);
        db_column_text(st, 1, r->code, sizeof r->code);
        db_column_text(st, 2, r->name, sizeof r->name);
        r->days_after = db_col_int(st, 3);
    }
    db_finalize(st);
    return *n < max && rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status ladder_rows(inc_db *db, int64_t municipality_id, ladder_row *out, int max, int *n, inc_error *e)
{
    if (ladder_query(db,
                     "SELECT step_no, code, name, days_after FROM escalation_ladder WHERE municipality_id = ?"
                     " ORDER BY step_no",
                     municipality_id, out, max, n, e) != INC_OK)
        return INC_EIO;
    if (*n) return INC_OK;
    return ladder_query(db,
                        "SELECT step_no, code, name, days_after FROM escalation_ladder WHERE municipality_id IS NULL"
                        " ORDER BY step_no",
                        0, out, max, n, e);
}

inc_status ladder_step_set(inc_db *db, int64_t municipality_id, int step_no, const char *code, const char *name,
                           int days_after, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO escalation_ladder(municipality_id, step_no, code, name, days_after)"
                   " SELECT ?, step_no, code, name, days_after FROM escalation_ladder d WHERE d.municipality_id IS NULL"
                   " AND NOT EXISTS (SELECT 1 FROM escalation_ladder o WHERE o.municipality_id = ?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, municipality_id);
    db_bind_int64(st, 2, municipality_id);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (db_prepare(db,
                   "INSERT INTO escalation_ladder(municipality_id, step_no, code, name, days_after) VALUES (?,?,?,?,?)"
                   " ON CONFLICT (municipality_id, step_no) DO UPDATE SET code = excluded.code, name = excluded.name,"
                   " days_after = excluded.days_after",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, municipality_id);
    db_bind_int(st, 2, step_no);
    db_bind_text(st, 3, code, -1, DB_COPY);
    db_bind_text(st, 4, name, -1, DB_COPY);
    db_bind_int(st, 5, days_after);
    rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status escalation_insert(inc_db *db, int64_t contract_id, int step_no, const char *code, inc_date on,
                             const char *answer, int64_t *id, inc_error *e)
{
    char d[11];
    date_format_iso(on, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO contract_escalations(contract_id, step_no, step_code, taken_on, taken_by, answer)"
                   " VALUES (?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    db_bind_int(st, 2, step_no);
    db_bind_text(st, 3, code, -1, DB_COPY);
    db_bind_text(st, 4, d, -1, DB_COPY);
    db_bind_text(st, 5, actor_name(db), -1, DB_COPY);
    db_bind_text(st, 6, answer ? answer : "", -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

inc_status escalation_rows(inc_db *db, int64_t contract_id, escalation_row *out, int max, int *n, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, step_no, taken_on, step_code, taken_by, answer FROM contract_escalations"
                   " WHERE contract_id = ? ORDER BY step_no",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    int rc = DB_DONE;
    *n = 0;
    while (*n < max && (rc = db_step(db, st, e)) == DB_ROW) {
        escalation_row *r = &out[(*n)++];
        r->id = db_col_int64(st, 0);
        r->step_no = db_col_int(st, 1);
        r->taken_on = store_col_date(st, 2);
        db_column_text(st, 3, r->code, sizeof r->code);
        db_column_text(st, 4, r->taken_by, sizeof r->taken_by);
        db_column_text(st, 5, r->answer, sizeof r->answer);
    }
    db_finalize(st);
    return *n < max && rc == DB_ERR ? INC_EIO : INC_OK;
}

/* ---- settlement ---- */

inc_status settlement_get(inc_db *db, int64_t contract_id, settlement_row *out, bool *found, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, contract_id, outcome, settled_on, settled_by, penalty_kind, penalty_rule, exemption_by,"
                   " exemption_date, exemption_reason, remarks, due_cents, verified_cents, unrealised_cents, penalty_cents"
                   " FROM contract_settlements WHERE contract_id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    int rc = db_step(db, st, e);
    *found = rc == DB_ROW;
    if (rc == DB_ROW) {
        memset(out, 0, sizeof *out);
        out->id = db_col_int64(st, 0);
        out->contract_id = db_col_int64(st, 1);
        db_column_text(st, 2, out->outcome, sizeof out->outcome);
        db_column_text(st, 3, out->settled_on, sizeof out->settled_on);
        db_column_text(st, 4, out->settled_by, sizeof out->settled_by);
        db_column_text(st, 5, out->penalty_kind, sizeof out->penalty_kind);
        db_column_text(st, 6, out->penalty_rule, sizeof out->penalty_rule);
        db_column_text(st, 7, out->exemption_by, sizeof out->exemption_by);
        db_column_text(st, 8, out->exemption_date, sizeof out->exemption_date);
        db_column_text(st, 9, out->exemption_reason, sizeof out->exemption_reason);
        db_column_text(st, 10, out->remarks, sizeof out->remarks);
        out->due_cents = db_col_int64(st, 11);
        out->verified_cents = db_col_int64(st, 12);
        out->unrealised_cents = db_col_int64(st, 13);
        out->penalty_cents = db_col_int64(st, 14);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status settlement_insert(inc_db *db, const settlement_row *r, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO contract_settlements(contract_id, outcome, settled_on, settled_by, due_cents, verified_cents,"
                   " unrealised_cents, penalty_kind, penalty_cents, penalty_rule, exemption_by, exemption_date,"
                   " exemption_reason, remarks) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    int i = 1;
    db_bind_int64(st, i++, r->contract_id);
    db_bind_text(st, i++, r->outcome, -1, DB_STATIC);
    db_bind_text(st, i++, r->settled_on, -1, DB_STATIC);
    db_bind_text(st, i++, r->settled_by, -1, DB_STATIC);
    db_bind_int64(st, i++, r->due_cents);
    db_bind_int64(st, i++, r->verified_cents);
    db_bind_int64(st, i++, r->unrealised_cents);
    db_bind_text(st, i++, r->penalty_kind, -1, DB_STATIC);
    db_bind_int64(st, i++, r->penalty_cents);
    db_bind_text(st, i++, r->penalty_rule, -1, DB_STATIC);
    db_bind_text_or_null(st, i++, r->exemption_by);
    db_bind_text_or_null(st, i++, r->exemption_date);
    db_bind_text_or_null(st, i++, r->exemption_reason);
    db_bind_text(st, i++, r->remarks, -1, DB_STATIC);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT) return inc_fail(e, INC_ECONFLICT, "contract", "deze opdracht is al afgerekend; afrekenen kan één keer");
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

inc_status policy_penalty_get(inc_db *db, int64_t policy_id, penalty_policy *out, inc_error *e)
{
    *out = (penalty_policy){PENALTY_NONE, 0, 0};
    if (!policy_id) return INC_OK;
    inc_stmt *st;
    if (db_prepare(db, "SELECT penalty_kind, penalty_pct_bp, penalty_fixed_cents FROM policies WHERE id = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, policy_id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        if (!penalty_kind_parse(db_col_text(st, 0), &out->kind)) out->kind = PENALTY_NONE;
        out->pct_bp = db_col_int(st, 1);
        out->fixed_cents = db_col_int64(st, 2);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status policy_penalty_set(inc_db *db, const char *municipality_code, const char *effective_from,
                              const penalty_policy *p, int64_t *policy_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.id FROM policies p JOIN municipalities m ON m.id = p.municipality_id"
                   " WHERE m.code = ? AND p.effective_from = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, municipality_code, -1, DB_COPY);
    db_bind_text(st, 2, effective_from, -1, DB_COPY);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) *policy_id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW)
        return inc_fail(e, INC_ENOTFOUND, "effective_from", "geen beleid van %s met ingangsdatum %s", municipality_code,
                        effective_from);
    if (db_prepare(db, "UPDATE policies SET penalty_kind = ?, penalty_pct_bp = ?, penalty_fixed_cents = ? WHERE id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, penalty_kind_code(p->kind), -1, DB_STATIC);
    db_bind_int(st, 2, p->kind == PENALTY_PERCENTAGE ? p->pct_bp : 0);
    db_bind_int64(st, 3, p->kind == PENALTY_FIXED ? p->fixed_cents : 0);
    db_bind_int64(st, 4, *policy_id);
    rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

/* ---- past performance and reports ---- */

#define PAST_COLS                                                                                               \
    "SELECT c.id, m.code, c.reference, c.title, s.outcome, s.settled_on, c.end_date, s.due_cents, s.verified_cents," \
    " s.unrealised_cents, s.penalty_cents FROM contract_settlements s JOIN contracts c ON c.id = s.contract_id"  \
    " JOIN municipalities m ON m.id = c.municipality_id "

static inc_status past_query(inc_db *db, inc_stmt *st, const char *const *municipalities, past_fn fn, void *user,
                             inc_error *e)
{
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        past_row r = {db_col_int64(st, 0),   db_col_text(st, 1),   db_col_text(st, 2),   db_col_text(st, 3),
                      db_col_text(st, 4),    db_col_text(st, 5),   db_col_text(st, 6),   db_col_int64(st, 7),
                      db_col_int64(st, 8),   db_col_int64(st, 9),  db_col_int64(st, 10)};
        if (code_in_scope(municipalities, r.municipality)) fn(user, &r);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status past_performance_rows(inc_db *db, int64_t organisation_id, const char *const *municipalities, past_fn fn,
                                 void *user, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, PAST_COLS "WHERE c.contractor_id = ? ORDER BY c.end_date DESC, c.id DESC", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    return past_query(db, st, municipalities, fn, user, e);
}

inc_status organisation_by_kvk(inc_db *db, const char *kvk, int64_t *id, char *name, size_t size, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, name FROM organisations WHERE kvk = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        *id = db_col_int64(st, 0);
        if (name) db_column_text(st, 1, name, size);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return rc == DB_ROW ? INC_OK : inc_fail(e, INC_ENOTFOUND, "kvk", "geen organisatie met KvK-nummer %s", kvk);
}

inc_status settlement_year_rows(inc_db *db, int year, const char *const *municipalities, past_fn fn, void *user,
                                inc_error *e)
{
    char from[11], to[11];
    snprintf(from, sizeof from, "%04d-01-01", year);
    snprintf(to, sizeof to, "%04d-12-31", year);
    inc_stmt *st;
    if (db_prepare(db, PAST_COLS "WHERE s.settled_on BETWEEN ? AND ? ORDER BY s.settled_on, c.id", &st, e)) return INC_EIO;
    db_bind_text(st, 1, from, -1, DB_COPY);
    db_bind_text(st, 2, to, -1, DB_COPY);
    return past_query(db, st, municipalities, fn, user, e);
}

inc_status report_contract_rows(inc_db *db, const char *const *municipalities, report_contract_fn fn, void *user,
                                inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT c.id, m.code, c.award_date, c.contact_date, c.start_date, c.end_date, y.year_no, y.submitted_at"
                   " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                   " LEFT JOIN yearly_reports y ON y.contract_id = c.id ORDER BY c.id, y.year_no",
                   &st, e))
        return INC_EIO;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (!code_in_scope(municipalities, db_col_text(st, 1))) continue;
        report_contract_row r = {db_col_int64(st, 0), store_col_date(st, 2), store_col_date(st, 3), store_col_date(st, 4),
                                 store_col_date(st, 5),     db_col_is_null(st, 6) ? 0 : db_col_int(st, 6), db_col_text(st, 7)};
        fn(user, &r);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status followup_candidate_ids(inc_db *db, const char *const *municipalities, int64_t *ids, int max, int *n,
                                  inc_error *e)
{
    /* Running contracts under an obligation that are not settled: the app decides which are behind. */
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT c.id, m.code FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                   " WHERE c.applies = 1 AND c.verified_cents < c.obligation_cents - c.sebo_covered_cents - c.pso_covered_cents"
                   " AND NOT EXISTS (SELECT 1 FROM contract_settlements s WHERE s.contract_id = c.id)"
                   " ORDER BY c.end_date, c.id",
                   &st, e))
        return INC_EIO;
    int rc = DB_DONE;
    *n = 0;
    while (*n < max && (rc = db_step(db, st, e)) == DB_ROW)
        if (code_in_scope(municipalities, db_col_text(st, 1))) ids[(*n)++] = db_col_int64(st, 0);
    db_finalize(st);
    return *n < max && rc == DB_ERR ? INC_EIO : INC_OK;
}
