/* Storage of programmes, goals, indicators (targets and realisations), money per goal, stories
 * and the dashboard selection. Every write is one transaction with an audit-log entry. */
#ifndef INC_GOAL_STORE_H
#define INC_GOAL_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/goal.h"
#include "store/db.h"

typedef struct {
    int64_t id;
    char code[64], name[200];
    char region[32];
} goal_municipality;

inc_status goal_municipality_find(inc_db *db, const char *code, goal_municipality *out, inc_error *e);

inc_status goal_programme_add(inc_db *db, const char *muni, const char *code, const char *name, int year_from,
                              int year_to, int64_t *id, inc_error *e);
inc_status goal_goal_add(inc_db *db, const char *muni, const char *programme, const char *code, const char *name,
                         const char *description, int64_t *id, inc_error *e);

typedef struct {
    const char *programme, *goal;   /* programme code and goal code */
    const char *code, *name, *unit, *source;
    int decimals;
    goal_direction direction;
    const char *computation;        /* NULL or "" for an indicator entered by hand */
    bool is_count;
} goal_indicator_def;

inc_status goal_indicator_add(inc_db *db, const char *muni, const goal_indicator_def *d, int64_t *id, inc_error *e);
inc_status goal_target_set(inc_db *db, const char *muni, const char *indicator, int year, int64_t target,
                           inc_error *e);
/* quarter 0 = the year's realisation. has_value false records "no figure" (with an explanation).
 * assessment: NULL/"" or "ja"/"nee"/"nvt" (then an explanation is required). Computed indicators
 * take no values. */
inc_status goal_value_set(inc_db *db, const char *muni, const char *indicator, int year, int quarter,
                          bool has_value, int64_t value, const char *assessment, const char *explanation,
                          const char *source, inc_error *e);
inc_status goal_finance_set(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                            const goal_money *m, const char *explanation, inc_error *e);
/* Refuses text that is not anonymous (core/goal.h goal_story_anonymous). */
inc_status goal_story_add(inc_db *db, const char *muni, const char *programme, const char *goal, int year,
                          const char *title, const char *body, int64_t *id, inc_error *e);
/* Replaces the dashboard selection with these indicator codes, in order (1..7). */
inc_status goal_dashboard_set(inc_db *db, const char *muni, const char *const *codes, int n, inc_error *e);

/* ---- reading ---- */
typedef struct {
    int64_t id, goal_id;
    char code[64], name[200], unit[32], source[64], computation[64];
    int decimals;
    goal_direction direction;
    bool is_count;
    char goal_code[32], goal_name[200], programme_code[64], programme_name[200];
} goal_indicator;

/* All indicators of a municipality, ordered by programme, goal, code; or only the dashboard
 * selection in its order. Caller frees *out. */
inc_status goal_indicators_list(inc_db *db, int64_t muni_id, bool dashboard_only, goal_indicator **out, int *n,
                                inc_error *e);

typedef struct {
    bool has_value;
    int64_t value;
    bool has_target;
    int64_t target;
    char assessment[8];       /* "" or an override */
    char explanation[1024];
    char source[64];
    bool available;           /* false: a computed indicator whose data area is not installed */
    int64_t people;           /* computed: the persons the figure rests on; -1 when not about persons */
} goal_reading;

/* The indicator in a year (quarter 0) or a quarter (1..4). A computed indicator is computed at the
 * period's last day (not later than today). The target is the year's target. */
inc_status goal_indicator_read(inc_db *db, int64_t muni_id, const goal_indicator *ind, int year, int quarter,
                               goal_reading *out, inc_error *e);

/* The same, with the computed indicator evaluated at `peil` (e.g. the end of a four-month
 * period of the Rapportage Sociaal Domein); hand-entered values are read for (year, quarter). */
inc_status goal_indicator_read_at(inc_db *db, int64_t muni_id, const goal_indicator *ind, int year, int quarter,
                                  inc_date peil, goal_reading *out, inc_error *e);

typedef struct {
    int64_t id;
    char programme_code[64], goal_code[32], goal_name[200];
    int year;
    bool has_money;
    goal_money money;
    char explanation[512];
} goal_row;
/* Goals of a municipality with their money in `year` (has_money false when none entered). */
inc_status goal_goals_list(inc_db *db, int64_t muni_id, int year, goal_row **out, int *n, inc_error *e);

typedef struct {
    int64_t goal_id;
    char goal_code[32], goal_name[200], title[200], body[2000];
    int year;
} goal_story;
inc_status goal_stories_list(inc_db *db, int64_t muni_id, int year, goal_story **out, int *n, inc_error *e);

#endif
