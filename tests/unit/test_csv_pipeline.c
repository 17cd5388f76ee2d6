/* The two-thread CSV read (io/csv_pipeline.h): records stored in file order across many chunks,
 * errors of both threads merged in line order under the cap, a stop on the storing side ends the
 * read, and header trouble reaches the caller as with the one-thread reader. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "io/csv_pipeline.h"

static const char *const COLS[] = {"n", "text", NULL};
static const char *const REQ[] = {"n", NULL};
static const csv_schema SCHEMA = {.columns = COLS, .required = REQ};

typedef struct {
    long n;
} slot;

typedef struct {
    long stored, last_n;
    bool in_order;
    long stop_at;  /* store fails (fatal) at this n; 0 = never */
} state;

/* Reading thread: n must be a number; "bad" in text is a parse error. */
static int parse(void *user, const csv_row *row, void *out)
{
    (void)user;
    const char *text = csv_row_get(row, "text");
    if (strcmp(text, "bad") == 0) {
        csv_row_error(row, "text", "fout bij het lezen");
        return 1;
    }
    ((slot *)out)->n = atol(csv_row_get(row, "n"));
    return 0;
}

/* Storing thread: every 10th n is a bad row; stop_at is fatal. */
static int store(void *user, void *in, long line, csv_errors *errs, inc_error *e)
{
    state *s = user;
    long n = ((slot *)in)->n;
    if (n == s->stop_at) {
        inc_fail(e, INC_EIO, "", "databasefout bij %ld", n);
        return 1;
    }
    if (n <= s->last_n) s->in_order = false;
    s->last_n = n;
    if (n % 10 == 0) {
        inc_error bad = {0};
        inc_fail(&bad, INC_EINVAL, "n", "fout bij het opslaan van %ld", n);
        csv_errors_add_from(errs, line, &bad);
        return 0;
    }
    s->stored++;
    return 0;
}

static char path[64];

/* A file of `rows` records, n = 1..rows, every 7th with text "bad". */
static void write_file(long rows)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "n,text\n");
    for (long n = 1; n <= rows; n++) fprintf(f, "%ld,%s\n", n, n % 7 == 0 ? "bad" : "ok");
    fclose(f);
}

static void test_order_and_merged_errors(void **st)
{
    (void)st;
    long rows = 10 * CSV_PIPELINE_SLOTS + 17;  /* many chunks, the last one partly filled */
    write_file(rows);
    state s = {.in_order = true};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    inc_error e = {0};
    assert_int_equal(csv_read_file_pipelined(path, &SCHEMA, parse, store, sizeof(slot), &s, &errs, &e), INC_OK);
    assert_true(s.in_order);
    long parse_bad = rows / 7, store_bad = rows / 10 - rows / 70;  /* multiples of 70 fail parsing first */
    assert_int_equal(s.stored, rows - parse_bad - store_bad);
    assert_int_equal(errs.total, (size_t)(parse_bad + store_bad));
    assert_int_equal(errs.count, CSV_DEFAULT_MAX_ERRORS);
    for (size_t i = 1; i < errs.count; i++) assert_true(errs.items[i - 1].line < errs.items[i].line);
    /* line = n + 1: the first errors are n = 7 (reading), 10 (storing), 14 (reading) */
    assert_int_equal(errs.items[0].line, 8);
    assert_string_equal(errs.items[0].reason, "fout bij het lezen");
    assert_int_equal(errs.items[1].line, 11);
    assert_string_equal(errs.items[1].reason, "fout bij het opslaan van 10");
    assert_int_equal(errs.items[2].line, 15);
    csv_errors_free(&errs);
}

static void test_store_stops_the_read(void **st)
{
    (void)st;
    write_file(5 * CSV_PIPELINE_SLOTS);
    state s = {.in_order = true, .stop_at = 1000};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    inc_error e = {0};
    assert_int_equal(csv_read_file_pipelined(path, &SCHEMA, parse, store, sizeof(slot), &s, &errs, &e), INC_EIO);
    assert_string_equal(e.message, "databasefout bij 1000");
    assert_true(s.last_n < 1000);
    csv_errors_free(&errs);
}

static void test_header_error_and_missing_file(void **st)
{
    (void)st;
    FILE *f = fopen(path, "w");
    fprintf(f, "text\nok\n");  /* required column n missing */
    fclose(f);
    state s = {.in_order = true};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    inc_error e = {0};
    assert_int_equal(csv_read_file_pipelined(path, &SCHEMA, parse, store, sizeof(slot), &s, &errs, &e), INC_OK);
    assert_int_equal(s.stored, 0);
    assert_int_equal(errs.total, 1);
    assert_int_equal(errs.items[0].line, 1);
    csv_errors_free(&errs);
    csv_errors_init(&errs, 0);
    assert_int_equal(csv_read_file_pipelined("/nonexistent/x.csv", &SCHEMA, parse, store, sizeof(slot), &s, &errs, &e),
                     INC_EIO);
    csv_errors_free(&errs);
}

int main(void)
{
    snprintf(path, sizeof path, "/tmp/inclusio-pipeline-%d.csv", (int)getpid());
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_order_and_merged_errors),
                                       cmocka_unit_test(test_store_stops_the_read),
                                       cmocka_unit_test(test_header_error_and_missing_file)};
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    unlink(path);
    return rc;
}
