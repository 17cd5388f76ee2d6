/* /api/v1/candidates, /api/v1/proposals, /api/v1/placements: candidate data, visible to wsp and
 * sr-team of the owning municipalities only. */
#include <stdlib.h>
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include "web/body.h"
#include "web/router.h"
#include "web/wsp_guard.h"

int h_candidates_list(web_req *req)
{
    if (!wsp_guard_role(req, WSP_CANDIDATES)) return req->status;
    wsp_candidate_list l;
    inc_error e = {0};
    if (wsp_candidates_list(req->db, req->user.municipality_ids, req->user.n_municipalities, &l, &e))
        return web_fail(req, &e);
    json_t *out = wsp_candidates_json(&l);
    WSP_LIST_FREE(&l);
    return web_json(req, 200, out);
}

static int show(web_req *req, int status, int64_t id)
{
    wsp_candidate c;
    inc_arena arena = {0};
    inc_error e = {0};
    if (wsp_candidate_get(req->db, id, &c, &arena, &e)) return web_fail(req, &e);
    json_t *out = wsp_candidate_json(&c);
    arena_free(&arena);
    return web_json(req, status, out);
}

int h_candidates_create(web_req *req)
{
    static const web_field fields[] = {
        {"bsn", F_STRING, true},        {"municipality", F_STRING, true}, {"education", F_STRING, true},
        {"hours_min", F_NUMBER, true},  {"hours_max", F_NUMBER, true},    {"postcode", F_STRING, true},
        {"travel_km", F_NUMBER, true},  {"available_from", F_STRING, true}, {"consent", F_BOOL, true},
        {"skills", F_STRINGS, false},   {"groups", F_STRINGS, false},     {NULL}};
    if (!wsp_guard_role(req, WSP_CANDIDATES) || !web_check_body(req, fields)) return req->status;
    const char *muni = json_string_value(json_object_get(req->body, "municipality"));
    if (!authz_serves(&req->user, muni))
        return web_problem(req, 403, "municipality", "u mag geen kandidaten vastleggen voor gemeente '%s'", muni);
    int64_t id;
    inc_errors bad = {0};
    inc_error e = {.all = &bad};   /* every bad field at once */
    wsp_candidate_in in;
    if (wsp_candidate_in_read(req->body, &in, &e) || wsp_candidate_add(req->db, &in, &id, &e)) return web_fail(req, &e);
    return show(req, 201, id);
}

int h_candidates_show(web_req *req)
{
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_CANDIDATES, "candidate", id)) return req->status;
    return show(req, 200, id);
}

int h_candidates_consent(web_req *req)
{
    static const web_field fields[] = {{"consent", F_BOOL, true}, {NULL}};
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_CANDIDATES, "candidate", id) ||
        !web_check_body(req, fields))
        return req->status;
    inc_error e = {0};
    if (wsp_candidate_set_consent(req->db, id, json_is_true(json_object_get(req->body, "consent")), &e))
        return web_fail(req, &e);
    return show(req, 200, id);
}

int h_candidates_vacancies(web_req *req)
{
    int64_t id, limit = 0;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_CANDIDATES, "candidate", id) ||
        !web_query_id(req, "limit", &limit))
        return req->status;
    wsp_match_result *r;
    inc_error e = {0};
    if (wsp_best_vacancies(req->db, id, limit ? (int)(limit > 1000 ? 1000 : limit) : 5, req->user.municipality_ids,
                           req->user.n_municipalities, &r, &e))
        return web_fail(req, &e);
    json_t *out = wsp_best_vacancies_json(r);
    wsp_match_result_free(r);
    return web_json(req, 200, out);
}

int h_proposals_list(web_req *req)
{
    int64_t vacancy = 0;
    if (!wsp_guard_role(req, WSP_CANDIDATES) || !web_query_id(req, "vacancy", &vacancy)) return req->status;
    wsp_proposal_list l;
    inc_error e = {0};
    if (wsp_proposals_list(req->db, vacancy, &l, &e)) return web_fail(req, &e);
    json_t *out = wsp_proposals_json(&l);
    WSP_LIST_FREE(&l);
    /* Both the vacancy and the candidate must lie in the user's municipalities. */
    return web_json(req, 200, wsp_filter_scope_by(req, wsp_filter_scope(req, out), "candidate_municipality"));
}

/* Both the vacancy and the candidate must lie in the user's municipalities. */
static bool pair_in_scope(web_req *req, int64_t vacancy, int64_t candidate)
{
    return wsp_guard_record(req, WSP_CANDIDATES, "vacancy", vacancy) &&
           wsp_guard_record(req, WSP_CANDIDATES, "candidate", candidate);
}

int h_proposals_create(web_req *req)
{
    static const web_field fields[] = {{"vacancy", F_INTEGER, true}, {"candidate", F_INTEGER, true}, {NULL}};
    if (!wsp_guard_role(req, WSP_CANDIDATES) || !web_check_body(req, fields)) return req->status;
    int64_t v = json_integer_value(json_object_get(req->body, "vacancy"));
    int64_t c = json_integer_value(json_object_get(req->body, "candidate")), id;
    if (!pair_in_scope(req, v, c)) return req->status;
    inc_error e = {0};
    if (wsp_propose(req->db, v, c, &id, &e)) return web_fail(req, &e);
    return web_json(req, 201, json_pack("{s:I, s:I, s:I, s:s}", "id", (json_int_t)id, "vacancy", (json_int_t)v,
                                        "candidate", (json_int_t)c, "outcome", "voorgesteld"));
}

int h_proposals_outcome(web_req *req)
{
    static const web_field fields[] = {{"outcome", F_STRING, true}, {"reason", F_STRING, false}, {NULL}};
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_CANDIDATES, "proposal", id) ||
        !web_check_body(req, fields))
        return req->status;
    inc_error e = {0};
    if (wsp_proposal_outcome(req->db, id, json_string_value(json_object_get(req->body, "outcome")),
                             json_string_value(json_object_get(req->body, "reason")), &e))
        return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:I, s:O}", "id", (json_int_t)id, "outcome",
                                        json_object_get(req->body, "outcome")));
}

int h_placements_list(web_req *req)
{
    if (!wsp_guard_role(req, WSP_CANDIDATES)) return req->status;
    wsp_placement_list l;
    inc_error e = {0};
    if (wsp_placements_list(req->db, &l, &e)) return web_fail(req, &e);
    json_t *out = wsp_placements_json(&l);
    WSP_LIST_FREE(&l);
    return web_json(req, 200, wsp_filter_scope_by(req, wsp_filter_scope(req, out), "candidate_municipality"));
}

int h_placements_create(web_req *req)
{
    static const web_field fields[] = {{"vacancy", F_INTEGER, true},      {"candidate", F_INTEGER, true},
                                       {"start_date", F_STRING, true},    {"hours", F_NUMBER, true},
                                       {"contract_type", F_STRING, true}, {"instrument", F_STRING, false}, {NULL}};
    if (!wsp_guard_role(req, WSP_CANDIDATES) || !web_check_body(req, fields)) return req->status;
    if (!pair_in_scope(req, json_integer_value(json_object_get(req->body, "vacancy")),
                       json_integer_value(json_object_get(req->body, "candidate"))))
        return req->status;
    wsp_placement_in in;
    wsp_placement_result r;
    inc_error e = {0};
    if (wsp_placement_in_read(req->body, &in, &e) || wsp_place(req->db, &in, &r, &e)) return web_fail(req, &e);
    json_t *out = wsp_placement_result_json(&r);
    wsp_placement_result_free(&r);
    return web_json(req, 201, out);
}
