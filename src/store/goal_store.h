/* Storage of programmes, goals, indicators (targets and realisations), money per goal, stories
 * and the dashboard selection. The writes work inside the caller's transaction (the application
 * layer, app/goal_admin.h, opens and ends it and writes the audit entry); they check nothing but
 * what only the database knows (unknown codes, duplicates): the rules are in core/goal_input.h.
 * The record types are plain data in core/goal_data.h. *id / *row_id: the row id the database
 * reports for the write. */
#ifndef INC_GOAL_STORE_H
#define INC_GOAL_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/goal.h"
#include "core/goal_data.h"
#include "store/db.h"

inc_status goal_municipality_find(inc_db *db, const char *code, goal_municipality *out, inc_error *e);

/* ---- writing (inside the caller's transaction) ---- */
inc_status goal_programme_insert(inc_db *db, const goal_municipality *m, const char *code, const char *name,
                                 int year_from, int year_to, int64_t *id, inc_error *e);
inc_status goal_goal_insert(inc_db *db, const goal_municipality *m, const char *programme, const char *code,
                            const char *name, const char *description, int64_t *id, inc_error *e);
inc_status goal_indicator_insert(inc_db *db, const goal_municipality *m, const goal_indicator_def *d, int64_t *id,
                                 inc_error *e);
inc_status goal_target_put(inc_db *db, const goal_municipality *m, const char *indicator, int year, int64_t target,
                           int64_t *row_id, inc_error *e);
/* The indicator's id and whether it is computed; INC_ENOTFOUND for an unknown code. */
inc_status goal_indicator_find(inc_db *db, const goal_municipality *m, const char *code, int64_t *id, bool *computed,
                               inc_error *e);
/* quarter 0 = the year's realisation; has_value false records "no figure". assessment_code: "" or
 * "ja"/"nee"/"nvt". */
inc_status goal_value_put(inc_db *db, int64_t indicator_id, int year, int quarter, bool has_value, int64_t value,
                          const char *assessment_code, const char *explanation, const char *source, int64_t *row_id,
                          inc_error *e);
inc_status goal_finance_put(inc_db *db, const goal_municipality *m, const char *programme, const char *goal, int year,
                            const goal_money *money, const char *explanation, int64_t *row_id, inc_error *e);
inc_status goal_story_insert(inc_db *db, const goal_municipality *m, const char *programme, const char *goal, int year,
                             const char *title, const char *body, int64_t *id, inc_error *e);
/* Replaces the dashboard selection with these indicator codes, in order (1..n). */
inc_status goal_dashboard_put(inc_db *db, const goal_municipality *m, const char *const *codes, int n, inc_error *e);

/* ---- reading ---- */
/* All indicators of a municipality, ordered by programme, goal, code; or only the dashboard
 * selection in its order. Caller frees *out. */
inc_status goal_indicators_list(inc_db *db, int64_t muni_id, bool dashboard_only, goal_indicator **out, int *n,
                                inc_error *e);

/* The indicator in a year (quarter 0) or a quarter (1..4). A computed indicator is computed at the
 * period's last day (not later than today). The target is the year's target. */
inc_status goal_indicator_read(inc_db *db, int64_t muni_id, const goal_indicator *ind, int year, int quarter,
                               goal_reading *out, inc_error *e);

/* The same, with the computed indicator evaluated at `peil` (e.g. the end of a four-month
 * period of the Rapportage Sociaal Domein); hand-entered values are read for (year, quarter). */
inc_status goal_indicator_read_at(inc_db *db, int64_t muni_id, const goal_indicator *ind, int year, int quarter,
                                  inc_date peil, goal_reading *out, inc_error *e);

/* Goals of a municipality with their money in `year` (has_money false when none entered). */
inc_status goal_goals_list(inc_db *db, int64_t muni_id, int year, goal_row **out, int *n, inc_error *e);

inc_status goal_stories_list(inc_db *db, int64_t muni_id, int year, goal_story **out, int *n, inc_error *e);

#endif
