#include "store/banen_link.h"
#include "store/audit.h"
#include <stdio.h>
#include <string.h>

typedef struct {
    int64_t contract_id, person_id, hours_centi, municipality_id, employer_id;
    char block[64], status[16], start[11], end[11], subsidy_end[11];
    bool own_employer;
} realisation_row;

static inc_status load_realisation(inc_db *db, int64_t id, realisation_row *r, inc_error *e)
{
    inc_stmt *st;
    static const char sql_1[] = "SELECT r.contract_id, r.person_id, r.hours_centi, c.municipality_id, c.contractor_id, b.code,"
                   " r.status, r.start_date, r.end_date, r.subsidy_end,"
                   " EXISTS (SELECT 1 FROM municipal_employers me WHERE me.organisation_id = c.contractor_id)"
                   " FROM realisations r JOIN contracts c ON c.id = r.contract_id JOIN blocks b ON b.id = r.block_id"
                   " WHERE r.id = ?";
    st = db_stmt(db, sql_1, e);
    if (!st)
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        memset(r, 0, sizeof *r);
        r->contract_id = db_col_int64(st, 0);
        r->person_id = db_col_is_null(st, 1) ? 0 : db_col_int64(st, 1);
        r->hours_centi = db_col_int64(st, 2);
        r->municipality_id = db_col_int64(st, 3);
        r->employer_id = db_col_int64(st, 4);
        db_column_text(st, 5, r->block, sizeof r->block);
        db_column_text(st, 6, r->status, sizeof r->status);
        db_column_text(st, 7, r->start, sizeof r->start);
        db_column_text(st, 8, r->end, sizeof r->end);
        db_column_text(st, 9, r->subsidy_end, sizeof r->subsidy_end);
        r->own_employer = db_col_int(st, 10) != 0;
    }
    db_reset(st);
    if (rc == DB_ROW) return INC_OK;
    if (rc != DB_DONE) return db_fail(db, e);
    return inc_fail(e, INC_ENOTFOUND, "realisation_id", "realisatie %lld bestaat niet", (long long)id);
}

static inc_status existing_link(inc_db *db, int64_t rid, int64_t *employment_id, inc_error *e)
{
    inc_stmt *st;
    *employment_id = 0;
    static const char sql_2[] = "SELECT employment_id FROM employment_realisations WHERE realisation_id = ?";
    st = db_stmt(db, sql_2, e);
    if (!st)
        return INC_EIO;
    db_bind_int64(st, 1, rid);
    if (db_step_rc(st) == DB_ROW) *employment_id = db_col_int64(st, 0);
    db_reset(st);
    return INC_OK;
}

/* A record of the same person at the same employer whose period overlaps the realisation's. */
static inc_status matching_record(inc_db *db, const realisation_row *r, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    *id = 0;
    static const char sql_3[] = "SELECT id, start_date, end_date FROM employment_records WHERE person_id = ? AND employer_id = ?"
                   " ORDER BY start_date";
    st = db_stmt(db, sql_3, e);
    if (!st)
        return INC_EIO;
    db_bind_int64(st, 1, r->person_id);
    db_bind_int64(st, 2, r->employer_id);
    inc_date rs, re;
    date_parse(r->start, &rs, "start", NULL);
    date_parse(r->end, &re, "end", NULL);
    int rc = DB_DONE;
    while (!*id && (rc = db_step(db, st, e)) == DB_ROW) {
        inc_date a, b = INC_DATE_NONE;
        date_parse(db_col_text(st, 1), &a, "start", NULL);
        if (!db_col_is_null(st, 2)) date_parse(db_col_text(st, 2), &b, "end", NULL);
        if (banen_periods_overlap(a, b, rs, re)) *id = db_col_int64(st, 0);
    }
    db_reset(st);
    if (rc == DB_ERR) return INC_EIO;
    return INC_OK;
}

static inc_status create_record(inc_db *db, const realisation_row *r, const banen_link_opts *o, int64_t *id,
                                inc_error *e)
{
    if (banen_hours_check(r->hours_centi, "hours", e)) return INC_EINVAL;
    banen_group g = o && o->has_group ? o->group : BG_PARTICIPATIEWET;
    banen_contract c = o && o->has_contract ? o->contract : BC_TIJDELIJK;
    banen_instrument i = o && o->has_instrument ? o->instrument : r->subsidy_end[0] ? BI_LOONKOSTENSUBSIDIE : BI_GEEN;
    inc_stmt *st;
    static const char sql_4[] = "INSERT INTO employment_records(municipality_id, employer_id, department, sector, person_id,"
                   " target_group, start_date, end_date, hours_centi, contract_type, instrument, source, created_by)"
                   " VALUES (?,?,'',?,?,?,?,?,?,?,?,'sroi',?)";
    st = db_stmt(db, sql_4, e);
    if (!st)
        return INC_EIO;
    db_bind_int64(st, 1, r->municipality_id);
    db_bind_int64(st, 2, r->employer_id);
    db_bind_text(st, 3, banen_sector_code(r->own_employer ? BS_OVERHEID : BS_MARKT), -1, DB_STATIC);
    db_bind_int64(st, 4, r->person_id);
    db_bind_text(st, 5, banen_group_code(g), -1, DB_STATIC);
    db_bind_text(st, 6, r->start, -1, DB_COPY);
    db_bind_text(st, 7, r->end, -1, DB_COPY);
    db_bind_int64(st, 8, r->hours_centi);
    db_bind_text(st, 9, banen_contract_code(c), -1, DB_STATIC);
    db_bind_text(st, 10, banen_instrument_code(i), -1, DB_STATIC);
    db_bind_text(st, 11, db_actor(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

static inc_status link_tx(inc_db *db, int64_t rid, const banen_link_opts *o, banen_link_result *out, inc_error *e)
{
    realisation_row r;
    if (load_realisation(db, rid, &r, e)) return e ? e->status : INC_ENOTFOUND;
    if (strcmp(r.block, BANEN_LINK_BLOCK_CODE) != 0)
        return inc_fail(e, INC_EINVAL, "realisation_id",
                        "realisatie %lld is geen banenafspraak-kandidaat (bouwblok %s, verwacht %s)", (long long)rid,
                        r.block, BANEN_LINK_BLOCK_CODE);
    if (!r.person_id)
        return inc_fail(e, INC_EINVAL, "realisation_id", "realisatie %lld heeft geen persoon (BSN) om te koppelen",
                        (long long)rid);
    if (strcmp(r.status, "afgewezen") == 0)
        return inc_fail(e, INC_ECONFLICT, "realisation_id", "realisatie %lld is afgewezen en wordt niet gekoppeld",
                        (long long)rid);
    if (existing_link(db, rid, &out->employment_id, e)) return INC_EIO;
    if (out->employment_id) {
        out->created = false;
        return INC_OK;
    }
    if (matching_record(db, &r, &out->employment_id, e)) return INC_EIO;
    out->created = out->employment_id == 0;
    if (out->created && create_record(db, &r, o, &out->employment_id, e)) return e ? e->status : INC_EINVAL;
    inc_stmt *st;
    static const char sql_5[] = "INSERT INTO employment_realisations(realisation_id, employment_id, created) VALUES (?,?,?)";
    st = db_stmt(db, sql_5, e);
    if (!st)
        return INC_EIO;
    db_bind_int64(st, 1, rid);
    db_bind_int64(st, 2, out->employment_id);
    db_bind_int(st, 3, out->created);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    char detail[160];
    snprintf(detail, sizeof detail, "{\"realisation_id\":%lld,\"person_id\":%lld,\"created\":%s}", (long long)rid,
             (long long)r.person_id, out->created ? "true" : "false");
    return audit_write(db, out->created ? "create" : "link", "employment_record", out->employment_id, detail, e);
}

inc_status banen_link_realisation_opts(inc_db *db, int64_t realisation_id, const banen_link_opts *opts,
                                       banen_link_result *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    bool own_tx = !db_in_transaction(db);
    if (own_tx && db_begin(db, e)) return INC_EIO;
    inc_status s = link_tx(db, realisation_id, opts, out, e);
    if (!own_tx) return s;
    if (s) {
        db_rollback(db);
        return s;
    }
    return db_commit(db, e);
}

inc_status banen_link_realisation(inc_db *db, int64_t realisation_id, banen_link_result *out, inc_error *e)
{
    return banen_link_realisation_opts(db, realisation_id, NULL, out, e);
}

inc_status banen_link_from_realisation(inc_db *db, int64_t realisation_id, inc_error *e)
{
    banen_link_result r;
    return banen_link_realisation(db, realisation_id, &r, e);
}
