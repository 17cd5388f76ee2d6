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
    default: return "Interne fout";
    }
}

int web_problem(web_req *req, int status, const char *field, const char *fmt, ...)
{
    char detail[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    utf8_scrub(detail);   /* JSON needs UTF-8: echoed input may not be, and the cut may split a character */
    char type[80];
    snprintf(type, sizeof type, "urn:inclusio:problem:%s", slug_for(status));
    json_t *j = json_pack("{s:s, s:s, s:i, s:s}", "type", type, "title", title_for(status), "status", status,
                          "detail", detail);
    if (j && field && *field) json_object_set_new(j, "field", json_string(field));
    char *s = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(j);
    if (!s) s = strdup("{\"type\":\"urn:inclusio:problem:internal\",\"title\":\"Interne fout\",\"status\":500}");
    set_body(req, status, s, "application/problem+json; charset=utf-8");
    return status;
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
    if (status == 500) fprintf(stderr, "inclusio serve: %s %s: %s\n", req->method, req->path, e->message);
    return web_problem(req, status, e->field, "%s", status == 500 ? "er ging iets mis op de server" : e->message);
}
