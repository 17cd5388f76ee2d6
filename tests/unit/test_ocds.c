/* The OCDS reader and mapping (core/ocds.c): fields read streaming whatever the chunking, the
 * procedure mapping, KvK from NL-KVK identifiers, skips with reasons, and malformed files refused
 * with their line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/ocds.h"

typedef struct {
    int n;
    ocds_release last;
} got;

static bool keep(void *ctx, const ocds_release *r)
{
    got *g = ctx;
    g->n++;
    g->last = *r;
    return true;
}

static const char PKG[] =
    "{\"version\": \"1.1\", \"extensions\": [\"x\"], \"publisher\": {\"name\": \"TenderNed\"},\n"
    " \"releases\": [\n"
    "  {\"ocid\": \"ocds-1\", \"id\": \"r1\", \"date\": \"2025-05-02T10:00:00Z\",\n"
    "   \"buyer\": {\"id\": \"B\", \"name\": \"Gemeente Zoetermeer\"},\n"
    "   \"parties\": [{\"id\": \"B\", \"name\": \"Gemeente Zoetermeer\", \"roles\": [\"buyer\"]},\n"
    "                 {\"id\": \"S\", \"name\": \"Bouw BV\", \"roles\": [\"supplier\"],\n"
    "                  \"identifier\": {\"scheme\": \"NL-KVK\", \"id\": \"408712360000\"}}],\n"
    "   \"tender\": {\"title\": \"Dorpsstraat\", \"mainProcurementCategory\": \"works\", \"procurementMethod\": \"open\",\n"
    "              \"items\": [{\"classification\": {\"id\": \"45233140-2\", \"scheme\": \"CPV\"}}]},\n"
    "   \"awards\": [{\"id\": 7, \"date\": \"2025-04-28\", \"value\": {\"amount\": 199500.255, \"currency\": \"EUR\"},\n"
    "                \"suppliers\": [{\"id\": \"S\"}]},\n"
    "               {\"id\": \"8\", \"status\": \"cancelled\"}]}\n"
    " ]}\n";

/* Fed byte by byte or at once, the same release: CPV paired although id comes before scheme, a
 * numeric award id read as text, the 12-digit establishment number's first 8 digits, the amount
 * rounded half up to the cent, the cancelled award left out, the period defaulting to none. */
static void reads_whatever_the_chunks(void **state)
{
    (void)state;
    for (int chunk = 1; chunk <= 4096; chunk *= 4096) {
        got g = {0};
        ocds_parser *p = ocds_parser_new(keep, &g);
        size_t len = strlen(PKG);
        for (size_t off = 0; off < len; off += (size_t)chunk) {
            size_t n = len - off < (size_t)chunk ? len - off : (size_t)chunk;
            assert_int_equal(ocds_parser_feed(p, (const unsigned char *)PKG + off, n, NULL), INC_OK);
        }
        assert_int_equal(ocds_parser_finish(p, NULL), INC_OK);
        ocds_parser_free(p);
        assert_int_equal(g.n, 1);
        assert_string_equal(g.last.cpv, "45233140-2");
        assert_int_equal(g.last.line, 3);
        ocds_award_row rows[4];
        char why[160];
        assert_int_equal(ocds_award_rows(&g.last, rows, 4, why), 1);
        assert_string_equal(rows[0].award_id, "7");
        assert_string_equal(rows[0].supplier_kvk, "40871236");
        assert_string_equal(rows[0].supplier_name, "Bouw BV");
        assert_int_equal(rows[0].value_cents, 19950026);
        assert_int_equal(rows[0].category, CAT_WERKEN);
        assert_int_equal(rows[0].procedure, PROC_NATIONAAL);
        assert_int_equal(rows[0].start_date, INC_DATE_NONE);
        assert_string_equal(rows[0].skip, "");
    }
}

static void procedure_mapping(void **state)
{
    (void)state;
    inc_procedure p;
    bool d;
    assert_true(ocds_procedure("Europese openbare procedure", "open", &p, &d));
    assert_int_equal(p, PROC_EUROPEES);
    assert_true(d);
    assert_true(ocds_procedure("Nationale niet-openbare procedure", "selective", &p, &d));
    assert_int_equal(p, PROC_NATIONAAL);
    assert_true(ocds_procedure("Meervoudig onderhandse procedure", "limited", &p, &d));
    assert_int_equal(p, PROC_MEERVOUDIG);
    assert_true(ocds_procedure("", "limited", &p, &d));
    assert_int_equal(p, PROC_MEERVOUDIG);
    assert_false(d);
    assert_true(ocds_procedure(NULL, "direct", &p, &d));
    assert_int_equal(p, PROC_ENKELVOUDIG);
    assert_false(ocds_procedure("Concessie", "", &p, &d));
}

static inc_status parse_all(const char *text, got *g, inc_error *e)
{
    ocds_parser *p = ocds_parser_new(keep, g);
    inc_status s = ocds_parser_feed(p, (const unsigned char *)text, strlen(text), e);
    if (s == INC_OK) s = ocds_parser_finish(p, e);
    ocds_parser_free(p);
    return s;
}

static void malformed_with_line(void **state)
{
    (void)state;
    got g = {0};
    inc_error e = {0};
    assert_int_equal(parse_all("{\"version\": \"1.1\",\n\"releases\": [\n{\"ocid\": 1}]}", &g, &e), INC_EINVAL);
    assert_string_equal(e.message, "regel 3: ocid moet tekst zijn");
    assert_int_equal(parse_all("{\"version\": \"1.1\",\n\"releases\": {}}", &g, &e), INC_EINVAL);
    assert_string_equal(e.message, "regel 2: 'releases' moet een lijst zijn");
    assert_int_equal(parse_all("{\"releases\": []}", &g, &e), INC_EINVAL);
    assert_string_equal(e.message, "regel 1: geen OCDS-pakket: 'version' ontbreekt");
    assert_int_equal(parse_all("{\"version\": \"1.1\", \"releases\": [\n\n{\"ocid\": \"x\", \"id\": \"y\"}]}", &g, &e), INC_EINVAL);
    assert_string_equal(e.message, "regel 3: de release die op regel 3 begint heeft geen date");
    assert_int_equal(parse_all("{\"version\": \"1.1\", \"releases\": [1]}", &g, &e), INC_EINVAL);
    assert_string_equal(e.message, "regel 1: elk element van 'releases' moet een object zijn");
}

/* Record package: the compiledRelease is the release; a record with only linked releases is
 * delivered as skipped. */
static void record_package(void **state)
{
    (void)state;
    got g = {0};
    const char *t = "{\"version\": \"1.1\", \"records\": [{\"ocid\": \"o1\", \"releases\": [{\"url\": \"u\"}],"
                    " \"compiledRelease\": {\"ocid\": \"o1\", \"id\": \"c1\", \"date\": \"2025-01-01\"}},"
                    " {\"ocid\": \"o2\", \"releases\": [{\"url\": \"u2\"}]}]}";
    assert_int_equal(parse_all(t, &g, NULL), INC_OK);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.last.ocid, "o2");
    assert_string_equal(g.last.overflow, "record zonder compiledRelease");
    char why[160];
    ocds_award_row rows[2];
    assert_int_equal(ocds_award_rows(&g.last, rows, 2, why), 0);
    assert_string_equal(why, "record zonder compiledRelease");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_whatever_the_chunks), cmocka_unit_test(procedure_mapping),
        cmocka_unit_test(malformed_with_line), cmocka_unit_test(record_package),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
