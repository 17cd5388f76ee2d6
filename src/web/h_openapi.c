/* GET /api/v1/openapi.json: the OpenAPI description, without login and open to every origin
 * (ADR /core/publish-openapi), with info.version the version of this binary (the API-Version
 * header) and info.contact the operator's when INCLUSIO_API_CONTACT_NAME/_EMAIL/_URL are set. */
#include "web/openapi_doc.h"
#include "web/router.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#ifndef INCLUSIO_VERSION
#error "INCLUSIO_VERSION is set by the Makefile from the file VERSION"
#endif

static char *served;   /* built once, read by every worker thread */
static size_t served_len;
static pthread_once_t served_once = PTHREAD_ONCE_INIT;

static void build(void)
{
    json_error_t je;
    json_t *doc = json_loadb(inc_openapi_json, (size_t)inc_openapi_json_len, 0, &je);
    json_t *info = json_object_get(doc, "info");
    if (!json_is_object(info)) {
        json_decref(doc);
        return;
    }
    json_object_set_new(info, "version", json_string(INCLUSIO_VERSION));
    static const char *const contact[][2] = {{"name", "INCLUSIO_API_CONTACT_NAME"},
                                             {"email", "INCLUSIO_API_CONTACT_EMAIL"},
                                             {"url", "INCLUSIO_API_CONTACT_URL"}};
    json_t *c = json_object_get(info, "contact");
    for (size_t i = 0; json_is_object(c) && i < sizeof contact / sizeof *contact; i++) {
        const char *v = getenv(contact[i][1]);
        if (v && *v) json_object_set_new(c, contact[i][0], json_string(v));
    }
    served = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
    served_len = served ? strlen(served) : 0;
    json_decref(doc);
}

int h_openapi(web_req *req)
{
    pthread_once(&served_once, build);
    req->cors = true;
    if (!served) return web_problem(req, 500, NULL, "de API-beschrijving kon niet worden opgebouwd");
    char *copy = malloc(served_len + 1);
    if (!copy) return web_problem(req, 500, NULL, "de API-beschrijving kon niet worden opgebouwd");
    memcpy(copy, served, served_len + 1);
    free(req->resp_body);
    req->status = 200;
    req->resp_body = copy;
    req->resp_len = served_len;
    req->content_type = "application/json; charset=utf-8";
    return 200;
}

/* The CORS preflight of a page on another origin that reads the description. */
int h_openapi_options(web_req *req)
{
    req->cors = true;
    return web_no_content(req);
}
