#include "store/goal_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status goal_municipality_find(inc_db *db, const char *code, goal_municipality *out, inc_error *e)
{
    if (!code || !*code) return inc_fail(e, INC_EINVAL, "municipality", "gemeente ontbreekt");
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, code, name, region FROM municipalities WHERE code = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, code, -1, DB_COPY);
    inc_status s = INC_OK;
    if (db_step_rc(st) == DB_ROW) {
        out->id = db_col_int64(st, 0);
        db_column_text(st, 1, out->code, sizeof out->code);
        db_column_text(st, 2, out->name, sizeof out->name);
        db_column_text(st, 3, out->region, sizeof out->region);
    } else {
        s = inc_fail(e, INC_ENOTFOUND, "municipality", "onbekende gemeente '%s'", code);
    }
    db_finalize(st);
    return s;
}

static inc_status lookup_id(inc_db *db, const char *sql, int64_t a, const char *b, int64_t *id, const char *field,
                            const char *what, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_int64(st, 1, a);
    db_bind_text(st, 2, b ? b : "", -1, DB_COPY);
    inc_status s = INC_OK;
    if (db_step_rc(st) == DB_ROW) *id = db_col_int64(st, 0);
    else s = inc_fail(e, INC_ENOTFOUND, field, "onbekend %s '%s'", what, b ? b : "");
    db_finalize(st);
    return s;
}

static inc_status programme_id(inc_db *db, int64_t muni, const char *code, int64_t *id, inc_error *e)
{
    return lookup_id(db, "SELECT id FROM programmes WHERE municipality_id = ? AND code = ?", muni, code, id,
                     "programme", "programma", e);
}

static inc_status goal_id(inc_db *db, int64_t muni, const char *programme, const char *code, int64_t *id,
                          inc_error *e)
{
    int64_t pid;
    if (programme_id(db, muni, programme, &pid, e)) return e ? e->status : INC_ENOTFOUND;
    return lookup_id(db, "SELECT id FROM goals WHERE programme_id = ? AND code = ?", pid, code, id, "goal", "doel", e);
}

static inc_status indicator_id(inc_db *db, int64_t muni, const char *code, int64_t *id, bool *computed, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, computation IS NOT NULL FROM indicators WHERE municipality_id = ? AND code = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, muni);
    db_bind_text(st, 2, code ? code : "", -1, DB_COPY);
    inc_status s = INC_OK;
    if (db_step_rc(st) == DB_ROW) {
        *id = db_col_int64(st, 0);
        if (computed) *computed = db_col_int(st, 1) != 0;
    } else {
        s = inc_fail(e, INC_ENOTFOUND, "indicator", "onbekende indicator '%s'", code ? code : "");
    }
    db_finalize(st);
    return s;
}

/* Runs one prepared insert/update in the caller's transaction; *id_out gets the row id the database
 * reports for it (the audit entry's). */
static inc_status finish(inc_db *db, inc_stmt *st, int64_t *id_out, inc_error *e)
{
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) {
        if (rc == DB_CONSTRAINT) return inc_fail(e, INC_ECONFLICT, "", "bestaat al of ongeldige waarde (%s)", db_errmsg(db));
        return db_fail(db, e);
    }
    if (id_out) *id_out = db_last_id(db);
    return INC_OK;
}

inc_status goal_programme_insert(inc_db *db, const goal_municipality *m, const char *code, const char *name,
                                 int year_from, int year_to, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO programmes(municipality_id, code, name, year_from, year_to) VALUES (?,?,?,?,?)", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, m->id);
    db_bind_text(st, 2, code, -1, DB_COPY);
    db_bind_text(st, 3, name, -1, DB_COPY);
    db_bind_int(st, 4, year_from);
    db_bind_int(st, 5, year_to);
    return finish(db, st, id, e);
}

inc_status goal_goal_insert(inc_db *db, const goal_municipality *m, const char *programme, const char *code,
                            const char *name, const char *description, int64_t *id, inc_error *e)
{
    int64_t pid;
    if (programme_id(db, m->id, programme, &pid, e)) return e ? e->status : INC_ENOTFOUND;
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO goals(programme_id, code, name, description) VALUES (?,?,?,?)", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, pid);
    db_bind_text(st, 2, code, -1, DB_COPY);
    db_bind_text(st, 3, name, -1, DB_COPY);
    db_bind_text(st, 4, description ? description : "", -1, DB_COPY);
    return finish(db, st, id, e);
}

inc_status goal_indicator_insert(inc_db *db, const goal_municipality *m, const goal_indicator_def *d, int64_t *id,
                                 inc_error *e)
{
    bool computed = d->computation && *d->computation;
    int64_t gid;
    if (goal_id(db, m->id, d->programme, d->goal, &gid, e)) return e ? e->status : INC_ENOTFOUND;
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO indicators(goal_id, code, municipality_id, name, unit, decimals, direction, computation, "
                   "source, is_count) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, gid);
    db_bind_text(st, 2, d->code, -1, DB_COPY);
    db_bind_int64(st, 3, m->id);
    db_bind_text(st, 4, d->name, -1, DB_COPY);
    db_bind_text(st, 5, d->unit, -1, DB_COPY);
    db_bind_int(st, 6, d->decimals);
    db_bind_text(st, 7, goal_direction_code(d->direction), -1, DB_STATIC);
    db_bind_text_or_null(st, 8, computed ? d->computation : NULL);
    db_bind_text(st, 9, computed ? "inclusio" : d->source, -1, DB_COPY);
    db_bind_int(st, 10, d->is_count ? 1 : 0);
    return finish(db, st, id, e);
}

inc_status goal_indicator_find(inc_db *db, const goal_municipality *m, const char *code, int64_t *id, bool *computed,
                               inc_error *e)
{
    return indicator_id(db, m->id, code, id, computed, e);
}

inc_status goal_target_put(inc_db *db, const goal_municipality *m, const char *indicator, int year, int64_t target,
                           int64_t *row_id, inc_error *e)
{
    int64_t iid;
    if (indicator_id(db, m->id, indicator, &iid, NULL, e)) return e ? e->status : INC_ENOTFOUND;
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO indicator_targets(indicator_id, year, target) VALUES (?,?,?) "
                       "ON CONFLICT(indicator_id, year) DO UPDATE SET target = excluded.target", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, iid);
    db_bind_int(st, 2, year);
    db_bind_int64(st, 3, target);
    return finish(db, st, row_id, e);
}

inc_status goal_value_put(inc_db *db, int64_t indicator_id, int year, int quarter, bool has_value, int64_t value,
                          const char *assessment_code, const char *explanation, const char *source, int64_t *row_id,
                          inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO indicator_values(indicator_id, year, quarter, value, assessment, explanation, source, "
                       "entered_by) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(indicator_id, year, quarter) DO UPDATE SET "
                       "value = excluded.value, assessment = excluded.assessment, explanation = excluded.explanation, "
                       "source = excluded.source, entered_by = excluded.entered_by, "
                       "entered_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
                   &st, e))
        return INC_EIO;
    const char *code = assessment_code ? assessment_code : "";
    db_bind_int64(st, 1, indicator_id);
    db_bind_int(st, 2, year);
    db_bind_int(st, 3, quarter);
    if (has_value) db_bind_int64(st, 4, value);
    else db_bind_null(st, 4);
    db_bind_text_or_null(st, 5, code);
    db_bind_text(st, 6, explanation ? explanation : "", -1, DB_COPY);
    db_bind_text_or_null(st, 7, source);
    db_bind_text(st, 8, db_actor(db), -1, DB_COPY);
    return finish(db, st, row_id, e);
}

inc_status goal_finance_put(inc_db *db, const goal_municipality *m, const char *programme, const char *goal, int year,
                            const goal_money *mo, const char *explanation, int64_t *row_id, inc_error *e)
{
    int64_t gid;
    if (goal_id(db, m->id, programme, goal, &gid, e)) return e ? e->status : INC_ENOTFOUND;
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO goal_finances(goal_id, year, budget_cents, costs_cents, income_cents, explanation) "
                       "VALUES (?,?,?,?,?,?) ON CONFLICT(goal_id, year) DO UPDATE SET budget_cents = excluded.budget_cents, "
                       "costs_cents = excluded.costs_cents, income_cents = excluded.income_cents, "
                       "explanation = excluded.explanation",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, gid);
    db_bind_int(st, 2, year);
    db_bind_int64(st, 3, mo->budget_cents);
    db_bind_int64(st, 4, mo->costs_cents);
    db_bind_int64(st, 5, mo->income_cents);
    db_bind_text(st, 6, explanation ? explanation : "", -1, DB_COPY);
    return finish(db, st, row_id, e);
}

inc_status goal_story_insert(inc_db *db, const goal_municipality *m, const char *programme, const char *goal, int year,
                             const char *title, const char *body, int64_t *id, inc_error *e)
{
    int64_t gid;
    if (goal_id(db, m->id, programme, goal, &gid, e)) return e ? e->status : INC_ENOTFOUND;
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO goal_stories(goal_id, year, title, body, created_by) VALUES (?,?,?,?,?)", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, gid);
    db_bind_int(st, 2, year);
    db_bind_text(st, 3, title, -1, DB_COPY);
    db_bind_text(st, 4, body, -1, DB_COPY);
    db_bind_text(st, 5, db_actor(db), -1, DB_COPY);
    return finish(db, st, id, e);
}

inc_status goal_dashboard_put(inc_db *db, const goal_municipality *m, const char *const *codes, int n, inc_error *e)
{
    inc_stmt *del;
    if (db_prepare(db, "DELETE FROM dashboard_parameters WHERE municipality_id = ?", &del, e)) return INC_EIO;
    db_bind_int64(del, 1, m->id);
    int rc = db_step_rc(del);
    db_finalize(del);
    if (rc != DB_DONE) return db_fail(db, e);
    for (int i = 0; i < n; i++) {
        int64_t iid;
        if (indicator_id(db, m->id, codes[i], &iid, NULL, e)) return e ? e->status : INC_ENOTFOUND;
        inc_stmt *st;
        if (db_prepare(db, "INSERT INTO dashboard_parameters(municipality_id, position, indicator_id) VALUES (?,?,?)", &st, e))
            return INC_EIO;
        db_bind_int64(st, 1, m->id);
        db_bind_int(st, 2, i + 1);
        db_bind_int64(st, 3, iid);
        rc = db_step_rc(st);
        db_finalize(st);
        if (rc == DB_CONSTRAINT) return inc_fail(e, INC_EINVAL, "indicators", "indicator '%s' staat er dubbel in", codes[i]);
        if (rc != DB_DONE) return db_fail(db, e);
    }
    return INC_OK;
}
