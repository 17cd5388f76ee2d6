/* /api/v1/vacancies and /api/v1/skills: vacancies, their shortlist, the shared skills list. */
#include <stdlib.h>
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include "web/body.h"
#include "web/router.h"
#include "web/wsp_guard.h"

int h_vacancies_list(web_req *req)
{
    if (!wsp_guard_role(req, WSP_READ)) return req->status;
    wsp_vacancy_list l;
    inc_error e = {0};
    if (wsp_vacancies_list(req->db, web_query(req, "status"), &l, &e)) return web_fail(req, &e);
    json_t *out = wsp_vacancies_json(&l);
    WSP_LIST_FREE(&l);
    return web_json(req, 200, wsp_filter_scope(req, out));
}

static int show(web_req *req, int status, int64_t id)
{
    wsp_vacancy v;
    inc_arena arena = {0};
    inc_error e = {0};
    if (wsp_vacancy_get(req->db, id, &v, &arena, &e)) return web_fail(req, &e);
    json_t *out = wsp_vacancy_json(&v);
    arena_free(&arena);
    return web_json(req, status, out);
}

int h_vacancies_create(web_req *req)
{
    static const web_field fields[] = {
        {"employer", F_INTEGER, true},   {"title", F_STRING, true},        {"hours_min", F_NUMBER, true},
        {"hours_max", F_NUMBER, true},   {"start_date", F_STRING, true},   {"wanted", F_INTEGER, true},
        {"municipality", F_STRING, false}, {"postcode", F_STRING, false},  {"education", F_STRING, false},
        {"required_skills", F_STRINGS, false}, {"wished_skills", F_STRINGS, false}, {"groups", F_STRINGS, false},
        {NULL}};
    if (!wsp_guard_role(req, WSP_WRITE) || !web_check_body(req, fields)) return req->status;
    int64_t employer = json_integer_value(json_object_get(req->body, "employer")), id;
    if (!wsp_guard_record(req, WSP_WRITE, "employer", employer)) return req->status;
    const char *muni = json_string_value(json_object_get(req->body, "municipality"));
    if (muni && !authz_serves(&req->user, muni))
        return web_problem(req, 403, "municipality", "u mag geen vacatures vastleggen voor gemeente '%s'", muni);
    inc_errors bad = {0};
    inc_error e = {.all = &bad};   /* every bad field at once */
    wsp_vacancy_in in;
    if (wsp_vacancy_in_read(req->body, &in, &e) || wsp_vacancy_add(req->db, &in, &id, &e)) return web_fail(req, &e);
    return show(req, 201, id);
}

int h_vacancies_show(web_req *req)
{
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_READ, "vacancy", id)) return req->status;
    return show(req, 200, id);
}

int h_vacancies_status(web_req *req)
{
    static const web_field fields[] = {{"status", F_STRING, true}, {NULL}};
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_WRITE, "vacancy", id) ||
        !web_check_body(req, fields))
        return req->status;
    inc_error e = {0};
    if (wsp_vacancy_set_status(req->db, id, json_string_value(json_object_get(req->body, "status")), &e))
        return web_fail(req, &e);
    return show(req, 200, id);
}

/* Ask for fewer (or more) candidates: the wanted count, 1-50 (wsp). */
int h_vacancies_wanted(web_req *req)
{
    static const web_field fields[] = {{"wanted", F_INTEGER, true}, {NULL}};
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_WRITE, "vacancy", id) ||
        !web_check_body(req, fields))
        return req->status;
    inc_error e = {0};
    if (wsp_vacancy_set_wanted(req->db, id, json_integer_value(json_object_get(req->body, "wanted")), &e))
        return web_fail(req, &e);
    return show(req, 200, id);
}

/* The shortlist, over the candidates owned by the municipalities the user serves. */
int h_vacancies_shortlist(web_req *req)
{
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_CANDIDATES, "vacancy", id)) return req->status;
    wsp_match_result *r;
    inc_error e = {0};
    if (wsp_shortlist(req->db, id, req->user.municipality_ids, req->user.n_municipalities, &r, &e))
        return web_fail(req, &e);
    json_t *out = wsp_shortlist_json(r);
    wsp_match_result_free(r);
    return web_json(req, 200, out);
}

int h_skills_list(web_req *req)
{
    if (authz_role(&req->user, ACT_REFERENCE_READ) != AUTHZ_ALLOW)
        return web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    wsp_skill_list l;
    inc_error e = {0};
    if (wsp_skills_list(req->db, &l, &e)) return web_fail(req, &e);
    json_t *out = wsp_skills_json(&l);
    WSP_LIST_FREE(&l);
    return web_json(req, 200, out);
}

int h_skills_create(web_req *req)
{
    static const web_field fields[] = {{"name", F_STRING, true}, {NULL}};
    if (!wsp_guard_role(req, WSP_SKILLS) || !web_check_body(req, fields)) return req->status;
    int64_t id;
    inc_error e = {0};
    if (wsp_skill_add(req->db, json_string_value(json_object_get(req->body, "name")), &id, &e)) return web_fail(req, &e);
    return web_json(req, 201, json_pack("{s:I, s:O, s:b}", "id", (json_int_t)id, "name",
                                        json_object_get(req->body, "name"), "active", 1));
}

int h_skills_active(web_req *req)
{
    static const web_field fields[] = {{"active", F_BOOL, true}, {NULL}};
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_role(req, WSP_SKILLS) || !web_check_body(req, fields))
        return req->status;
    inc_error e = {0};
    if (wsp_skill_set_active_id(req->db, id, json_is_true(json_object_get(req->body, "active")), &e))
        return web_fail(req, &e);
    return web_no_content(req);
}
