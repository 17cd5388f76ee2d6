#include "core/goal.h"
#include "core/decimal.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

bool goal_direction_parse(const char *s, goal_direction *out)
{
    if (!s) return false;
    if (strcmp(s, "hoger") == 0) { *out = DIR_HIGHER_BETTER; return true; }
    if (strcmp(s, "lager") == 0) { *out = DIR_LOWER_BETTER; return true; }
    return false;
}

const char *goal_direction_code(goal_direction d) { return d == DIR_LOWER_BETTER ? "lager" : "hoger"; }

goal_met goal_evaluate(goal_direction d, bool has_target, int64_t target, bool has_value, int64_t value)
{
    if (!has_target || !has_value) return MET_NA;
    if (d == DIR_LOWER_BETTER) return value <= target ? MET_YES : MET_NO;
    return value >= target ? MET_YES : MET_NO;
}

bool goal_met_parse(const char *s, goal_met *out)
{
    if (!s) return false;
    if (strcmp(s, "ja") == 0 || strcmp(s, "Ja") == 0) { *out = MET_YES; return true; }
    if (strcmp(s, "nee") == 0 || strcmp(s, "Nee") == 0) { *out = MET_NO; return true; }
    if (strcmp(s, "nvt") == 0 || strcmp(s, "n.v.t.") == 0 || strcmp(s, "N.v.t.") == 0) { *out = MET_NA; return true; }
    return false;
}

goal_met goal_assess(const char *override_code, goal_met evaluated)
{
    goal_met m;
    if (override_code && override_code[0] && goal_met_parse(override_code, &m)) return m;
    return evaluated;
}

const char *goal_met_label(goal_met m) { return m == MET_YES ? "Ja" : m == MET_NO ? "Nee" : "N.v.t."; }
const char *goal_met_code(goal_met m) { return m == MET_YES ? "ja" : m == MET_NO ? "nee" : "nvt"; }

goal_met goal_met_combine(const goal_met *m, int n)
{
    int judged = 0;
    for (int i = 0; i < n; i++) {
        if (m[i] == MET_NO) return MET_NO;
        if (m[i] == MET_YES) judged++;
    }
    return judged ? MET_YES : MET_NA;
}

goal_trend goal_trend_of(const int64_t *vals, const bool *has, int n, goal_direction d)
{
    goal_trend t = {TREND_UNKNOWN, false, 0};
    int last = -1, prev = -1;
    for (int i = n - 1; i >= 0; i--) {
        if (!has[i]) continue;
        if (last < 0) last = i;
        else { prev = i; break; }
    }
    if (prev < 0) return t;
    t.change = vals[last] - vals[prev];
    t.dir = t.change > 0 ? TREND_UP : t.change < 0 ? TREND_DOWN : TREND_FLAT;
    t.improving = (d == DIR_HIGHER_BETTER && t.change > 0) || (d == DIR_LOWER_BETTER && t.change < 0);
    return t;
}

const char *goal_trend_label(goal_trend_dir t)
{
    switch (t) {
    case TREND_UP: return "stijgend";
    case TREND_DOWN: return "dalend";
    case TREND_FLAT: return "gelijk";
    default: return "onbekend";
    }
}

int64_t goal_share_bp(int64_t part, int64_t whole)
{
    if (whole <= 0) return 0;
    return div_round_half_up(part * 10000, whole);
}

void goal_money_compute(const goal_money *in, goal_money_result *out)
{
    out->saldo_cents = in->income_cents - in->costs_cents;
    out->spent_cents = in->costs_cents - in->income_cents;
    out->remaining_cents = in->budget_cents - out->spent_cents;
    out->spent_pct_bp = in->budget_cents > 0 ? (int32_t)goal_share_bp(out->spent_cents, in->budget_cents) : 0;
}

void goal_value_text(int64_t v, int decimals, char *buf, size_t size)
{
    if (decimals < 0) decimals = 0;
    if (decimals > GOAL_SCALE) decimals = GOAL_SCALE;
    int64_t div = 1;
    for (int i = decimals; i < GOAL_SCALE; i++) div *= 10;
    decimal_format(div_round_half_up(v, div), decimals, true, buf, (int)size);
}

bool goal_period_months(int period, int *first_month, int *last_month)
{
    if (period < 1 || period > 3) return false;
    *first_month = 4 * (period - 1) + 1;
    *last_month = 4 * period;
    return true;
}

const char *goal_period_label(int period)
{
    static const char *const labels[] = {"januari-april", "mei-augustus", "september-december"};
    return period >= 1 && period <= 3 ? labels[period - 1] : "?";
}

bool goal_story_anonymous(const char *text, char *reason, size_t size)
{
    /* Digits counted across single separators (space, dot, hyphen): "123 45 6789" is 9 digits. */
    int run = 0;
    for (const char *p = text; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            if (++run >= 9) {
                snprintf(reason, size, "het verhaal bevat een reeks van 9 of meer cijfers (mogelijk een BSN); "
                                       "verhalen moeten anoniem zijn");
                return false;
            }
        } else if ((*p == ' ' || *p == '.' || *p == '-') && run > 0 && isdigit((unsigned char)p[1])) {
            continue;
        } else {
            run = 0;
        }
    }
    const char *at = strchr(text, '@');
    while (at) {
        if (at > text && isalnum((unsigned char)at[-1]) && isalnum((unsigned char)at[1]) && strchr(at, '.')) {
            snprintf(reason, size, "het verhaal bevat een e-mailadres; verhalen moeten anoniem zijn");
            return false;
        }
        at = strchr(at + 1, '@');
    }
    return true;
}
