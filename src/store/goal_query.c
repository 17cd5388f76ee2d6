/* Reading goals, indicators, money and stories for the dashboard and the reports. */
#include "store/goal_compute.h"
#include "store/goal_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const indicator_select =
    "SELECT i.id, i.goal_id, i.code, i.name, i.unit, i.source, COALESCE(i.computation, ''), i.decimals, i.direction, "
    "i.is_count, g.code, g.name, p.code, p.name FROM indicators i JOIN goals g ON g.id = i.goal_id "
    "JOIN programmes p ON p.id = g.programme_id ";

inc_status goal_indicators_list(inc_db *db, int64_t muni_id, bool dashboard_only, goal_indicator **out, int *n,
                                inc_error *e)
{
    char sql[1024];
    if (dashboard_only)
        snprintf(sql, sizeof sql, "%s JOIN dashboard_parameters d ON d.indicator_id = i.id WHERE d.municipality_id = ? "
                                  "ORDER BY d.position", indicator_select);
    else
        snprintf(sql, sizeof sql, "%s WHERE i.municipality_id = ? ORDER BY p.year_from, p.code, g.code, i.id",
                 indicator_select);
    inc_stmt *st;
    *out = NULL;
    *n = 0;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_int64(st, 1, muni_id);
    int cap = 0, rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            goal_indicator *g = realloc(*out, (size_t)cap * sizeof **out);
            if (!g) { db_finalize(st); free(*out); *out = NULL; return inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); }
            *out = g;
        }
        goal_indicator *x = &(*out)[(*n)++];
        memset(x, 0, sizeof *x);
        x->id = db_col_int64(st, 0);
        x->goal_id = db_col_int64(st, 1);
        db_column_text(st, 2, x->code, sizeof x->code);
        db_column_text(st, 3, x->name, sizeof x->name);
        db_column_text(st, 4, x->unit, sizeof x->unit);
        db_column_text(st, 5, x->source, sizeof x->source);
        db_column_text(st, 6, x->computation, sizeof x->computation);
        x->decimals = db_col_int(st, 7);
        char dir[16];
        db_column_text(st, 8, dir, sizeof dir);
        goal_direction_parse(dir, &x->direction);
        x->is_count = db_col_int(st, 9) != 0;
        db_column_text(st, 10, x->goal_code, sizeof x->goal_code);
        db_column_text(st, 11, x->goal_name, sizeof x->goal_name);
        db_column_text(st, 12, x->programme_code, sizeof x->programme_code);
        db_column_text(st, 13, x->programme_name, sizeof x->programme_name);
    }
    db_finalize(st);
    if (rc == DB_ERR) { free(*out); *out = NULL; *n = 0; return INC_EIO; }
    return INC_OK;
}

/* Last day of the period: the year (quarter 0) or the quarter. */
static inc_date period_end(int year, int quarter)
{
    if (quarter == 0) return date_from_ymd(year, 12, 31);
    int m = quarter * 3;
    return date_from_ymd(year, m, date_days_in_month(year, m));
}

inc_status goal_indicator_read(inc_db *db, int64_t muni_id, const goal_indicator *ind, int year, int quarter,
                               goal_reading *out, inc_error *e)
{
    return goal_indicator_read_at(db, muni_id, ind, year, quarter, period_end(year, quarter), out, e);
}

inc_status goal_indicator_read_at(inc_db *db, int64_t muni_id, const goal_indicator *ind, int year, int quarter,
                                  inc_date peil, goal_reading *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    out->available = true;
    out->people = -1;
    snprintf(out->source, sizeof out->source, "%s", ind->source);
    inc_stmt *st;
    if (db_prepare(db, "SELECT target FROM indicator_targets WHERE indicator_id = ? AND year = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, ind->id);
    db_bind_int(st, 2, year);
    if (db_step_rc(st) == DB_ROW) {
        out->has_target = true;
        out->target = db_col_int64(st, 0);
    }
    db_finalize(st);

    if (db_prepare(db, "SELECT value, COALESCE(assessment, ''), explanation, COALESCE(source, '') FROM indicator_values "
                       "WHERE indicator_id = ? AND year = ? AND quarter = ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, ind->id);
    db_bind_int(st, 2, year);
    db_bind_int(st, 3, quarter);
    if (db_step_rc(st) == DB_ROW) {
        if (!db_col_is_null(st, 0)) {
            out->has_value = true;
            out->value = db_col_int64(st, 0);
        }
        db_column_text(st, 1, out->assessment, sizeof out->assessment);
        db_column_text(st, 2, out->explanation, sizeof out->explanation);
        char src[64];
        db_column_text(st, 3, src, sizeof src);
        if (src[0]) snprintf(out->source, sizeof out->source, "%s", src);
    }
    db_finalize(st);

    if (ind->computation[0]) {
        inc_date today = date_today();
        int first_month = quarter == 0 ? 1 : quarter * 3 - 2;
        if (peil > today) peil = today;
        out->has_value = false;
        if (peil < date_from_ymd(year, first_month, 1)) return INC_OK;   /* period not begun */
        return goal_compute(db, ind->computation, muni_id, peil, &out->available, &out->has_value, &out->value,
                            &out->people, e);
    }
    return INC_OK;
}

inc_status goal_goals_list(inc_db *db, int64_t muni_id, int year, goal_row **out, int *n, inc_error *e)
{
    inc_stmt *st;
    *out = NULL;
    *n = 0;
    if (db_prepare(db, "SELECT g.id, p.code, g.code, g.name, f.goal_id IS NOT NULL, COALESCE(f.budget_cents, 0), "
                       "COALESCE(f.costs_cents, 0), COALESCE(f.income_cents, 0), COALESCE(f.explanation, '') "
                       "FROM goals g JOIN programmes p ON p.id = g.programme_id "
                       "LEFT JOIN goal_finances f ON f.goal_id = g.id AND f.year = ? "
                       "WHERE p.municipality_id = ? ORDER BY p.year_from, p.code, g.code",
                   &st, e))
        return INC_EIO;
    db_bind_int(st, 1, year);
    db_bind_int64(st, 2, muni_id);
    int cap = 0, rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            goal_row *g = realloc(*out, (size_t)cap * sizeof **out);
            if (!g) { db_finalize(st); free(*out); *out = NULL; return inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); }
            *out = g;
        }
        goal_row *x = &(*out)[(*n)++];
        memset(x, 0, sizeof *x);
        x->id = db_col_int64(st, 0);
        db_column_text(st, 1, x->programme_code, sizeof x->programme_code);
        db_column_text(st, 2, x->goal_code, sizeof x->goal_code);
        db_column_text(st, 3, x->goal_name, sizeof x->goal_name);
        x->year = year;
        x->has_money = db_col_int(st, 4) != 0;
        x->money.budget_cents = db_col_int64(st, 5);
        x->money.costs_cents = db_col_int64(st, 6);
        x->money.income_cents = db_col_int64(st, 7);
        db_column_text(st, 8, x->explanation, sizeof x->explanation);
    }
    db_finalize(st);
    if (rc == DB_ERR) { free(*out); *out = NULL; *n = 0; return INC_EIO; }
    return INC_OK;
}

inc_status goal_stories_list(inc_db *db, int64_t muni_id, int year, goal_story **out, int *n, inc_error *e)
{
    inc_stmt *st;
    *out = NULL;
    *n = 0;
    if (db_prepare(db, "SELECT s.goal_id, g.code, g.name, s.title, s.body, s.year FROM goal_stories s "
                       "JOIN goals g ON g.id = s.goal_id JOIN programmes p ON p.id = g.programme_id "
                       "WHERE p.municipality_id = ? AND s.year = ? ORDER BY s.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, muni_id);
    db_bind_int(st, 2, year);
    int cap = 0, rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 8;
            goal_story *g = realloc(*out, (size_t)cap * sizeof **out);
            if (!g) { db_finalize(st); free(*out); *out = NULL; return inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); }
            *out = g;
        }
        goal_story *x = &(*out)[(*n)++];
        memset(x, 0, sizeof *x);
        x->goal_id = db_col_int64(st, 0);
        db_column_text(st, 1, x->goal_code, sizeof x->goal_code);
        db_column_text(st, 2, x->goal_name, sizeof x->goal_name);
        db_column_text(st, 3, x->title, sizeof x->title);
        db_column_text(st, 4, x->body, sizeof x->body);
        x->year = db_col_int(st, 5);
    }
    db_finalize(st);
    if (rc == DB_ERR) { free(*out); *out = NULL; *n = 0; return INC_EIO; }
    return INC_OK;
}
