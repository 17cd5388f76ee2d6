/* Goals and indicators: "Doel gehaald: Ja / Nee / N.v.t.", trend over periods, and the
 * budget/spending/balance of a goal (small counts: core/suppress.h). Pure, no I/O.
 * Indicator values and targets are fixed point with two decimals (value * 100), whatever the
 * unit: 944 pupils = 94400, a score of 6.9 = 690, 72 % = 7200. Money is cents. */
#ifndef INC_GOAL_H
#define INC_GOAL_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#define GOAL_SCALE 2               /* values are value * 100 */
#define DASHBOARD_MAX_PARAMETERS 7 /* the council asked for six or seven steering parameters */

typedef enum { DIR_HIGHER_BETTER, DIR_LOWER_BETTER } goal_direction;
typedef enum { MET_NA, MET_YES, MET_NO } goal_met;
typedef enum { TREND_UNKNOWN, TREND_UP, TREND_DOWN, TREND_FLAT } goal_trend_dir;

bool goal_direction_parse(const char *s, goal_direction *out);   /* "hoger" / "lager" */
const char *goal_direction_code(goal_direction d);

/* Ja when the value reaches the target in the good direction (equal counts as reached),
 * Nee when it does not, N.v.t. when there is no target or no value. */
goal_met goal_evaluate(goal_direction d, bool has_target, int64_t target, bool has_value, int64_t value);
/* A recorded assessment ("ja"/"nee"/"nvt", or NULL/"" for none) overrides the evaluation:
 * the annual report sometimes judges a goal without a figure, always with an explanation. */
goal_met goal_assess(const char *override_code, goal_met evaluated);
bool goal_met_parse(const char *s, goal_met *out);   /* "ja", "nee", "nvt" (also "n.v.t.") */
const char *goal_met_label(goal_met m);   /* "Ja", "Nee", "N.v.t." */
const char *goal_met_code(goal_met m);    /* "ja", "nee", "nvt" */
/* A goal with several indicators: N.v.t. when none can be judged, Ja when every judged one is
 * Ja, otherwise Nee. */
goal_met goal_met_combine(const goal_met *m, int n);

/* Trend between the last two known points of a series (has[i] says whether vals[i] exists).
 * improving is set to whether the move is in the good direction (false when flat/unknown). */
typedef struct {
    goal_trend_dir dir;
    bool improving;
    int64_t change;     /* last - previous, same scale as the values */
} goal_trend;
goal_trend goal_trend_of(const int64_t *vals, const bool *has, int n, goal_direction d);
const char *goal_trend_label(goal_trend_dir t);   /* "stijgend", "dalend", "gelijk", "onbekend" */

/* Money of a goal in a year, in cents. Costs and income are positive amounts (the annual report
 * prints costs as negative "lasten"). */
typedef struct {
    int64_t budget_cents;   /* begroot: net amount budgeted (what may be spent) */
    int64_t costs_cents;    /* lasten */
    int64_t income_cents;   /* baten */
} goal_money;
typedef struct {
    int64_t saldo_cents;     /* baten - lasten, as the annual report's "saldo" */
    int64_t spent_cents;     /* lasten - baten: net spending */
    int64_t remaining_cents; /* budget - net spending: what is left */
    int32_t spent_pct_bp;    /* net spending / budget in basis points; 0 when no budget */
} goal_money_result;
void goal_money_compute(const goal_money *in, goal_money_result *out);

/* Share in basis points, half up: part/whole * 10000; 0 when whole <= 0. */
int64_t goal_share_bp(int64_t part, int64_t whole);

/* Formats a value (scale 2) for people with `decimals` decimals (0..2), Dutch: "1.000", "6,9". */
void goal_value_text(int64_t v, int decimals, char *buf, size_t size);

/* Rapportage Sociaal Domein periods: 1 = jan-apr, 2 = may-aug, 3 = sep-dec. */
bool goal_period_months(int period, int *first_month, int *last_month);
const char *goal_period_label(int period);   /* "januari-april" */

/* Story text must be anonymous: rejects a run of 9 or more digits (BSN-like, also with spaces,
 * dots or hyphens between groups) and anything that looks like an e-mail address. Returns true
 * when acceptable; otherwise writes the Dutch reason. */
bool goal_story_anonymous(const char *text, char *reason, size_t size);

#endif
