/* The banenafspraak monitor's API: employment records (list, create, from an SROI realisation),
 * the report at a reference date, and the targets. Authorisation in authz_banen.c. */
#include "app/banen_import.h"
#include "app/banen_records.h"
#include "app/banen_report.h"
#include "app/banen_targets.h"
#include "app/banen_view.h"
#include "core/decimal.h"
#include "core/json_fields.h"
#include "core/utf8.h"
#include "web/authz_banen.h"
#include "web/body.h"
#include "web/guard.h"
#include "web/import_problem.h"
#include "web/router.h"
#include <stdlib.h>
#include <string.h>

static bool banen_guard_role(web_req *req, banen_action a)
{
    if (authz_banen_role(&req->user, a) == AUTHZ_ALLOW) return true;
    web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    return false;
}

/* Copies src into dst (size n), cut short on a character boundary: a name cut inside a UTF-8
 * character is not text, and PostgreSQL refuses to compare it (a 500 where SQLite said 404). */
static void copy_utf8(char *dst, size_t n, const char *src)
{
    size_t len = strlen(src);
    if (len < n) {
        memcpy(dst, src, len + 1);
        return;
    }
    len = n - 1;
    while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80) len--;   /* src[len] starts the cut character */
    memcpy(dst, src, len);
    dst[len] = '\0';
}

/* The filter of a list or report: the query's municipality/region/employer, or the user's default
 * scope; false after a problem (404 outside the scope). Strings live in the buffers. */
static bool scoped_filter(web_req *req, banen_action a, banen_filter *f, char muni[64], char region[64])
{
    const char *m = web_query(req, "municipality"), *r = web_query(req, "region"), *k = web_query(req, "employer");
    muni[0] = region[0] = 0;
    if (m) copy_utf8(muni, 64, m);
    if (r) copy_utf8(region, 64, r);
    if (!m && !r) authz_banen_default(req->db, &req->user, muni, region);
    f->municipality = muni[0] ? muni : NULL;
    f->region = region[0] ? region : NULL;
    f->employer_kvk = k;
    inc_error e = {0};
    if (app_banen_filter_check(req->db, f, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) web_problem(req, 404, e.field, "%s", e.message);
        else web_fail(req, &e);
        return false;
    }
    authz_result ok = AUTHZ_ALLOW;
    if (f->municipality) ok = authz_banen(req->db, &req->user, a, f->municipality, NULL);
    if (ok == AUTHZ_ALLOW && f->region) ok = authz_banen(req->db, &req->user, a, NULL, f->region);
    if (ok == AUTHZ_ALLOW && !f->municipality && !f->region) ok = authz_banen(req->db, &req->user, a, NULL, NULL);
    if (ok == AUTHZ_ALLOW) return true;
    if (ok == AUTHZ_FORBIDDEN) web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    else web_problem(req, 404, f->municipality ? "municipality" : "region", "niet gevonden");
    return false;
}

int h_employment_list(web_req *req)
{
    if (!banen_guard_role(req, BA_RECORDS_READ)) return req->status;
    banen_filter f;
    char muni[64], region[64];
    int page, per_page;
    if (!scoped_filter(req, BA_RECORDS_READ, &f, muni, region) || !web_page(req, &page, &per_page)) return req->status;
    inc_error e = {0};
    banen_record *recs;
    size_t n;
    if (app_banen_records_list(req->db, &f, per_page, (page - 1) * per_page, &recs, &n, &e)) return web_fail(req, &e);
    json_t *items = banen_records_json(recs, n);
    free(recs);
    return web_json(req, 200, json_pack("{s:o, s:i, s:i}", "items", items, "page", page, "per_page", per_page));
}

int h_employment_create(web_req *req)
{
    if (!banen_guard_role(req, BA_RECORDS_WRITE)) return req->status;
    static const web_field fields[] = {
        {"municipality", F_STRING, true},   {"employer_kvk", F_STRING, true}, {"employer_name", F_STRING, false},
        {"department", F_STRING, false},    {"sector", F_STRING, true},       {"bsn", F_STRING, true},
        {"target_group", F_STRING, true},   {"start", F_STRING, true},        {"end", F_STRING, false},
        {"hours_per_week", F_NUMBER, true}, {"contract_type", F_STRING, true}, {"instrument", F_STRING, false},
        {"source", F_STRING, true},         {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_fields jf;
    field_source fs = json_fields_source(&jf, req->body);
    const char *values[BF__COUNT];
    for (int i = 0; i < BF__COUNT; i++) values[i] = field_get(&fs, banen_field_name((banen_field)i));
    banen_input in;
    inc_error e = {0};
    if (banen_input_parse(values, &in, &e) != INC_OK) return web_fail(req, &e);
    authz_result ok = authz_banen(req->db, &req->user, BA_RECORDS_WRITE, in.municipality, NULL);
    if (ok != AUTHZ_ALLOW) {
        memset(in.bsn, 0, sizeof in.bsn);
        return web_problem(req, 403, "municipality", "u mag geen dienstverbanden registreren voor gemeente '%s'",
                           in.municipality);
    }
    int64_t id;
    inc_status st = app_banen_record_add(req->db, &in, &id, &e);
    memset(in.bsn, 0, sizeof in.bsn);
    if (st != INC_OK) return web_fail(req, &e);
    banen_record rec;
    if (app_banen_record_get(req->db, id, &rec, &e)) return web_fail(req, &e);
    return web_json(req, 201, banen_record_json(&rec));
}

int h_employment_link(web_req *req)
{
    if (!banen_guard_role(req, BA_LINK)) return req->status;
    int64_t id;
    if (!web_param_id(req, "id", &id)) return req->status;
    char muni[64];
    inc_error e = {0};
    if (app_banen_realisation_municipality(req->db, id, muni, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, NULL, "niet gevonden");
        return web_fail(req, &e);
    }
    if (authz_banen(req->db, &req->user, BA_LINK, muni, NULL) != AUTHZ_ALLOW)
        return web_problem(req, 404, NULL, "niet gevonden");
    int64_t employment_id;
    bool created;
    if (app_banen_link_realisation(req->db, id, &employment_id, &created, &e) != INC_OK) return web_fail(req, &e);
    banen_record rec;
    if (app_banen_record_get(req->db, employment_id, &rec, &e)) return web_fail(req, &e);
    return web_json(req, created ? 201 : 200,
                    json_pack("{s:I, s:b, s:o}", "realisation_id", (json_int_t)id, "created", created, "record",
                              banen_record_json(&rec)));
}

typedef struct {
    web_req *req;
} import_check;

/* Every row's municipality must be one the user may write for. */
static inc_status import_row_allowed(void *user, const banen_input *in, inc_error *e)
{
    import_check *c = user;
    if (authz_banen(c->req->db, &c->req->user, BA_RECORDS_WRITE, in->municipality, NULL) == AUTHZ_ALLOW) return INC_OK;
    return inc_fail(e, INC_EFORBIDDEN, "municipality", "u mag geen dienstverbanden registreren voor gemeente '%s'",
                    in->municipality);
}

/* POST /employment/import {"csv": "..."}: the CSV import of the CLI, all or nothing; a refused file
 * answers 422 with every bad row in invalidParams [{name: "csv", reason: "regel 2, kolom ...: ..."}]
 * and, for clients of 1.0 (deprecated), in "errors" [{line, column, reason}]. */
int h_employment_import(web_req *req)
{
    if (!banen_guard_role(req, BA_RECORDS_WRITE)) return req->status;
    const char *name;
    FILE *in = web_upload_csv(req, &name);
    if (!in) return req->status;
    csv_errors errs;
    csv_errors_init(&errs, 0);
    import_check chk = {req};
    long written = 0;
    inc_error e = {0};
    inc_status st = banen_import_stream(req->db, in, name, import_row_allowed, &chk, &errs, &written, &e);
    if (!web_import_stored(req, in, st, &e, &errs)) return req->status;
    return web_json(req, 200, json_pack("{s:I}", "imported", (json_int_t)written));
}

/* Roles that may not read employment records (persons) get aggregates only: every figure resting
 * on fewer than five people is hidden, whatever the filter (core/banen_figures.h). */
static bool aggregate_only(const web_req *req)
{
    return authz_banen_role(&req->user, BA_RECORDS_READ) != AUTHZ_ALLOW;
}

int h_report_banen(web_req *req)
{
    if (!banen_guard_role(req, BA_REPORT_READ)) return req->status;
    banen_report_req r = {.trend_from = INC_DATE_NONE, .aggregate_only = aggregate_only(req)};
    char muni[64], region[64];
    if (!scoped_filter(req, BA_REPORT_READ, &r.filter, muni, region)) return req->status;
    inc_error e = {0};
    const char *d = web_query(req, "date"), *from = web_query(req, "from");
    if (d) {
        if (date_parse(d, &r.date, "date", &e) != INC_OK) return web_problem(req, 400, "date", "%s", e.message);
    } else {
        inc_date today = date_today(), q[2];
        int n = banen_quarter_ends(today - 95, today, q, 2);
        r.date = n > 0 ? q[(n > 2 ? 2 : n) - 1] : today;
    }
    if (from && date_parse(from, &r.trend_from, "from", &e) != INC_OK)
        return web_problem(req, 400, "from", "%s", e.message);
    json_t *out = app_banen_report_json(req->db, &r, &e);
    if (!out) return web_fail(req, &e);
    return web_json(req, 200, out);
}

int h_banen_targets(web_req *req)
{
    if (!banen_guard_role(req, BA_REPORT_READ)) return req->status;
    char muni[64] = "";
    const char *m = web_query(req, "municipality");
    if (m) snprintf(muni, sizeof muni, "%s", m);
    else if (req->user.role != ROLE_BEHEER && req->user.n_municipalities > 0)
        snprintf(muni, sizeof muni, "%s", req->user.municipalities[0]);
    if (muni[0] && authz_banen(req->db, &req->user, BA_REPORT_READ, muni, NULL) != AUTHZ_ALLOW)
        return web_problem(req, 404, "municipality", "niet gevonden");
    if (!muni[0] && req->user.role != ROLE_BEHEER) return web_problem(req, 404, "municipality", "niet gevonden");
    inc_error e = {0};
    json_t *out = app_banen_targets_report_json(req->db, muni[0] ? muni : NULL, aggregate_only(req), &e);
    if (!out) return web_fail(req, &e);
    return web_json(req, 200, out);
}

int h_banen_targets_set(web_req *req)
{
    if (!banen_guard_role(req, BA_TARGETS_WRITE)) return req->status;
    static const web_field fields[] = {
        {"municipality", F_STRING, false}, {"region", F_STRING, false},    {"year", F_INTEGER, true},
        {"value", F_NUMBER, true},         {"kind", F_STRING, false},      {"sector", F_STRING, false},
        {"unit", F_STRING, false},         {"peildatum", F_STRING, false}, {"baseline_date", F_STRING, false},
        {"source", F_STRING, false},       {NULL}};
    if (!web_check_body(req, fields)) return req->status;
    json_fields jf;
    field_source fs = json_fields_source(&jf, req->body);
    const char *m = field_get(&fs, "municipality"), *r = field_get(&fs, "region");
    if ((m != NULL) == (r != NULL))
        return web_problem(req, 422, "municipality", "geef precies een van municipality en region op");
    if (authz_banen(req->db, &req->user, BA_TARGETS_WRITE, m, m ? NULL : r) != AUTHZ_ALLOW ||
        (r && req->user.role != ROLE_BEHEER))
        return web_problem(req, 403, m ? "municipality" : "region", "u mag dit doel niet vastleggen");
    banen_target t;
    memset(&t, 0, sizeof t);
    t.peildatum = t.baseline = INC_DATE_NONE;
    snprintf(t.scope, sizeof t.scope, "%s", m ? "gemeente" : "regio");
    snprintf(t.scope_code, sizeof t.scope_code, "%s", m ? m : r);
    const char *v;
    if ((v = field_get(&fs, "kind"))) snprintf(t.kind, sizeof t.kind, "%s", v);
    if ((v = field_get(&fs, "sector"))) snprintf(t.sector, sizeof t.sector, "%s", v);
    if ((v = field_get(&fs, "unit"))) snprintf(t.unit, sizeof t.unit, "%s", v);
    if ((v = field_get(&fs, "source"))) snprintf(t.source, sizeof t.source, "%s", v);
    inc_error e = {0};
    json_int_t year = json_integer_value(json_object_get(req->body, "year"));
    t.year = year > 0 && year < 10000 ? (int)year : 0;
    if (decimal_parse(field_get(&fs, "value"), 2, &t.value_centi, "value", &e) != INC_OK) return web_fail(req, &e);
    if ((v = field_get(&fs, "peildatum")) && date_parse(v, &t.peildatum, "peildatum", &e) != INC_OK)
        return web_fail(req, &e);
    if ((v = field_get(&fs, "baseline_date")) && date_parse(v, &t.baseline, "baseline_date", &e) != INC_OK)
        return web_fail(req, &e);
    if (app_banen_target_set(req->db, &t, &e) != INC_OK) return web_fail(req, &e);
    return web_json(req, 200, banen_target_json(&t));
}
