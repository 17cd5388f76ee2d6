/* problem+json answers stay valid JSON with the HTTP status and a detail, whatever text they echo:
 * a detail cut at its buffer's end inside a multi-byte character (found by tests/api/fuzz.test.mjs:
 * GET /api/v1/reports/banen?municipality=ééé... answered 404 with a body saying status 500), or
 * bytes that are not UTF-8 at all (a query parameter %ff). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include "core/error.h"
#include "web/web.h"

static void assert_problem(web_req *req, int status)
{
    assert_int_equal(req->status, status);
    assert_non_null(req->resp_body);
    json_t *j = json_loads(req->resp_body, 0, NULL);
    assert_non_null(j);
    assert_int_equal(json_integer_value(json_object_get(j, "status")), status);
    assert_true(json_is_string(json_object_get(j, "detail")));
    assert_true(json_string_length(json_object_get(j, "detail")) > 0);
    json_decref(j);
    free(req->resp_body);
    req->resp_body = NULL;
}

static void long_multibyte_text_is_cut_between_characters(void **s)
{
    (void)s;
    char text[1500] = "";
    for (int i = 0; i < 700; i++) strcat(text, "\xc3\xa9");   /* é */
    for (int off = 0; off < 2; off++) {
        web_req req;
        memset(&req, 0, sizeof req);
        web_problem(&req, 404, "municipality", "%sonbekende gemeente '%s'", off ? "x" : "", text);
        assert_problem(&req, 404);
        inc_error e = {0};
        inc_fail(&e, INC_ENOTFOUND, "municipality", "%sgemeente '%s' niet gevonden", off ? "x" : "", text);
        web_fail(&req, &e);
        assert_problem(&req, 422);
    }
}

static void bytes_that_are_not_utf8_are_replaced(void **s)
{
    (void)s;
    web_req req;
    memset(&req, 0, sizeof req);
    web_problem(&req, 400, NULL, "onbekende waarde '%s'", "a\xff\xfe" "b\xc3");
    assert_problem(&req, 400);
    inc_error e = {0};
    inc_fail(&e, INC_EINVAL, "year", "jaar '%s' is geen getal", "\xed\xa0\x80\xc0\xaf");  /* surrogate, overlong */
    web_fail(&req, &e);
    assert_problem(&req, 422);
    /* Valid text stays as it is. */
    inc_fail(&e, INC_EINVAL, "x", "caf\xc3\xa9 \xf0\x9f\x98\x80");
    assert_string_equal(e.message, "caf\xc3\xa9 \xf0\x9f\x98\x80");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(long_multibyte_text_is_cut_between_characters),
        cmocka_unit_test(bytes_that_are_not_utf8_are_replaced),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
