#include "store/goal_store.h"
#include "store/audit.h"
#include "store/goal_compute.h"
#include <jansson.h>
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

static bool blank(const char *s) { return !s || !*s; }

/* Runs one prepared insert/update, writes the audit entry and commits; rolls back on failure. */
static inc_status finish(inc_db *db, inc_stmt *st, const char *action, const char *entity, int64_t *id_out,
                         json_t *detail, inc_error *e)
{
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) {
        json_decref(detail);
        if (rc == DB_CONSTRAINT) {
            inc_fail(e, INC_ECONFLICT, "", "bestaat al of ongeldige waarde (%s)", db_errmsg(db));
        } else {
            db_fail(db, e);
        }
        db_rollback(db);
        return e ? e->status : INC_EIO;
    }
    int64_t id = db_last_id(db);
    if (id_out) *id_out = id;
    char *dj = json_dumps(detail, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(detail);
    inc_status s = audit_write(db, action, entity, id, dj, e);
    free(dj);
    if (s != INC_OK) { db_rollback(db); return s; }
    return db_commit(db, e);
}

static inc_status begin_muni(inc_db *db, const char *muni, goal_municipality *m, inc_error *e)
{
    if (goal_municipality_find(db, muni, m, e)) return e ? e->status : INC_ENOTFOUND;
    return db_begin(db, e);
}

static inc_status abort_tx(inc_db *db, inc_error *e)
{
    db_rollback(db);
    return e ? e->status : INC_EINTERNAL;
}

inc_status goal_programme_add(inc_db *db, const char *muni, const char *code, const char *name, int year_from,
                              int year_to, int64_t *id, inc_error *e)
{
    if (blank(code)) return inc_fail(e, INC_EINVAL, "code", "code van het programma ontbreekt");
    if (blank(name)) return inc_fail(e, INC_EINVAL, "name", "naam van het programma ontbreekt");
    if (year_from < 2000 || year_from > 2100 || year_to < year_from || year_to > 2100)
        return inc_fail(e, INC_EINVAL, "year", "ongeldige looptijd %d-%d", year_from, year_to);
    goal_municipality m;
    if (begin_muni(db, muni, &m, e)) return e ? e->status : INC_EIO;
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO programmes(municipality_id, code, name, year_from, year_to) VALUES (?,?,?,?,?)", &st, e))
        return abort_tx(db, e);
    db_bind_int64(st, 1, m.id);
    db_bind_text(st, 2, code, -1, DB_COPY);
    db_bind_text(st, 3, name, -1, DB_COPY);
    db_bind_int(st, 4, year_from);
    db_bind_int(st, 5, year_to);
    return finish(db, st, "create", "programme", id,
                  json_pack("{s:s, s:s, s:s, s:i, s:i}", "municipality", muni, "code", code, "name", name, "year_from",
                            year_from, "year_to", year_to),
                  e);
}

inc_status goal_goal_add(inc_db *db, const char *muni, const char *programme, const char *code, const char *name,
                         const char *description, int64_t *id, inc_error *e)
{
    if (blank(code)) return inc_fail(e, INC_EINVAL, "code", "code van het doel ontbreekt");
    if (blank(name)) return inc_fail(e, INC_EINVAL, "name", "naam van het doel ontbreekt");
    goal_municipality m;
    int64_t pid;
    if (begin_muni(db, muni, &m, e)) return e ? e->status : INC_EIO;
    if (programme_id(db, m.id, programme, &pid, e)) return abort_tx(db, e);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO goals(programme_id, code, name, description) VALUES (?,?,?,?)", &st, e))
        return abort_tx(db, e);
    db_bind_int64(st, 1, pid);
    db_bind_text(st, 2, code, -1, DB_COPY);
    db_bind_text(st, 3, name, -1, DB_COPY);
    db_bind_text(st, 4, description ? description : "", -1, DB_COPY);
    return finish(db, st, "create", "goal", id,
                  json_pack("{s:s, s:s, s:s, s:s}", "municipality", muni, "programme", programme, "code", code, "name", name),
                  e);
}

inc_status goal_indicator_add(inc_db *db, const char *muni, const goal_indicator_def *d, int64_t *id, inc_error *e)
{
    if (blank(d->code)) return inc_fail(e, INC_EINVAL, "code", "code van de indicator ontbreekt");
    if (blank(d->name)) return inc_fail(e, INC_EINVAL, "name", "naam van de indicator ontbreekt");
    if (blank(d->unit)) return inc_fail(e, INC_EINVAL, "unit", "eenheid ontbreekt (bijv. aantal, procent, cijfer, fte)");
    if (d->decimals < 0 || d->decimals > 2) return inc_fail(e, INC_EINVAL, "decimals", "decimalen moeten 0, 1 of 2 zijn");
    bool computed = !blank(d->computation);
    if (computed && !goal_computation_known(d->computation))
        return inc_fail(e, INC_EINVAL, "computation", "onbekende berekening '%s' (zie inclusio goal computations)",
                        d->computation);
    if (!computed && blank(d->source))
        return inc_fail(e, INC_EINVAL, "source", "bron ontbreekt voor een handmatige indicator (bijv. CBS, UWV, enquête)");
    goal_municipality m;
    int64_t gid;
    if (begin_muni(db, muni, &m, e)) return e ? e->status : INC_EIO;
    if (goal_id(db, m.id, d->programme, d->goal, &gid, e)) return abort_tx(db, e);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO indicators(goal_id, code, municipality_id, name, unit, decimals, direction, computation, "
                   "source, is_count) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return abort_tx(db, e);
    db_bind_int64(st, 1, gid);
    db_bind_text(st, 2, d->code, -1, DB_COPY);
    db_bind_int64(st, 3, m.id);
    db_bind_text(st, 4, d->name, -1, DB_COPY);
    db_bind_text(st, 5, d->unit, -1, DB_COPY);
    db_bind_int(st, 6, d->decimals);
    db_bind_text(st, 7, goal_direction_code(d->direction), -1, DB_STATIC);
    db_bind_text_or_null(st, 8, computed ? d->computation : NULL);
    db_bind_text(st, 9, computed ? "inclusio" : d->source, -1, DB_COPY);
    db_bind_int(st, 10, d->is_count ? 1 : 0);
    return finish(db, st, "create", "indicator", id,
                  json_pack("{s:s, s:s, s:s, s:s, s:s?}", "municipality", muni, "code", d->code, "name", d->name,
                            "direction", goal_direction_code(d->direction), "computation", computed ? d->computation : NULL),
                  e);
}

inc_status goal_target_set(inc_db *db, const char *muni, const char *indicator, int year, int64_t target,
                           inc_error *e)
{
    if (year < 2000 || year > 2100) return inc_fail(e, INC_EINVAL, "year", "ongeldig jaar %d", year);
    goal_municipality m;
    int64_t iid;
    if (begin_muni(db, muni, &m, e)) return e ? e->status : INC_EIO;
    if (indicator_id(db, m.id, indicator, &iid, NULL, e)) return abort_tx(db, e);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO indicator_targets(indicator_id, year, target) VALUES (?,?,?) "
                       "ON CONFLICT(indicator_id, year) DO UPDATE SET target = excluded.target", &st, e))
        return abort_tx(db, e);
    db_bind_int64(st, 1, iid);
    db_bind_int(st, 2, year);
    db_bind_int64(st, 3, target);
    int64_t dummy;
    inc_status s = finish(db, st, "set-target", "indicator", &dummy,
                          json_pack("{s:s, s:i, s:I}", "indicator", indicator, "year", year, "target_x100", (json_int_t)target), e);
    return s;
}

inc_status goal_value_set(inc_db *db, const char *muni, const char *indicator, int year, int quarter,
                          bool has_value, int64_t value, const char *assessment, const char *explanation,
                          const char *source, inc_error *e)
{
    if (year < 2000 || year > 2100) return inc_fail(e, INC_EINVAL, "year", "ongeldig jaar %d", year);
    if (quarter < 0 || quarter > 4) return inc_fail(e, INC_EINVAL, "quarter", "kwartaal moet 1-4 zijn (of leeg voor het jaar)");
    goal_met dummy_met;
    if (!blank(assessment) && !goal_met_parse(assessment, &dummy_met))
        return inc_fail(e, INC_EINVAL, "assessment", "oordeel moet ja, nee of nvt zijn");
    if (!blank(assessment) && blank(explanation))
        return inc_fail(e, INC_EINVAL, "explanation", "een oordeel zonder cijfer vraagt een toelichting");
    if (!has_value && blank(explanation))
        return inc_fail(e, INC_EINVAL, "explanation", "geef een toelichting als er geen cijfer is");
    goal_municipality m;
    int64_t iid;
    bool computed = false;
    if (begin_muni(db, muni, &m, e)) return e ? e->status : INC_EIO;
    if (indicator_id(db, m.id, indicator, &iid, &computed, e)) return abort_tx(db, e);
    if (computed && has_value) {
        inc_fail(e, INC_EINVAL, "value", "indicator '%s' wordt berekend; alleen een toelichting kan worden vastgelegd",
                 indicator);
        return abort_tx(db, e);
    }
    char code[8] = "";
    if (!blank(assessment)) snprintf(code, sizeof code, "%s", goal_met_code(dummy_met));
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO indicator_values(indicator_id, year, quarter, value, assessment, explanation, source, "
                       "entered_by) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(indicator_id, year, quarter) DO UPDATE SET "
                       "value = excluded.value, assessment = excluded.assessment, explanation = excluded.explanation, "
                       "source = excluded.source, entered_by = excluded.entered_by, "
                       "entered_at = ?9",
                   &st, e))
        return abort_tx(db, e);
    db_bind_int64(st, 1, iid);
    db_bind_int(st, 2, year);
    db_bind_int(st, 3, quarter);
    if (has_value) db_bind_int64(st, 4, value);
    else db_bind_null(st, 4);
    db_bind_text_or_null(st, 5, code);
    db_bind_text(st, 6, explanation ? explanation : "", -1, DB_COPY);
    db_bind_text_or_null(st, 7, source);
    db_bind_text(st, 8, db_actor(db), -1, DB_COPY);
    db_bind_text(st, 9, db_timestamp(db), -1, DB_STATIC);
    int64_t dummy;
    json_t *d = json_pack("{s:s, s:i, s:i}", "indicator", indicator, "year", year, "quarter", quarter);
    if (has_value) json_object_set_new(d, "value_x100", json_integer(value));
    if (code[0]) json_object_set_new(d, "assessment", json_string(code));
    return finish(db, st, "set-value", "indicator", &dummy, d, e);
}

inc_status goal_finance_set(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                            const goal_money *mo, const char *explanation, inc_error *e)
{
    if (year < 2000 || year > 2100) return inc_fail(e, INC_EINVAL, "year", "ongeldig jaar %d", year);
    if (mo->costs_cents < 0 || mo->income_cents < 0 || mo->budget_cents < 0)
        return inc_fail(e, INC_EINVAL, "amount", "bedragen zijn positief (lasten en baten als bedrag zonder teken)");
    goal_municipality m;
    int64_t gid;
    if (begin_muni(db, muni, &m, e)) return e ? e->status : INC_EIO;
    if (goal_id(db, m.id, programme, goal, &gid, e)) return abort_tx(db, e);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO goal_finances(goal_id, year, budget_cents, costs_cents, income_cents, explanation) "
                       "VALUES (?,?,?,?,?,?) ON CONFLICT(goal_id, year) DO UPDATE SET budget_cents = excluded.budget_cents, "
                       "costs_cents = excluded.costs_cents, income_cents = excluded.income_cents, "
                       "explanation = excluded.explanation",
                   &st, e))
        return abort_tx(db, e);
    db_bind_int64(st, 1, gid);
    db_bind_int(st, 2, year);
    db_bind_int64(st, 3, mo->budget_cents);
    db_bind_int64(st, 4, mo->costs_cents);
    db_bind_int64(st, 5, mo->income_cents);
    db_bind_text(st, 6, explanation ? explanation : "", -1, DB_COPY);
    int64_t dummy;
    return finish(db, st, "set-finance", "goal", &dummy,
                  json_pack("{s:s, s:s, s:i, s:I, s:I, s:I}", "programme", programme, "goal", goal, "year", year,
                            "budget_cents", (json_int_t)mo->budget_cents, "costs_cents", (json_int_t)mo->costs_cents,
                            "income_cents", (json_int_t)mo->income_cents),
                  e);
}

inc_status goal_story_add(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                          const char *title, const char *body, int64_t *id, inc_error *e)
{
    if (blank(title)) return inc_fail(e, INC_EINVAL, "title", "titel van het verhaal ontbreekt");
    if (blank(body)) return inc_fail(e, INC_EINVAL, "body", "tekst van het verhaal ontbreekt");
    if (strlen(body) > 1500) return inc_fail(e, INC_EINVAL, "body", "een verhaal is kort: hoogstens 1500 tekens");
    if (strlen(title) > 150) return inc_fail(e, INC_EINVAL, "title", "titel is hoogstens 150 tekens");
    char why[200];
    if (!goal_story_anonymous(title, why, sizeof why)) return inc_fail(e, INC_EINVAL, "title", "%s", why);
    if (!goal_story_anonymous(body, why, sizeof why)) return inc_fail(e, INC_EINVAL, "body", "%s", why);
    goal_municipality m;
    int64_t gid;
    if (begin_muni(db, muni, &m, e)) return e ? e->status : INC_EIO;
    if (goal_id(db, m.id, programme, goal, &gid, e)) return abort_tx(db, e);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO goal_stories(goal_id, year, title, body, created_by) VALUES (?,?,?,?,?)", &st, e))
        return abort_tx(db, e);
    db_bind_int64(st, 1, gid);
    db_bind_int(st, 2, year);
    db_bind_text(st, 3, title, -1, DB_COPY);
    db_bind_text(st, 4, body, -1, DB_COPY);
    db_bind_text(st, 5, db_actor(db), -1, DB_COPY);
    return finish(db, st, "create", "story", id,
                  json_pack("{s:s, s:s, s:i, s:s}", "programme", programme, "goal", goal, "year", year, "title", title), e);
}

inc_status goal_dashboard_set(inc_db *db, const char *muni, const char *const *codes, int n, inc_error *e)
{
    if (n < 1) return inc_fail(e, INC_EINVAL, "indicators", "kies minstens één stuurparameter");
    if (n > DASHBOARD_MAX_PARAMETERS)
        return inc_fail(e, INC_EINVAL, "indicators", "hoogstens %d stuurparameters (de raad vroeg om zes of zeven)",
                        DASHBOARD_MAX_PARAMETERS);
    goal_municipality m;
    if (begin_muni(db, muni, &m, e)) return e ? e->status : INC_EIO;
    inc_stmt *del;
    if (db_prepare(db, "DELETE FROM dashboard_parameters WHERE municipality_id = ?", &del, e)) return abort_tx(db, e);
    db_bind_int64(del, 1, m.id);
    int rc = db_step_rc(del);
    db_finalize(del);
    if (rc != DB_DONE) { db_fail(db, e); return abort_tx(db, e); }
    json_t *list = json_array();
    for (int i = 0; i < n; i++) {
        int64_t iid;
        if (indicator_id(db, m.id, codes[i], &iid, NULL, e)) { json_decref(list); return abort_tx(db, e); }
        inc_stmt *st;
        if (db_prepare(db, "INSERT INTO dashboard_parameters(municipality_id, position, indicator_id) VALUES (?,?,?)", &st, e)) {
            json_decref(list);
            return abort_tx(db, e);
        }
        db_bind_int64(st, 1, m.id);
        db_bind_int(st, 2, i + 1);
        db_bind_int64(st, 3, iid);
        rc = db_step_rc(st);
        db_finalize(st);
        if (rc != DB_DONE) {
            json_decref(list);
            if (rc == DB_CONSTRAINT) inc_fail(e, INC_EINVAL, "indicators", "indicator '%s' staat er dubbel in", codes[i]);
            else db_fail(db, e);
            return abort_tx(db, e);
        }
        json_array_append_new(list, json_string(codes[i]));
    }
    json_t *d = json_pack("{s:s, s:o}", "municipality", muni, "indicators", list);
    char *dj = json_dumps(d, JSON_COMPACT);
    json_decref(d);
    inc_status s = audit_write(db, "set-dashboard", "municipality", m.id, dj, e);
    free(dj);
    if (s != INC_OK) return abort_tx(db, e);
    return db_commit(db, e);
}
