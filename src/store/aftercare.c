#include "store/aftercare.h"
#include "store/columns.h"
#include "store/municipality.h"
#include <stdio.h>
#include <string.h>

inc_status aftercare_placement_get(inc_db *db, int64_t placement_id, aftercare_placement_facts *f, bool *found,
                                   inc_error *e)
{
    memset(f, 0, sizeof *f);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.id, p.candidate_id, p.employment_id, p.start_date, p.end_date, cm.code, er.source"
                   " FROM placements p JOIN candidates c ON c.id = p.candidate_id"
                   " JOIN municipalities cm ON cm.id = c.municipality_id"
                   " LEFT JOIN employment_records er ON er.id = p.employment_id WHERE p.id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, placement_id);
    int rc = db_step(db, st, e);
    *found = rc == DB_ROW;
    if (*found) {
        f->id = db_col_int64(st, 0);
        f->candidate = db_col_int64(st, 1);
        f->employment = db_col_is_null(st, 2) ? 0 : db_col_int64(st, 2);
        f->start = store_col_date(st, 3);
        f->end = store_col_date(st, 4);
        db_column_text(st, 5, f->candidate_municipality, sizeof f->candidate_municipality);
        db_column_text(st, 6, f->employment_source, sizeof f->employment_source);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status aftercare_outcome_set(inc_db *db, int64_t placement_id, placement_outcome o, inc_date day, inc_date end,
                                 const char *reason, inc_error *e)
{
    char d[11], en[11] = "";
    date_format_iso(day, d);
    if (end != INC_DATE_NONE) date_format_iso(end, en);
    inc_stmt *st;
    if (db_prepare(db,
                   "UPDATE placements SET outcome = ?, outcome_date = ?, outcome_reason = ?,"
                   " end_date = CASE WHEN ? IS NULL THEN end_date ELSE ? END WHERE id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, placement_outcome_code(o), -1, DB_STATIC);
    db_bind_text(st, 2, d, -1, DB_COPY);
    db_bind_text_or_null(st, 3, reason);
    db_bind_text_or_null(st, 4, en);
    db_bind_text_or_null(st, 5, en);
    db_bind_int64(st, 6, placement_id);
    return store_step_done(db, st, e);
}

inc_status aftercare_employment_end(inc_db *db, int64_t employment_id, inc_date end, inc_error *e)
{
    char d[11];
    date_format_iso(end, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "UPDATE employment_records SET end_date = ? WHERE id = ? AND start_date <= ?"
                   " AND (end_date IS NULL OR end_date > ?)",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_int64(st, 2, employment_id);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text(st, 4, d, -1, DB_COPY);
    return store_step_done(db, st, e);
}

inc_status aftercare_contact_insert(inc_db *db, int64_t placement_id, inc_date day, const char *kind, const char *note,
                                    int64_t *id, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO aftercare_contacts(placement_id, contact_date, kind, note, created_by, created_at)"
                   " VALUES (?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, placement_id);
    db_bind_text(st, 2, d, -1, DB_COPY);
    db_bind_text(st, 3, kind, -1, DB_COPY);
    db_bind_text_or_null(st, 4, note);
    db_bind_text_or_null(st, 5, db_actor(db));
    db_bind_text(st, 6, db_timestamp(db), -1, DB_STATIC);
    if (store_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status aftercare_schedule_get(inc_db *db, const char *municipality, aftercare_schedule *s, bool *found,
                                  inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT a.interval_days, a.period_months FROM aftercare_schedules a"
                   " JOIN municipalities m ON m.id = a.municipality_id WHERE m.code = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, municipality, -1, DB_COPY);
    int rc = db_step(db, st, e);
    *found = rc == DB_ROW;
    if (*found) {
        s->interval_days = db_col_int(st, 0);
        s->period_months = db_col_int(st, 1);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status aftercare_schedule_put(inc_db *db, const char *municipality, const aftercare_schedule *s, inc_error *e)
{
    int64_t mid;
    if (municipality_resolve_id(db, municipality, &mid, "municipality", e)) return e ? e->status : INC_ENOTFOUND;
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO aftercare_schedules(municipality_id, interval_days, period_months, updated_by, updated_at)"
                   " VALUES (?,?,?,?,?) ON CONFLICT(municipality_id) DO UPDATE SET interval_days = excluded.interval_days,"
                   " period_months = excluded.period_months, updated_by = excluded.updated_by,"
                   " updated_at = excluded.updated_at",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, mid);
    db_bind_int(st, 2, s->interval_days);
    db_bind_int(st, 3, s->period_months);
    db_bind_text_or_null(st, 4, db_actor(db));
    db_bind_text(st, 5, db_timestamp(db), -1, DB_STATIC);
    return store_step_done(db, st, e);
}

inc_status aftercare_rows_select(inc_db *db, aftercare_rows *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.id, p.candidate_id, v.title, o.name, p.instrument, cm.code, p.outcome, p.start_date,"
                   " p.end_date, (SELECT max(contact_date) FROM aftercare_contacts ac WHERE ac.placement_id = p.id),"
                   " a.interval_days, a.period_months"
                   " FROM placements p JOIN vacancies v ON v.id = p.vacancy_id JOIN employers em ON em.id = v.employer_id"
                   " JOIN organisations o ON o.id = em.organisation_id JOIN candidates c ON c.id = p.candidate_id"
                   " JOIN municipalities cm ON cm.id = c.municipality_id"
                   " JOIN aftercare_schedules a ON a.municipality_id = c.municipality_id"
                   " ORDER BY p.start_date, p.id",
                   &st, e))
        return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        aftercare_row *r = ARENA_LIST_PUSH(out);
        if (!r) {
            db_finalize(st);
            arena_free(&out->arena);
            memset(out, 0, sizeof *out);
            return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        }
        r->id = db_col_int64(st, 0);
        r->candidate = db_col_int64(st, 1);
        r->title = arena_strdup(&out->arena, db_col_text(st, 2));
        r->employer_name = arena_strdup(&out->arena, db_col_text(st, 3));
        r->instrument = arena_strdup(&out->arena, db_col_text(st, 4));
        r->candidate_municipality = arena_strdup(&out->arena, db_col_text(st, 5));
        r->outcome = db_col_is_null(st, 6) ? NULL : arena_strdup(&out->arena, db_col_text(st, 6));
        r->start = store_col_date(st, 7);
        r->end = store_col_date(st, 8);
        r->last_contact = store_col_date(st, 9);
        r->schedule.interval_days = db_col_int(st, 10);
        r->schedule.period_months = db_col_int(st, 11);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        memset(out, 0, sizeof *out);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status aftercare_contacts_select(inc_db *db, int64_t placement_id, aftercare_contacts *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, contact_date, kind, note, created_by FROM aftercare_contacts WHERE placement_id = ?"
                   " ORDER BY contact_date, id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, placement_id);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        aftercare_contact *c = ARENA_LIST_PUSH(out);
        if (!c) {
            db_finalize(st);
            arena_free(&out->arena);
            memset(out, 0, sizeof *out);
            return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        }
        c->id = db_col_int64(st, 0);
        c->day = store_col_date(st, 1);
        c->kind = arena_strdup(&out->arena, db_col_text(st, 2));
        c->note = db_col_is_null(st, 3) ? NULL : arena_strdup(&out->arena, db_col_text(st, 3));
        c->by = db_col_is_null(st, 4) ? NULL : arena_strdup(&out->arena, db_col_text(st, 4));
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        memset(out, 0, sizeof *out);
        return INC_EIO;
    }
    return INC_OK;
}
