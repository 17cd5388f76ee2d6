/* The contracts as records (core/contract.h): the list's query (filtered, paged in SQL when it
 * can be) and one contract by id. The application layer adds the derived filters and the view. */
#include "store/register.h"
#include "store/columns.h"
#include "store/register_write.h"
#include <stdio.h>
#include <string.h>

/* Columns every contract record query selects, in this order, from contracts c, municipalities m,
 * organisations o; the yearly reports' numbers as a list in number order. CONTRACT_RECORD_COLS is
 * SQLite's spelling, CONTRACT_RECORD_COLS_PG PostgreSQL's (pick with db_sql). */
#define CONTRACT_RECORD_COLS CONTRACT_RECORD_COLS_("group_concat(year_no)")
#define CONTRACT_RECORD_COLS_PG CONTRACT_RECORD_COLS_("string_agg(year_no::text, ',' ORDER BY year_no)")
#define CONTRACT_RECORD_COLS_(AGG)                                                                                \
    "c.id, m.code, c.department, c.reference, c.title, c.category, c.procedure, c.value_cents,"                 \
    " c.labour_share_bp, c.award_date, c.start_date, c.end_date, o.id, o.kvk, o.name, c.cpv, c.sebo_holder,"    \
    " c.extra_bp, c.exempted, c.exemption_pct_bp, c.exemption_by, c.exemption_date, c.exemption_reason,"        \
    " c.applies, c.base_pct_bp, c.percentage_bp, c.obligation_cents, c.met_by_sebo, c.sebo_covered_cents,"      \
    " c.obligation_reason, c.verified_cents, c.reported_cents, c.contact_date,"                                 \
    " (SELECT " AGG " FROM yearly_reports y WHERE y.contract_id = c.id), m.name, c.pso_covered_cents,"    \
    " c.status, c.obligation_provisional"
#define CONTRACT_RECORD_FROM \
    " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id JOIN organisations o ON o.id = c.contractor_id"

/* The record of the row at the statement's current position (texts point into the row). */
static void record_of(inc_stmt *st, contract_record *r)
{
    r->id = db_col_int64(st, 0);
    r->municipality = db_col_text(st, 1);
    r->department = db_col_text(st, 2);
    r->reference = db_col_text(st, 3);
    r->title = db_col_text(st, 4);
    r->category = db_col_text(st, 5);
    r->procedure = db_col_text(st, 6);
    r->value_cents = db_col_int64(st, 7);
    r->labour_share_bp = db_col_int(st, 8);
    r->award = store_col_date(st, 9);
    r->start = store_col_date(st, 10);
    r->end = store_col_date(st, 11);
    r->contractor_id = db_col_int64(st, 12);
    r->contractor_kvk = db_col_text(st, 13);
    r->contractor_name = db_col_text(st, 14);
    r->cpv = db_col_text(st, 15);
    r->sebo_holder = db_col_int(st, 16);
    r->extra_bp = db_col_int(st, 17);
    r->exempted = db_col_int(st, 18);
    r->exemption_pct_bp = db_col_int(st, 19);
    r->exemption_by = db_col_text(st, 20);
    r->exemption_date = db_col_text(st, 21);
    r->exemption_reason = db_col_text(st, 22);
    r->applies = db_col_int(st, 23);
    r->base_pct_bp = db_col_int(st, 24);
    r->percentage_bp = db_col_int(st, 25);
    r->obligation_cents = db_col_int64(st, 26);
    r->met_by_sebo = db_col_int(st, 27);
    r->sebo_covered_cents = db_col_int64(st, 28);
    r->obligation_reason = db_col_text(st, 29);
    r->verified_cents = db_col_int64(st, 30);
    r->reported_cents = db_col_int64(st, 31);
    r->contact = store_col_date(st, 32);
    r->yearly_submitted = db_col_text(st, 33);
    r->municipality_name = db_col_text(st, 34);
    r->pso_covered_cents = db_col_int64(st, 35);
    const char *status = db_col_text(st, 36);
    r->draft = status && strcmp(status, "concept") == 0;
    r->obligation_provisional = db_col_int(st, 37) != 0;
}
#define CONTRACT_RECORD_NCOLS 38

#define MAX_SCOPE_MUNICIPALITIES 64

/* The ids of a NULL-terminated list of municipality codes (unknown codes have none). The list and
 * count filter on contracts.municipality_id itself: joining municipalities to compare codes cost a
 * primary-key search for every contract scanned. */
static inc_status municipality_ids(inc_db *db, const char *const *codes, int64_t *ids, int *n, inc_error *e)
{
    /* One statement for the whole list (a round trip per code costs on a database server). */
    char sql[64 + 2 * MAX_SCOPE_MUNICIPALITIES] = "SELECT id FROM municipalities WHERE code IN (";
    int k = 0;
    for (; codes[k]; k++) {
        if (k == MAX_SCOPE_MUNICIPALITIES) return inc_fail(e, INC_EINVAL, "municipality", "te veel gemeenten");
        strcat(sql, k ? ",?" : "?");
    }
    *n = 0;
    if (k == 0) return INC_OK;
    strcat(sql, ")");
    inc_stmt *st = db_stmt_built(db, sql, e);
    if (!st) return INC_EIO;
    for (int i = 0; i < k; i++) db_bind_text(st, i + 1, codes[i], -1, DB_STATIC);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) ids[(*n)++] = db_col_int64(st, 0);
    db_reset(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* Appends " AND <col> IN (?,?...)" for n ids, or " AND 1 = 0" for none. */
static void append_ids(char *sql, size_t size, const char *col, int n)
{
    size_t w = strlen(sql);
    if (n == 0) {
        snprintf(sql + w, size - w, " AND 1 = 0");
        return;
    }
    w += (size_t)snprintf(sql + w, size - w, " AND %s IN (", col);
    for (int i = 0; i < n && w < size; i++) w += (size_t)snprintf(sql + w, size - w, i ? ",?" : "?");
    if (w < size) snprintf(sql + w, size - w, ")");
}

/* Appends " AND (<col> = ? OR <col> = ? ...)": for a condition tested on every entry of an index
 * scan, where SQLite 3.40 looks an IN list up in a temporary table per entry (the page scan measured
 * about a quarter faster this way, docs/bench.md). */
static void append_ids_or(char *sql, size_t size, const char *col, int n)
{
    size_t w = strlen(sql);
    if (n == 0) {
        snprintf(sql + w, size - w, " AND 1 = 0");
        return;
    }
    w += (size_t)snprintf(sql + w, size - w, " AND (");
    for (int i = 0; i < n && w < size; i++) w += (size_t)snprintf(sql + w, size - w, "%s%s = ?", i ? " OR " : "", col);
    if (w < size) snprintf(sql + w, size - w, ")");
}

/* Binds the filter's values from *i on, in the order the WHERE clause of contract_records names them. */
static void bind_filter(inc_stmt *st, int *i, const int64_t *mids, int nm, const inc_contract_filter *f,
                        const char *like, const char *y0, const char *y1)
{
    for (int k = 0; k < nm; k++) db_bind_int64(st, (*i)++, mids[k]);
    if (f->contractor_id) db_bind_int64(st, (*i)++, f->contractor_id);
    if (f->year) {
        db_bind_text(st, (*i)++, y0, -1, DB_STATIC);
        db_bind_text(st, (*i)++, y1, -1, DB_STATIC);
    }
    if (f->query)
        for (int k = 0; k < 3; k++) db_bind_text(st, (*i)++, like, -1, DB_STATIC);
}

inc_status contract_records(inc_db *db, const inc_contract_filter *f, int limit, int64_t offset, bool count,
                           contract_record_fn fn, void *user, int64_t *total, inc_error *e)
{
    int64_t mids[MAX_SCOPE_MUNICIPALITIES];
    int nm = 0;
    if (f->municipalities && f->municipality_ids) {
        /* The caller's (the session's): no statement to look them up */
        for (; f->municipalities[nm]; nm++) {
            if (nm == MAX_SCOPE_MUNICIPALITIES) return inc_fail(e, INC_EINVAL, "municipality", "te veel gemeenten");
            mids[nm] = f->municipality_ids[nm];
        }
    } else if (f->municipalities && municipality_ids(db, f->municipalities, mids, &nm, e) != INC_OK)
        return e->status;
    /* Two spellings of one condition: the page reads contracts in award order from contracts_order
     * ("+" keeps the planner there), the count reads the contracts_scope index. */
    char where[1024] = " WHERE 1 = 1", where_count[1024] = " WHERE 1 = 1";
    if (f->municipalities) {
        append_ids_or(where, sizeof where, "+c.municipality_id", nm);
        append_ids(where_count, sizeof where_count, "c.municipality_id", nm);
    }
    const char *rest[3] = {f->contractor_id ? " AND c.contractor_id = ?" : "",
                           f->year ? " AND c.award_date >= ? AND c.award_date < ?" : "",
                           /* SQLite's LIKE ignores (ASCII) case; PostgreSQL's ILIKE does */
                           !f->query ? "" : db_sql(db, " AND (c.reference LIKE ? OR c.title LIKE ? OR o.name LIKE ?)",
                                                   " AND (c.reference ILIKE ? OR c.title ILIKE ? OR o.name ILIKE ?)")};
    for (int k = 0; k < 3; k++) {
        strcat(where, rest[k]);
        strcat(where_count, rest[k]);
    }

    /* Paging and counting need the organisation only to search its name. Without it the page of ids
     * is read in award order from the contracts_order index, stopping after the page, and the count
     * runs on the contracts_scope index alone (both indexes: migration 002). */
    const char *from = f->query ? CONTRACT_RECORD_FROM : " FROM contracts c";
    /* A scope alone is counted from contract_counts (migration 020, kept by triggers): a sum over
     * its municipalities instead of a count over their contracts. */
    bool scope_only = !f->contractor_id && !f->year && !f->query;
    char count_sql[1400];
    if (scope_only) snprintf(count_sql, sizeof count_sql, "SELECT coalesce(sum(c.n), 0) FROM contract_counts c%s", where_count);
    else snprintf(count_sql, sizeof count_sql, "SELECT count(*)%s%s", from, where_count);
    /* A counted page carries the count as its last column, one statement instead of two (a round
     * trip less on a database server); both databases run the uncorrelated subquery once. A page
     * past the end has no row to carry it: then the count runs on its own. */
    bool count_in_page = count && limit > 0;
    char sql[6144];
    if (limit > 0)
        /* Page the ids first (index only), then build the wide rows of that page alone: the view
         * columns include a correlated subquery that would otherwise run for every row sorted. */
        snprintf(sql, sizeof sql,
                 "SELECT %s%s%s%s FROM (SELECT c.id AS pid%s%s ORDER BY c.award_date DESC, c.id DESC"
                 " LIMIT ? OFFSET ?) p JOIN contracts c ON c.id = p.pid"
                 " JOIN municipalities m ON m.id = c.municipality_id JOIN organisations o ON o.id = c.contractor_id"
                 " ORDER BY c.award_date DESC, c.id DESC",
                 db_sql(db, CONTRACT_RECORD_COLS, CONTRACT_RECORD_COLS_PG), count_in_page ? ", (" : "",
                 count_in_page ? count_sql : "", count_in_page ? ")" : "", from, where);
    else
        snprintf(sql, sizeof sql, "SELECT %s" CONTRACT_RECORD_FROM "%s ORDER BY c.award_date DESC, c.id DESC",
                 db_sql(db, CONTRACT_RECORD_COLS, CONTRACT_RECORD_COLS_PG), where);

    /* Prepared once per connection and shape of filter: parsing and planning these joins cost as
     * much as running them. */
    inc_stmt *st = db_stmt_built(db, sql, e);
    if (!st) return INC_EIO;
    char like[160], y0[16], y1[16];
    snprintf(like, sizeof like, "%%%s%%", f->query ? f->query : "");
    snprintf(y0, sizeof y0, "%04u-01-01", (unsigned)f->year % 10000u);
    snprintf(y1, sizeof y1, "%04u-01-01", (unsigned)(f->year + 1) % 10000u);
    int i = 1;
    if (count_in_page) bind_filter(st, &i, mids, nm, f, like, y0, y1);
    bind_filter(st, &i, mids, nm, f, like, y0, y1);
    if (limit > 0) {
        db_bind_int(st, i++, limit);
        db_bind_int64(st, i++, offset);
    }

    contract_record r;
    int rc;
    int64_t rows = 0;
    *total = 0;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        record_of(st, &r);
        if (count_in_page && rows == 0) *total = db_col_int64(st, CONTRACT_RECORD_NCOLS);
        rows++;
        fn(user, &r);
    }
    db_release(db, st);
    if (rc == DB_DONE && count && limit == 0) *total = rows;   /* every match was read */
    if (rc == DB_DONE && count_in_page && rows == 0) {
        inc_stmt *cs = db_stmt_built(db, count_sql, e);
        if (!cs) return INC_EIO;
        i = 1;
        bind_filter(cs, &i, mids, nm, f, like, y0, y1);
        rc = db_step(db, cs, e);
        if (rc == DB_ROW) *total = db_col_int64(cs, 0);
        else if (rc == DB_DONE) rc = DB_ERR, inc_fail(e, INC_EIO, "", "databasefout: geen telling");
        db_release(db, cs);
    }
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status contract_record_by_id(inc_db *db, int64_t id, contract_record_fn fn, void *user, inc_error *e)
{
    static const char sql[] = "SELECT " CONTRACT_RECORD_COLS CONTRACT_RECORD_FROM " WHERE c.id = ?";
    static const char sql_pg[] = "SELECT " CONTRACT_RECORD_COLS_PG CONTRACT_RECORD_FROM " WHERE c.id = ?";
    inc_stmt *st;
    if (register_row_by_id(db, db_sql(db, sql, sql_pg), id, "opdracht", &st, e) != INC_OK) return e->status;
    contract_record r;
    record_of(st, &r);
    fn(user, &r);
    db_reset(st);
    return INC_OK;
}
