/* Aftercare after a WSP placement over the API (app/aftercare.h): the account manager's list of
 * contacts due, a placement's contacts, recording a contact or an outcome; and the municipality's
 * schedule. Placements are checked like the placements list: the WSP roles that may handle
 * candidates (wsp, sr-team), for candidates of the municipalities they serve ("niet gevonden"
 * elsewhere). The schedule: beheer. */
#include "app/aftercare.h"
#include "core/role.h"
#include "web/body.h"
#include "web/router.h"
#include "web/wsp_guard.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The placement in the path, in the caller's scope. */
static bool placement_in_scope(web_req *req, int64_t *id)
{
    if (!web_param_id(req, "id", id) || !wsp_guard_role(req, WSP_CANDIDATES)) return false;
    aftercare_placement_facts f;
    inc_error e = {0};
    if (app_aftercare_placement(req->db, *id, &f, &e)) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, NULL, "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    return wsp_guard(req, WSP_CANDIDATES, f.candidate_municipality);
}

int h_aftercare_due(web_req *req)
{
    if (!wsp_guard_role(req, WSP_CANDIDATES)) return req->status;
    inc_date today = date_today();
    int64_t within = 14;
    const char *d = web_query(req, "date"), *w = web_query(req, "within");
    inc_error e = {0};
    if (d && date_parse(d, &today, "date", &e)) return web_fail(req, &e);
    if (w && (sscanf(w, "%" SCNd64, &within) != 1 || within < 0 || within > 366))
        return web_problem(req, 400, "within", "within is 0 tot 366 dagen");
    aftercare_rows rows;
    aftercare_due_list l;
    if (app_aftercare_due(req->db, today, (int)within, &rows, &l, &e)) return web_fail(req, &e);
    json_t *out = aftercare_due_json(&l);
    arena_free(&l.arena);
    arena_free(&rows.arena);
    return web_json(req, 200, json_pack("{s:o}", "items", wsp_filter_scope_by(req, out, "candidate_municipality")));
}

int h_aftercare_contacts(web_req *req)
{
    int64_t id;
    if (!placement_in_scope(req, &id)) return req->status;
    aftercare_contacts l;
    inc_error e = {0};
    if (app_aftercare_contacts(req->db, id, &l, &e)) return web_fail(req, &e);
    json_t *out = aftercare_contacts_json(&l);
    arena_free(&l.arena);
    return web_json(req, 200, json_pack("{s:I, s:o}", "placement", (json_int_t)id, "items", out));
}

int h_aftercare_contact_add(web_req *req)
{
    static const web_field fields[] = {
        {"contact_date", F_STRING, true}, {"kind", F_STRING, true}, {"note", F_STRING, false}, {NULL}};
    int64_t id, cid;
    if (!placement_in_scope(req, &id) || !web_check_body(req, fields)) return req->status;
    inc_error e = {0};
    if (app_aftercare_contact(req->db, id, json_string_value(json_object_get(req->body, "contact_date")),
                              json_string_value(json_object_get(req->body, "kind")),
                              json_string_value(json_object_get(req->body, "note")), &cid, &e))
        return web_fail(req, &e);
    return web_json(req, 201, json_pack("{s:I, s:I}", "id", (json_int_t)cid, "placement", (json_int_t)id));
}

int h_placement_outcome(web_req *req)
{
    static const web_field fields[] = {{"outcome", F_STRING, true}, {"date", F_STRING, true}, {"reason", F_STRING, false}, {NULL}};
    int64_t id;
    if (!placement_in_scope(req, &id) || !web_check_body(req, fields)) return req->status;
    inc_error e = {0};
    if (app_placement_outcome(req->db, id, json_string_value(json_object_get(req->body, "outcome")),
                              json_string_value(json_object_get(req->body, "date")),
                              json_string_value(json_object_get(req->body, "reason")), &e))
        return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:I, s:O}", "placement", (json_int_t)id, "outcome",
                                        json_object_get(req->body, "outcome")));
}

int h_aftercare_schedule_set(web_req *req)
{
    if (req->user.role != ROLE_BEHEER)
        return web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    static const web_field fields[] = {{"interval_days", F_INTEGER, true}, {"period_months", F_INTEGER, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_int_t iv = json_integer_value(json_object_get(req->body, "interval_days"));
    json_int_t pm = json_integer_value(json_object_get(req->body, "period_months"));
    /* out of int range reads as -1, which the schedule check refuses with its own message */
    aftercare_schedule s = {iv < 0 || iv > 100000 ? -1 : (int)iv, pm < 0 || pm > 100000 ? -1 : (int)pm};
    inc_error e = {0};
    const char *m = web_param(req, "municipality");
    if (app_aftercare_schedule_set(req->db, m, &s, &e)) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, "municipality", "niet gevonden");
        return web_fail(req, &e);
    }
    return web_json(req, 200, json_pack("{s:s, s:i, s:i}", "municipality", m, "interval_days", s.interval_days,
                                        "period_months", s.period_months));
}
