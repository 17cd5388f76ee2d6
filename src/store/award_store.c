#include "store/award_store.h"
#include "store/columns.h"
#include "store/policy_store.h"
#include "store/register.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <string.h>

/* The contract of a procurement: the one that points to it, else one registered by hand under its
 * reference (references are unique per municipality, so at most one matches). */
#define PROC_CONTRACT_JOIN                                                                                     \
    " LEFT JOIN contracts c ON c.procurement_id = p.id OR (c.procurement_id IS NULL AND p.reference IS NOT NULL" \
    "   AND c.municipality_id = p.municipality_id AND c.reference = p.reference)"

inc_status procurement_award_read(inc_db *db, int64_t id, procurement_award *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.id, p.municipality_id, m.code, p.department, p.reference, p.subject, p.category,"
                   " p.procedure, p.procurement_date, p.award_date, p.winner_id, o.kvk, o.name, p.awarded_cents,"
                   " p.rule_outcome, p.deviation_reason, c.id, c.status, c.reference, x.granted_by, x.granted_on,"
                   " x.reason FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"
                   " LEFT JOIN organisations o ON o.id = p.winner_id" PROC_CONTRACT_JOIN
                   " LEFT JOIN sr_exemptions x ON x.procurement_id = p.id WHERE p.id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        out->id = db_col_int64(st, 0);
        out->municipality_id = db_col_int64(st, 1);
        db_column_text(st, 2, out->municipality, sizeof out->municipality);
        db_column_text(st, 3, out->department, sizeof out->department);
        db_column_text(st, 4, out->reference, sizeof out->reference);
        db_column_text(st, 5, out->subject, sizeof out->subject);
        db_column_text(st, 6, out->category, sizeof out->category);
        db_column_text(st, 7, out->procedure, sizeof out->procedure);
        out->procurement_date = store_col_date(st, 8);
        out->award_date = store_col_date(st, 9);
        out->winner_org_id = db_col_is_null(st, 10) ? 0 : db_col_int64(st, 10);
        db_column_text(st, 11, out->winner_kvk, sizeof out->winner_kvk);
        db_column_text(st, 12, out->winner_name, sizeof out->winner_name);
        out->awarded_set = !db_col_is_null(st, 13);
        out->awarded_cents = out->awarded_set ? db_col_int64(st, 13) : -1;
        db_column_text(st, 14, out->outcome, sizeof out->outcome);
        db_column_text(st, 15, out->deviation_reason, sizeof out->deviation_reason);
        out->contract_id = db_col_is_null(st, 16) ? 0 : db_col_int64(st, 16);
        db_column_text(st, 17, out->contract_status, sizeof out->contract_status);
        db_column_text(st, 18, out->contract_reference, sizeof out->contract_reference);
        out->exempt = !db_col_is_null(st, 19);
        db_column_text(st, 19, out->exempt_by, sizeof out->exempt_by);
        db_column_text(st, 20, out->exempt_on, sizeof out->exempt_on);
        db_column_text(st, 21, out->exempt_reason, sizeof out->exempt_reason);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "inkoop %lld bestaat niet", (long long)id);
    return INC_OK;
}

inc_status procurement_rule_input(inc_db *db, int64_t id, sebo_rule_input *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, "SELECT procedure, category, estimated_cents, local_holders_available FROM procurements"
                       " WHERE id = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        procedure_parse(db_col_text(st, 0), &out->procedure);
        category_parse(db_col_text(st, 1), &out->category);
        out->value_cents = db_col_int64(st, 2);
        out->local_holders_available = db_col_int(st, 3);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "inkoop %lld bestaat niet", (long long)id);
    if (db_prepare(db, "SELECT class, is_holder FROM procurement_invitations WHERE procurement_id = ? ORDER BY id", &st,
                   e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    while ((rc = db_step(db, st, e)) == DB_ROW && out->invited_count < SEBO_MAX_INVITED) {
        sebo_class_parse(db_col_text(st, 0), &out->invited[out->invited_count]);
        out->invited_holder[out->invited_count++] = db_col_int(st, 1);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status procurement_completion_store(inc_db *db, int64_t id, int64_t winner_org_id, int64_t awarded_cents,
                                        inc_date award_date, const char *reason, const char *outcome,
                                        const char *explanation, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "UPDATE procurements SET winner_id = ?, awarded_cents = ?, award_date = ?, deviation_reason = ?,"
                   " rule_outcome = ?, explanation = ?, completed_by = ?, completed_at = ? WHERE id = ?",
                   &st, e))
        return INC_EIO;
    char d[11] = "";
    if (award_date != INC_DATE_NONE) date_format_iso(award_date, d);
    if (winner_org_id) db_bind_int64(st, 1, winner_org_id);
    else db_bind_null(st, 1);
    if (awarded_cents >= 0) db_bind_int64(st, 2, awarded_cents);
    else db_bind_null(st, 2);
    db_bind_text_or_null(st, 3, d);
    db_bind_text_or_null(st, 4, reason);
    db_bind_text(st, 5, outcome, -1, DB_COPY);
    db_bind_text(st, 6, explanation, -1, DB_COPY);
    db_bind_text(st, 7, db_actor(db), -1, DB_COPY);
    db_bind_text(st, 8, db_timestamp(db), -1, DB_COPY);
    db_bind_int64(st, 9, id);
    inc_status s = db_step_done(db, st, e);
    db_finalize(st);
    return s;
}

inc_status procurement_invited_org(inc_db *db, int64_t procurement_id, const char *kvk, int64_t *org_id,
                                   inc_error *e)
{
    *org_id = 0;
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT i.organisation_id FROM procurement_invitations i JOIN organisations o"
                   " ON o.id = i.organisation_id WHERE i.procurement_id = ? AND o.kvk = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, procurement_id);
    db_bind_text(st, 2, kvk, -1, DB_COPY);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) *org_id = db_col_int64(st, 0);
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status procurement_quote_store(inc_db *db, int64_t procurement_id, int64_t org_id, int64_t cents, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "UPDATE procurement_invitations SET quoted = 1, quote_cents = ?"
                       " WHERE procurement_id = ? AND organisation_id = ?", &st, e))
        return INC_EIO;
    if (cents >= 0) db_bind_int64(st, 1, cents);
    else db_bind_null(st, 1);
    db_bind_int64(st, 2, procurement_id);
    db_bind_int64(st, 3, org_id);
    inc_status s = db_step_done(db, st, e);
    db_finalize(st);
    if (s == INC_OK && db_changes(db) != 1)
        return inc_fail(e, INC_EINVAL, "quotes", "een offerte kan alleen van een uitgenodigde onderneming komen");
    return s;
}

inc_status contract_draft_mark(inc_db *db, int64_t contract_id, int64_t procurement_id, bool provisional,
                               inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "UPDATE contracts SET status = 'concept', procurement_id = ?, obligation_provisional = ?"
                       " WHERE id = ?", &st, e))
        return INC_EIO;
    if (procurement_id) db_bind_int64(st, 1, procurement_id);
    else db_bind_null(st, 1);
    db_bind_int(st, 2, provisional);
    db_bind_int64(st, 3, contract_id);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT)
        return inc_fail(e, INC_ECONFLICT, "id", "deze inkoop staat al in het register");
    if (rc != DB_DONE) return db_fail(db, e);
    return INC_OK;
}

inc_status contract_draft_read(inc_db *db, int64_t id, contract_draft_facts *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT c.id, c.municipality_id, COALESCE(c.procurement_id, 0), m.code, c.reference, c.status,"
                   " o.kvk, c.obligation_provisional, c.category, c.procedure, c.value_cents, c.labour_share_bp,"
                   " c.award_date, c.sebo_holder, c.extra_bp, c.exempted, COALESCE(c.exemption_pct_bp, 0),"
                   " c.start_date, c.end_date FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                   " JOIN organisations o ON o.id = c.contractor_id WHERE c.id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        out->id = db_col_int64(st, 0);
        out->municipality_id = db_col_int64(st, 1);
        out->procurement_id = db_col_int64(st, 2);
        db_column_text(st, 3, out->municipality, sizeof out->municipality);
        db_column_text(st, 4, out->reference, sizeof out->reference);
        db_column_text(st, 5, out->status, sizeof out->status);
        db_column_text(st, 6, out->contractor_kvk, sizeof out->contractor_kvk);
        out->provisional = db_col_int(st, 7);
        category_parse(db_col_text(st, 8), &out->ob.category);
        procedure_parse(db_col_text(st, 9), &out->ob.procedure);
        out->ob.value_cents = db_col_int64(st, 10);
        out->ob.labour_share_bp = db_col_int(st, 11);
        out->ob.award_date = store_col_date(st, 12);
        out->ob.sebo_holder = db_col_int(st, 13);
        out->ob.extra_bp = db_col_int(st, 14);
        out->ob.exempted = db_col_int(st, 15);
        out->ob.exemption_pct_bp = db_col_int(st, 16);
        out->start_date = store_col_date(st, 17);
        out->end_date = store_col_date(st, 18);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "contract %lld bestaat niet", (long long)id);
    return INC_OK;
}

inc_status contract_confirm_store(inc_db *db, int64_t id, int32_t labour_share_bp, inc_date start, inc_date end,
                                  const inc_obligation *ob, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "UPDATE contracts SET status = 'bevestigd', obligation_provisional = 0, labour_share_bp = ?,"
                   " start_date = ?, end_date = ?, applies = ?, base_pct_bp = ?, percentage_bp = ?,"
                   " obligation_cents = ?, met_by_sebo = ?, sebo_covered_cents = ?, obligation_reason = ?,"
                   " confirmed_by = ?, confirmed_at = ? WHERE id = ?",
                   &st, e))
        return INC_EIO;
    char s[11], en[11];
    date_format_iso(start, s);
    date_format_iso(end, en);
    int k = 1;
    db_bind_int(st, k++, labour_share_bp);
    db_bind_text(st, k++, s, -1, DB_COPY);
    db_bind_text(st, k++, en, -1, DB_COPY);
    db_bind_int(st, k++, ob->applies);
    db_bind_int(st, k++, ob->base_pct_bp);
    db_bind_int(st, k++, ob->percentage_bp);
    db_bind_int64(st, k++, ob->amount_cents);
    db_bind_int(st, k++, ob->met_by_sebo);
    db_bind_int64(st, k++, ob->sebo_covered_cents);
    db_bind_text(st, k++, ob->reason, -1, DB_COPY);
    db_bind_text(st, k++, db_actor(db), -1, DB_COPY);
    db_bind_text(st, k++, db_timestamp(db), -1, DB_COPY);
    db_bind_int64(st, k++, id);
    inc_status r = db_step_done(db, st, e);
    db_finalize(st);
    return r;
}

inc_status sr_exemption_insert(inc_db *db, int64_t municipality_id, int64_t procurement_id, int64_t contract_id,
                               const char *granted_by, inc_date granted_on, const char *reason, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO sr_exemptions(municipality_id, procurement_id, contract_id, granted_by, granted_on,"
                   " reason, recorded_by, created_at) VALUES (?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    char d[11];
    date_format_iso(granted_on, d);
    db_bind_int64(st, 1, municipality_id);
    if (procurement_id) db_bind_int64(st, 2, procurement_id);
    else db_bind_null(st, 2);
    if (contract_id) db_bind_int64(st, 3, contract_id);
    else db_bind_null(st, 3);
    db_bind_text(st, 4, granted_by, -1, DB_COPY);
    db_bind_text(st, 5, d, -1, DB_COPY);
    db_bind_text(st, 6, reason, -1, DB_COPY);
    db_bind_text(st, 7, db_actor(db), -1, DB_COPY);
    db_bind_text(st, 8, db_timestamp(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT)
        return inc_fail(e, INC_ECONFLICT, "granted_by", "voor deze gunning is al een ontheffing vastgelegd");
    if (rc != DB_DONE) return db_fail(db, e);
    return INC_OK;
}

inc_status awards_read(inc_db *db, const char *municipality, int year, const char *department, award_row_fn fn,
                       void *user, inc_error *e)
{
    char y[8] = "";
    if (year) snprintf(y, sizeof y, "%04d", year);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT * FROM ("
                   "SELECT 'inkoop' AS source, p.id AS pid, COALESCE(c.id, 0) AS cid, m.code AS mun,"
                   " p.department AS dep, COALESCE(p.reference, '') AS ref, p.subject AS subj, p.category AS cat,"
                   " p.procedure AS proc, o.kvk AS kvk, o.name AS oname,"
                   " COALESCE(p.award_date, p.procurement_date) AS awarded, COALESCE(p.awarded_cents, p.estimated_cents)"
                   " AS val, c.status AS cstatus, COALESCE(c.obligation_provisional, 0) AS prov,"
                   " COALESCE(c.applies, 0) AS capplies, COALESCE(c.obligation_cents, 0) AS cob,"
                   " CASE WHEN x.id IS NOT NULL OR xc.id IS NOT NULL THEN 1 ELSE 0 END AS exempt"
                   " FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"
                   " JOIN organisations o ON o.id = p.winner_id" PROC_CONTRACT_JOIN
                   " LEFT JOIN sr_exemptions x ON x.procurement_id = p.id"
                   " LEFT JOIN sr_exemptions xc ON xc.contract_id = c.id"
                   " UNION ALL "
                   "SELECT 'contract', 0, c.id, m.code, c.department, c.reference, c.title, c.category, c.procedure,"
                   " o.kvk, o.name, c.award_date, c.value_cents, c.status, c.obligation_provisional, c.applies,"
                   " c.obligation_cents, CASE WHEN xc.id IS NOT NULL OR c.exempted = 1 THEN 1 ELSE 0 END"
                   " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                   " JOIN organisations o ON o.id = c.contractor_id"
                   " LEFT JOIN sr_exemptions xc ON xc.contract_id = c.id"
                   " WHERE c.procurement_id IS NULL AND NOT EXISTS (SELECT 1 FROM procurements p"
                   "   WHERE p.winner_id IS NOT NULL AND p.municipality_id = c.municipality_id"
                   "   AND p.reference = c.reference)"
                   ") a WHERE (?1 IS NULL OR a.mun = ?1) AND (?2 IS NULL OR substr(a.awarded, 1, 4) = ?2)"
                   " AND (?3 IS NULL OR a.dep = ?3) ORDER BY a.mun, a.awarded, a.ref, a.pid, a.cid",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, municipality);
    db_bind_text_or_null(st, 2, y);
    db_bind_text_or_null(st, 3, department);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        award_row r = {0};
        r.source = db_col_text(st, 0);
        r.procurement_id = db_col_int64(st, 1);
        r.contract_id = db_col_int64(st, 2);
        r.municipality = db_col_text(st, 3);
        r.department = db_col_text(st, 4);
        r.reference = db_col_text(st, 5);
        r.subject = db_col_text(st, 6);
        r.category = db_col_text(st, 7);
        r.procedure = db_col_text(st, 8);
        r.contractor_kvk = db_col_text(st, 9);
        r.contractor_name = db_col_text(st, 10);
        r.award_date = store_col_date(st, 11);
        r.value_cents = db_col_int64(st, 12);
        r.contract_status = db_col_text(st, 13);
        r.provisional = db_col_int(st, 14);
        r.contract_applies = db_col_int(st, 15);
        r.contract_obligation_cents = db_col_int64(st, 16);
        r.exempt = db_col_int(st, 17);
        fn(user, &r);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

#define FULL_LABOUR_BP 10000   /* a provisional obligation assumes the whole value is labour */

inc_status award_obligation_compute(inc_db *db, int64_t municipality_id, const char *category, const char *procedure,
                                    int64_t value_cents, int32_t labour_share_bp, const char *kvk, inc_date award,
                                    inc_obligation *out, inc_error *e)
{
    inc_policy ps[MAX_POLICIES];
    int64_t ids[MAX_POLICIES];
    int n = 0;
    if (policies_load(db, municipality_id, ps, ids, MAX_POLICIES, &n, e) != INC_OK) return e->status;
    inc_obligation_input in = {.value_cents = value_cents, .labour_share_bp = labour_share_bp, .award_date = award};
    category_parse(category, &in.category);
    procedure_parse(procedure, &in.procedure);
    if (kvk && *kvk && sebo_holder_check(db, kvk, award, &in.sebo_holder, e) != INC_OK) return e->status;
    return obligation_compute(ps, n, &in, out, e);
}

inc_status award_classify(inc_db *db, const award_row *r, award_class *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    out->exempt = r->exempt;
    out->provisional = r->provisional;
    bool confirmed = r->contract_status && strcmp(r->contract_status, "bevestigd") == 0;
    out->registered = confirmed;
    out->draft = r->contract_status && !confirmed;
    if (strcmp(r->source, "inkoop") == 0 && !r->contract_status) {
        int64_t mun_id;
        if (municipality_id_by_code(db, r->municipality, &mun_id, e) != INC_OK) return e->status;
        inc_obligation o;
        if (award_obligation_compute(db, mun_id, r->category, r->procedure, r->value_cents, FULL_LABOUR_BP,
                                     r->contractor_kvk, r->award_date, &o, e) != INC_OK)
            return e->status;
        out->applies = o.applies;
        out->obligation_cents = o.amount_cents;
        out->met_by_sebo = o.met_by_sebo;
        out->percentage_bp = o.percentage_bp;
        out->provisional = true;
    } else {
        out->applies = r->contract_applies;
        out->obligation_cents = r->contract_obligation_cents;
    }
    return INC_OK;
}

typedef struct {
    inc_db *db;
    inc_error *e;
    inc_status status;
    inc_date upto;
    int64_t with, registered;
} count_state;

static void count_row(void *user, const award_row *r)
{
    count_state *s = user;
    if (s->status != INC_OK || (s->upto != INC_DATE_NONE && r->award_date > s->upto)) return;
    award_class k;
    if (award_classify(s->db, r, &k, s->e) != INC_OK) {
        s->status = s->e->status ? s->e->status : INC_EIO;
        return;
    }
    if (!k.applies || k.exempt) return;
    s->with++;
    s->registered += k.registered;
}

inc_status awards_count(inc_db *db, const char *municipality, int year, inc_date upto, int64_t *with_obligation,
                        int64_t *registered, inc_error *e)
{
    count_state s = {.db = db, .e = e, .upto = upto};
    if (awards_read(db, municipality, year, NULL, count_row, &s, e) != INC_OK) return INC_EIO;
    if (s.status != INC_OK) return s.status;
    *with_obligation = s.with;
    *registered = s.registered;
    return INC_OK;
}
