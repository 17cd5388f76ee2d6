/* The public calculators: POST /api/v1/calc/obligation and /api/v1/calc/value, the same fields as
 * `inclusio calc`. No login; nothing is stored. */
#include "core/json_fields.h"
#include "app/register_calc.h"
#include "io/register_view.h"
#include "web/body.h"
#include "web/router.h"

int h_calc_obligation(web_req *req)
{
    static const web_field fields[] = {
        {"municipality", F_STRING, false}, {"category", F_STRING, true},     {"procedure", F_STRING, true},
        {"value", F_NUMBER, true},         {"labour_share_pct", F_NUMBER, true}, {"award_date", F_STRING, true},
        {"sebo_holder", F_BOOL, false},    {"extra_pct", F_NUMBER, false},   {"contractor_kvk", F_STRING, false},
        {"start_date", F_STRING, false},   {"end_date", F_STRING, false},    {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_fields jf;
    field_source fs = json_fields_source(&jf, req->body);
    inc_obligation ob;
    calc_pso pso;
    inc_error e = {0};
    if (app_calc_obligation(req->db, &fs, &ob, &pso, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = obligation_calc_json(&ob);
    if (pso.asked) json_object_set_new(out, "pso", pso_effect_json(&pso.effect));
    return web_json(req, 200, out);
}

int h_calc_value(web_req *req)
{
    static const web_field fields[] = {
        {"block", F_STRING, true},          {"hours_per_week", F_NUMBER, false}, {"hours", F_NUMBER, false},
        {"start", F_STRING, true},          {"end", F_STRING, false},            {"contract_start", F_STRING, true},
        {"contract_end", F_STRING, true},   {"award_date", F_STRING, false},     {"amount", F_NUMBER, false},
        {"subsidy_end", F_STRING, false},   {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_fields jf;
    field_source fs = json_fields_source(&jf, req->body);
    inc_block b;
    inc_value v;
    inc_error e = {0};
    if (app_calc_value(req->db, &fs, &b, &v, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 200, value_calc_json(&v, &b));
}
