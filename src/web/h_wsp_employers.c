/* /api/v1/employers and /api/v1/events: employer accounts, the one view of the employer, contact
 * persons, contact moments, network events with attendance. */
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include "web/body.h"
#include "web/router.h"
#include "web/wsp_guard.h"

int h_employers_list(web_req *req)
{
    if (!wsp_guard_role(req, WSP_READ)) return req->status;
    wsp_employer_list l;
    inc_error e = {0};
    if (wsp_employers_list(req->db, web_query(req, "municipality"), &l, &e)) return web_fail(req, &e);
    json_t *out = wsp_employers_json(&l);
    WSP_LIST_FREE(&l);
    return web_json(req, 200, wsp_filter_scope(req, out));
}

/* The one view of an employer in the user's scope; what it links to in other municipalities
 * (events, vacancies, placements of their candidates, SROI contracts with their figures) is left
 * out, like every other record there. */
static int show(web_req *req, int status, int64_t id)
{
    wsp_employer_detail v;
    inc_error e = {0};
    if (wsp_employer_view(req->db, id, &v, &e)) return web_fail(req, &e);
    json_t *out = wsp_employer_view_json(&v);
    wsp_employer_view_free(&v);
    wsp_filter_scope_by(req, json_object_get(out, "events"), "municipality");
    wsp_filter_scope_by(req, json_object_get(out, "vacancies"), "municipality");
    wsp_filter_scope_by(req, json_object_get(out, "placements"), "municipality");
    wsp_filter_scope_by(req, json_object_get(out, "placements"), "candidate_municipality");
    wsp_filter_scope_by(req, json_object_get(out, "sroi_contracts"), "municipality");
    return web_json(req, status, out);
}

int h_employers_create(web_req *req)
{
    static const web_field fields[] = {{"kvk", F_STRING, true},          {"name", F_STRING, true},
                                       {"municipality", F_STRING, true}, {"size_class", F_STRING, true},
                                       {"sector", F_STRING, false},      {"postcode", F_STRING, false},
                                       {"account_manager", F_STRING, false}, {NULL}};
    if (!wsp_guard_role(req, WSP_WRITE) || !web_check_body(req, fields)) return req->status;
    const char *muni = json_string_value(json_object_get(req->body, "municipality"));
    if (!authz_serves(&req->user, muni))
        return web_problem(req, 403, "municipality", "u mag geen werkgevers vastleggen voor gemeente '%s'", muni);
    int64_t id;
    inc_errors bad = {0};
    inc_error e = {.all = &bad};   /* every bad field at once */
    wsp_employer_in in;
    if (wsp_employer_in_read(req->body, &in, &e) || wsp_employer_add(req->db, &in, &id, &e)) return web_fail(req, &e);
    return show(req, 201, id);
}

int h_employers_show(web_req *req)
{
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_READ, "employer", id)) return req->status;
    return show(req, 200, id);
}

int h_employers_contacts_create(web_req *req)
{
    static const web_field fields[] = {{"name", F_STRING, true}, {"role", F_STRING, false},
                                       {"email", F_STRING, false}, {"phone", F_STRING, false}, {NULL}};
    int64_t id, cid;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_WRITE, "employer", id) ||
        !web_check_body(req, fields))
        return req->status;
    inc_error e = {0};
    wsp_contact_in in;
    if (wsp_contact_in_read(req->body, &in, &e) || wsp_contact_add(req->db, id, &in, &cid, &e)) return web_fail(req, &e);
    return show(req, 201, id);
}

int h_employers_moments_create(web_req *req)
{
    static const web_field fields[] = {{"kind", F_STRING, true}, {"date", F_STRING, true},
                                       {"account_manager", F_STRING, false}, {"notes", F_STRING, false},
                                       {"event", F_INTEGER, false}, {NULL}};
    int64_t id, mid;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_WRITE, "employer", id) ||
        !web_check_body(req, fields))
        return req->status;
    /* A moment may point at an event: that event must lie in the user's scope too. */
    json_t *event = json_object_get(req->body, "event");
    if (json_integer_value(event) && !wsp_guard_record(req, WSP_WRITE, "event", json_integer_value(event)))
        return req->status;
    inc_error e = {0};
    wsp_moment_in in;
    if (wsp_moment_in_read(req->body, &in, &e) || wsp_moment_add(req->db, id, &in, &mid, &e)) return web_fail(req, &e);
    return show(req, 201, id);
}

int h_events_list(web_req *req)
{
    if (!wsp_guard_role(req, WSP_READ)) return req->status;
    wsp_event_list l;
    inc_error e = {0};
    if (wsp_events_list(req->db, &l, &e)) return web_fail(req, &e);
    json_t *out = wsp_events_json(&l);
    WSP_LIST_FREE(&l);
    return web_json(req, 200, wsp_filter_scope(req, out));
}

int h_events_create(web_req *req)
{
    static const web_field fields[] = {{"title", F_STRING, true}, {"date", F_STRING, true},
                                       {"municipality", F_STRING, true}, {"location", F_STRING, false}, {NULL}};
    if (!wsp_guard_role(req, WSP_WRITE) || !web_check_body(req, fields)) return req->status;
    const char *muni = json_string_value(json_object_get(req->body, "municipality"));
    if (!authz_serves(&req->user, muni))
        return web_problem(req, 403, "municipality", "u mag geen evenementen vastleggen voor gemeente '%s'", muni);
    int64_t id;
    inc_error e = {0};
    wsp_event_in in;
    if (wsp_event_in_read(req->body, &in, &e) || wsp_event_add(req->db, &in, &id, &e)) return web_fail(req, &e);
    return web_json(req, 201, json_pack("{s:I}", "id", (json_int_t)id));
}

int h_events_attendance(web_req *req)
{
    static const web_field fields[] = {{"employer", F_INTEGER, true}, {"attended", F_BOOL, false}, {NULL}};
    int64_t id;
    if (!web_param_id(req, "id", &id) || !wsp_guard_record(req, WSP_WRITE, "event", id) ||
        !web_check_body(req, fields))
        return req->status;
    int64_t employer = json_integer_value(json_object_get(req->body, "employer"));
    if (!wsp_guard_record(req, WSP_WRITE, "employer", employer)) return req->status;
    json_t *att = json_object_get(req->body, "attended");
    inc_error e = {0};
    if (wsp_event_attend(req->db, id, employer, att ? json_is_true(att) : true, &e)) return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:I, s:I}", "event", (json_int_t)id, "employer", (json_int_t)employer));
}
