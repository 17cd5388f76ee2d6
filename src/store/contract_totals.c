#include "store/contract_totals.h"
#include <stdlib.h>
#include <string.h>
#include "store/register.h"

inc_status contract_totals_batch_add(contract_totals_batch *t, int64_t contract_id, contract_totals d, inc_error *e)
{
    if (contract_id <= 0) return inc_fail(e, INC_EINTERNAL, "", "ongeldig contract %lld", (long long)contract_id);
    if ((size_t)contract_id >= t->n) {
        size_t n = t->n ? t->n : 1024;
        while (n <= (size_t)contract_id) n *= 2;
        contract_totals *grown = realloc(t->added, n * sizeof *grown);
        if (!grown) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        memset(grown + t->n, 0, (n - t->n) * sizeof *grown);
        t->added = grown;
        t->n = n;
    }
    t->added[contract_id].reported += d.reported;
    t->added[contract_id].verified += d.verified;
    return INC_OK;
}

void contract_totals_batch_free(contract_totals_batch *t)
{
    free(t->added);
    t->added = NULL;
    t->n = 0;
}

/* The one statement that changes the totals, for 1 or TOTALS_PER_UPDATE contracts. */
#define TOTAL4 "(?,?,?),(?,?,?),(?,?,?),(?,?,?)"
#define TOTAL16 TOTAL4 "," TOTAL4 "," TOTAL4 "," TOTAL4
#define TOTAL64 TOTAL16 "," TOTAL16 "," TOTAL16 "," TOTAL16
#define TOTALS_PER_UPDATE 64
#define TOTALS_UPDATE(values)                                                                              \
    "WITH t(id, reported, verified) AS (VALUES " values ") UPDATE contracts SET"                           \
    " reported_cents = reported_cents + t.reported, verified_cents = verified_cents + t.verified"          \
    " FROM t WHERE contracts.id = t.id"

/* Where the database has a bulk writer (PostgreSQL: COPY) and many contracts changed (an import),
 * the changes go into a temporary table and one UPDATE joins them: the national import's 60,000
 * contracts took 938 statements of 64 and 2.4 s (docs/bench.md). */
#define TOTALS_BY_COPY_FROM 256
static inc_status write_by_copy(inc_db *db, contract_totals_batch *t, inc_bulk *out, inc_error *e)
{
    for (size_t id = 0; id < t->n; id++) {
        contract_totals d = t->added[id];
        if (!d.reported && !d.verified) continue;
        db_bulk_int64(out, (int64_t)id);
        db_bulk_int64(out, d.reported);
        db_bulk_int64(out, d.verified);
        if (db_bulk_row_end(out, e) != INC_OK) return e->status;
        t->added[id] = (contract_totals){0, 0};
    }
    if (db_bulk_flush(out, e) != INC_OK) return e->status;
    return db_exec(db,
                   "UPDATE contracts SET reported_cents = reported_cents + t.reported,"
                   " verified_cents = verified_cents + t.verified FROM contract_totals_added t WHERE contracts.id = t.id;"
                   " TRUNCATE contract_totals_added",
                   e);
}

inc_status contract_totals_batch_write(inc_db *db, contract_totals_batch *t, inc_error *e)
{
    size_t left = 0;
    for (size_t id = 0; id < t->n; id++) left += t->added[id].reported != 0 || t->added[id].verified != 0;
    /* The bulk writer is the capability (none on SQLite, where the statements below are as fast);
     * COPY needs its table only when it sends, so the temporary table is made after. */
    inc_bulk *out = left >= TOTALS_BY_COPY_FROM ? db_bulk_open(db, "contract_totals_added", "id, reported, verified", e) : NULL;
    if (out) {
        inc_status s = db_exec(db,
                               "CREATE TEMP TABLE IF NOT EXISTS contract_totals_added (id bigint PRIMARY KEY,"
                               " reported bigint NOT NULL, verified bigint NOT NULL) ON COMMIT DELETE ROWS",
                               e);
        if (s == INC_OK) s = write_by_copy(db, t, out, e);
        db_bulk_close(out);
        return s;
    }
    static const char many[] = TOTALS_UPDATE(TOTAL64), one[] = TOTALS_UPDATE("(?,?,?)");
    inc_stmt *st_many = db_stmt(db, many, e), *st_one = db_stmt(db, one, e);
    if (!st_many || !st_one) return INC_EIO;
    /* In contract order, so the updates walk the contracts table page by page. */
    int n = 0, rc = DB_DONE;
    for (size_t id = 0; id < t->n && rc == DB_DONE; id++) {
        contract_totals d = t->added[id];
        if (!d.reported && !d.verified) continue;
        inc_stmt *st = left >= TOTALS_PER_UPDATE || n > 0 ? st_many : st_one;
        db_bind_int64(st, 3 * n + 1, (int64_t)id);
        db_bind_int64(st, 3 * n + 2, d.reported);
        db_bind_int64(st, 3 * n + 3, d.verified);
        t->added[id] = (contract_totals){0, 0};
        if (st == st_many && ++n < TOTALS_PER_UPDATE) continue;
        rc = db_step(db, st, e);   /* nothing to go on from after a refusal: no savepoint */
        db_reset(st);
        left -= st == st_many ? TOTALS_PER_UPDATE : 1;
        n = 0;
    }
    return rc == DB_DONE ? INC_OK : INC_EIO;
}

inc_status contract_totals_move(inc_db *db, int64_t contract_id, const char *from, const char *to, int64_t value_cents,
                                inc_error *e)
{
    contract_totals a = realisation_contribution(from, value_cents), b = realisation_contribution(to, value_cents);
    if (a.reported == b.reported && a.verified == b.verified) return INC_OK;
    static const char one[] = TOTALS_UPDATE("(?,?,?)");
    inc_stmt *st = db_stmt(db, one, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    db_bind_int64(st, 2, b.reported - a.reported);
    db_bind_int64(st, 3, b.verified - a.verified);
    int rc = db_step_rc(st);
    db_reset(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

/* From zero, every realisation's contribution by the same rule and the same statement. */
inc_status contract_totals_recompute(inc_db *db, inc_error *e)
{
    if (db_exec(db, "UPDATE contracts SET reported_cents = 0, verified_cents = 0", e) != INC_OK) return e->status;
    static const char sql[] = "SELECT contract_id, status, sum(value_cents) FROM realisations GROUP BY contract_id, status";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    contract_totals_batch t = {0};
    inc_status s = INC_OK;
    int rc = DB_DONE;
    char status[16];
    while (s == INC_OK && (rc = db_step(db, st, e)) == DB_ROW) {
        db_column_text(st, 1, status, sizeof status);
        s = contract_totals_batch_add(&t, db_col_int64(st, 0),
                                      realisation_contribution(status, db_col_int64(st, 2)), e);
    }
    db_release(db, st);
    if (s == INC_OK && rc == DB_ERR) s = INC_EIO;
    if (s == INC_OK) s = contract_totals_batch_write(db, &t, e);
    contract_totals_batch_free(&t);
    return s;
}
