/* libFuzzer harness: a JSON request body as the web server reads it (json_loadb with duplicate
 * keys refused, an object only), checked with web_check_body (web/body.c) against the field lists
 * of the register, employment, WSP and calculator endpoints, then read through json_fields
 * (core/json_fields.c) by the shared parsers (core/register_input.c, core/banen_input.c), the
 * WSP readers (app/wsp_input.c) and the public calculators (app/register_calc.c, on a database with
 * the reference data), as the handlers do. A calculator failing with an internal error fails. Every problem answer built on the way
 * (web/problem.c), including ones that echo the input, must be valid JSON with the HTTP status. */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/banen_input.h"
#include "core/json_fields.h"
#include "core/register_input.h"
#include "app/register_calc.h"
#include "io/register_view.h"
#include "store/seed.h"
#include "app/wsp_input.h"
#include "web/body.h"
#include <stdio.h>
#include <unistd.h>

/* The public calculators read policies and the catalogue: a fresh database with the reference data. */
static inc_db *db;
static char db_dir[] = "/tmp/inclusio-fuzz-XXXXXX";
static void remove_db(void)
{
    char p[64];
    db_close(db);
    const char *tails[] = {"", "-wal", "-shm", "-journal"};
    for (int i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s/fuzz.db%s", db_dir, tails[i]);
        unlink(p);
    }
    rmdir(db_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char path[64];
    inc_error e = {0};
    if (!mkdtemp(db_dir)) abort();
    snprintf(path, sizeof path, "%s/fuzz.db", db_dir);
    if (db_open(path, &db, &e) || db_migrate(db, &e) || seed_reference_data(db, &e)) {
        fprintf(stderr, "fuzz_json: no database: %s\n", e.message);
        abort();
    }
    atexit(remove_db);
    return 0;
}

/* The answer in req must be a problem+json object whose status is the HTTP status; a 400 or 422
 * naming a field lists it first in invalidParams, every entry a {name, reason} of strings. */
static void check_problem(const web_req *req)
{
    if (!req->resp_body) abort();
    json_t *j = json_loads(req->resp_body, 0, NULL);
    if (!j || json_integer_value(json_object_get(j, "status")) != req->status ||
        !json_is_string(json_object_get(j, "detail")))
        abort();
    json_t *field = json_object_get(j, "field"), *bad = json_object_get(j, "invalidParams");
    if (field && (req->status == 400 || req->status == 422)) {
        if (!json_is_array(bad) || json_array_size(bad) == 0 || json_array_size(bad) > INC_ERRORS_MAX ||
            !json_equal(json_object_get(json_array_get(bad, 0), "name"), field))
            abort();
        size_t i;
        json_t *p;
        json_array_foreach(bad, i, p) if (!json_is_string(json_object_get(p, "name")) ||
                                          !json_is_string(json_object_get(p, "reason"))) abort();
    }
    json_decref(j);
}

static void fail_with(web_req *req, const inc_error *e)
{
    if (strlen(e->message) >= sizeof e->message) abort();
    web_fail(req, e);
    check_problem(req);
}

static const web_field contract_fields[] = {
    {"municipality", F_STRING, true},  {"department", F_STRING, false},    {"reference", F_STRING, true},
    {"title", F_STRING, true},         {"category", F_STRING, true},       {"procedure", F_STRING, true},
    {"value", F_NUMBER, true},         {"labour_share_pct", F_NUMBER, true}, {"award_date", F_STRING, true},
    {"start_date", F_STRING, false},   {"end_date", F_STRING, false},      {"contractor_kvk", F_STRING, false},
    {"contractor_name", F_STRING, false}, {"cpv", F_STRING, false},        {"sebo_holder", F_BOOL, false},
    {"extra_pct", F_NUMBER, false},    {"exemption_pct", F_NUMBER, false}, {"exemption_by", F_STRING, false},
    {"exemption_date", F_STRING, false}, {"exemption_reason", F_STRING, false}, {NULL}};
static const web_field realisation_fields[] = {
    {"contract_id", F_INTEGER, true}, {"block", F_STRING, true},   {"bsn", F_STRING, false},
    {"candidate_ref", F_STRING, false}, {"hours_per_week", F_NUMBER, false}, {"hours", F_NUMBER, false},
    {"start", F_STRING, true},        {"end", F_STRING, false},    {"amount", F_NUMBER, false},
    {"subsidy_end", F_STRING, false}, {NULL}};
static const web_field banen_fields[] = {
    {"municipality", F_STRING, true},   {"employer_kvk", F_STRING, true}, {"employer_name", F_STRING, false},
    {"department", F_STRING, false},    {"sector", F_STRING, true},       {"bsn", F_STRING, true},
    {"target_group", F_STRING, true},   {"start", F_STRING, true},        {"end", F_STRING, false},
    {"hours_per_week", F_NUMBER, true}, {"contract_type", F_STRING, true}, {"instrument", F_STRING, true},
    {"source", F_STRING, true},         {NULL}};
static const web_field wsp_fields[] = {
    {"name", F_STRING, true}, {"hours_min", F_NUMBER, false}, {"hours_max", F_NUMBER, false},
    {"wanted", F_INTEGER, false}, {"start_date", F_STRING, false}, {"active", F_BOOL, false},
    {"required_skills", F_STRINGS, false}, {NULL}};

static const web_field obligation_fields[] = {
    {"municipality", F_STRING, false}, {"category", F_STRING, true},     {"procedure", F_STRING, true},
    {"value", F_NUMBER, true},         {"labour_share_pct", F_NUMBER, true}, {"award_date", F_STRING, true},
    {"sebo_holder", F_BOOL, false},    {"extra_pct", F_NUMBER, false},   {NULL}};
static const web_field value_fields[] = {
    {"block", F_STRING, true},          {"hours_per_week", F_NUMBER, false}, {"hours", F_NUMBER, false},
    {"start", F_STRING, true},          {"end", F_STRING, false},            {"contract_start", F_STRING, true},
    {"contract_end", F_STRING, true},   {"award_date", F_STRING, false},     {"amount", F_NUMBER, false},
    {"subsidy_end", F_STRING, false},   {NULL}};

static void run_checked(json_t *body, const web_field *fields, int which)
{
    web_req req;
    memset(&req, 0, sizeof req);
    req.resp_fd = -1;
    req.body = body;
    if (!web_check_body(&req, fields)) {
        if (req.status != 400) abort();
        check_problem(&req);
        free(req.resp_body);
        return;
    }
    json_fields jf;
    field_source fs = json_fields_source(&jf, body);
    inc_errors all = {0};
    inc_error e = {.all = &all};   /* every bad field, as the API asks */
    if (which == 0) {
        inc_contract_input in;
        if (contract_input_parse(&fs, &in, &e) != INC_OK) fail_with(&req, &e);
    } else if (which == 1) {
        inc_realisation_input in;
        if (realisation_input_parse(&fs, &in, &e) != INC_OK) fail_with(&req, &e);
    } else if (which == 2) {
        const char *values[BF__COUNT];
        for (int i = 0; i < BF__COUNT; i++) values[i] = field_get(&fs, banen_field_name((banen_field)i));
        banen_input in;
        if (banen_input_parse(values, &in, &e) != INC_OK) fail_with(&req, &e);
        else {
            /* The handler names the municipality in its refusal. */
            web_problem(&req, 403, "municipality", "u mag geen dienstverbanden registreren voor gemeente '%s'",
                        in.municipality);
            check_problem(&req);
        }
    } else if (which == 4 || which == 5) {
        /* POST /api/v1/calc/obligation and /calc/value: the answer is serialised as the server does. */
        json_t *out = NULL;
        inc_obligation ob;
        inc_block blk;
        inc_value val;
        calc_pso pso;
        inc_status st = which == 4 ? app_calc_obligation(db, &fs, &ob, &pso, &e) : app_calc_value(db, &fs, &blk, &val, &e);
        if (st == INC_OK) out = which == 4 ? obligation_calc_json(&ob) : value_calc_json(&val, &blk);
        if (st == INC_OK && which == 4 && pso.asked) json_object_set_new(out, "pso", pso_effect_json(&pso.effect));
        if (st != INC_OK) {
            if (st == INC_EIO || st == INC_EINTERNAL) abort();   /* a 500 */
            fail_with(&req, &e);
        } else {
            if (web_json(&req, 200, out) != 200 || !req.resp_body) abort();
            json_t *back = json_loads(req.resp_body, 0, NULL);
            if (!back) abort();
            json_decref(back);
        }
    } else {
        const char *name;
        int64_t x;
        bool b;
        inc_date d;
        char list[512];
        if (in_text(body, "name", true, &name, &e) || in_fixed(body, "hours_min", 2, false, 0, &x, &e) ||
            in_fixed(body, "hours_max", 2, false, 0, &x, &e) || in_int(body, "wanted", false, 1, &x, &e) ||
            in_date(body, "start_date", false, &d, &e) || in_bool(body, "active", false, true, &b, &e) ||
            in_list(body, "required_skills", list, sizeof list, &e))
            fail_with(&req, &e);
    }
    free(req.resp_body);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    json_error_t je;
    json_t *j = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &je);
    if (!j) {
        /* The server echoes the parser's message in its 400 answer. */
        web_req req;
        memset(&req, 0, sizeof req);
        web_problem(&req, 400, NULL, "ongeldige JSON op positie %d: %s", je.position, je.text);
        check_problem(&req);
        free(req.resp_body);
        return 0;
    }
    if (json_is_object(j)) {
        run_checked(j, contract_fields, 0);
        run_checked(j, realisation_fields, 1);
        run_checked(j, banen_fields, 2);
        run_checked(j, wsp_fields, 3);
        run_checked(j, obligation_fields, 4);
        run_checked(j, value_fields, 5);
        /* Handlers echo string values in their refusals ("onbekende gemeente '%s'"): any text,
         * however long, gives a valid answer. */
        const char *key;
        json_t *v;
        json_object_foreach(j, key, v) {
            if (!json_is_string(v)) continue;
            inc_error e = {0};
            inc_fail(&e, INC_EINVAL, key, "onbekende waarde '%s' voor %s", json_string_value(v), key);
            web_req req;
            memset(&req, 0, sizeof req);
            fail_with(&req, &e);
            free(req.resp_body);
        }
    }
    json_decref(j);
    return 0;
}
