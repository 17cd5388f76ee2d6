/* Value types: fixed-point decimals, dates, Dutch identifiers, JSON money. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "core/pseudonym.h"
#include "core/date.h"
#include "core/decimal.h"
#include "core/ident.h"
#include "core/json_fixed.h"

static void decimals(void **s)
{
    (void)s;
    int64_t v;
    assert_int_equal(decimal_parse("12500", 2, &v, "value", NULL), INC_OK);
    assert_int_equal(v, 1250000);
    assert_int_equal(decimal_parse("12500,5", 2, &v, "value", NULL), INC_OK);
    assert_int_equal(v, 1250050);
    assert_int_equal(decimal_parse("-3.25", 2, &v, "value", NULL), INC_OK);
    assert_int_equal(v, -325);
    assert_int_equal(decimal_parse("1.234", 2, &v, "value", NULL), INC_EINVAL);
    assert_int_equal(decimal_parse("12a", 2, &v, "value", NULL), INC_EINVAL);
    assert_int_equal(decimal_parse("", 2, &v, "value", NULL), INC_EINVAL);
    assert_int_equal(decimal_parse("1.250.000", 2, &v, "value", NULL), INC_EINVAL);
    assert_int_equal(decimal_from_double(1234567.89, 2, &v, "value", NULL), INC_OK);
    assert_int_equal(v, 123456789);
    assert_int_equal(decimal_from_double(0.125, 2, &v, "value", NULL), INC_EINVAL);
    char b[40];
    decimal_format(1250000, 2, true, b, sizeof b);
    assert_string_equal(b, "12.500,00");
    decimal_format(-123456789, 2, false, b, sizeof b);
    assert_string_equal(b, "-1234567.89");
    decimal_format(0, 2, true, b, sizeof b);
    assert_string_equal(b, "0,00");
    decimal_format(5, 2, true, b, sizeof b);
    assert_string_equal(b, "0,05");
    decimal_format(-1234567, 2, true, b, sizeof b);
    assert_string_equal(b, "-12.345,67");
    decimal_format(1000, 0, true, b, sizeof b);
    assert_string_equal(b, "1.000");
    decimal_format(999, 0, true, b, sizeof b);
    assert_string_equal(b, "999");
    decimal_format(INT64_MIN, 2, false, b, sizeof b);
    assert_string_equal(b, "-92233720368547758.08");
    decimal_format(1250000, 2, true, b, 6); /* truncated like snprintf: the first 5 characters */
    assert_string_equal(b, "12.50");
    assert_int_equal(div_round_half_up(5, 10), 1);
    assert_int_equal(div_round_half_up(4, 10), 0);
    assert_int_equal(div_round_half_up(-5, 10), -1);
}

static void dates(void **s)
{
    (void)s;
    inc_date d;
    inc_error e = {0};
    assert_int_equal(date_parse("2023-02-30", &d, "start", &e), INC_EINVAL);
    assert_string_equal(e.field, "start");
    assert_int_equal(date_parse("2024-02-29", &d, "start", NULL), INC_OK);
    assert_int_equal(date_parse("2023-02-29", &d, "start", NULL), INC_EINVAL);
    assert_int_equal(date_parse("2023-2-3", &d, "start", NULL), INC_EINVAL);
    assert_int_equal(date_from_ymd(1970, 1, 1), 0);
    assert_int_equal(date_from_ymd(2000, 3, 1) - date_from_ymd(2000, 2, 28), 2);
    char b[11];
    date_format_nl(date_from_ymd(2026, 11, 23), b);
    assert_string_equal(b, "23-11-2026");
    assert_int_equal(date_add_months(date_from_ymd(2024, 1, 31), 1), date_from_ymd(2024, 2, 29));
    assert_int_equal(date_add_months(date_from_ymd(2023, 7, 1), -12), date_from_ymd(2022, 7, 1));
    assert_int_equal(date_weekday(date_from_ymd(2026, 11, 23)), 0); /* a Monday */
}

static void identifiers(void **s)
{
    (void)s;
    /* 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6 x 11 */
    assert_true(bsn_valid("111222333"));
    /* 123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14 x 11; 123456789 gives 147 */
    assert_true(bsn_valid("123456782"));
    assert_false(bsn_valid("123456789"));
    assert_false(bsn_valid("12345678"));
    assert_false(bsn_valid("000000000"));
    assert_false(bsn_valid("12345678a"));
    char bsn[10];
    for (unsigned i = 1; i < 500; i++) {
        bsn_from_seed(i * 7919u, bsn);
        assert_true(bsn_valid(bsn));
    }
    assert_int_equal(kvk_check("27362514", "kvk", NULL), INC_OK);
    assert_int_equal(kvk_check("2736251", "kvk", NULL), INC_EINVAL);
    assert_int_equal(kvk_check("2736251x", "kvk", NULL), INC_EINVAL);
    char pc[8];
    assert_int_equal(postcode_normalise("2711ab", pc, "postcode", NULL), INC_OK);
    assert_string_equal(pc, "2711 AB");
    assert_int_equal(postcode_normalise("0711 AB", pc, "postcode", NULL), INC_EINVAL);
}

/* The pseudonym is the first 128 bits of HMAC-SHA256(key, BSN); the expected bytes were computed
 * apart from this code: python3 -c "import hmac,hashlib; print(hmac.new(bytes([1]*32),
 * b'111222333', hashlib.sha256).hexdigest()[:32])". */
static void pseudonym_is_truncated_hmac(void **s)
{
    (void)s;
    unsigned char key[PSEUDONYM_KEY_BYTES], out[PSEUDONYM_BYTES], other[PSEUDONYM_BYTES];
    memset(key, 1, sizeof key);
    inc_error e = {0};
    assert_int_equal(pseudonym_of_bsn(key, "111222333", out, "bsn", &e), INC_OK);
    static const unsigned char expected[PSEUDONYM_BYTES] = {0x53, 0xcb, 0xae, 0x90, 0x41, 0xbc, 0x85, 0x82,
                                                            0x16, 0x08, 0xda, 0xda, 0xf7, 0xf9, 0xff, 0x29};
    assert_memory_equal(out, expected, PSEUDONYM_BYTES);
    key[0] = 2;  /* another key, another pseudonym: the database alone does not reveal it */
    assert_int_equal(pseudonym_of_bsn(key, "111222333", other, "bsn", &e), INC_OK);
    assert_memory_not_equal(out, other, PSEUDONYM_BYTES);
    assert_int_equal(pseudonym_of_bsn(key, "111222334", other, "bsn", &e), INC_EINVAL);  /* elfproef */
    assert_string_equal(e.field, "bsn");
}

static void json_money_has_two_decimals(void **s)
{
    (void)s;
    json_t *j = json_pack("{s:o, s:o, s:o}", "amount", json_money(1250000), "neg", json_money(-5), "pct", json_pct(500));
    char *txt = json_dump_fixed(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
    assert_string_equal(txt, "{\"amount\":12500.00,\"neg\":-0.05,\"pct\":5.00}");
    int64_t v;
    assert_true(json_fixed_get(json_object_get(j, "amount"), 2, &v));
    assert_int_equal(v, 1250000);
    free(txt);
    json_decref(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(decimals),
        cmocka_unit_test(dates),
        cmocka_unit_test(identifiers),
        cmocka_unit_test(json_money_has_two_decimals),
        cmocka_unit_test(pseudonym_is_truncated_hmac),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
