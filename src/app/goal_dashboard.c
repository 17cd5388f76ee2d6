#include "app/goal_dashboard.h"
#include "store/goal_breakdown.h"
#include "store/goal_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inc_date period_last_day(int year, int period)
{
    int first, last;
    if (!goal_period_months(period, &first, &last)) return date_from_ymd(year, 12, 31);
    return date_from_ymd(year, last, date_days_in_month(year, last));
}

/* How a value may be shown to the council: core/suppress.h decides. */
static sup_mark reading_mark(const goal_indicator *ind, const goal_reading *r)
{
    return sup_figure(ind->is_count, r->value, r->people);
}

/* Trend: computed indicators over the quarters of the year before and the year up to the reference
 * date, the running quarter measured at the reference date itself (labelled "t/m dd-mm-jjjj"), so
 * the last point is the headline; hand-entered ones over their quarterly values of those years when
 * any exist, else over five years. */
static inc_status load_trend(inc_db *db, int64_t muni_id, goal_line *l, int year, inc_date peil, inc_error *e)
{
    bool computed = l->ind.computation[0] != 0, quarterly = computed;
    goal_reading r;
    if (!quarterly) {
        for (int y = year - 1; y <= year && !quarterly; y++)
            for (int q = 1; q <= 4 && !quarterly; q++) {
                if (goal_indicator_read(db, muni_id, &l->ind, y, q, &r, e)) return INC_EIO;
                if (r.has_value) quarterly = true;
            }
    }
    /* computed figures are measured no later than today (as goal_indicator_read_at does) */
    inc_date today = date_today(), upto = peil < today ? peil : today;
    l->n_trend = 0;
    if (quarterly) {
        for (int y = year - 1; y <= year; y++)
            for (int q = 1; q <= 4; q++) {
                int m = q * 3;
                inc_date qstart = date_from_ymd(y, m - 2, 1), qend = date_from_ymd(y, m, date_days_in_month(y, m));
                if (computed && qstart > upto) break;
                int k = l->n_trend++;
                if (computed && qend > upto) {
                    char d[11];
                    date_format_nl(upto, d);
                    snprintf(l->trend_labels[k], sizeof l->trend_labels[k], "t/m %s", d);
                    if (goal_indicator_read_at(db, muni_id, &l->ind, y, q, upto, &r, e)) return INC_EIO;
                } else {
                    snprintf(l->trend_labels[k], sizeof l->trend_labels[k], "%d K%d", y, q);
                    if (qend > peil) { l->trend_has[k] = false; continue; }
                    if (goal_indicator_read(db, muni_id, &l->ind, y, q, &r, e)) return INC_EIO;
                }
                l->trend_has[k] = r.has_value;
                l->trend_vals[k] = r.value;
                l->trend_mark[k] = r.has_value ? reading_mark(&l->ind, &r) : SUP_SHOWN;
            }
    } else {
        for (int y = year - 4; y <= year; y++) {
            int k = l->n_trend++;
            snprintf(l->trend_labels[k], sizeof l->trend_labels[k], "%d", y);
            if (goal_indicator_read(db, muni_id, &l->ind, y, 0, &r, e)) return INC_EIO;
            l->trend_has[k] = r.has_value;
            l->trend_vals[k] = r.value;
            l->trend_mark[k] = r.has_value ? reading_mark(&l->ind, &r) : SUP_SHOWN;
        }
    }
    for (int k = 0; k < l->n_trend; k++) {
        /* hidden figures are not shown, nor drawn */
        l->trend_sup[k] = l->trend_has[k] && l->trend_mark[k] != SUP_SHOWN;
        if (l->trend_sup[k]) l->trend_has[k] = false;
    }
    l->trend = goal_trend_of(l->trend_vals, l->trend_has, l->n_trend, l->ind.direction);
    return INC_OK;
}

/* Every cell and the total of a breakdown get their mark (core/suppress.h). */
static void suppress_breakdown(goal_breakdown *b)
{
    int64_t counts[BREAKDOWN_MAX_ITEMS];
    sup_mark marks[BREAKDOWN_MAX_ITEMS];
    for (int i = 0; i < b->n; i++) counts[i] = b->items[i].count;
    sup_breakdown(counts, b->n, b->total, marks, &b->total_mark);
    for (int i = 0; i < b->n; i++) b->items[i].mark = marks[i];
}

bool goal_breakdown_protects(const goal_breakdown *b)
{
    if (b->total_mark == SUP_PROTECTS) return true;
    for (int i = 0; i < b->n; i++)
        if (b->items[i].mark == SUP_PROTECTS) return true;
    return false;
}

static inc_status load_line(inc_db *db, int64_t muni_id, goal_line *l, int year, inc_date peil, bool with_trend,
                            inc_error *e)
{
    if (goal_indicator_read_at(db, muni_id, &l->ind, year, 0, peil, &l->r, e)) return INC_EIO;
    goal_met ev = goal_evaluate(l->ind.direction, l->r.has_target, l->r.target, l->r.has_value, l->r.value);
    l->met = goal_assess(l->r.assessment, ev);
    l->mark = l->r.has_value ? reading_mark(&l->ind, &l->r) : SUP_SHOWN;
    l->suppressed = l->mark != SUP_SHOWN;
    if (with_trend) return load_trend(db, muni_id, l, year, peil, e);
    return INC_OK;
}

inc_status goal_dashboard_load(inc_db *db, const char *muni, int year, int period, goal_dashboard *d, inc_error *e)
{
    db = db_reader(db);   /* a report: the standby when --db-read names one */
    memset(d, 0, sizeof *d);
    if (year < 2000 || year > 2100) return inc_fail(e, INC_EINVAL, "year", "ongeldig jaar");
    if (period < 0 || period > 3) return inc_fail(e, INC_EINVAL, "period", "periode moet 1, 2 of 3 zijn");
    if (goal_municipality_find(db, muni, &d->muni, e)) return e ? e->status : INC_ENOTFOUND;
    d->year = year;
    d->period = period;
    d->peildatum = period ? period_last_day(year, period) : date_from_ymd(year, 12, 31);
    inc_date today = date_today();
    if (d->peildatum > today && today >= date_from_ymd(year, 1, 1)) d->peildatum = today;

    goal_indicator *sel = NULL, *all = NULL;
    int ns = 0, na = 0;
    if (goal_indicators_list(db, d->muni.id, true, &sel, &ns, e)) goto fail;
    if (goal_indicators_list(db, d->muni.id, false, &all, &na, e)) goto fail;
    d->params = calloc((size_t)(ns ? ns : 1), sizeof *d->params);
    d->all = calloc((size_t)(na ? na : 1), sizeof *d->all);
    if (!d->params || !d->all) { inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); goto fail; }
    d->n_params = ns;
    d->n_all = na;
    for (int i = 0; i < ns; i++) {
        d->params[i].ind = sel[i];
        if (load_line(db, d->muni.id, &d->params[i], year, d->peildatum, true, e)) goto fail;
    }
    for (int i = 0; i < na; i++) {
        d->all[i].ind = all[i];
        if (load_line(db, d->muni.id, &d->all[i], year, d->peildatum, false, e)) goto fail;
    }
    free(sel);
    free(all);
    sel = all = NULL;
    if (goal_goals_list(db, d->muni.id, year, &d->goals, &d->n_goals, e)) goto fail;
    d->goal_met = calloc((size_t)(d->n_goals ? d->n_goals : 1), sizeof *d->goal_met);
    if (!d->goal_met) { inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); goto fail; }
    for (int g = 0; g < d->n_goals; g++) {
        goal_met ms[64];
        int k = 0;
        for (int i = 0; i < d->n_all && k < 64; i++)
            if (d->all[i].ind.goal_id == d->goals[g].id) ms[k++] = d->all[i].met;
        d->goal_met[g] = goal_met_combine(ms, k);
    }
    if (goal_breakdowns_read(db, d->muni.code, d->muni.id, d->muni.region, year, d->peildatum, d->breakdowns, e)) goto fail;
    for (int b = 0; b < GOAL_BREAKDOWNS; b++) suppress_breakdown(&d->breakdowns[b]);
    if (goal_stories_list(db, d->muni.id, year, &d->stories, &d->n_stories, e)) goto fail;
    return INC_OK;
fail:
    free(sel);
    free(all);
    goal_dashboard_free(d);
    return e ? e->status : INC_EIO;
}

void goal_dashboard_free(goal_dashboard *d)
{
    free(d->params);
    free(d->all);
    free(d->goals);
    free(d->goal_met);
    free(d->stories);
    d->params = d->all = NULL;
    d->goals = NULL;
    d->goal_met = NULL;
    d->stories = NULL;
    d->n_params = d->n_all = d->n_goals = d->n_stories = 0;
}

void goal_line_value_text(const goal_line *l, char *buf, size_t size)
{
    if (!l->r.available) snprintf(buf, size, "niet beschikbaar");
    else if (!l->r.has_value) snprintf(buf, size, "geen gegevens");
    else if (l->suppressed) snprintf(buf, size, "%s", sup_label(l->mark));
    else goal_value_text(l->r.value, l->ind.decimals, buf, size);
}

void goal_line_target_text(const goal_line *l, char *buf, size_t size)
{
    if (!l->r.has_target) snprintf(buf, size, "geen doel");
    else goal_value_text(l->r.target, l->ind.decimals, buf, size);
}

void goal_trend_chart_build(const goal_line *l, goal_trend_chart *out)
{
    memset(out, 0, sizeof *out);
    chart_spec *c = &out->spec;
    snprintf(out->id, sizeof out->id, "trend-%s", l->ind.code);
    snprintf(out->desc, sizeof out->desc, "Verloop van %s per periode%s. Trend: %s.", l->ind.name,
             l->r.has_target ? ", met het doel als gestippelde lijn" : "", goal_trend_label(l->trend.dir));
    c->id = out->id;
    c->title = l->ind.name;
    c->desc = out->desc;
    c->unit = l->ind.unit;
    c->x_title = "Periode";
    c->n_points = l->n_trend;
    c->n_series = 1;
    c->decimals = l->ind.decimals;
    c->has_target = l->r.has_target;
    c->target = l->r.target;
    c->series[0].name = "Waarde";
    for (int k = 0; k < l->n_trend && k < CHART_MAX_POINTS; k++) {
        c->x_labels[k] = l->trend_labels[k];
        c->series[0].has[k] = l->trend_has[k];
        c->series[0].values[k] = l->trend_vals[k];
        if (l->trend_sup[k]) c->series[0].text[k] = sup_label(l->trend_mark[k]);
    }
}
