#include "store/retention.h"
#include "store/audit.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int retention_months(inc_db *db)
{
    inc_stmt *st;
    int months = RETENTION_DEFAULT_MONTHS;
    if (db_prepare(db, "SELECT value FROM settings WHERE key = 'retention_months'", &st, NULL) != INC_OK) return months;
    if (db_step_rc(st) == DB_ROW) months = atoi(db_col_text(st, 0));
    db_finalize(st);
    return months;
}

inc_status retention_set_months(inc_db *db, int months, inc_error *e)
{
    if (months < 1 || months > 240)
        return inc_fail(e, INC_EINVAL, "months", "bewaartermijn moet tussen 1 en 240 maanden liggen");
    char sql[160];
    snprintf(sql, sizeof sql,
             "INSERT INTO settings(key, value) VALUES ('retention_months', '%d')"
             " ON CONFLICT(key) DO UPDATE SET value = excluded.value", months);
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    char detail[64];
    snprintf(detail, sizeof detail, "{\"retention_months\":%d}", months);
    if (db_exec(db, sql, e) != INC_OK || audit_write(db, "update", "setting", 0, detail, e) != INC_OK) {
        db_rollback(db);
        return e->status;
    }
    return db_commit(db, e);
}

/* "NOT EXISTS (SELECT 1 FROM t WHERE t.col = persons.id) AND ..." for every foreign key to persons,
 * found in the schema, so tables added by later migrations are respected automatically. */
static inc_status unreferenced_clause(inc_db *db, char *out, size_t size, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   db_dialect_of(db) == DB_DIALECT_POSTGRESQL
                       ? "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c JOIN pg_attribute a"
                         " ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                         " WHERE c.contype = 'f' AND c.confrelid = 'persons'::regclass ORDER BY 1, 2"
                       : "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                         " WHERE m.type = 'table' AND f.\"table\" = 'persons'",
                   &st, e))
        return INC_EIO;
    snprintf(out, size, "1 = 1");
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        char part[256];
        snprintf(part, sizeof part, " AND NOT EXISTS (SELECT 1 FROM \"%s\" r WHERE r.\"%s\" = persons.id)",
                 db_col_text(st, 0), db_col_text(st, 1));
        strncat(out, part, size - strlen(out) - 1);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return INC_OK;
}

static int64_t count(inc_db *db, const char *sql, const char *cutoff)
{
    inc_stmt *st;
    int64_t n = 0;
    if (db_prepare(db, sql, &st, NULL) != INC_OK) return 0;
    if (cutoff) db_bind_text(st, 1, cutoff, -1, DB_COPY);
    if (db_step_rc(st) == DB_ROW) n = db_col_int64(st, 0);
    db_finalize(st);
    return n;
}

inc_status retention_apply(inc_db *db, inc_date today, bool dry_run, retention_summary *summary, inc_error *e)
{
    int months = retention_months(db);
    char cutoff[11];
    date_format_iso(date_add_months(today, -months), cutoff);
    static const char where[] =
        " FROM realisations WHERE (person_id IS NOT NULL OR candidate_ref IS NOT NULL)"
        " AND contract_id IN (SELECT id FROM contracts WHERE end_date < ?)";
    char sql[1024];
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    snprintf(sql, sizeof sql, "SELECT count(*)%s", where);
    int64_t unlinked = count(db, sql, cutoff);
    /* Evidence (employment contracts, invoices) names people: it goes with the personal data. */
    static const char ev_where[] =
        " FROM realisation_evidence WHERE realisation_id IN (SELECT id FROM realisations"
        " WHERE contract_id IN (SELECT id FROM contracts WHERE end_date < ?))";
    snprintf(sql, sizeof sql, "SELECT count(*)%s", ev_where);
    int64_t evidence = count(db, sql, cutoff);
    {
        inc_stmt *st;
        snprintf(sql, sizeof sql, "DELETE%s", ev_where);
        if (db_prepare(db, sql, &st, e)) goto fail;
        db_bind_text(st, 1, cutoff, -1, DB_COPY);
        int rc = db_step_rc(st);
        db_finalize(st);
        if (rc != DB_DONE) { db_fail(db, e); goto fail; }
    }
    char clause[4096];
    if (unreferenced_clause(db, clause, sizeof clause, e) != INC_OK) goto fail;
    {
        /* A dry run makes the same changes inside the transaction and rolls them back. */
        inc_stmt *st;
        /* Where the person lived goes with the person; whether that was in the municipality stays. */
        snprintf(sql, sizeof sql,
                 "UPDATE realisation_jobs SET residence_municipality = NULL, residence_pc4 = NULL"
                 " WHERE realisation_id IN (SELECT realisations.id%s)", where);
        if (db_prepare(db, sql, &st, e)) goto fail;
        db_bind_text(st, 1, cutoff, -1, DB_COPY);
        int rj = db_step_rc(st);
        db_finalize(st);
        if (rj != DB_DONE) { db_fail(db, e); goto fail; }
        snprintf(sql, sizeof sql,
                 "UPDATE realisations SET person_id = NULL, candidate_ref = NULL WHERE id IN (SELECT realisations.id%s)", where);
        if (db_prepare(db, sql, &st, e)) goto fail;
        db_bind_text(st, 1, cutoff, -1, DB_COPY);
        int rc = db_step_rc(st);
        db_finalize(st);
        if (rc != DB_DONE) { db_fail(db, e); goto fail; }
    }
    char psql[4400];
    snprintf(psql, sizeof psql, "SELECT count(*) FROM persons WHERE %s", clause);
    int64_t persons = count(db, psql, NULL);
    snprintf(psql, sizeof psql, "DELETE FROM persons WHERE %s", clause);
    if (db_exec(db, psql, e) != INC_OK) goto fail;
    if (!dry_run) {
        char detail[200];
        snprintf(detail, sizeof detail,
                 "{\"cutoff\":\"%s\",\"realisations_unlinked\":%lld,\"persons_deleted\":%lld,\"evidence_deleted\":%lld}",
                 cutoff, (long long)unlinked, (long long)persons, (long long)evidence);
        if (audit_write(db, "retention", "person", 0, detail, e) != INC_OK) goto fail;
    }
    if (dry_run) db_rollback(db);
    else if (db_commit(db, e) != INC_OK) return INC_EIO;
    *summary = (retention_summary){.months = months, .dry_run = dry_run, .realisations_unlinked = unlinked,
                                   .persons_deleted = persons, .evidence_deleted = evidence};
    snprintf(summary->cutoff, sizeof summary->cutoff, "%s", cutoff);
    return INC_OK;
fail:
    db_rollback(db);
    return e->status;
}
