/* Contract list (filtered, paginated) and contract detail read models. */
#include "store/contract_view.h"
#include "store/register.h"
#include <stdio.h>
#include <string.h>

#define MAX_SCOPE_MUNICIPALITIES 64

/* The ids of a NULL-terminated list of municipality codes (unknown codes have none). The list and
 * count filter on contracts.municipality_id itself: joining municipalities to compare codes cost a
 * primary-key search for every contract scanned. */
static inc_status municipality_ids(inc_db *db, const char *const *codes, int64_t *ids, int *n, inc_error *e)
{
    static const char sql[] = "SELECT id FROM municipalities WHERE code = ?";
    *n = 0;
    for (int k = 0; codes[k]; k++) {
        if (k == MAX_SCOPE_MUNICIPALITIES) return inc_fail(e, INC_EINVAL, "municipality", "te veel gemeenten");
        inc_stmt *st = db_stmt(db, sql, e);
        if (!st) return INC_EIO;
        db_bind_text(st, 1, codes[k], -1, DB_STATIC);
        int rc = db_step_rc(st);
        if (rc == DB_ROW) ids[(*n)++] = db_col_int64(st, 0);
        db_reset(st);
        if (rc != DB_ROW && rc != DB_DONE) return db_fail(db, e);
    }
    return INC_OK;
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

static bool matches_derived(const inc_contract_filter *f, const contract_flags *fl)
{
    if (f->status_set && fl->progress.status != f->status) return false;
    if (!f->overdue) return true;
    if (strcmp(f->overdue, "contact") == 0) return fl->contact_overdue;
    if (strcmp(f->overdue, "yearly-report") == 0) return fl->yearly_overdue > 0;
    if (strcmp(f->overdue, "behind") == 0)
        return fl->progress.status == PS_BEHIND || fl->progress.status == PS_NOT_MET;
    return false;
}

inc_status contract_list_write(inc_db *db, const inc_contract_filter *f, inc_date today, view_out *o, inc_error *e)
{
    if (f->overdue && strcmp(f->overdue, "contact") && strcmp(f->overdue, "yearly-report") && strcmp(f->overdue, "behind"))
        return inc_fail(e, INC_EINVAL, "overdue", "overdue moet contact, yearly-report of behind zijn");
    if (f->page < 0 || f->per_page < 0 || f->per_page > 1000)
        return inc_fail(e, INC_EINVAL, "per_page", "per_page moet tussen 1 en 1000 liggen");
    int64_t mids[MAX_SCOPE_MUNICIPALITIES];
    int nm = 0;
    if (f->municipalities && municipality_ids(db, f->municipalities, mids, &nm, e) != INC_OK) return e->status;
    /* Two spellings of one condition: the page reads contracts in award order from contracts_order
     * ("+" keeps the planner there), the count reads the contracts_scope index. */
    char where[1024] = " WHERE 1 = 1", where_count[1024] = " WHERE 1 = 1";
    if (f->municipalities) {
        append_ids(where, sizeof where, "+c.municipality_id", nm);
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
    bool derived = f->status_set || f->overdue;
    int page = f->page ? f->page : 1, per_page = f->per_page;

    /* Paging and counting need the organisation only to search its name. Without it the page of ids
     * is read in award order from the contracts_order index, stopping after the page, and the count
     * runs on the contracts_scope index alone (both indexes: migration 002). */
    const char *from = f->query ? CONTRACT_VIEW_FROM : " FROM contracts c";
    char sql[4096];
    if (!derived && per_page)
        /* Page the ids first (index only), then build the wide rows of that page alone: the view
         * columns include a correlated subquery that would otherwise run for every row sorted. */
        snprintf(sql, sizeof sql,
                 "SELECT %s FROM (SELECT c.id AS pid%s%s ORDER BY c.award_date DESC, c.id DESC"
                 " LIMIT ? OFFSET ?) p JOIN contracts c ON c.id = p.pid"
                 " JOIN municipalities m ON m.id = c.municipality_id JOIN organisations o ON o.id = c.contractor_id"
                 " ORDER BY c.award_date DESC, c.id DESC",
                 db_sql(db, CONTRACT_VIEW_COLS, CONTRACT_VIEW_COLS_PG), from, where);
    else
        snprintf(sql, sizeof sql, "SELECT %s" CONTRACT_VIEW_FROM "%s ORDER BY c.award_date DESC, c.id DESC",
                 db_sql(db, CONTRACT_VIEW_COLS, CONTRACT_VIEW_COLS_PG), where);
    char count_sql[1400];
    snprintf(count_sql, sizeof count_sql, "SELECT count(*)%s%s", from, where_count);

    /* Prepared once per connection and shape of filter: parsing and planning these joins cost as
     * much as running them. */
    inc_stmt *st = db_stmt_built(db, sql, e);
    if (!st) return INC_EIO;
    inc_stmt *cs = derived ? NULL : db_stmt_built(db, count_sql, e);
    if (!derived && !cs) return INC_EIO;
    char like[160], y0[16], y1[16];
    snprintf(like, sizeof like, "%%%s%%", f->query ? f->query : "");
    snprintf(y0, sizeof y0, "%04u-01-01", (unsigned)f->year % 10000u);
    snprintf(y1, sizeof y1, "%04u-01-01", (unsigned)(f->year + 1) % 10000u);
    inc_stmt *both[2] = {st, cs};
    for (int s = 0; s < 2 && both[s]; s++) {
        int i = 1;
        for (int k = 0; k < nm; k++) db_bind_int64(both[s], i++, mids[k]);
        if (f->contractor_id) db_bind_int64(both[s], i++, f->contractor_id);
        if (f->year) {
            db_bind_text(both[s], i++, y0, -1, DB_STATIC);
            db_bind_text(both[s], i++, y1, -1, DB_STATIC);
        }
        if (f->query)
            for (int k = 0; k < 3; k++) db_bind_text(both[s], i++, like, -1, DB_STATIC);
        if (s == 0 && !derived && per_page) {
            db_bind_int(st, i++, per_page);
            db_bind_int64(st, i++, (int64_t)(page - 1) * per_page);
        }
    }

    vo_object(o, NULL);
    vo_array(o, "items");
    int64_t total = 0;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        /* The derived flags first: a row the filter drops or that falls outside the page is never
         * written out. */
        contract_flags fl;
        contract_view_flags(st, today, &fl);
        if (derived && !matches_derived(f, &fl)) continue;
        total++;
        if (derived && per_page && (total <= (int64_t)(page - 1) * per_page || total > (int64_t)page * per_page))
            continue;
        contract_view_write(o, NULL, st, today, &fl);
    }
    vo_end(o);
    if (rc == DB_DONE && cs) {
        rc = db_step(db, cs, e);
        if (rc == DB_ROW) total = db_col_int64(cs, 0);
        else if (rc == DB_DONE) rc = DB_ERR, inc_fail(e, INC_EIO, "", "databasefout: geen telling");
    }
    db_release(db, st);
    db_release(db, cs);
    if (rc == DB_ERR) return INC_EIO;
    vo_int(o, "total", total);
    vo_int(o, "page", page);
    vo_int(o, "per_page", per_page);
    vo_end(o);
    return o->failed ? inc_fail(e, INC_EINTERNAL, "", "geen geheugen") : INC_OK;
}

inc_status contract_list_json(inc_db *db, const inc_contract_filter *f, inc_date today, json_t **out, inc_error *e)
{
    view_out o;
    view_out_tree(&o);
    inc_status s = contract_list_write(db, f, today, &o, e);
    *out = s == INC_OK ? view_out_take_tree(&o) : NULL;
    view_out_free(&o);
    return s;
}

inc_status contract_show_write(inc_db *db, int64_t id, inc_date today, view_out *o, inc_error *e)
{
    static const char sql[] = "SELECT " CONTRACT_VIEW_COLS CONTRACT_VIEW_FROM " WHERE c.id = ?";
    static const char sql_pg[] = "SELECT " CONTRACT_VIEW_COLS_PG CONTRACT_VIEW_FROM " WHERE c.id = ?";
    inc_stmt *st = db_stmt(db, db_sql(db, sql, sql_pg), e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc != DB_ROW) {
        db_reset(st);
        if (rc != DB_DONE) return db_fail(db, e);
        return inc_fail(e, INC_ENOTFOUND, "id", "opdracht %lld bestaat niet", (long long)id);
    }
    contract_flags fl;
    contract_view_flags(st, today, &fl);
    vo_object(o, NULL);
    contract_view_members(o, st, today, &fl);
    db_reset(st);
    json_t *reals;
    if (realisation_list_json(db, id, NULL, &reals, e) != INC_OK) return e->status;
    vo_json(o, "realisations", reals);
    vo_end(o);
    return o->failed ? inc_fail(e, INC_EINTERNAL, "", "geen geheugen") : INC_OK;
}

inc_status contract_show_json(inc_db *db, int64_t id, inc_date today, json_t **out, inc_error *e)
{
    view_out o;
    view_out_tree(&o);
    inc_status s = contract_show_write(db, id, today, &o, e);
    *out = s == INC_OK ? view_out_take_tree(&o) : NULL;
    view_out_free(&o);
    return s;
}
