#include "app/goal_view.h"
#include "core/goal_computation.h"
#include "core/json_fixed.h"
#include <stdio.h>

static json_t *count_json(int64_t n, sup_mark m)
{
    const char *label = sup_label(m);
    return label ? json_string(label) : json_integer(n);
}

json_t *goal_dashboard_json(const goal_dashboard *d)
{
    char peil[11];
    date_format_iso(d->peildatum, peil);
    json_t *root = json_pack("{s:s, s:s, s:i, s:s}", "municipality", d->muni.code, "municipality_name", d->muni.name,
                             "year", d->year, "peildatum", peil);
    if (d->period) json_object_set_new(root, "period", json_integer(d->period));
    json_t *params = json_array();
    for (int i = 0; i < d->n_params; i++) {
        const goal_line *l = &d->params[i];
        char vt[48], tt[48];
        goal_line_value_text(l, vt, sizeof vt);
        goal_line_target_text(l, tt, sizeof tt);
        json_t *p = json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:s}", "position", i + 1, "code", l->ind.code, "name",
                              l->ind.name, "unit", l->ind.unit, "direction", goal_direction_code(l->ind.direction),
                              "goal", l->ind.goal_name, "source", l->r.source);
        json_object_set_new(p, "value", l->r.has_value && !l->suppressed ? json_fixed(l->r.value, GOAL_SCALE) : json_null());
        json_object_set_new(p, "value_text", json_string(vt));
        json_object_set_new(p, "suppressed", json_boolean(l->suppressed));
        json_object_set_new(p, "target", l->r.has_target ? json_fixed(l->r.target, GOAL_SCALE) : json_null());
        json_object_set_new(p, "target_text", json_string(tt));
        json_object_set_new(p, "decimals", json_integer(l->ind.decimals));
        json_object_set_new(p, "goal_met", json_string(goal_met_label(l->met)));
        json_object_set_new(p, "available", json_boolean(l->r.available));
        json_object_set_new(p, "explanation", json_string(l->r.explanation));
        const char *def = goal_computation_definition(l->ind.computation);
        json_object_set_new(p, "definition", def ? json_string(def) : json_null());
        json_t *pts = json_array();
        for (int k = 0; k < l->n_trend; k++) {
            json_t *pt = json_pack("{s:s}", "period", l->trend_labels[k]);
            char t[48];
            if (l->trend_sup[k]) snprintf(t, sizeof t, "%s", sup_label(l->trend_mark[k]));
            else if (l->trend_has[k]) goal_value_text(l->trend_vals[k], l->ind.decimals, t, sizeof t);
            else snprintf(t, sizeof t, "geen gegevens");
            if (l->trend_sup[k]) json_object_set_new(pt, "value", json_string(sup_label(l->trend_mark[k])));
            else json_object_set_new(pt, "value", l->trend_has[k] ? json_fixed(l->trend_vals[k], GOAL_SCALE) : json_null());
            json_object_set_new(pt, "value_text", json_string(t));
            json_array_append_new(pts, pt);
        }
        json_object_set_new(p, "trend", json_pack("{s:s, s:b, s:o}", "direction", goal_trend_label(l->trend.dir),
                                                  "improving", l->trend.improving, "points", pts));
        json_array_append_new(params, p);
    }
    json_object_set_new(root, "parameters", params);
    json_t *bds = json_array();
    for (int b = 0; b < GOAL_BREAKDOWNS; b++) {
        const goal_breakdown *bd = &d->breakdowns[b];
        json_t *items = json_array();
        for (int i = 0; i < bd->n; i++)
            json_array_append_new(items, json_pack("{s:s, s:o}", "label", bd->items[i].label, "count",
                                                   count_json(bd->items[i].count, bd->items[i].mark)));
        json_t *o = json_pack("{s:s, s:s, s:b, s:s, s:o, s:o}", "dimension", bd->code, "title", bd->title, "available",
                              bd->available, "note", bd->note, "items", items, "total",
                              count_json(bd->total, bd->total_mark));
        /* one explanation per table that has an "afgeschermd" figure */
        json_object_set_new(o, "suppression_note", goal_breakdown_protects(bd) ? json_string(sup_note()) : json_null());
        json_array_append_new(bds, o);
    }
    json_object_set_new(root, "breakdowns", bds);
    json_t *stories = json_array();
    for (int i = 0; i < d->n_stories; i++)
        json_array_append_new(stories, json_pack("{s:s, s:s, s:s}", "goal", d->stories[i].goal_name, "title",
                                                 d->stories[i].title, "text", d->stories[i].body));
    json_object_set_new(root, "stories", stories);
    return root;
}
