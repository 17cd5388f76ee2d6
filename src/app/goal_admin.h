/* Entering goals: one function per action of `inclusio goal ...` and the goal endpoints (the
 * dashboard selection, stories). Each checks the input (core/goal_input.h), finds the municipality,
 * stores the change in one transaction with its audit-log entry, and reports a Dutch refusal in e. */
#ifndef INC_APP_GOAL_ADMIN_H
#define INC_APP_GOAL_ADMIN_H
#include "app/app.h"
#include "core/goal.h"
#include "core/goal_data.h"

inc_status app_goal_programme_add(inc_db *db, const char *muni, const char *code, const char *name, int year_from,
                                  int year_to, int64_t *id, inc_error *e);
inc_status app_goal_add(inc_db *db, const char *muni, const char *programme, const char *code, const char *name,
                        const char *description, int64_t *id, inc_error *e);
inc_status app_goal_indicator_add(inc_db *db, const char *muni, const goal_indicator_def *d, int64_t *id, inc_error *e);
inc_status app_goal_target_set(inc_db *db, const char *muni, const char *indicator, int year, int64_t target,
                               inc_error *e);
/* quarter 0 = the year's realisation. has_value false records "no figure" (with an explanation).
 * assessment: NULL/"" or "ja"/"nee"/"nvt" (then an explanation is required). Computed indicators
 * take no values. */
inc_status app_goal_value_set(inc_db *db, const char *muni, const char *indicator, int year, int quarter,
                              bool has_value, int64_t value, const char *assessment, const char *explanation,
                              const char *source, inc_error *e);
inc_status app_goal_finance_set(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                                const goal_money *m, const char *explanation, inc_error *e);
/* Refuses text that is not anonymous (core/goal.h goal_story_anonymous). */
inc_status app_goal_story_add(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                              const char *title, const char *body, int64_t *id, inc_error *e);
/* Replaces the dashboard selection with these indicator codes, in order (1..7). */
inc_status app_goal_dashboard_set(inc_db *db, const char *muni, const char *const *codes, int n, inc_error *e);

#endif
