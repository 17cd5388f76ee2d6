/* Goals, the council dashboard and the periodic reports: aggregates only (role raad and every role
 * that may read aggregates), scoped to the user's municipalities. */
#include "app/goal_admin.h"
#include "app/goal_report.h"
#include "app/goal_view.h"
#include "io/report_export.h"
#include "io/report_render.h"
#include "core/json_fixed.h"
#include "web/authz_goals.h"
#include "web/body.h"
#include "web/router.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The role question (403) and the scope question (404, like a municipality that does not exist). */
static bool guard(web_req *req, goal_action a, const char *muni)
{
    authz_result r = authz_goals(&req->user, a, muni);
    if (r == AUTHZ_ALLOW) return true;
    if (r == AUTHZ_FORBIDDEN) web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    else web_problem(req, 404, "municipality", "niet gevonden");
    return false;
}

/* The municipality named (query or body), else the user's first one; the role is checked first,
 * so a role without access hears 403 whatever it names. */
static const char *municipality_of(web_req *req, goal_action a, const char *named)
{
    if (authz_goals_role(&req->user, a) != AUTHZ_ALLOW) {
        web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
        return NULL;
    }
    if (named && *named) return named;
    if (req->user.n_municipalities > 0) return req->user.municipalities[0];
    web_problem(req, 400, "municipality", "kies een gemeente (municipality)");
    return NULL;
}

/* ?municipality= (default: the user's first municipality) and ?year= (default: this year). */
static bool common(web_req *req, const char **muni, int *year, int *period, bool with_period)
{
    *muni = municipality_of(req, GA_READ, web_query(req, "municipality"));
    if (!*muni || !guard(req, GA_READ, *muni)) return false;
    int y, m, d;
    date_to_ymd(date_today(), &y, &m, &d);
    *year = y;
    const char *ys = web_query(req, "year");
    if (ys) {
        char *end;
        long v = strtol(ys, &end, 10);
        if (*end || v < 2000 || v > 2100) {
            web_problem(req, 400, "year", "year moet een jaartal zijn (bijv. 2024)");
            return false;
        }
        *year = (int)v;
    }
    *period = 0;
    if (with_period) {
        const char *ps = web_query(req, "period");
        if (!ps || strlen(ps) != 1 || ps[0] < '1' || ps[0] > '3') {
            web_problem(req, 400, "period", "period moet 1 (jan-apr), 2 (mei-aug) of 3 (sep-dec) zijn");
            return false;
        }
        *period = ps[0] - '0';
    }
    return true;
}

/* Adds each parameter's trend chart (server-made SVG) to the dashboard JSON for the web page. */
static void add_charts(const goal_dashboard *d, json_t *root)
{
    json_t *params = json_object_get(root, "parameters");
    for (int i = 0; i < d->n_params; i++) {
        goal_trend_chart tc;
        goal_trend_chart_build(&d->params[i], &tc);
        char *svg = svg_line_chart(&tc.spec);
        if (svg) json_object_set_new(json_array_get(params, (size_t)i), "chart_svg", json_string(svg));
        free(svg);
    }
}

int h_dashboard(web_req *req)
{
    const char *muni;
    int year, period;
    if (!common(req, &muni, &year, &period, false)) return req->status;
    goal_dashboard d;
    inc_error e = {0};
    if (goal_dashboard_load(req->db, muni, year, 0, &d, &e)) return web_fail(req, &e);
    json_t *j = goal_dashboard_json(&d);
    const char *charts = web_query(req, "charts");
    if (charts && strcmp(charts, "1") == 0) add_charts(&d, j);
    goal_dashboard_free(&d);
    return web_json(req, 200, j);
}

int h_goals(web_req *req)
{
    const char *muni;
    int year, period;
    if (!common(req, &muni, &year, &period, false)) return req->status;
    goal_dashboard d;
    inc_error e = {0};
    if (goal_dashboard_load(req->db, muni, year, 0, &d, &e)) return web_fail(req, &e);
    json_t *goals = json_array();
    for (int g = 0; g < d.n_goals; g++) {
        const goal_row *r = &d.goals[g];
        json_t *o = json_pack("{s:s, s:s, s:s, s:s}", "programme", r->programme_code, "code", r->goal_code, "name",
                              r->goal_name, "goal_met", goal_met_label(d.goal_met[g]));
        if (r->has_money) {
            goal_money_result res;
            goal_money_compute(&r->money, &res);
            json_object_set_new(o, "money", json_pack("{s:o, s:o, s:o, s:o, s:o}", "budget", json_money(r->money.budget_cents),
                                                      "costs", json_money(r->money.costs_cents), "income",
                                                      json_money(r->money.income_cents), "saldo", json_money(res.saldo_cents),
                                                      "remaining", json_money(res.remaining_cents)));
        }
        json_t *inds = json_array();
        for (int i = 0; i < d.n_all; i++) {
            const goal_line *l = &d.all[i];
            if (l->ind.goal_id != r->id) continue;
            char vt[48], tt[48];
            goal_line_value_text(l, vt, sizeof vt);
            goal_line_target_text(l, tt, sizeof tt);
            json_t *x = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "code", l->ind.code, "name", l->ind.name,
                                  "unit", l->ind.unit, "direction", goal_direction_code(l->ind.direction), "source",
                                  l->r.source, "value_text", vt, "target_text", tt, "goal_met", goal_met_label(l->met),
                                  "explanation", l->r.explanation);
            json_object_set_new(x, "value", l->r.has_value && !l->suppressed ? json_fixed(l->r.value, GOAL_SCALE) : json_null());
            json_object_set_new(x, "target", l->r.has_target ? json_fixed(l->r.target, GOAL_SCALE) : json_null());
            json_object_set_new(x, "computation", l->ind.computation[0] ? json_string(l->ind.computation) : json_null());
            json_array_append_new(inds, x);
        }
        json_object_set_new(o, "indicators", inds);
        json_array_append_new(goals, o);
    }
    json_t *out = json_pack("{s:s, s:i, s:o}", "municipality", d.muni.code, "year", year, "goals", goals);
    goal_dashboard_free(&d);
    return web_json(req, 200, out);
}

static int send_bytes(web_req *req, char *buf, size_t len, const char *type, const char *filename)
{
    free(req->resp_body);
    req->resp_body = buf;
    req->resp_len = len;
    req->content_type = type;
    req->status = 200;
    if (filename) snprintf(req->disposition, sizeof req->disposition, "attachment; filename=\"%.120s\"", filename);
    return 200;
}

static int report(web_req *req, bool periodic)
{
    const char *muni;
    int year, period;
    if (!common(req, &muni, &year, &period, periodic)) return req->status;
    const char *format = web_query(req, "format");
    if (!format || !*format) format = "html";
    if (strcmp(format, "html") && strcmp(format, "xlsx") && strcmp(format, "csv"))
        return web_problem(req, 400, "format", "format moet html, xlsx of csv zijn");
    goal_dashboard d;
    inc_error e = {0};
    if (goal_dashboard_load(req->db, muni, year, period, &d, &e)) return web_fail(req, &e);
    report_doc doc;
    goal_report_build(&d, &doc);
    goal_dashboard_free(&d);
    char name[128];
    if (periodic) snprintf(name, sizeof name, "rapportage-sociaal-domein-%s-%d-%d", muni, year, period);
    else snprintf(name, sizeof name, "jaarverslag-doelen-%s-%d", muni, year);
    int rc;
    if (strcmp(format, "html") == 0) {
        char *html = report_html(&doc, "/api/v1/reports/report.css");
        rc = html ? send_bytes(req, html, strlen(html), "text/html; charset=utf-8", NULL)
                  : web_problem(req, 500, NULL, "rapport kon niet worden opgebouwd");
    } else if (strcmp(format, "xlsx") == 0) {
        char *buf;
        size_t len;
        char file[160];
        snprintf(file, sizeof file, "%s.xlsx", name);
        rc = report_xlsx_bytes(&doc, &buf, &len, &e) == INC_OK
                 ? send_bytes(req, buf, len, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)
                 : web_fail(req, &e);
    } else {
        const char *table = web_query(req, "table");
        const report_table *t = NULL;
        char ids[512] = "";
        for (int i = 0; i < doc.ntables; i++) {
            if (table && strcmp(table, doc.tables[i].id) == 0) t = &doc.tables[i];
            if (strlen(ids) + strlen(doc.tables[i].id) + 3 < sizeof ids) {
                if (i) strcat(ids, ", ");
                strcat(ids, doc.tables[i].id);
            }
        }
        if (!t) {
            rc = web_problem(req, 400, "table", "kies een tabel met ?table= (een van: %s)", ids);
        } else {
            char *csv = report_table_csv(t);
            char file[200];
            snprintf(file, sizeof file, "%s-%s.csv", name, t->id);
            rc = csv ? send_bytes(req, csv, strlen(csv), "text/csv; charset=utf-8", file)
                     : web_problem(req, 500, NULL, "CSV kon niet worden opgebouwd");
        }
    }
    report_free(&doc);
    return rc;
}

int h_report_rapportage(web_req *req) { return report(req, true); }
int h_report_jaarverslag(web_req *req) { return report(req, false); }

int h_report_css(web_req *req)
{
    const char *css = report_css();
    char *copy = strdup(css);
    if (!copy) return web_problem(req, 500, NULL, "geen geheugen");
    return send_bytes(req, copy, strlen(copy), "text/css; charset=utf-8", NULL);
}

/* PUT /dashboard/parameters {municipality?, indicators: [codes]}: beheer chooses 1-7 parameters. */
int h_dashboard_parameters_set(web_req *req)
{
    static const web_field fields[] = {{"municipality", F_STRING, false}, {"indicators", F_STRINGS, true}, {NULL, 0, false}};
    if (!web_check_body(req, fields)) return req->status;
    const char *muni = municipality_of(req, GA_CHOOSE, json_string_value(json_object_get(req->body, "municipality")));
    if (!muni || !guard(req, GA_CHOOSE, muni)) return req->status;
    json_t *list = json_object_get(req->body, "indicators");
    const char *codes[DASHBOARD_MAX_PARAMETERS + 1];
    int n = 0;
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v) {
        if (n > DASHBOARD_MAX_PARAMETERS) break;
        codes[n++] = json_string_value(v);
    }
    inc_error e = {0};
    if (app_goal_dashboard_set(req->db, muni, codes, n, &e)) {
        /* an unknown indicator code is bad input; an unknown municipality stays 404 */
        if (e.status == INC_ENOTFOUND && strcmp(e.field, "municipality") != 0) e.status = INC_EINVAL;
        return web_fail(req, &e);
    }
    return web_json(req, 200, json_pack("{s:s, s:O}", "municipality", muni, "indicators", list));
}

/* POST /goals/stories {municipality?, programme, goal, year, title, text}: an anonymised story. */
int h_goal_story_create(web_req *req)
{
    static const web_field fields[] = {{"municipality", F_STRING, false}, {"programme", F_STRING, true},
                                       {"goal", F_STRING, true},          {"year", F_INTEGER, true},
                                       {"title", F_STRING, true},         {"text", F_STRING, true},
                                       {NULL, 0, false}};
    if (!web_check_body(req, fields)) return req->status;
    const char *muni = municipality_of(req, GA_STORY_ADD, json_string_value(json_object_get(req->body, "municipality")));
    if (!muni || !guard(req, GA_STORY_ADD, muni)) return req->status;
    json_int_t year = json_integer_value(json_object_get(req->body, "year"));
    if (year < 2000 || year > 2100) return web_problem(req, 422, "year", "year moet een jaartal zijn (2000-2100)");
    int64_t id;
    inc_error e = {0};
    if (app_goal_story_add(req->db, muni, json_string_value(json_object_get(req->body, "programme")),
                       json_string_value(json_object_get(req->body, "goal")), (int)year,
                       json_string_value(json_object_get(req->body, "title")),
                       json_string_value(json_object_get(req->body, "text")), &id, &e))
        return web_fail(req, &e);
    return web_json(req, 201, json_pack("{s:I, s:s}", "id", (json_int_t)id, "municipality", muni));
}
