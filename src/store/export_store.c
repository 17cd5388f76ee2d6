#include "store/export_store.h"
#include "store/register.h"
#include <string.h>

static export_cell text(inc_stmt *st, int c)
{
    const char *t = db_col_text(st, c);
    return t && *t ? (export_cell){CELL_TEXT, t, 0} : (export_cell){CELL_EMPTY, NULL, 0};
}

static export_cell num(cell_kind k, inc_stmt *st, int c)
{
    if (db_col_is_null(st, c)) return (export_cell){CELL_EMPTY, NULL, 0};
    return (export_cell){k, NULL, db_col_int64(st, c)};
}

static export_cell date(inc_stmt *st, int c)
{
    const char *t = db_col_text(st, c);
    inc_date d;
    if (!t || date_parse(t, &d, "", NULL) != INC_OK) return (export_cell){CELL_EMPTY, NULL, 0};
    return (export_cell){CELL_DATE, NULL, d};
}

/* Empty instead of zero for optional amounts: an absent field imports as zero. */
static export_cell nonzero(export_cell c) { return c.kind != CELL_EMPTY && c.num == 0 ? (export_cell){CELL_EMPTY, NULL, 0} : c; }

static inc_status check_municipality(inc_db *db, const char *municipality, inc_error *e)
{
    int64_t id;
    if (!municipality) return INC_OK;
    return municipality_id_by_code(db, municipality, &id, e);
}

static inc_status run(inc_db *db, inc_stmt *st, const char *municipality, export_cell (*row)(inc_stmt *, int),
                      int ncells, export_row_fn fn, void *user, inc_error *e)
{
    db_bind_text_or_null(st, 1, municipality);
    export_cell cells[32];
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        for (int i = 0; i < ncells; i++) cells[i] = row(st, i);
        if (fn(user, cells) != 0) {
            db_reset(st);
            return inc_fail(e, INC_EIO, "", "export afgebroken: schrijven mislukt");
        }
    }
    db_reset(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* Contract columns in import order, then the computed ones. */
static export_cell contract_cell(inc_stmt *st, int i)
{
    bool exempted = db_col_int(st, 24);
    switch (i) {
    case 6: return num(CELL_MONEY, st, i);
    case 7: return num(CELL_PCT, st, i);
    case 8: case 9: case 10: return date(st, i);
    case 14: return (export_cell){CELL_TEXT, db_col_int(st, i) ? "ja" : "nee", 0};
    case 15: return nonzero(num(CELL_PCT, st, i));
    case 16: return exempted ? num(CELL_PCT, st, i) : (export_cell){CELL_EMPTY, NULL, 0};
    case 18: return exempted ? date(st, i) : (export_cell){CELL_EMPTY, NULL, 0};
    case 17: case 19: return exempted ? text(st, i) : (export_cell){CELL_EMPTY, NULL, 0};
    case 20: case 22: case 23: return num(CELL_MONEY, st, i);
    case 21: return num(CELL_PCT, st, i);
    default: return text(st, i);
    }
}

inc_status export_contracts(inc_db *db, const char *municipality, export_row_fn fn, void *user, inc_error *e)
{
    if (check_municipality(db, municipality, e) != INC_OK) return e->status;
    static const char sql[] =
        "SELECT m.code, c.department, c.reference, c.title, c.category, c.procedure, c.value_cents,"
        " c.labour_share_bp, c.award_date, c.start_date, c.end_date, o.kvk, o.name, c.cpv, c.sebo_holder, c.extra_bp,"
        " c.exemption_pct_bp, c.exemption_by, c.exemption_date, c.exemption_reason,"
        " c.obligation_cents, c.percentage_bp, c.verified_cents, c.reported_cents, c.exempted"
        " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
        " JOIN organisations o ON o.id = c.contractor_id"
        " WHERE ?1 IS NULL OR m.code = ?1 ORDER BY c.id";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    return run(db, st, municipality, contract_cell, CONTRACT_EXPORT_COLUMNS, fn, user, e);
}

/* Realisation columns: municipality, contract_reference, block, bsn, candidate_ref, hours_per_week,
 * hours, start, end, amount, subsidy_end, then value, counted_days, status. The query's column 3 is
 * the block kind (the bsn cell is always empty) and column 5 the hours, placed by kind. */
static export_cell realisation_cell(inc_stmt *st, int i)
{
    const char *kind = db_col_text(st, 3);
    bool per_hour = kind && strcmp(kind, "per_uur") == 0;
    switch (i) {
    case 3: return (export_cell){CELL_EMPTY, NULL, 0};
    case 5: return per_hour ? (export_cell){CELL_EMPTY, NULL, 0} : nonzero(num(CELL_HOURS, st, 5));
    case 6: return per_hour ? nonzero(num(CELL_HOURS, st, 5)) : (export_cell){CELL_EMPTY, NULL, 0};
    case 7: case 8: case 10: return date(st, i);
    case 9: return nonzero(num(CELL_MONEY, st, i));
    case 11: return num(CELL_MONEY, st, i);
    case 12: return num(CELL_INT, st, i);
    default: return text(st, i);
    }
}

inc_status export_realisations(inc_db *db, const char *municipality, export_row_fn fn, void *user, inc_error *e)
{
    if (check_municipality(db, municipality, e) != INC_OK) return e->status;
    static const char sql[] =
        "SELECT m.code, c.reference, b.code, b.kind, r.candidate_ref, r.hours_centi, NULL, r.start_date, r.end_date,"
        " r.amount_cents, r.subsidy_end, r.value_cents, r.counted_days, r.status"
        " FROM realisations r JOIN contracts c ON c.id = r.contract_id"
        " JOIN municipalities m ON m.id = c.municipality_id JOIN blocks b ON b.id = r.block_id"
        " WHERE ?1 IS NULL OR m.code = ?1 ORDER BY r.id";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    return run(db, st, municipality, realisation_cell, REALISATION_EXPORT_COLUMNS, fn, user, e);
}
