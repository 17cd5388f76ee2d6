/* Input checks that go on after a failure (inc_checks, core/error.h): a caller that collects
 * (e->all) gets every bad field, each once; a caller that does not gets the first failure, the
 * same as before the checks went on; the API answers them all in invalidParams. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include "core/error.h"
#include "core/json_fields.h"
#include "core/register_input.h"
#include "web/web.h"

static json_t *bad_contract(void)
{
    return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "municipality", "zoetermeer",
                     "reference", "R-1", "title", "T", "category", "diensten-x", "procedure", "europees", "value",
                     "1000", "labour_share_pct", "140", "award_date", "2023-02-30", "start_date", "2026-04-01",
                     "end_date", "2026-01-01", "contractor_kvk", "1234");
}

static void every_bad_field_once_and_the_first_kept(void **s)
{
    (void)s;
    json_t *body = bad_contract();
    json_fields jf;
    field_source fs = json_fields_source(&jf, body);
    inc_contract_input in;

    inc_error one = {0};
    assert_int_equal(contract_input_parse(&fs, &in, &one), INC_EINVAL);
    assert_string_equal(one.field, "category");

    inc_errors all = {0};
    inc_error e = {.all = &all};
    assert_int_equal(contract_input_parse(&fs, &in, &e), INC_EINVAL);
    assert_string_equal(e.field, one.field);
    assert_string_equal(e.message, one.message);
    assert_ptr_equal(e.all, &all);
    const char *want[] = {"category", "labour_share_pct", "award_date", "end_date", "contractor_kvk"};
    assert_int_equal(all.n, 5);
    for (int i = 0; i < 5; i++) assert_string_equal(all.item[i].field, want[i]);

    /* No caller's error at all: still refused. */
    assert_int_equal(contract_input_parse(&fs, &in, NULL), INC_EINVAL);
    json_decref(body);
}

static void a_field_is_listed_once_and_the_list_is_bounded(void **s)
{
    (void)s;
    inc_errors all = {0};
    inc_error e = {.all = &all};
    inc_checks c;
    inc_checks_begin(&c, &e);
    assert_true(inc_check(&c, INC_OK));
    assert_false(inc_check(&c, inc_fail(c.e, INC_EINVAL, "a", "eerste")));
    assert_false(inc_check(&c, inc_fail(c.e, INC_EINVAL, "a", "tweede van a")));
    for (int i = 0; i < 40; i++) inc_check(&c, inc_fail(c.e, INC_EINVAL, i % 2 ? "b" : "", "veld %d", i));
    char name[16];   /* room for any int: -O1 checks snprintf truncation */
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "f%d", i);
        inc_check(&c, inc_fail(c.e, INC_EINVAL, name, "veld %s", name));
    }
    assert_int_equal(inc_checks_end(&c), INC_EINVAL);
    assert_string_equal(e.field, "a");
    assert_string_equal(e.message, "eerste");
    assert_int_equal(all.n, INC_ERRORS_MAX);
    assert_string_equal(all.item[0].message, "eerste");
    assert_string_equal(all.item[1].field, "");
    assert_string_equal(all.item[2].field, "b");
    inc_checks_begin(&c, NULL);
    assert_int_equal(inc_checks_end(&c), INC_OK);
}

static void the_problem_lists_them_all(void **s)
{
    (void)s;
    inc_errors all = {0};
    inc_error e = {.all = &all};
    inc_checks c;
    inc_checks_begin(&c, &e);
    inc_check(&c, inc_fail(&e, INC_EINVAL, "award_date", "datum '2023-02-30' bestaat niet"));
    inc_check(&c, inc_fail(&e, INC_EINVAL, "", "zonder veld"));
    inc_check(&c, inc_fail(&e, INC_EINVAL, "cpv", "caf\xc3"));   /* cut inside a character */
    inc_checks_end(&c);
    web_req req;
    memset(&req, 0, sizeof req);
    assert_int_equal(web_fail(&req, &e), 422);
    json_t *j = json_loads(req.resp_body, 0, NULL);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "field")), "award_date");
    json_t *list = json_object_get(j, "invalidParams");
    assert_int_equal(json_array_size(list), 2);   /* the error without a field is in detail only */
    assert_string_equal(json_string_value(json_object_get(json_array_get(list, 0), "name")), "award_date");
    assert_string_equal(json_string_value(json_object_get(json_array_get(list, 1), "name")), "cpv");
    assert_non_null(strstr(json_string_value(json_object_get(j, "detail")), "bestaat niet; zonder veld; caf"));
    json_decref(j);
    free(req.resp_body);
    /* Not an input error: no list. */
    memset(&req, 0, sizeof req);
    web_problem(&req, 404, "id", "niet gevonden");
    j = json_loads(req.resp_body, 0, NULL);
    assert_null(json_object_get(j, "invalidParams"));
    json_decref(j);
    free(req.resp_body);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_bad_field_once_and_the_first_kept),
        cmocka_unit_test(a_field_is_listed_once_and_the_list_is_bounded),
        cmocka_unit_test(the_problem_lists_them_all),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
