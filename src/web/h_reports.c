/* Overdue lists and the SROI report, scoped to the user's municipalities or organisation. */
#include "app/register_contract.h"
#include "app/register_report.h"
#include "io/register_view.h"
#include "web/router.h"
#include "web/scope.h"
#include <stdlib.h>

int h_overdue(web_req *req)
{
    if (!web_guard_role(req, ACT_OVERDUE_READ)) return req->status;
    web_scope s;
    if (!web_scope_for(req, &s)) return req->status;
    view_out o;
    view_out_tree(&o);
    inc_error e = {0};
    json_t *out = view_out_tree_done(&o, app_overdue(req->db, s.municipalities, s.contractor_id, date_today(), &o, &e));
    if (!out) return web_fail(req, &e);
    return web_json(req, 200, out);
}

int h_report_sroi(web_req *req)
{
    if (!web_guard_role(req, ACT_AGGREGATE_READ)) return req->status;
    web_scope s;
    if (!web_scope_for(req, &s)) return req->status;
    int year = 0;
    const char *y = web_query(req, "year");
    if (y) {
        char *end;
        long v = strtol(y, &end, 10);
        if (*end || v < 1900 || v > 2999) return web_problem(req, 400, "year", "year moet een jaartal zijn (bijv. 2024)");
        year = (int)v;
    }
    sroi_report r;
    inc_error e = {0};
    if (app_sroi_report(req->db, s.municipalities, year, date_today(), &r, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = sroi_report_json(&r);
    sroi_report_free(&r);
    return web_json(req, 200, out);
}
