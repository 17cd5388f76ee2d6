/* /api/v1/realisations: reporting, verifying and rejecting, through the application layer
 * (app/register_realisation.h). */
#include "app/register_contract.h"
#include "app/register_realisation.h"
#include "core/json_fields.h"
#include "web/body.h"
#include "web/router.h"
#include "web/guard.h"
#include <string.h>

/* Scope check through the contract a realisation belongs to. */
static bool contract_allowed(web_req *req, authz_action a, int64_t contract_id)
{
    char muni[48];
    int64_t org = 0;
    inc_error e = {0};
    if (app_contract_scope(req->db, contract_id, muni, &org, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, "contract_id", "contract niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    return web_guard(req, a, muni, org);
}

/* The realisation with this id as JSON, as its contract's list shows it. Read alone: building the whole list of the contract to pick
 * it out was most of the cost of a report or a verification. */
static int respond_realisation(web_req *req, int status, int64_t id)
{
    view_out o;
    view_out_tree(&o);
    inc_error e = {0};
    json_t *r = view_out_tree_done(&o, app_realisation_show(req->db, id, &o, &e));
    if (!r) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, NULL, "niet gevonden");
        return web_fail(req, &e);
    }
    return web_json(req, status, r);
}

int h_realisations_list(web_req *req)
{
    if (!web_guard_role(req, ACT_REGISTER_READ)) return req->status;
    int64_t contract_id;
    if (!web_query_id(req, "contract", &contract_id)) return req->status;
    if (!contract_id && req->user.role != ROLE_BEHEER)
        return web_problem(req, 400, "contract", "geef het contract op: ?contract=ID");
    if (contract_id && !contract_allowed(req, ACT_REGISTER_READ, contract_id)) return req->status;
    view_out o;
    view_out_tree(&o);
    inc_error e = {0};
    vo_object(&o, NULL);
    inc_status st = app_realisation_list(req->db, contract_id, web_query(req, "status"), &o, "items", &e);
    vo_end(&o);
    json_t *list = view_out_tree_done(&o, st);
    if (!list) {
        if (e.status == INC_EINVAL) return web_problem(req, 400, e.field, "%s", e.message);
        return web_fail(req, &e);
    }
    return web_json(req, 200, list);
}

int h_realisations_create(web_req *req)
{
    if (!web_guard_role(req, ACT_REALISATION_CREATE)) return req->status;
    static const web_field fields[] = {
        {"contract_id", F_INTEGER, true}, {"block", F_STRING, true},         {"bsn", F_STRING, false},
        {"candidate_ref", F_STRING, false}, {"hours_per_week", F_NUMBER, false}, {"hours", F_NUMBER, false},
        {"start", F_STRING, true},        {"end", F_STRING, false},          {"amount", F_NUMBER, false},
        {"subsidy_end", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_int_t cid = json_integer_value(json_object_get(req->body, "contract_id"));
    if (cid <= 0) return web_problem(req, 400, "contract_id", "contract_id moet een positief geheel getal zijn");
    if (!contract_allowed(req, ACT_REALISATION_CREATE, cid)) return req->status;
    json_fields jf;
    field_source fs = json_fields_source(&jf, req->body);
    inc_realisation_input in;
    inc_errors bad = {0};
    inc_error e = {.all = &bad};   /* every bad field at once */
    if (realisation_input_parse(&fs, &in, &e) != INC_OK) return web_fail(req, &e);
    in.contract_id = cid;
    int64_t id;
    inc_status st = app_realisation_report(req->db, &in, &id, &e);
    memset(in.bsn, 0, sizeof in.bsn);
    if (st != INC_OK) return web_fail(req, &e);
    return respond_realisation(req, 201, id);
}

static int decide(web_req *req, bool verify)
{
    if (!web_guard_role(req, ACT_REALISATION_DECIDE)) return req->status;
    int64_t id, contract_id;
    if (!web_param_id(req, "id", &id)) return req->status;
    inc_error e = {0};
    if (app_realisation_contract(req->db, id, &contract_id, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, NULL, "niet gevonden");
        return web_fail(req, &e);
    }
    if (!contract_allowed(req, ACT_REALISATION_DECIDE, contract_id)) {
        if (req->status == 404) web_problem(req, 404, NULL, "niet gevonden");
        return req->status;
    }
    static const web_field none[] = {{NULL}};
    static const web_field reason[] = {{"reason", F_STRING, true}, {NULL}};
    if (!web_check_body(req, verify ? none : reason)) return req->status;
    inc_status st = verify ? app_realisation_verify(req->db, id, &e)
                           : app_realisation_reject(req->db, id, json_string_value(json_object_get(req->body, "reason")), &e);
    if (st != INC_OK) return web_fail(req, &e);
    return respond_realisation(req, 200, id);
}

int h_realisations_verify(web_req *req) { return decide(req, true); }
int h_realisations_reject(web_req *req) { return decide(req, false); }
