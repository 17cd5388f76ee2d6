/* The route table: every endpoint is one line in routes.def,
 * ROUTE("METHOD", "/api/v1/things/{id}", handler, AUTH_xxx), implemented in a handler file. */
#ifndef INC_ROUTER_H
#define INC_ROUTER_H
#include "web/web.h"

#define ROUTE(method, pattern, handler, auth) int handler(web_req *req);
#include "web/routes.def"
#undef ROUTE

typedef struct {
    const char *method;
    const char *pattern;
    web_handler handler;
    web_auth auth;
} web_route;

extern const web_route web_routes[];
extern const int web_route_count;

typedef enum { ROUTE_FOUND, ROUTE_NO_PATH, ROUTE_WRONG_METHOD } route_match;

/* Finds the route for method + path and fills req's path parameters. On ROUTE_WRONG_METHOD
 * `allow` lists the methods the path does accept ("GET, POST"). */
route_match router_match(web_req *req, const web_route **out, char *allow, size_t allow_size);

#endif
