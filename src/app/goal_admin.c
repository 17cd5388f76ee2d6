#include "app/goal_admin.h"
#include "core/goal_input.h"
#include "store/goal_store.h"

static inc_status status_of(const inc_error *e, inc_status fallback) { return e && e->status ? e->status : fallback; }

/* Finds the municipality and opens the transaction. */
static inc_status begin_muni(inc_db *db, const char *muni, goal_municipality *m, inc_error *e)
{
    if (goal_municipality_find(db, muni, m, e)) return status_of(e, INC_ENOTFOUND);
    return db_begin(db, e);
}

/* Commits after a stored change, or rolls back. */
static inc_status end(inc_db *db, inc_status s, inc_error *e)
{
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
    return end(db, goal_programme_insert(db, &m, code, name, year_from, year_to, id, e), e);
}

inc_status app_goal_add(inc_db *db, const char *muni, const char *programme, const char *code, const char *name,
                        const char *description, int64_t *id, inc_error *e)
{
    goal_municipality m;
    if (goal_goal_check(code, name, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    return end(db, goal_goal_insert(db, &m, programme, code, name, description, id, e), e);
}

inc_status app_goal_indicator_add(inc_db *db, const char *muni, const goal_indicator_def *d, int64_t *id, inc_error *e)
{
    goal_municipality m;
    if (goal_indicator_check(d, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    return end(db, goal_indicator_insert(db, &m, d, id, e), e);
}

inc_status app_goal_target_set(inc_db *db, const char *muni, const char *indicator, int year, int64_t target,
                               inc_error *e)
{
    goal_municipality m;
    if (goal_year_check(year, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    return end(db, goal_target_put(db, &m, indicator, year, target, e), e);
}

inc_status app_goal_value_set(inc_db *db, const char *muni, const char *indicator, int year, int quarter,
                              bool has_value, int64_t value, const char *assessment, const char *explanation,
                              const char *source, inc_error *e)
{
    goal_municipality m;
    char code[8];
    if (goal_value_check(year, quarter, has_value, assessment, explanation, code, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    int64_t iid;
    bool computed = false;
    inc_status s = goal_indicator_find(db, &m, indicator, &iid, &computed, e);
    if (s == INC_OK) s = goal_value_allowed(indicator, computed, has_value, e);
    if (s == INC_OK)
        s = goal_value_put(db, iid, indicator, year, quarter, has_value, value, code, explanation, source, e);
    return end(db, s, e);
}

inc_status app_goal_finance_set(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                                const goal_money *money, const char *explanation, inc_error *e)
{
    goal_municipality m;
    if (goal_finance_check(year, money, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    return end(db, goal_finance_put(db, &m, programme, goal, year, money, explanation, e), e);
}

inc_status app_goal_story_add(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                              const char *title, const char *body, int64_t *id, inc_error *e)
{
    goal_municipality m;
    if (goal_story_check(title, body, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    return end(db, goal_story_insert(db, &m, programme, goal, year, title, body, id, e), e);
}

inc_status app_goal_dashboard_set(inc_db *db, const char *muni, const char *const *codes, int n, inc_error *e)
{
    goal_municipality m;
    if (goal_dashboard_check(n, e)) return INC_EINVAL;
    if (begin_muni(db, muni, &m, e)) return status_of(e, INC_EIO);
    return end(db, goal_dashboard_put(db, &m, codes, n, e), e);
}
