#include "store/pso_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void iso(inc_date d, char buf[11]) { date_format_iso(d, buf); }

inc_status pso_certificate_insert(inc_db *db, int64_t organisation_id, const pso_certificate *c, int64_t *id,
                                  inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO pso_certificates(organisation_id, level, valid_from, valid_until, recorded_by)"
                       " VALUES (?, ?, ?, ?, ?)", &st, e))
        return INC_EIO;
    char f[11], u[11];
    iso(c->valid_from, f);
    iso(c->valid_until, u);
    db_bind_int64(st, 1, organisation_id);
    db_bind_text(st, 2, pso_level_code(c->level), -1, DB_STATIC);
    db_bind_text(st, 3, f, -1, DB_COPY);
    db_bind_text(st, 4, u, -1, DB_COPY);
    db_bind_text(st, 5, db_actor(db) ? db_actor(db) : "onbekend", -1, DB_COPY);
    inc_status s = db_step_done(db, st, e);
    db_finalize(st);
    if (s == INC_OK && id) *id = db_last_id(db);
    return s;
}

inc_status pso_certificate_withdraw(inc_db *db, int64_t organisation_id, inc_date day, int *count, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "UPDATE pso_certificates SET withdrawn_on = ?1 WHERE organisation_id = ?2 AND withdrawn_on IS NULL"
                       " AND valid_from <= ?1 AND valid_until >= ?1", &st, e))
        return INC_EIO;
    char d[11];
    iso(day, d);
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_int64(st, 2, organisation_id);
    inc_status s = db_step_done(db, st, e);
    db_finalize(st);
    if (s == INC_OK) *count = (int)db_changes(db);
    return s;
}

inc_status pso_certificates_load(inc_db *db, int64_t organisation_id, pso_certificate *out, int max, int *n,
                                 inc_error *e)
{
    *n = 0;
    inc_stmt *st;
    if (db_prepare(db, "SELECT level, valid_from, valid_until, withdrawn_on FROM pso_certificates"
                       " WHERE organisation_id = ? ORDER BY valid_from DESC, id DESC", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW && *n < max) {
        pso_certificate *c = &out[(*n)++];
        pso_level_parse(db_col_text(st, 0), &c->level);
        date_parse(db_col_text(st, 1), &c->valid_from, "valid_from", NULL);
        date_parse(db_col_text(st, 2), &c->valid_until, "valid_until", NULL);
        c->withdrawn_on = INC_DATE_NONE;
        if (!db_col_is_null(st, 3)) date_parse(db_col_text(st, 3), &c->withdrawn_on, "withdrawn_on", NULL);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status pso_table_set(inc_db *db, int64_t policy_id, pso_level level, int32_t covers_bp, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "DELETE FROM policy_pso WHERE policy_id = ? AND level = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, policy_id);
    db_bind_text(st, 2, pso_level_code(level), -1, DB_STATIC);
    inc_status s = db_step_done(db, st, e);
    db_finalize(st);
    if (s || covers_bp < 0) return s;
    if (db_prepare(db, "INSERT INTO policy_pso(policy_id, level, covers_bp) VALUES (?, ?, ?)", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, policy_id);
    db_bind_text(st, 2, pso_level_code(level), -1, DB_STATIC);
    db_bind_int(st, 3, covers_bp);
    s = db_step_done(db, st, e);
    db_finalize(st);
    return s;
}

inc_status pso_table_load(inc_db *db, int64_t policy_id, pso_table *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, "SELECT level, covers_bp FROM policy_pso WHERE policy_id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, policy_id);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        pso_level l;
        if (!pso_level_parse(db_col_text(st, 0), &l)) continue;
        out->set[l] = true;
        out->covers_bp[l] = db_col_int(st, 1);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status pso_contract_load(inc_db *db, int64_t id, pso_contract *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, "SELECT c.id, c.municipality_id, COALESCE(c.policy_id, 0), c.contractor_id, c.obligation_cents,"
                       " c.start_date, c.end_date, c.reference, m.code, c.pso_covered_cents FROM contracts c"
                       " JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        out->id = db_col_int64(st, 0);
        out->municipality_id = db_col_int64(st, 1);
        out->policy_id = db_col_int64(st, 2);
        out->contractor_id = db_col_int64(st, 3);
        out->obligation_cents = db_col_int64(st, 4);
        date_parse(db_col_text(st, 5), &out->start, "start", NULL);
        date_parse(db_col_text(st, 6), &out->end, "end", NULL);
        db_column_text(st, 7, out->reference, sizeof out->reference);
        db_column_text(st, 8, out->municipality, sizeof out->municipality);
        out->pso_covered_cents = db_col_int64(st, 9);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "opdracht niet gevonden");
    return INC_OK;
}

inc_status pso_contracts_running(inc_db *db, int64_t organisation_id, inc_date day, int64_t *ids, int max, int *n,
                                 inc_error *e)
{
    *n = 0;
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM contracts WHERE contractor_id = ?1 AND start_date <= ?2 AND end_date >= ?2"
                       " ORDER BY id", &st, e))
        return INC_EIO;
    char d[11];
    iso(day, d);
    db_bind_int64(st, 1, organisation_id);
    db_bind_text(st, 2, d, -1, DB_COPY);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW && *n < max) ids[(*n)++] = db_col_int64(st, 0);
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status pso_contracts_to_refresh(inc_db *db, int64_t organisation_id, int64_t **ids, int *n, inc_error *e)
{
    *ids = NULL;
    *n = 0;
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM contracts WHERE (?1 = 0 OR contractor_id = ?1)"
                       " AND (pso_covered_cents <> 0 OR policy_id IN (SELECT policy_id FROM policy_pso)) ORDER BY id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    int rc, cap = 0;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (*n == cap) {
            int nc = cap ? cap * 2 : 64;
            int64_t *p = realloc(*ids, (size_t)nc * sizeof *p);
            if (!p) {
                db_finalize(st);
                free(*ids);
                *ids = NULL;
                *n = 0;
                return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
            }
            *ids = p;
            cap = nc;
        }
        (*ids)[(*n)++] = db_col_int64(st, 0);
    }
    db_finalize(st);
    if (rc != DB_ERR) return INC_OK;
    free(*ids);
    *ids = NULL;
    *n = 0;
    return INC_EIO;
}

inc_status pso_covered_store(inc_db *db, int64_t contract_id, int64_t covered_cents, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "UPDATE contracts SET pso_covered_cents = ? WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, covered_cents);
    db_bind_int64(st, 2, contract_id);
    inc_status s = db_step_done(db, st, e);
    db_finalize(st);
    return s;
}

inc_status sr_notice_insert(inc_db *db, int64_t contract_id, const char *kind, inc_date day, const char *message,
                            inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO sr_notices(contract_id, kind, on_date, message) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", &st, e))
        return INC_EIO;
    char d[11];
    iso(day, d);
    db_bind_int64(st, 1, contract_id);
    db_bind_text(st, 2, kind, -1, DB_COPY);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text(st, 4, message, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT) return INC_OK;   /* noticed already */
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}
