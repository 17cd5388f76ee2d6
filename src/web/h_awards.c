/* From award to register (issue 16): completing a logged procurement (PATCH), its draft contract,
 * an exemption from social return, the SR-team's confirmation of a draft, and the report of missing
 * social return. Every id is checked against the caller's municipality scope (404 outside it).
 * Actions: app/procurement_award.h. */
#include "app/procurement_award.h"
#include "app/procurement_log.h"
#include "app/register_contract.h"
#include "io/report_export.h"
#include "web/authz_sebo.h"
#include "web/body.h"
#include "web/guard.h"
#include "web/router.h"
#include "web/scope.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The procurement {id} when the user may do `a` to it in its municipality; else a problem. */
static bool procurement_scoped(web_req *req, sebo_action a, int64_t *id, char muni[48])
{
    if (authz_sebo_role(&req->user, a) != AUTHZ_ALLOW) {
        web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
        return false;
    }
    if (!web_param_id(req, "id", id)) return false;
    inc_error e = {0};
    if (app_procurement_municipality(req->db, *id, muni, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, NULL, "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    if (authz_sebo_decide(&req->user, a, muni, 0) != AUTHZ_ALLOW) {
        web_problem(req, 404, NULL, "niet gevonden");
        return false;
    }
    return true;
}

/* The procurement with its award block. */
static int procurement_out(web_req *req, int status, int64_t id, int64_t contract_id)
{
    inc_error e = {0};
    procurement_list l;
    if (app_procurement(req->db, id, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = procurement_json(&l.items[0]);
    arena_free(&l.arena);
    json_t *award;
    if (app_procurement_award_json(req->db, id, &award, &e) != INC_OK) {
        json_decref(out);
        return web_fail(req, &e);
    }
    json_object_set_new(out, "award", award);
    if (contract_id) json_object_set_new(out, "created_contract_id", json_integer(contract_id));
    return web_json(req, status, out);
}

int h_procurement_award_show(web_req *req)
{
    int64_t id;
    char muni[48];
    if (!procurement_scoped(req, SACT_PROCUREMENT_READ, &id, muni)) return req->status;
    return procurement_out(req, 200, id, 0);
}

int h_procurement_complete(web_req *req)
{
    int64_t id;
    char muni[48];
    if (!procurement_scoped(req, SACT_PROCUREMENT_LOG, &id, muni)) return req->status;
    if (!req->body) return web_problem(req, 400, NULL, "verwacht een JSON-object");
    procurement_completion c;
    inc_error e = {0};
    if (procurement_completion_from_json(req->body, &c, &e) != INC_OK) return web_problem(req, 422, e.field, "%s", e.message);
    int64_t contract = 0;
    if (app_procurement_complete(req->db, id, &c, &contract, &e) != INC_OK) return web_fail(req, &e);
    return procurement_out(req, 200, id, contract);
}

/* Labour share and period of a draft or a confirmation: {labour_share_pct, start_date, end_date}. */
static bool period_body(web_req *req, int32_t *labour, inc_date *start, inc_date *end)
{
    *labour = -1;
    *start = *end = INC_DATE_NONE;
    if (!req->body) return true;
    static const web_field fields[] = {{"labour_share_pct", F_NUMBER, false}, {"start_date", F_STRING, false},
                                       {"end_date", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return false;
    json_t *l = json_object_get(req->body, "labour_share_pct");
    if (l) {
        double v = json_number_value(l);
        if (v < 0 || v > 100) {
            web_problem(req, 422, "labour_share_pct", "het loonsomaandeel ligt tussen 0 en 100 %%");
            return false;
        }
        *labour = (int32_t)(v * 100 + 0.5);
    }
    inc_error e = {0};
    const char *s = json_string_value(json_object_get(req->body, "start_date"));
    const char *en = json_string_value(json_object_get(req->body, "end_date"));
    if ((s && date_parse(s, start, "start_date", &e) != INC_OK) || (en && date_parse(en, end, "end_date", &e) != INC_OK)) {
        web_problem(req, 422, e.field, "%s", e.message);
        return false;
    }
    return true;
}

int h_procurement_draft(web_req *req)
{
    int64_t id;
    char muni[48];
    if (!procurement_scoped(req, SACT_PROCUREMENT_READ, &id, muni)) return req->status;
    if (!web_guard(req, ACT_CONTRACT_CREATE, muni, 0)) return req->status;
    award_draft_options o;
    award_draft_options_init(&o);
    if (!period_body(req, &o.labour_share_bp, &o.start_date, &o.end_date)) return req->status;
    int64_t contract = 0;
    inc_error e = {0};
    if (app_procurement_award_to_draft(req->db, id, &o, &contract, &e) != INC_OK) return web_fail(req, &e);
    return procurement_out(req, 201, id, contract);
}

int h_procurement_exempt(web_req *req)
{
    int64_t id;
    char muni[48];
    if (!procurement_scoped(req, SACT_PROCUREMENT_READ, &id, muni)) return req->status;
    if (!web_guard(req, ACT_REALISATION_DECIDE, muni, 0)) return req->status;   /* the SR-team's decision */
    static const web_field fields[] = {{"granted_by", F_STRING, true}, {"granted_on", F_STRING, true},
                                       {"reason", F_STRING, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_error e = {0};
    inc_date on;
    if (date_parse(json_string_value(json_object_get(req->body, "granted_on")), &on, "granted_on", &e) != INC_OK)
        return web_problem(req, 422, e.field, "%s", e.message);
    if (app_procurement_exempt(req->db, id, json_string_value(json_object_get(req->body, "granted_by")), on,
                               json_string_value(json_object_get(req->body, "reason")), &e) != INC_OK)
        return web_fail(req, &e);
    return procurement_out(req, 201, id, 0);
}

int h_contract_confirm(web_req *req)
{
    int64_t id;
    /* confirming a draft is the SR-team's decision, as verifying a realisation is */
    if (!web_guard_role(req, ACT_REALISATION_DECIDE) || !web_param_id(req, "id", &id)) return req->status;
    char muni[48];
    int64_t org = 0;
    inc_error e = {0};
    if (app_contract_scope(req->db, id, muni, &org, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, NULL, "niet gevonden");
        return web_fail(req, &e);
    }
    if (!web_guard(req, ACT_REALISATION_DECIDE, muni, 0)) return req->status;
    int32_t labour;
    inc_date start, end;
    if (!period_body(req, &labour, &start, &end)) return req->status;
    if (app_award_confirm(req->db, id, labour, start, end, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:I, s:s}", "id", (json_int_t)id, "status", "bevestigd"));
}

int h_report_missing_sr(web_req *req)
{
    if (!web_guard_role(req, ACT_AGGREGATE_READ)) return req->status;
    web_scope s;
    if (!web_scope_for(req, &s)) return req->status;
    missing_sr_filter f = {.municipalities = s.municipalities, .department = web_query(req, "department")};
    const char *y = web_query(req, "year");
    if (y) {
        char *end;
        long v = strtol(y, &end, 10);
        if (!*y || *end || v < 1900 || v > 2999) return web_problem(req, 400, "year", "year moet een jaartal zijn (bijv. 2025)");
        f.year = (int)v;
    }
    const char *format = web_query(req, "format");
    if (format && strcmp(format, "json") && strcmp(format, "xlsx"))
        return web_problem(req, 400, "format", "format moet json of xlsx zijn");
    json_t *out;
    inc_error e = {0};
    if (app_missing_sr(req->db, &f, &out, &e) != INC_OK) return web_fail(req, &e);
    /* the council sees aggregates only: the groups and totals, not the list of awards */
    if (req->user.role == ROLE_RAAD) json_object_set_new(out, "items", json_array());
    if (!format || strcmp(format, "xlsx")) return web_json(req, 200, out);
    report_doc doc;
    missing_sr_doc(out, &doc);
    json_decref(out);
    char *buf;
    size_t len;
    inc_status st = report_xlsx_bytes(&doc, &buf, &len, &e);
    report_free(&doc);
    if (st != INC_OK) return web_fail(req, &e);
    free(req->resp_body);
    req->resp_body = buf;
    req->resp_len = len;
    req->content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    req->status = 200;
    snprintf(req->disposition, sizeof req->disposition, "attachment; filename=\"ontbrekende-social-return.xlsx\"");
    return 200;
}
