#include "web/import_problem.h"
#include "web/body.h"
#include "core/utf8.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int web_import_refused(web_req *req, const csv_errors *errs)
{
    json_t *list = json_array(), *params = json_array();
    for (size_t i = 0; i < errs->count; i++) {
        json_array_append_new(list, json_pack("{s:I, s:s, s:s}", "line", (json_int_t)errs->items[i].line, "column",
                                              errs->items[i].column, "reason", errs->items[i].reason));
        char reason[600];
        snprintf(reason, sizeof reason, "regel %ld, kolom %s: %s", (long)errs->items[i].line, errs->items[i].column,
                 errs->items[i].reason);
        utf8_scrub(reason);   /* the cut may split a character */
        json_array_append_new(params, json_pack("{s:s, s:s}", "name", "csv", "reason", reason));
    }
    size_t total = errs->total;
    web_problem(req, 422, "csv", "import geweigerd: %zu %s; er is niets opgeslagen", total, total == 1 ? "fout" : "fouten");
    /* The problem document plus the list of bad rows (an RFC 9457 extension member). */
    json_t *p = json_loads(req->resp_body, 0, NULL);
    if (p) {
        json_object_set_new(p, "invalidParams", params);
        json_object_set_new(p, "errors", list);
        char *s2 = json_dumps(p, JSON_COMPACT | JSON_PRESERVE_ORDER);
        json_decref(p);
        if (s2) {
            free(req->resp_body);
            req->resp_body = s2;
            req->resp_len = strlen(s2);
        }
    } else {
        json_decref(list);
        json_decref(params);
    }
    return req->status;
}

FILE *web_upload_csv(web_req *req, const char **name)
{
    static const web_field fields[] = {{"csv", F_STRING, true}, {"name", F_STRING, false}, {NULL}};
    if (!web_check_body(req, fields)) return NULL;
    const char *text = json_string_value(json_object_get(req->body, "csv"));
    *name = json_string_value(json_object_get(req->body, "name"));
    if (!*name) *name = "upload.csv";
    size_t len = strlen(text);
    if (len == 0) {
        web_problem(req, 422, "csv", "het bestand is leeg");
        return NULL;
    }
    FILE *in = fmemopen((void *)text, len, "r");
    if (!in) web_problem(req, 500, NULL, "het bestand kon niet worden gelezen");
    return in;
}

bool web_import_stored(web_req *req, FILE *in, inc_status st, const inc_error *e, csv_errors *errs)
{
    fclose(in);
    bool stored = st == INC_OK && errs->total == 0;
    if (st != INC_OK) web_fail(req, e);
    else if (errs->total > 0) web_import_refused(req, errs);
    csv_errors_free(errs);
    return stored;
}
