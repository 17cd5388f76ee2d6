#include "app/goal_admin.h"
#include "core/goal_input.h"
#include "store/audit.h"
#include "store/goal_store.h"
#include <jansson.h>
#include <stdlib.h>

static inc_status status_of(const inc_error *e, inc_status fallback) { return e && e->status ? e->status : fallback; }

/* Finds the municipality and opens the transaction. */
static inc_status begin_muni(inc_db *db, const char *muni, goal_municipality *m, inc_error *e)
{
    if (goal_municipality_find(db, muni, m, e)) return status_of(e, INC_ENOTFOUND);
    return db_begin(db, e);
}

/* After a stored change: its audit entry (detail with sorted keys; stolen) and the commit; on any
 * failure the rollback. */
static inc_status end(inc_db *db, inc_status s, const char *action, const char *entity, int64_t id, json_t *detail,
                      size_t flags, inc_error *e)
{
    if (s == INC_OK) {
        char *dj = json_dumps(detail, JSON_COMPACT | flags);
        s = audit_write(db, action, entity, id, dj, e);
        free(dj);
    }
    json_decref(detail);
    if (s != INC_OK) {
        db_rollback(db);
        return status_of(e, s);
    }
    return db_commit(db, e);
}

inc_status app_goal_programme_add(inc_db *db, const char *muni, const char *code, const char *name, int year_from,
                                  int year_to, int64_t *id, inc_error *e)
{
    goal_municipality m;
    if (goal_programme_check(code, name, year_from, year_to, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    inc_status s = goal_programme_insert(db, &m, code, name, year_from, year_to, id, e);
    return end(db, s, "create", "programme", s ? 0 : *id,
               json_pack("{s:s, s:s, s:s, s:i, s:i}", "municipality", m.code, "code", code, "name", name, "year_from",
                         year_from, "year_to", year_to),
               JSON_SORT_KEYS, e);
}

inc_status app_goal_add(inc_db *db, const char *muni, const char *programme, const char *code, const char *name,
                        const char *description, int64_t *id, inc_error *e)
{
    goal_municipality m;
    if (goal_goal_check(code, name, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    inc_status s = goal_goal_insert(db, &m, programme, code, name, description, id, e);
    return end(db, s, "create", "goal", s ? 0 : *id,
               json_pack("{s:s, s:s, s:s, s:s}", "municipality", m.code, "programme", programme ? programme : "", "code",
                         code, "name", name),
               JSON_SORT_KEYS, e);
}

inc_status app_goal_indicator_add(inc_db *db, const char *muni, const goal_indicator_def *d, int64_t *id, inc_error *e)
{
    goal_municipality m;
    if (goal_indicator_check(d, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    bool computed = d->computation && *d->computation;
    inc_status s = goal_indicator_insert(db, &m, d, id, e);
    return end(db, s, "create", "indicator", s ? 0 : *id,
               json_pack("{s:s, s:s, s:s, s:s, s:s?}", "municipality", m.code, "code", d->code, "name", d->name,
                         "direction", goal_direction_code(d->direction), "computation", computed ? d->computation : NULL),
               JSON_SORT_KEYS, e);
}

inc_status app_goal_target_set(inc_db *db, const char *muni, const char *indicator, int year, int64_t target,
                               inc_error *e)
{
    goal_municipality m;
    if (goal_year_check(year, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    int64_t row = 0;
    inc_status s = goal_target_put(db, &m, indicator, year, target, &row, e);
    return end(db, s, "set-target", "indicator", row,
               json_pack("{s:s, s:i, s:I}", "indicator", indicator ? indicator : "", "year", year, "target_x100",
                         (json_int_t)target),
               JSON_SORT_KEYS, e);
}

inc_status app_goal_value_set(inc_db *db, const char *muni, const char *indicator, int year, int quarter,
                              bool has_value, int64_t value, const char *assessment, const char *explanation,
                              const char *source, inc_error *e)
{
    goal_municipality m;
    char code[8];
    if (goal_value_check(year, quarter, has_value, assessment, explanation, code, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    int64_t iid, row = 0;
    bool computed = false;
    inc_status s = goal_indicator_find(db, &m, indicator, &iid, &computed, e);
    if (s == INC_OK) s = goal_value_allowed(indicator, computed, has_value, e);
    if (s == INC_OK)
        s = goal_value_put(db, iid, year, quarter, has_value, value, code, explanation, source, &row, e);
    json_t *d = json_pack("{s:s, s:i, s:i}", "indicator", indicator ? indicator : "", "year", year, "quarter", quarter);
    if (has_value) json_object_set_new(d, "value_x100", json_integer(value));
    if (code[0]) json_object_set_new(d, "assessment", json_string(code));
    return end(db, s, "set-value", "indicator", row, d, JSON_SORT_KEYS, e);
}

inc_status app_goal_finance_set(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                                const goal_money *money, const char *explanation, inc_error *e)
{
    goal_municipality m;
    if (goal_finance_check(year, money, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    int64_t row = 0;
    inc_status s = goal_finance_put(db, &m, programme, goal, year, money, explanation, &row, e);
    return end(db, s, "set-finance", "goal", row,
               json_pack("{s:s, s:s, s:i, s:I, s:I, s:I}", "programme", programme ? programme : "", "goal",
                         goal ? goal : "", "year", year, "budget_cents", (json_int_t)money->budget_cents, "costs_cents",
                         (json_int_t)money->costs_cents, "income_cents", (json_int_t)money->income_cents),
               JSON_SORT_KEYS, e);
}

inc_status app_goal_story_add(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                              const char *title, const char *body, int64_t *id, inc_error *e)
{
    goal_municipality m;
    if (goal_story_check(title, body, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    inc_status s = goal_story_insert(db, &m, programme, goal, year, title, body, id, e);
    return end(db, s, "create", "story", s ? 0 : *id,
               json_pack("{s:s, s:s, s:i, s:s}", "programme", programme ? programme : "", "goal", goal ? goal : "",
                         "year", year, "title", title),
               JSON_SORT_KEYS, e);
}

inc_status app_goal_dashboard_set(inc_db *db, const char *muni, const char *const *codes, int n, inc_error *e)
{
    goal_municipality m;
    if (goal_dashboard_check(n, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    inc_status s = goal_dashboard_put(db, &m, codes, n, e);
    json_t *list = json_array();
    for (int i = 0; s == INC_OK && i < n; i++) json_array_append_new(list, json_string(codes[i]));
    return end(db, s, "set-dashboard", "municipality", m.id,
               json_pack("{s:s, s:o}", "municipality", m.code, "indicators", list), 0, e);
}
