/* The web application's request context and response helpers, shared by every handler. */
#ifndef INC_WEB_H
#define INC_WEB_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "core/error.h"
#include "app/app.h"
#include "core/session.h"
#include "core/user.h"

#define WEB_MAX_BODY (64 * 1024)   /* larger request bodies are answered with 413 */
/* A too large body up to this size is read (and dropped) before the 413; a larger one is refused
 * at once. */
#define WEB_DISCARD_MAX (8ULL * 1024 * 1024)
/* An evidence file (POST /api/v1/realisations/{id}/evidence): 2 MB (core/settlement.h), and one byte
 * more so that the answer to a larger one is the evidence rule's. */
#define WEB_MAX_EVIDENCE (2 * 1024 * 1024 + 1)
/* File uploads (WEB_UPLOAD_PATH, POST): the body is spooled to a temporary file, not kept in memory,
 * up to WEB_MAX_UPLOAD bytes (TenderNed's yearly OCDS files run to hundreds of megabytes). */
#define WEB_MAX_UPLOAD (1024LL * 1024 * 1024)
#define WEB_UPLOAD_PATH "/api/v1/procurements/ocds"
#define WEB_MAX_PARAMS 4
#define WEB_SESSION_COOKIE "inclusio_session"

/* Who may call a route. AUTH_PUBLIC: anyone, no CSRF token (login, calculators, static files).
 * AUTH_USER: a live session; state-changing methods also need the X-CSRF-Token header.
 * Which role may do what is decided per resource in authz.c. */
typedef enum { AUTH_PUBLIC, AUTH_USER } web_auth;

struct MHD_Connection;

typedef struct web_req {
    struct MHD_Connection *conn;
    const char *method;
    const char *path;
    inc_db *db;
    char address[64];            /* peer IP address */
    bool tls;
    json_t *body;                /* the parsed JSON object of a POST/PUT/PATCH, else NULL */
    const char *raw_body;        /* the body as sent, for a file upload (evidence) only; else NULL */
    size_t raw_len;
    int n_params;
    const char *param_names[WEB_MAX_PARAMS];
    char param_values[WEB_MAX_PARAMS][128];
    bool logged_in;
    inc_user user;
    inc_session session;
    /* the response */
    int status;
    char *resp_body;             /* malloc'd */
    size_t resp_len;
    const char *content_type;
    char set_cookie[256];        /* a Set-Cookie header value, or "" */
    char retry_after[24];        /* a Retry-After header value, or "" */
    char allow[64];              /* an Allow header value (405), or "" */
    char disposition[160];       /* a Content-Disposition header value (downloads), or "" */
    const char *cache_control;   /* a Cache-Control value for an API answer, or NULL: "no-store" */
    int resp_fd;                 /* a file to send (static files), or -1 */
    uint64_t resp_fd_size;
    bool head_only;              /* HEAD request: no body */
    bool cors;                   /* open to every origin (the OpenAPI description): CORS headers */
    char municipality[64];       /* ?municipality= resolved to its code (by code or name), or "" */
    FILE *upload;                /* the spooled body of an upload (WEB_UPLOAD_PATH), at its start; else NULL */
} web_req;

typedef int (*web_handler)(web_req *req);

/* Responses. Each returns the HTTP status it set, so handlers can `return web_json(...)`. */
int web_json(web_req *req, int status, json_t *j);    /* steals j; serialised with json_dump_fixed */
int web_no_content(web_req *req);
/* application/problem+json (RFC 9457): {type, title, status, detail (Dutch), field?, invalidParams?}. A 400 or 422 naming a field lists it in invalidParams [{name, reason}]. */
int web_problem(web_req *req, int status, const char *field, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* A problem listing every bad field at once (invalidParams); detail joins their reasons. */
int web_problem_all(web_req *req, int status, const inc_errors *bad);
/* Maps an inc_error to a problem: EINVAL 422, ENOTFOUND 404 (422 when it names a field), ECONFLICT 409, EFORBIDDEN 403, else 500.
 * A 422 whose checks noted every bad field (e->all) lists them all. */
int web_fail(web_req *req, const inc_error *e);
/* 503 with Retry-After: the database cannot be reached (web_fail answers so by itself). */
int web_unavailable(web_req *req);

/* Request data. */
const char *web_param(const web_req *req, const char *name);
/* A path id: a positive integer, else a 400 problem and false. */
bool web_param_id(web_req *req, const char *name, int64_t *id);
const char *web_query(const web_req *req, const char *name);
const char *web_header(const web_req *req, const char *name);

#endif
