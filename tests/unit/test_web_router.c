/* The route table: path parameters, method mismatch (405 with Allow), unknown paths, id parsing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "web/router.h"

static route_match match(const char *method, const char *path, web_req *req, const web_route **r, char *allow)
{
    memset(req, 0, sizeof *req);
    req->method = method;
    req->path = path;
    return router_match(req, r, allow, 64);
}

static void params_are_captured(void **s)
{
    (void)s;
    web_req req;
    const web_route *r;
    char allow[64];
    assert_int_equal(match("GET", "/api/v1/contracts/42", &req, &r, allow), ROUTE_FOUND);
    assert_ptr_equal(r->handler, h_contracts_show);
    assert_string_equal(web_param(&req, "id"), "42");
    assert_null(web_param(&req, "i"));   /* no prefix matches */
    assert_int_equal(match("POST", "/api/v1/realisations/7/verify", &req, &r, allow), ROUTE_FOUND);
    assert_ptr_equal(r->handler, h_realisations_verify);
    assert_string_equal(web_param(&req, "id"), "7");
    assert_int_equal(match("GET", "/api/v1/contracts", &req, &r, allow), ROUTE_FOUND);
    assert_ptr_equal(r->handler, h_contracts_list);
    assert_int_equal(r->auth, AUTH_USER);
    assert_int_equal(match("POST", "/api/v1/calc/value", &req, &r, allow), ROUTE_FOUND);
    assert_int_equal(r->auth, AUTH_PUBLIC);
}

static void misses(void **s)
{
    (void)s;
    web_req req;
    const web_route *r;
    char allow[64];
    assert_int_equal(match("GET", "/api/v1/contracts/", &req, &r, allow), ROUTE_NO_PATH);        /* empty segment */
    assert_int_equal(match("GET", "/api/v1/contracts/1/2", &req, &r, allow), ROUTE_NO_PATH);
    assert_int_equal(match("GET", "/api/v1/contract", &req, &r, allow), ROUTE_NO_PATH);
    assert_int_equal(match("GET", "/api/v1/contractsX", &req, &r, allow), ROUTE_NO_PATH);
    assert_int_equal(match("PUT", "/api/v1/session", &req, &r, allow), ROUTE_WRONG_METHOD);
    assert_string_equal(allow, "POST, GET, DELETE");
    assert_int_equal(match("DELETE", "/api/v1/contracts/5", &req, &r, allow), ROUTE_WRONG_METHOD);
    assert_string_equal(allow, "GET");
}

static void every_route_is_well_formed(void **s)
{
    (void)s;
    assert_true(web_route_count >= 25);
    for (int i = 0; i < web_route_count; i++) {
        assert_true(strncmp(web_routes[i].pattern, "/api/v1/", 8) == 0);
        assert_non_null(web_routes[i].handler);
        for (int k = 0; k < i; k++)
            assert_false(strcmp(web_routes[i].method, web_routes[k].method) == 0 &&
                         strcmp(web_routes[i].pattern, web_routes[k].pattern) == 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(params_are_captured),
        cmocka_unit_test(misses),
        cmocka_unit_test(every_route_is_well_formed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
