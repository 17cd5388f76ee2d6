/* After the award (issue 17): evidence of realisations, the follow-up of a contract (plan van aanpak,
 * escalation ladder, settlement), the werkvoorraad, past performance and the yearly report, through
 * app/evidence.h and app/settlement.h. The SR-team in scope acts; evidence is opened only by the
 * SR-team (never by the council, whose role reads no register at all). */
#include "app/evidence.h"
#include "app/register_contract.h"
#include "app/register_realisation.h"
#include "app/settlement.h"
#include "core/decimal.h"
#include "core/json_fixed.h"
#include "web/body.h"
#include "web/guard.h"
#include "web/router.h"
#include "web/scope.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool scope_of_contract(web_req *req, authz_action a, int64_t contract_id)
{
    char muni[48];
    int64_t org = 0;
    inc_error e = {0};
    if (app_contract_scope(req->db, contract_id, muni, &org, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, NULL, "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    if (web_guard(req, a, muni, org)) return true;
    if (req->status == 404) web_problem(req, 404, NULL, "niet gevonden");
    return false;
}

static bool contract_param(web_req *req, authz_action a, int64_t *id)
{
    return web_guard_role(req, a) && web_param_id(req, "id", id) && scope_of_contract(req, a, *id);
}

static bool realisation_scope(web_req *req, authz_action a, int64_t realisation_id)
{
    int64_t contract_id;
    inc_error e = {0};
    if (app_realisation_contract(req->db, realisation_id, &contract_id, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, NULL, "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    return scope_of_contract(req, a, contract_id);
}

/* ---- evidence ---- */

int h_evidence_upload(web_req *req)
{
    int64_t rid;
    if (!web_guard_role(req, ACT_REALISATION_CREATE) || !web_param_id(req, "id", &rid)) return req->status;
    if (!realisation_scope(req, ACT_REALISATION_CREATE, rid)) return req->status;
    const char *name = web_query(req, "filename");
    if (name && strlen(name) > 255) return web_problem(req, 400, "filename", "bestandsnaam is te lang (hoogstens 255 tekens)");
    json_t *out;
    inc_error e = {0};
    if (app_evidence_add(req->db, rid, name ? name : "bewijsstuk", req->raw_body ? req->raw_body : "", req->raw_len,
                         &out, &e) != INC_OK)
        return web_fail(req, &e);
    return web_json(req, 201, out);
}

int h_evidence_list(web_req *req)
{
    int64_t rid;
    /* The contractor sees what it sent, the SR-team what it verifies: both report realisations. */
    if (!web_guard_role(req, ACT_REALISATION_CREATE) || !web_param_id(req, "id", &rid)) return req->status;
    if (!realisation_scope(req, ACT_REALISATION_CREATE, rid)) return req->status;
    json_t *out;
    inc_error e = {0};
    if (app_evidence_list(req->db, rid, &out, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 200, out);
}

typedef struct {
    web_req *req;
    bool got;
} open_state;

static void deliver(void *user, const char *filename, const char *mime, const void *data, size_t size)
{
    open_state *s = user;
    web_req *req = s->req;
    char *copy = malloc(size ? size : 1);
    if (!copy) return;
    memcpy(copy, data, size);
    free(req->resp_body);
    req->resp_body = copy;
    req->resp_len = size;
    /* a type the store accepted, as a static string */
    req->content_type = strcmp(mime, "image/png") == 0    ? "image/png"
                        : strcmp(mime, "image/jpeg") == 0 ? "image/jpeg"
                                                          : "application/pdf";
    snprintf(req->disposition, sizeof req->disposition, "inline; filename=\"%.120s\"", filename);
    s->got = true;
}

int h_evidence_open(web_req *req)
{
    int64_t id, rid;
    if (!web_guard_role(req, ACT_REALISATION_DECIDE) || !web_param_id(req, "id", &id)) return req->status;
    inc_error e = {0};
    if (app_evidence_realisation(req->db, id, &rid, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, NULL, "niet gevonden");
        return web_fail(req, &e);
    }
    if (!realisation_scope(req, ACT_REALISATION_DECIDE, rid)) return req->status;
    open_state s = {req, false};
    if (app_evidence_open(req->db, id, deliver, &s, &e) != INC_OK) {
        free(req->resp_body);
        req->resp_body = NULL;
        req->disposition[0] = '\0';
        return web_fail(req, &e);
    }
    if (!s.got) return web_problem(req, 500, NULL, "het bewijsstuk kon niet worden gelezen");
    req->status = 200;
    return 200;
}

/* ---- follow-up of a contract ---- */

static int respond_followup(web_req *req, int status, int64_t id)
{
    json_t *out;
    inc_error e = {0};
    if (app_followup_show(req->db, id, date_today(), &out, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, status, out);
}

int h_followup_show(web_req *req)
{
    int64_t id;
    if (!contract_param(req, ACT_REGISTER_READ, &id)) return req->status;
    return respond_followup(req, 200, id);
}

static bool body_date(web_req *req, const char *field, inc_date def, inc_date *out, inc_error *e)
{
    const char *v = json_string_value(json_object_get(req->body, field));
    if (!v) {
        *out = def;
        return true;
    }
    return date_parse(v, out, field, e) == INC_OK;
}

int h_followup_plan(web_req *req)
{
    int64_t id;
    if (!contract_param(req, ACT_REALISATION_DECIDE, &id)) return req->status;
    static const web_field fields[] = {{"due_date", F_STRING, true}, {"target", F_NUMBER, true},
                                       {"description", F_STRING, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_error e = {0};
    inc_date due;
    int64_t target;
    if (!body_date(req, "due_date", INC_DATE_NONE, &due, &e)) return web_fail(req, &e);
    if (!json_fixed_get(json_object_get(req->body, "target"), 2, &target))
        return web_problem(req, 422, "target", "target is geen bedrag");
    int64_t pid;
    if (app_plan_add(req->db, id, due, target, json_string_value(json_object_get(req->body, "description")), &pid, &e) !=
        INC_OK)
        return web_fail(req, &e);
    return respond_followup(req, 201, id);
}

int h_followup_escalate(web_req *req)
{
    int64_t id;
    if (!contract_param(req, ACT_REALISATION_DECIDE, &id)) return req->status;
    static const web_field fields[] = {{"step", F_INTEGER, false}, {"date", F_STRING, false},
                                       {"answer", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_error e = {0};
    inc_date on;
    if (!body_date(req, "date", date_today(), &on, &e)) return web_fail(req, &e);
    json_int_t step = json_integer_value(json_object_get(req->body, "step"));
    if (step < 0 || step > 100) return web_problem(req, 422, "step", "stap moet een positief geheel getal zijn");
    int64_t sid;
    if (app_escalation_take(req->db, id, (int)step, on, json_string_value(json_object_get(req->body, "answer")), &sid,
                            &e) != INC_OK)
        return web_fail(req, &e);
    return respond_followup(req, 201, id);
}

int h_followup_settle(web_req *req)
{
    int64_t id;
    if (!contract_param(req, ACT_REALISATION_DECIDE, &id)) return req->status;
    static const web_field fields[] = {{"exemption_by", F_STRING, false}, {"exemption_date", F_STRING, false},
                                       {"exemption_reason", F_STRING, false}, {"remarks", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_errors bad = {0};
    inc_error e = {.all = &bad};
    app_settle_input in = {.exemption_by = json_string_value(json_object_get(req->body, "exemption_by")),
                           .exemption_reason = json_string_value(json_object_get(req->body, "exemption_reason")),
                           .remarks = json_string_value(json_object_get(req->body, "remarks"))};
    in.exemption = in.exemption_by || in.exemption_reason || json_object_get(req->body, "exemption_date");
    if (!body_date(req, "exemption_date", INC_DATE_NONE, &in.exemption_date, &e)) return web_fail(req, &e);
    json_t *out;
    if (app_settle(req->db, id, &in, date_today(), &out, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 201, out);
}

int h_followup_due(web_req *req)
{
    if (!web_guard_role(req, ACT_REALISATION_DECIDE)) return req->status;
    web_scope s;
    if (!web_scope_for(req, &s)) return req->status;
    json_t *out;
    inc_error e = {0};
    if (app_followup_due(req->db, s.municipalities, date_today(), &out, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 200, out);
}

int h_past_performance(web_req *req)
{
    /* Inkoop (registering a contract or logging a procurement) and the SR-team. */
    if (!web_guard_role(req, ACT_CONTRACT_CREATE)) return req->status;
    web_scope s;
    if (!web_scope_for(req, &s)) return req->status;
    json_t *out;
    inc_error e = {0};
    if (app_past_performance(req->db, web_param(req, "kvk"), s.municipalities, &out, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, NULL, "niet gevonden");
        return web_fail(req, &e);
    }
    return web_json(req, 200, out);
}

int h_report_settlement(web_req *req)
{
    if (!web_guard_role(req, ACT_AGGREGATE_READ)) return req->status;
    web_scope s;
    if (!web_scope_for(req, &s)) return req->status;
    const char *y = web_query(req, "year");
    if (!y) return web_problem(req, 400, "year", "geef het jaar: ?year=2025");
    char *end;
    long v = strtol(y, &end, 10);
    if (*end) return web_problem(req, 400, "year", "year moet een jaartal zijn (bijv. 2025)");
    json_t *out;
    inc_error e = {0};
    if (app_settlement_report(req->db, (int)v, s.municipalities, date_today(), &out, &e) != INC_OK)
        return web_fail(req, &e);
    return web_json(req, 200, out);
}
