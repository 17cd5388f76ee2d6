/* /api/v1/questions: employers' questions with the 48-hour answer target. */
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include "web/body.h"
#include "web/router.h"
#include "web/wsp_guard.h"

int h_questions_list(web_req *req)
{
    int64_t employer = 0;
    if (!wsp_guard_role(req, WSP_READ) || !web_query_id(req, "employer", &employer)) return req->status;
    wsp_question_list l;
    inc_error e = {0};
    if (wsp_questions_list(req->db, web_query(req, "status"), employer, &l, &e)) return web_fail(req, &e);
    json_t *out = wsp_questions_json(&l);
    WSP_LIST_FREE(&l);
    return web_json(req, 200, wsp_filter_scope(req, out));
}

int h_questions_stats(web_req *req)
{
    if (!wsp_guard_role(req, WSP_READ)) return req->status;
    wsp_month_list l;
    inc_error e = {0};
    /* Only the questions of employers in the user's municipalities (beheer: all). */
    bool all = req->user.role == ROLE_BEHEER;
    if (wsp_questions_stats(req->db, all ? NULL : req->user.municipality_ids, all ? 0 : req->user.n_municipalities, &l,
                            &e))
        return web_fail(req, &e);
    json_t *out = wsp_question_months_json(&l);
    WSP_LIST_FREE(&l);
    return web_json(req, 200, out);
}

int h_questions_create(web_req *req)
{
    static const web_field fields[] = {{"employer", F_INTEGER, true}, {"subject", F_STRING, true},
                                       {"question", F_STRING, false}, {"asked_at", F_STRING, false},
                                       {"channel", F_STRING, false}, {NULL}};
    if (!wsp_guard_role(req, WSP_WRITE) || !web_check_body(req, fields)) return req->status;
    int64_t employer = json_integer_value(json_object_get(req->body, "employer")), id;
    if (!wsp_guard_record(req, WSP_WRITE, "employer", employer)) return req->status;
    inc_error e = {0};
    wsp_question_in in;
    if (wsp_question_in_read(req->body, &in, &e) || wsp_question_add(req->db, &in, &id, &e)) return web_fail(req, &e);
    return web_json(req, 201, json_pack("{s:I}", "id", (json_int_t)id));
}

int h_questions_answer(web_req *req)
{
    static const web_field fields[] = {{"answer", F_STRING, true}, {"answered_at", F_STRING, false},
                                       {"answered_by", F_STRING, false}, {NULL}};
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_WRITE, "question", id) ||
        !web_check_body(req, fields))
        return req->status;
    inc_error e = {0};
    wsp_answer_in in;
    if (wsp_answer_in_read(req->body, &in, &e)) return web_fail(req, &e);
    if (!json_object_get(req->body, "answered_by")) in.answered_by = req->user.username;
    if (wsp_question_answer(req->db, id, &in, &e)) return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:I}", "id", (json_int_t)id));
}
