#include "store/realisation_jobs.h"
#include "store/columns.h"
#include "store/local_area.h"
#include "store/municipality.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status realisation_job_facts_get(inc_db *db, int64_t realisation_id, realisation_job_facts *f, bool *found,
                                     inc_error *e)
{
    memset(f, 0, sizeof *f);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT r.id, r.contract_id, c.contractor_id, b.kind, r.status, r.end_date, m.code, m.name, b.code"
                   " FROM realisations r JOIN blocks b ON b.id = r.block_id JOIN contracts c ON c.id = r.contract_id"
                   " JOIN municipalities m ON m.id = c.municipality_id WHERE r.id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, realisation_id);
    int rc = db_step(db, st, e);
    *found = rc == DB_ROW;
    if (*found) {
        f->id = db_col_int64(st, 0);
        f->contract_id = db_col_int64(st, 1);
        f->contractor_id = db_col_int64(st, 2);
        f->per_year = strcmp(db_col_text(st, 3), "per_jaar") == 0;
        db_column_text(st, 4, f->status, sizeof f->status);
        f->end = store_col_date(st, 5);
        db_column_text(st, 6, f->municipality, sizeof f->municipality);
        db_column_text(st, 7, f->municipality_name, sizeof f->municipality_name);
        db_column_text(st, 8, f->block, sizeof f->block);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status realisation_job_put(inc_db *db, int64_t realisation_id, const realisation_job *j, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO realisation_jobs(realisation_id, residence_municipality, residence_pc4, resident,"
                   " contract_type, benefit_left, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?)"
                   " ON CONFLICT(realisation_id) DO UPDATE SET residence_municipality = excluded.residence_municipality,"
                   " residence_pc4 = excluded.residence_pc4, resident = excluded.resident,"
                   " contract_type = excluded.contract_type, benefit_left = excluded.benefit_left,"
                   " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, realisation_id);
    db_bind_text_or_null(st, 2, j->residence_municipality);
    db_bind_text_or_null(st, 3, j->residence_pc4);
    if (j->resident < 0) db_bind_null(st, 4);
    else db_bind_int(st, 4, j->resident);
    db_bind_text(st, 5, job_contract_code(j->contract), -1, DB_STATIC);
    db_bind_text_or_null(st, 6, j->benefit_left);
    db_bind_text_or_null(st, 7, db_actor(db));
    db_bind_text(st, 8, db_timestamp(db), -1, DB_STATIC);
    return store_step_done(db, st, e);
}

inc_status realisation_job_set_working(inc_db *db, int64_t realisation_id, int months, bool working, bool *found,
                                       inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   months == 6 ? "UPDATE realisation_jobs SET working_6 = ?, updated_by = ?, updated_at = ? WHERE realisation_id = ?"
                               : "UPDATE realisation_jobs SET working_12 = ?, updated_by = ?, updated_at = ? WHERE realisation_id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int(st, 1, working);
    db_bind_text_or_null(st, 2, db_actor(db));
    db_bind_text(st, 3, db_timestamp(db), -1, DB_STATIC);
    db_bind_int64(st, 4, realisation_id);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *found = db_changes(db) > 0;
    return INC_OK;
}

inc_status job_rows_select(inc_db *db, const job_filter *f, job_rows *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT r.id, c.id, c.reference, o.kvk, o.name, m.code, r.end_date, j.resident, j.working_6,"
                   " j.working_12, j.contract_type, er.start_date, er.end_date, er.id, r.start_date"
                   " FROM realisation_jobs j JOIN realisations r ON r.id = j.realisation_id"
                   " JOIN contracts c ON c.id = r.contract_id JOIN organisations o ON o.id = c.contractor_id"
                   " JOIN municipalities m ON m.id = c.municipality_id"
                   " LEFT JOIN employment_realisations x ON x.realisation_id = r.id"
                   " LEFT JOIN employment_records er ON er.id = x.employment_id"
                   " WHERE r.status <> 'afgewezen' AND (?1 = 0 OR c.id = ?1) AND (?2 = 0 OR c.contractor_id = ?2)"
                   " AND (?3 IS NULL OR o.kvk = ?3) AND (?4 = 0 OR substr(r.end_date, 1, 4) = ?5)"
                   " ORDER BY c.id, r.id",
                   &st, e))
        return INC_EIO;
    char year[8];
    snprintf(year, sizeof year, "%04d", f->year);
    db_bind_int64(st, 1, f->contract_id);
    db_bind_int64(st, 2, f->contractor_id);
    db_bind_text_or_null(st, 3, f->contractor_kvk);
    db_bind_int(st, 4, f->year);
    db_bind_text(st, 5, year, -1, DB_COPY);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (f->municipalities) {
            bool in = false;
            for (const char *const *m = f->municipalities; *m && !in; m++) in = strcmp(*m, db_col_text(st, 5)) == 0;
            if (!in) continue;
        }
        job_row *r = ARENA_LIST_PUSH(out);
        if (!r) {
            db_finalize(st);
            arena_free(&out->arena);
            memset(out, 0, sizeof *out);
            return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        }
        r->realisation_id = db_col_int64(st, 0);
        r->contract_id = db_col_int64(st, 1);
        r->reference = arena_strdup(&out->arena, db_col_text(st, 2));
        r->contractor_kvk = arena_strdup(&out->arena, db_col_text(st, 3));
        r->contractor_name = arena_strdup(&out->arena, db_col_text(st, 4));
        r->municipality = arena_strdup(&out->arena, db_col_text(st, 5));
        r->end = store_col_date(st, 6);
        int y, m, d;
        date_to_ymd(r->end, &y, &m, &d);
        r->year = y;
        r->resident = store_col_flag(st, 7);
        r->working6 = store_col_flag(st, 8);
        r->working12 = store_col_flag(st, 9);
        if (job_contract_parse(db_col_text(st, 10), &r->contract, "", NULL)) r->contract = JC_TIJDELIJK;
        r->has_record = !db_col_is_null(st, 13);
        r->record_start = store_col_date(st, 11);
        r->record_end = store_col_date(st, 12);
        r->start = store_col_date(st, 14);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        memset(out, 0, sizeof *out);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status job_questions_select(inc_db *db, job_questions *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT r.contract_id, r.id, r.end_date, j.working_6, j.working_12, r.candidate_ref"
                   " FROM realisation_jobs j JOIN realisations r ON r.id = j.realisation_id"
                   " WHERE r.status <> 'afgewezen' AND (j.working_6 IS NULL OR j.working_12 IS NULL)"
                   " AND NOT EXISTS (SELECT 1 FROM employment_realisations x WHERE x.realisation_id = r.id)"
                   " ORDER BY r.contract_id, r.id",
                   &st, e))
        return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        followup_job *q = ARENA_LIST_PUSH(out);
        if (!q) {
            db_finalize(st);
            arena_free(&out->arena);
            memset(out, 0, sizeof *out);
            return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        }
        q->contract_id = db_col_int64(st, 0);
        q->realisation = db_col_int64(st, 1);
        q->end = store_col_date(st, 2);
        q->answered6 = !db_col_is_null(st, 3);
        q->answered12 = !db_col_is_null(st, 4);
        q->candidate_ref = db_col_is_null(st, 5) ? NULL : arena_strdup(&out->arena, db_col_text(st, 5));
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        memset(out, 0, sizeof *out);
        return INC_EIO;
    }
    return INC_OK;
}
