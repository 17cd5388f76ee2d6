/* JSON and problem+json responses. */
#include "web/web.h"
#include "core/json_fixed.h"
#include "core/utf8.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void set_body(web_req *req, int status, char *body, const char *type)
{
    free(req->resp_body);
    req->status = status;
    req->resp_body = body;
    req->resp_len = body ? strlen(body) : 0;
    req->content_type = type;
}

int web_json(web_req *req, int status, json_t *j)
{
    char *s = j ? json_dump_fixed(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17)) : NULL;
    json_decref(j);
    if (!s) return web_problem(req, 500, NULL, "antwoord kon niet worden opgebouwd");
    set_body(req, status, s, "application/json; charset=utf-8");
    return status;
}

int web_no_content(web_req *req)
{
    set_body(req, 204, NULL, NULL);
    return 204;
}

static const char *slug_for(int status)
{
    switch (status) {
    case 400: return "bad-request";
    case 401: return "unauthenticated";
    case 403: return "forbidden";
    case 404: return "not-found";
    case 405: return "method-not-allowed";
    case 409: return "conflict";
    case 413: return "payload-too-large";
    case 414: return "uri-too-long";
    case 415: return "unsupported-media-type";
    case 422: return "validation";
    case 429: return "too-many-requests";
    case 503: return "unavailable";
    default: return "internal";
    }
}

static const char *title_for(int status)
{
    switch (status) {
    case 400: return "Ongeldig verzoek";
    case 401: return "Niet ingelogd";
    case 403: return "Geen toegang";
    case 404: return "Niet gevonden";
    case 405: return "Methode niet toegestaan";
    case 409: return "Conflict";
    case 413: return "Verzoek te groot";
    case 414: return "Adres te lang";
    case 415: return "Verkeerd inhoudstype";
    case 422: return "Ongeldige invoer";
    case 429: return "Te veel pogingen";
    case 503: return "Tijdelijk niet beschikbaar";
    default: return "Interne fout";
    }
}

/* The problem body: RFC 9457 members and, for a 400 or 422, the invalid-input extension
 * `invalidParams` (ADR): every bad field at once. `field`, the first bad field, stays for existing
 * clients (deprecated: docs/api.md). No `instance`: a record outside the caller's scope must answer
 * exactly like a missing one, and the body names no more than the status says. */
static int problem(web_req *req, int status, const char *field, char *detail, const inc_errors *bad)
{
    utf8_scrub(detail);   /* JSON needs UTF-8: echoed input may not be, and the cut may split a character */
    char type[80];
    snprintf(type, sizeof type, "urn:inclusio:problem:%s", slug_for(status));
    json_t *j = json_pack("{s:s, s:s, s:i, s:s}", "type", type, "title", title_for(status), "status", status,
                          "detail", detail);
    char name[sizeof bad->item[0].field];   /* a field name cut at its buffer may end inside a character */
    snprintf(name, sizeof name, "%s", field ? field : "");
    utf8_scrub(name);
    if (j && *name) json_object_set_new(j, "field", json_string(name));
    json_t *list = j && (status == 400 || status == 422) ? json_array() : NULL;
    for (int i = 0; list && bad && i < bad->n; i++) {
        if (!bad->item[i].field[0]) continue;   /* not a field of the input */
        char item[sizeof bad->item[i].field], reason[sizeof bad->item[i].message];
        memcpy(item, bad->item[i].field, sizeof item);
        memcpy(reason, bad->item[i].message, sizeof reason);
        utf8_scrub(item);
        utf8_scrub(reason);
        json_array_append_new(list, json_pack("{s:s, s:s}", "name", item, "reason", reason));
    }
    if (list && !bad && *name) json_array_append_new(list, json_pack("{s:s, s:s}", "name", name, "reason", detail));
    if (list && json_array_size(list)) json_object_set_new(j, "invalidParams", list);
    else json_decref(list);
    char *s = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(j);
    if (!s) s = strdup("{\"type\":\"urn:inclusio:problem:internal\",\"title\":\"Interne fout\",\"status\":500}");
    set_body(req, status, s, "application/problem+json; charset=utf-8");
    return status;
}

int web_problem(web_req *req, int status, const char *field, const char *fmt, ...)
{
    char detail[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    return problem(req, status, field, detail, NULL);
}

int web_problem_all(web_req *req, int status, const inc_errors *bad)
{
    char detail[600] = "";
    size_t used = 0;
    for (int i = 0; i < bad->n && used + 1 < sizeof detail; i++) {
        int k = snprintf(detail + used, sizeof detail - used, "%s%s", i ? "; " : "", bad->item[i].message);
        if (k < 0) break;
        used += (size_t)k;
    }
    return problem(req, status, bad->n ? bad->item[0].field : NULL, detail, bad);
}

int web_fail(web_req *req, const inc_error *e)
{
    int status;
    switch (e->status) {
    case INC_EINVAL: status = 422; break;
    /* A missing thing named by an input field (no policy on that date, unknown KvK) is bad input. */
    case INC_ENOTFOUND: status = e->field[0] ? 422 : 404; break;
    case INC_ECONFLICT: status = 409; break;
    case INC_EFORBIDDEN: status = 403; break;
    default: status = 500; break;
    }
    /* The database went away (PostgreSQL restarting): not the server's fault, try again shortly. */
    if (e->status == INC_EIO && req->db && db_lost(req->db)) return web_unavailable(req);
    if (status == 500) fprintf(stderr, "inclusio serve: %s %s: %s\n", req->method, req->path, e->message);
    /* Input checks that listed every bad field (inc_checks): all of them, this one first. */
    if (status == 422 && e->all && e->all->n) {
        inc_errors bad = {0};
        inc_errors_add(&bad, e);
        for (int i = 0; i < e->all->n; i++) inc_errors_add(&bad, &e->all->item[i]);
        return web_problem_all(req, status, &bad);
    }
    return web_problem(req, status, e->field, "%s", status == 500 ? "er ging iets mis op de server" : e->message);
}

int web_unavailable(web_req *req)
{
    snprintf(req->retry_after, sizeof req->retry_after, "5");
    return web_problem(req, 503, NULL, "de database is tijdelijk niet bereikbaar; probeer het over enkele seconden opnieuw");
}
