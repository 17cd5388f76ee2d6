/* What social return achieved for residents over the API (app/realisation_jobs.h): the job behind a
 * job realisation and its durability, recorded by the contractor of the contract or the SR-team in
 * scope (as reporting a realisation); the report per year, contractor and contract for the roles that
 * read aggregate reports, in their scope (the council: aggregates with small counts hidden). */
#include "app/realisation_jobs.h"
#include "app/register_contract.h"
#include "core/role.h"
#include "web/body.h"
#include "web/guard.h"
#include "web/router.h"
#include "web/scope.h"
#include <stdlib.h>
#include <string.h>

/* The realisation in the path, within the caller's scope for reporting realisations. */
static bool realisation_in_scope(web_req *req, int64_t *id)
{
    if (!web_guard_role(req, ACT_REALISATION_CREATE) || !web_param_id(req, "id", id)) return false;
    realisation_job_facts f;
    inc_error e = {0};
    if (app_realisation_job_facts(req->db, *id, &f, &e)) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, NULL, "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    char muni[48];
    int64_t org = 0;
    if (app_contract_scope(req->db, f.contract_id, muni, &org, &e) != INC_OK) {
        web_fail(req, &e);
        return false;
    }
    if (!web_guard(req, ACT_REALISATION_CREATE, muni, org)) {
        if (req->status == 404) web_problem(req, 404, NULL, "niet gevonden");
        return false;
    }
    return true;
}

int h_realisation_job(web_req *req)
{
    static const web_field fields[] = {{"residence_municipality", F_STRING, false}, {"residence_pc4", F_STRING, false},
                                       {"contract_type", F_STRING, true},           {"benefit_left", F_STRING, false},
                                       {NULL}};
    int64_t id;
    if (!realisation_in_scope(req, &id) || !web_check_body(req, fields)) return req->status;
    inc_error e = {0};
    if (app_realisation_job_record(req->db, id, json_string_value(json_object_get(req->body, "residence_municipality")),
                                   json_string_value(json_object_get(req->body, "residence_pc4")),
                                   json_string_value(json_object_get(req->body, "contract_type")),
                                   json_string_value(json_object_get(req->body, "benefit_left")), &e))
        return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:I, s:O}", "realisation", (json_int_t)id, "contract_type",
                                        json_object_get(req->body, "contract_type")));
}

int h_realisation_durability(web_req *req)
{
    static const web_field fields[] = {{"months", F_INTEGER, true}, {"working", F_BOOL, true}, {NULL}};
    int64_t id;
    if (!realisation_in_scope(req, &id) || !web_check_body(req, fields)) return req->status;
    json_int_t months = json_integer_value(json_object_get(req->body, "months"));
    inc_error e = {0};
    if (app_realisation_job_working(req->db, id, months == 6 || months == 12 ? (int)months : 0,
                                    json_is_true(json_object_get(req->body, "working")), &e))
        return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:I, s:I, s:O}", "realisation", (json_int_t)id, "months", months, "working",
                                        json_object_get(req->body, "working")));
}

/* The report for the filter with ?year=; full figures for who verifies the realisations (and a
 * contractor on its own contract), aggregates with small counts hidden for everyone else. */
static int jobs_report(web_req *req, job_filter *f)
{
    const char *y = web_query(req, "year");
    if (y) {
        char *end;
        long yv = strtol(y, &end, 10);
        if (*end || yv < 2000 || yv > 2100) return web_problem(req, 400, "year", "year moet een jaartal zijn (bijv. 2024)");
        f->year = (int)yv;
    }
    bool aggregate_only = authz_role(&req->user, ACT_REALISATION_DECIDE) != AUTHZ_ALLOW && req->user.role != ROLE_BEHEER &&
                          !(req->user.role == ROLE_OPDRACHTNEMER && f->contract_id > 0);
    inc_error e = {0};
    json_t *out = app_jobs_report_json(req->db, f, date_today(), aggregate_only, &e);
    if (!out) return web_fail(req, &e);
    return web_json(req, 200, out);
}

/* The contract in ?contract=, readable by the caller (its contractor, the SR-team in scope). */
static bool contract_readable(web_req *req, int64_t contract_id)
{
    char muni[48];
    int64_t org = 0;
    inc_error e = {0};
    if (app_contract_scope(req->db, contract_id, muni, &org, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, "contract", "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    return web_guard(req, ACT_REGISTER_READ, muni, org);
}

int h_report_jobs(web_req *req)
{
    int64_t contract;
    if (!web_query_id(req, "contract", &contract)) return req->status;
    /* the aggregate report in the caller's scope; one contract also for whoever may read that contract
     * (the contractor its own: it reported the people itself, so it sees its figures whole) */
    bool one_contract = contract > 0 && authz_role(&req->user, ACT_AGGREGATE_READ) != AUTHZ_ALLOW;
    job_filter f = {.contract_id = contract};
    web_scope s;   /* f points into it: it lives as long as the request */
    if (one_contract) {
        if (!contract_readable(req, contract)) return req->status;
    } else {
        if (!web_guard_role(req, ACT_AGGREGATE_READ)) return req->status;
        if (!web_scope_for(req, &s)) return req->status;
        f.municipalities = s.municipalities;
        f.contractor_id = s.contractor_id;
        if (contract && !contract_readable(req, contract)) return req->status;
    }
    return jobs_report(req, &f);
}

