/* Set-based linking of every pending banenafspraak realisation (after a bulk import). The result is
 * the row-by-row loop's, byte for byte: the pending realisations are numbered in id order in a TEMP
 * table; runs of "fast" ones (a new person/employer pair: no employment record yet, no other pending
 * realisation, hours within bounds) get their records, links and audit entries in three INSERT ...
 * SELECT statements with explicit ids (max(id) + position in the run), so the ids come out as the
 * row path's would; every other realisation goes through banen_link_from_realisation at its place
 * in the id order, so record and audit ids, links and errors stay the same. */
#include "store/banen_link.h"
#include <string.h>

static const char create_sql[] =
    "CREATE TEMP TABLE IF NOT EXISTS banen_link_pending ("
    " seq INTEGER PRIMARY KEY, realisation_id INTEGER NOT NULL, person_id INTEGER, fast INTEGER NOT NULL,"
    " municipality_id INTEGER, employer_id INTEGER, sector TEXT, start_date TEXT, end_date TEXT,"
    " hours_centi INTEGER, instrument TEXT)";

/* The pending set as realisations_link_banen_pending defines it, numbered in id order: the scan of
 * realisations runs in rowid order and the emptied table numbers its rows 1, 2, ... as they come.
 * "fast" here: the contract exists, the person has no record at the contractor yet and the hours pass
 * banen_hours_check; pairs with more pending realisations are taken out by dup_sql. The new record's
 * values are create_record's defaults: sector overheid when the contractor is the municipality itself
 * as employer, instrument loonkostensubsidie when a subsidy end is set. Dates are cut to 10 characters
 * as the row path's buffers do. The scan of realisations is the one cost that grows with the register,
 * so its per-row test is kept cheap: a range check on the block id before the IN list, and no use of
 * the person index (+person_id), which would turn the scan into random reads. */
static const char fill_sql[] =
    "INSERT INTO temp.banen_link_pending(realisation_id, person_id, fast, municipality_id, employer_id,"
    " sector, start_date, end_date, hours_centi, instrument)"
    " SELECT r.id, r.person_id,"
    "  c.id IS NOT NULL AND r.person_id <> 0 AND r.hours_centi > 0 AND r.hours_centi <= ?2"
    "  AND NOT EXISTS (SELECT 1 FROM employment_records x WHERE x.person_id = r.person_id"
    "   AND x.employer_id = c.contractor_id),"
    "  c.municipality_id, c.contractor_id,"
    "  CASE WHEN c.contractor_id IN (SELECT organisation_id FROM municipal_employers) THEN ?3 ELSE ?4 END,"
    "  substr(r.start_date, 1, 10), substr(r.end_date, 1, 10), r.hours_centi,"
    "  CASE WHEN coalesce(r.subsidy_end, '') <> '' THEN ?5 ELSE ?6 END"
    " FROM realisations r LEFT JOIN contracts c ON c.id = r.contract_id"
    " WHERE r.block_id BETWEEN (SELECT min(id) FROM blocks WHERE code = ?1)"
    "   AND (SELECT max(id) FROM blocks WHERE code = ?1)"
    "  AND r.block_id IN (SELECT id FROM blocks WHERE code = ?1) AND +r.person_id IS NOT NULL"
    "  AND r.status <> 'afgewezen'"
    "  AND NOT EXISTS (SELECT 1 FROM employment_realisations er WHERE er.realisation_id = r.id)"
    " ORDER BY r.id";
/* A pair with two or more pending realisations goes row by row: the first may create the record the
 * next one links to. */
static const char dup_sql[] =
    "UPDATE temp.banen_link_pending SET fast = 0 WHERE fast AND (person_id, employer_id) IN"
    " (SELECT person_id, employer_id FROM temp.banen_link_pending GROUP BY person_id, employer_id"
    "  HAVING count(*) > 1)";
static const char range_sql[] = "SELECT coalesce(min(seq), 1), coalesce(max(seq), 0) FROM temp.banen_link_pending";

static const char slow_sql[] = "SELECT seq, realisation_id FROM temp.banen_link_pending WHERE fast = 0 ORDER BY seq";
/* Where a run's ids start. */
static const char base_sql[] = "SELECT (SELECT coalesce(max(id), 0) FROM employment_records),"
                               " (SELECT coalesce(max(id), 0) FROM audit_log)";

/* :rec / :aud the largest record / audit id before the run, :lo..:hi the run's numbers, :now the
 * timestamp (db_timestamp, the columns' default format) bound once instead of strftime per row. */
static const char records_sql[] =
    "INSERT INTO employment_records(id, municipality_id, employer_id, department, sector, person_id,"
    " target_group, start_date, end_date, hours_centi, contract_type, instrument, source, created_by, created_at)"
    " SELECT :rec + seq - :lo + 1, municipality_id, employer_id, '', sector, person_id, :group, start_date,"
    "  end_date, hours_centi, :contract, instrument, 'sroi', :actor, :now"
    " FROM temp.banen_link_pending WHERE seq BETWEEN :lo AND :hi ORDER BY seq";
static const char links_sql[] =
    "INSERT INTO employment_realisations(realisation_id, employment_id, created)"
    " SELECT realisation_id, :rec + seq - :lo + 1, 1 FROM temp.banen_link_pending WHERE seq BETWEEN :lo AND :hi"
    " ORDER BY seq";
/* The detail JSON exactly as link_tx's snprintf writes it (SQLite's %d is 64-bit). */
static const char audit_sql[] =
    "INSERT INTO audit_log(id, at, actor, action, entity, entity_id, detail)"
    " SELECT :aud + seq - :lo + 1, :now, :actor, 'create', 'employment_record', :rec + seq - :lo + 1,"
    "  printf('{\"realisation_id\":%d,\"person_id\":%d,\"created\":true}', realisation_id, person_id)"
    " FROM temp.banen_link_pending WHERE seq BETWEEN :lo AND :hi ORDER BY seq";
static const char clear_sql[] = "DELETE FROM temp.banen_link_pending";

typedef struct {
    int64_t rec, aud, lo, hi;
} fast_range;

static void bind_int(inc_stmt *st, const char *name, int64_t v)
{
    int i = db_bind_index(st, name);
    if (i) db_bind_int64(st, i, v);
}

static void bind_text(inc_stmt *st, const char *name, const char *v)
{
    int i = db_bind_index(st, name);
    if (i) db_bind_text(st, i, v, -1, DB_COPY);
}

static inc_status run_insert(inc_db *db, const char *sql, const fast_range *r, inc_error *e)
{
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    bind_int(st, ":rec", r->rec);
    bind_int(st, ":aud", r->aud);
    bind_int(st, ":lo", r->lo);
    bind_int(st, ":hi", r->hi);
    bind_text(st, ":now", db_timestamp(db));
    bind_text(st, ":actor", db_actor(db));
    bind_text(st, ":group", banen_group_code(BG_PARTICIPATIEWET));
    bind_text(st, ":contract", banen_contract_code(BC_TIJDELIJK));
    int rc = db_step_rc(st);
    db_reset(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

/* The fast realisations numbered lo..hi (none of them slow): records, links, audit entries. */
static inc_status fast_run(inc_db *db, int64_t lo, int64_t hi, inc_error *e)
{
    if (lo > hi) return INC_OK;
    fast_range r = {.lo = lo, .hi = hi};
    inc_stmt *st = db_stmt(db, base_sql, e);
    if (!st) return INC_EIO;
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        r.rec = db_col_int64(st, 0);
        r.aud = db_col_int64(st, 1);
    }
    db_reset(st);
    if (rc != DB_ROW) return db_fail(db, e);
    if (run_insert(db, records_sql, &r, e) || run_insert(db, links_sql, &r, e) || run_insert(db, audit_sql, &r, e))
        return INC_EIO;
    return INC_OK;
}

static inc_status fill(inc_db *db, int64_t *first, int64_t *last, inc_error *e)
{
    if (db_exec(db, create_sql, e) || db_exec(db, clear_sql, e)) return INC_EIO;
    inc_stmt *st = db_stmt(db, fill_sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, BANEN_LINK_BLOCK_CODE, -1, DB_STATIC);
    db_bind_int64(st, 2, BANEN_MAX_HOURS_CENTI);
    db_bind_text(st, 3, banen_sector_code(BS_OVERHEID), -1, DB_STATIC);
    db_bind_text(st, 4, banen_sector_code(BS_MARKT), -1, DB_STATIC);
    db_bind_text(st, 5, banen_instrument_code(BI_LOONKOSTENSUBSIDIE), -1, DB_STATIC);
    db_bind_text(st, 6, banen_instrument_code(BI_GEEN), -1, DB_STATIC);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    st = db_stmt(db, dup_sql, e);
    if (!st) return INC_EIO;
    rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    st = db_stmt(db, range_sql, e);
    if (!st) return INC_EIO;
    rc = db_step_rc(st);
    if (rc == DB_ROW) {
        *first = db_col_int64(st, 0);
        *last = db_col_int64(st, 1);
    }
    db_reset(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}

static inc_status link_all(inc_db *db, inc_error *e)
{
    int64_t lo = 1, last = 0;
    if (fill(db, &lo, &last, e)) return INC_EIO;
    inc_stmt *slow;
    if (db_prepare(db, slow_sql, &slow, e)) return INC_EIO;
    inc_status s = INC_OK;
    int rc = DB_DONE;
    while (s == INC_OK && (rc = db_step(db, slow, e)) == DB_ROW) {
        int64_t seq = db_col_int64(slow, 0), rid = db_col_int64(slow, 1);
        s = fast_run(db, lo, seq - 1, e);
        if (s == INC_OK) s = banen_link_from_realisation(db, rid, e);
        lo = seq + 1;
    }
    if (s == INC_OK && rc == DB_ERR) s = INC_EIO;
    db_finalize(slow);
    if (s == INC_OK) s = fast_run(db, lo, last, e);
    return s;
}

inc_status banen_link_pending_bulk(inc_db *db, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e)) return INC_EIO;
    inc_status s = link_all(db, e);
    if (s == INC_OK) s = db_exec(db, clear_sql, e);
    return db_end(db, own, s, e);
}
