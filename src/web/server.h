/* The HTTP server: GNU libmicrohttpd with a pool of worker threads, one SQLite connection per
 * worker, request bodies up to WEB_MAX_BODY, the route table for /api/, static files otherwise. */
#ifndef INC_WEB_SERVER_H
#define INC_WEB_SERVER_H
#include <stdbool.h>
#include "core/error.h"

typedef struct {
    const char *db_path;
    const char *host;        /* "127.0.0.1" */
    int port;                /* 0 = any free port */
    const char *static_dir;  /* "web" */
    int threads;             /* worker threads (2..16) */
    bool secure_cookie;      /* set Secure on the session cookie (served over TLS, e.g. behind a proxy) */
} web_config;

typedef struct web_server web_server;

inc_status web_server_start(const web_config *cfg, web_server **out, inc_error *e);
int web_server_port(const web_server *s);
void web_server_stop(web_server *s);

#endif
