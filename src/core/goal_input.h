/* The rules for entering goals, indicators, figures, money, stories and the dashboard selection
 * (inclusio goal ..., PUT /dashboard/parameters, POST /goals/stories): each check refuses with a
 * Dutch message naming the field. Pure, no I/O; the application layer (app/goal_admin.h) asks
 * these before it stores anything. */
#ifndef INC_CORE_GOAL_INPUT_H
#define INC_CORE_GOAL_INPUT_H
#include <stdbool.h>
#include "core/error.h"
#include "core/goal.h"
#include "core/goal_data.h"

#define GOAL_STORY_BODY_MAX 1500
#define GOAL_STORY_TITLE_MAX 150

/* A programme: code and name present, 2000 <= from <= to <= 2100. */
inc_status goal_programme_check(const char *code, const char *name, int year_from, int year_to, inc_error *e);
/* A goal: code and name present. */
inc_status goal_goal_check(const char *code, const char *name, inc_error *e);
/* An indicator: code, name and unit present, 0-2 decimals, a known computation (core/goal_computation.h)
 * or else a source for hand-entered values. */
inc_status goal_indicator_check(const goal_indicator_def *d, inc_error *e);
/* A year of targets, figures and money: 2000-2100. */
inc_status goal_year_check(int year, inc_error *e);
/* A figure (quarter 0 = the year): the year, quarter 0-4, an assessment ("ja"/"nee"/"nvt" or none)
 * only with an explanation, and no figure only with an explanation. *code gets the assessment's
 * code ("" for none). */
inc_status goal_value_check(int year, int quarter, bool has_value, const char *assessment, const char *explanation,
                            char code[8], inc_error *e);
/* A computed indicator takes no hand-entered value (only an explanation). */
inc_status goal_value_allowed(const char *indicator, bool computed, bool has_value, inc_error *e);
/* Money of a goal: the year, and amounts without a sign. */
inc_status goal_finance_check(int year, const goal_money *m, inc_error *e);
/* A story: title and text present, short (150 and 1500 characters) and anonymous
 * (goal_story_anonymous). */
inc_status goal_story_check(const char *title, const char *body, inc_error *e);
/* The dashboard selection: 1 to DASHBOARD_MAX_PARAMETERS indicators. */
inc_status goal_dashboard_check(int n, inc_error *e);

#endif
