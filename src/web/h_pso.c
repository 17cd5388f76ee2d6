/* PSO as a policy option over the API (app/pso.h, issue 16): a company's certificates (read by the
 * roles that read the SEBO registry, recorded and withdrawn by those who manage it: the programme
 * manager in the SR-team, beheer), and the PSO table of each policy version of a municipality
 * (public like the policies themselves; set by beheer). */
#include "app/pso.h"
#include "core/json_fields.h"
#include "core/register_input.h"
#include "core/role.h"
#include "io/register_view.h"
#include "web/authz_sebo.h"
#include "web/body.h"
#include "web/router.h"
#include <stdio.h>

#define MAX_CERTS_SHOWN 16

static bool pso_role(web_req *req, sebo_action a)
{
    if (authz_sebo_role(&req->user, a) == AUTHZ_ALLOW) return true;
    web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    return false;
}

/* An unknown KvK is a 404 naming nothing but the caller's own input. */
static int fail(web_req *req, const inc_error *e)
{
    if (e->status == INC_ENOTFOUND) return web_problem(req, 404, e->field, "%s", e->message);
    return web_fail(req, e);
}

static int certificates_answer(web_req *req, int status)
{
    const char *kvk = web_param(req, "kvk");
    pso_certificate c[MAX_CERTS_SHOWN];
    int n;
    inc_error e = {0};
    if (app_pso_certificates(req->db, kvk, c, MAX_CERTS_SHOWN, &n, &e) != INC_OK) return fail(req, &e);
    return web_json(req, status, pso_certificates_json(kvk, c, n));
}

int h_pso_certificates(web_req *req)
{
    if (!pso_role(req, SACT_REGISTRY_READ)) return req->status;
    return certificates_answer(req, 200);
}

int h_pso_certificate_add(web_req *req)
{
    if (!pso_role(req, SACT_REGISTRY_MANAGE)) return req->status;
    static const web_field fields[] = {
        {"level", F_STRING, true}, {"valid_from", F_STRING, true}, {"valid_until", F_STRING, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_fields jf;
    field_source fs = json_fields_source(&jf, req->body);
    pso_level level;
    inc_date from, until;
    inc_error e = {0};
    if (!pso_level_parse(field_get(&fs, "level"), &level))
        return web_problem(req, 422, "level", "onbekende PSO-trede '%s' (aspirant, basistrede, trede-1, trede-2 of trede-3)",
                           field_get(&fs, "level"));
    if (parse_date_field(&fs, "valid_from", true, &from, &e) != INC_OK ||
        parse_date_field(&fs, "valid_until", true, &until, &e) != INC_OK)
        return web_fail(req, &e);
    if (app_pso_certificate_add(req->db, web_param(req, "kvk"), level, from, until, &e) != INC_OK) return fail(req, &e);
    return certificates_answer(req, 201);
}

int h_pso_certificate_withdraw(web_req *req)
{
    if (!pso_role(req, SACT_REGISTRY_MANAGE)) return req->status;
    static const web_field fields[] = {{"date", F_STRING, true}, {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_fields jf;
    field_source fs = json_fields_source(&jf, req->body);
    inc_date day;
    inc_error e = {0};
    if (parse_date_field(&fs, "date", true, &day, &e) != INC_OK) return web_fail(req, &e);
    int withdrawn, notices;
    if (app_pso_withdraw(req->db, web_param(req, "kvk"), day, &withdrawn, &notices, &e) != INC_OK) return fail(req, &e);
    return web_json(req, 200, json_pack("{s:i, s:i}", "withdrawn", withdrawn, "notices", notices));
}

int h_pso_tables(web_req *req)
{
    pso_policy_table t[16];
    int n;
    inc_error e = {0};
    if (app_pso_tables(req->db, web_param(req, "code"), t, 16, &n, &e) != INC_OK) return fail(req, &e);
    return web_json(req, 200, pso_tables_json(web_param(req, "code"), t, n));
}

/* PUT sets the share a level covers, DELETE takes the level out of the table. */
static int table_level(web_req *req, bool clear)
{
    if (req->user.role != ROLE_BEHEER)
        return web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    inc_error e = {0};
    inc_date from;
    if (date_parse(web_param(req, "from"), &from, "policy_from", &e) != INC_OK) return web_fail(req, &e);
    pso_level level;
    if (!pso_level_parse(web_param(req, "level"), &level))
        return web_problem(req, 404, "level", "onbekende PSO-trede '%s'", web_param(req, "level"));
    int64_t bp = -1;
    if (!clear) {
        static const web_field fields[] = {{"covers_pct", F_NUMBER, true}, {NULL}};
        if (!web_check_body(req, fields)) return req->status;
        json_fields jf;
        field_source fs = json_fields_source(&jf, req->body);
        if (parse_fixed(&fs, "covers_pct", true, 2, 0, 10000, &bp, &e) != INC_OK) return web_fail(req, &e);
    }
    if (app_pso_table_set(req->db, web_param(req, "code"), from, level, (int32_t)bp, &e) != INC_OK) return fail(req, &e);
    return h_pso_tables(req);
}

int h_pso_table_level_put(web_req *req) { return table_level(req, false); }
int h_pso_table_level_delete(web_req *req) { return table_level(req, true); }
