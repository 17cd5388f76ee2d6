/* The follow-up's API (issue 17): a contract's dossier (read in scope; notes by the SR-team), the
 * user's own inbox and e-mail address. */
#include "web/authz.h"
#include "web/body.h"
#include "web/guard.h"
#include "web/web.h"
#include "app/dossier.h"
#include "app/followup_jobs.h"
#include "app/register_contract.h"
#include <string.h>

static bool contract_in_scope(web_req *req, authz_action a, int64_t *id)
{
    if (!web_guard_role(req, a) || !web_param_id(req, "id", id)) return false;
    char muni[48];
    int64_t org = 0;
    inc_error e = {0};
    if (app_contract_scope(req->db, *id, muni, &org, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, NULL, "niet gevonden");
        else web_fail(req, &e);
        return false;
    }
    return web_guard(req, a, muni, org);
}

static int send_dossier(web_req *req, int status, int64_t id)
{
    bool cv = req->user.role == ROLE_OPDRACHTNEMER;
    dossier_list l;
    inc_error e = {0};
    if (app_dossier_collect(req->db, id, cv, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *j = dossier_json(id, &l, cv);
    arena_free(&l.arena);
    return web_json(req, status, j);
}

int h_dossier_show(web_req *req)
{
    int64_t id;
    if (!contract_in_scope(req, ACT_REGISTER_READ, &id)) return req->status;
    return send_dossier(req, 200, id);
}

int h_dossier_note(web_req *req)
{
    int64_t id;
    if (!contract_in_scope(req, ACT_CONTRACT_CONTACT, &id)) return req->status;
    static const web_field fields[] = {{"kind", F_STRING, true},
                                       {"date", F_STRING, true},
                                       {"text", F_STRING, true},
                                       {"for_contractor", F_BOOL, false},
                                       {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_t *b = req->body;
    dossier_note_input in = {json_string_value(json_object_get(b, "kind")), json_string_value(json_object_get(b, "date")),
                             json_string_value(json_object_get(b, "text")),
                             json_is_true(json_object_get(b, "for_contractor"))};
    inc_errors bad = {0};
    inc_error e = {.all = &bad};
    int64_t nid;
    if (app_dossier_note_add(req->db, id, &in, &nid, &e) != INC_OK) {
        if (bad.n > 1) return web_problem_all(req, 422, &bad);
        return web_fail(req, &e);
    }
    return send_dossier(req, 201, id);
}

int h_inbox(web_req *req)
{
    const char *date = web_query(req, "until"), *unread = web_query(req, "unread");
    if (unread && strcmp(unread, "true") && strcmp(unread, "false"))
        return web_problem(req, 400, "unread", "unread moet true of false zijn");
    json_t *out;
    inc_error e = {0};
    if (app_inbox_json(req->db, req->user.id, date && *date ? date : NULL, unread && strcmp(unread, "true") == 0, &out,
                       &e) != INC_OK) {
        if (e.status == INC_EINVAL) return web_problem(req, 400, "until", "until moet een datum zijn (JJJJ-MM-DD)");
        return web_fail(req, &e);
    }
    return web_json(req, 200, out);
}

int h_inbox_read(web_req *req)
{
    int64_t id;
    if (!web_param_id(req, "id", &id)) return req->status;
    inc_error e = {0};
    if (app_notice_read(req->db, req->user.id, id, &e) != INC_OK) return web_fail(req, &e);
    return web_no_content(req);
}

int h_inbox_address(web_req *req)
{
    static const web_field fields[] = {{"email", F_STRING, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    inc_error e = {0};
    const char *addr = json_string_value(json_object_get(req->body, "email"));
    if (app_user_email_set(req->db, req->user.id, addr, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 200, json_pack("{s:s}", "email", addr));
}
