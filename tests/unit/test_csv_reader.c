/* Streaming CSV reader: header mapping, quoting, line numbers, every bad row reported. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/csv_reader.h"
#include "io/csv_writer.h"

static const char *const COLS[] = {"reference", "title", "value", "note", NULL};
static const char *const REQ[] = {"reference", "title", NULL};
static const csv_schema SCHEMA = {.columns = COLS, .required = REQ};

#define MAX_SEEN 8
typedef struct {
    int rows;
    long lines[MAX_SEEN];
    char ref[MAX_SEEN][32];
    char title[MAX_SEEN][64];
    char value[MAX_SEEN][32];
    char note[MAX_SEEN][64];
    int abort_at;          /* 1-based row to abort on, 0 = never */
    int error_on_empty;    /* report an error on rows with an empty value */
} seen;

static int collect(void *user, const csv_row *row)
{
    seen *s = user;
    int i = s->rows++;
    if (s->abort_at && s->rows == s->abort_at) {
        inc_error why = {.status = INC_ECONFLICT};
        snprintf(why.message, sizeof why.message, "gestopt");
        return csv_row_abort(row, &why);
    }
    if (s->error_on_empty && !*csv_row_get(row, "value")) csv_row_error(row, "value", "verplicht veld is leeg");
    if (i >= MAX_SEEN) return 0;
    s->lines[i] = csv_row_line(row);
    snprintf(s->ref[i], sizeof s->ref[i], "%s", csv_row_get(row, "reference"));
    snprintf(s->title[i], sizeof s->title[i], "%s", csv_row_at(row, 1));
    snprintf(s->value[i], sizeof s->value[i], "%s", csv_row_getter((void *)row, "value"));
    snprintf(s->note[i], sizeof s->note[i], "%s", csv_row_get(row, "note"));
    assert_null(csv_row_get(row, "not-in-schema"));
    field_source fs = csv_row_source(row);
    assert_string_equal(field_get(&fs, "reference") ? field_get(&fs, "reference") : "", csv_row_at(row, 0));
    return 0;
}

/* Reads text through the reader; returns the status, fills s and errs. */
static inc_status read_text(const char *text, size_t len, seen *s, csv_errors *errs, size_t cap)
{
    FILE *f = fmemopen((void *)text, len, "rb");
    assert_non_null(f);
    csv_errors_init(errs, cap);
    inc_error e = {0};
    inc_status st = csv_read_stream(f, "test", &SCHEMA, collect, s, errs, &e);
    fclose(f);
    return st;
}
#define READ(text, s, errs) read_text(text, strlen(text), s, errs, 0)

static void test_basic_rows_and_lines(void **state)
{
    (void)state;
    /* Header on line 1; the record on line 3 has a quoted title spanning lines 3-4,
     * so the next record starts on line 5. */
    const char *csv = "reference,title,value\n"
                      "C-1,Onderhoud,100.50\n"
                      "C-2,\"Groen, \"\"wijk\"\"\nnoord\",7\n"
                      "C-3,  Schoonmaak  ,\n";
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_OK);
    assert_int_equal(errs.total, 0);
    assert_int_equal(s.rows, 3);
    assert_int_equal(s.lines[0], 2);
    assert_int_equal(s.lines[1], 3);
    assert_int_equal(s.lines[2], 5);
    assert_string_equal(s.ref[0], "C-1");
    assert_string_equal(s.value[0], "100.50");
    assert_string_equal(s.title[1], "Groen, \"wijk\"\nnoord");
    assert_string_equal(s.title[2], "Schoonmaak"); /* unquoted spaces trimmed */
    assert_string_equal(s.value[2], "");
    assert_string_equal(s.note[0], ""); /* schema column absent from the file reads as "" */
    csv_errors_free(&errs);
}

static void test_bom_crlf_and_blank_lines(void **state)
{
    (void)state;
    /* BOM skipped, CRLF line ends, a blank line 3 skipped but counted: C-2 is on line 4. */
    const char *csv = "\xEF\xBB\xBFreference,title\r\nC-1,A\r\n\r\nC-2,B";
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_OK);
    assert_int_equal(errs.total, 0);
    assert_int_equal(s.rows, 2);
    assert_string_equal(s.ref[0], "C-1");
    assert_string_equal(s.title[0], "A");
    assert_int_equal(s.lines[1], 4);
    assert_string_equal(s.title[1], "B");
    csv_errors_free(&errs);
}

static void test_cr_line_ends(void **state)
{
    (void)state;
    /* CR-only line ends (Excel for Mac): rows on lines 2, 3 (a quoted title spanning lines 3-4)
     * and 5; the bad row on line 6 is reported there. */
    const char *csv = "reference,title,value\rC-1,A,1\rC-2,\"twee\rregels\",2\rC-3,C,3\rC-4,D\r";
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_OK);
    assert_int_equal(s.rows, 3);
    assert_int_equal(s.lines[0], 2);
    assert_int_equal(s.lines[1], 3);
    assert_string_equal(s.title[1], "twee\rregels");
    assert_int_equal(s.lines[2], 5);
    assert_int_equal(errs.total, 1);
    assert_int_equal(errs.items[0].line, 6);
    csv_errors_free(&errs);
}

static void test_crlf_split_across_chunks(void **state)
{
    (void)state;
    /* The CR of a CRLF is the last byte of the first 64 KiB chunk and its LF the first byte of the
     * next: still one line end. Rows are 16 bytes ("C-00001,abcde\r\n"... padded), the header is
     * line 1; the bad row after the split must carry its true line number. */
    size_t cap = CSV_CHUNK_BYTES * 2 + 256;
    char *csv = malloc(cap);
    size_t n = (size_t)sprintf(csv, "reference,title\r\n");
    int line = 1;
    while (n + 64 < CSV_CHUNK_BYTES) n += (size_t)sprintf(csv + n, "C-%05d,titel\r\n", ++line);
    /* pad one row so that its CR lands on the last byte of the chunk */
    size_t fill = CSV_CHUNK_BYTES - 1 - n - 9; /* "C-xxxxx," is 8 bytes, then the title, then CR */
    n += (size_t)sprintf(csv + n, "C-%05d,", ++line);
    memset(csv + n, 't', fill + 1);
    n += fill + 1;
    assert_int_equal(n, CSV_CHUNK_BYTES - 1);
    csv[n++] = '\r';
    csv[n++] = '\n';
    n += (size_t)sprintf(csv + n, "C-X,te,veel\r\nC-Y,goed\r\n");
    seen s = {0};
    csv_errors errs;
    assert_int_equal(read_text(csv, n, &s, &errs, 0), INC_OK);
    assert_int_equal(errs.total, 1);
    assert_int_equal(errs.items[0].line, line + 1);
    assert_int_equal(s.rows, line - 1 + 1);
    free(csv);
    csv_errors_free(&errs);
}

static void test_header_errors(void **state)
{
    (void)state;
    /* unknown "colour", duplicate "reference", missing required "title": three errors on line 1,
     * and no data row is handed over. */
    const char *csv = "reference,colour,reference\nC-1,rood,C-1\n";
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_OK);
    assert_int_equal(s.rows, 0);
    assert_int_equal(errs.total, 3);
    assert_int_equal(errs.items[0].line, 1);
    assert_string_equal(errs.items[0].column, "colour");
    assert_string_equal(errs.items[0].reason, "onbekende kolom");
    assert_string_equal(errs.items[1].column, "reference");
    assert_string_equal(errs.items[2].column, "title");
    assert_string_equal(errs.items[2].reason, "verplichte kolom ontbreekt in de kopregel");
    csv_errors_free(&errs);
}

static void test_field_count_keeps_going(void **state)
{
    (void)state;
    /* line 3 has 2 fields, line 4 has 4: both reported; lines 2 and 5 still delivered. */
    const char *csv = "reference,title,value\nC-1,A,1\nC-2,B\nC-3,C,3,x\nC-4,D,4\n";
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_OK);
    assert_int_equal(s.rows, 2);
    assert_string_equal(s.ref[1], "C-4");
    assert_int_equal(errs.total, 2);
    assert_int_equal(errs.items[0].line, 3);
    assert_string_equal(errs.items[0].reason, "2 velden, verwacht 3 (zoals in de kopregel)");
    assert_int_equal(errs.items[1].line, 4);
    assert_string_equal(errs.items[1].reason, "4 velden, verwacht 3 (zoals in de kopregel)");
    csv_errors_free(&errs);
}

static void test_unterminated_quote_at_eof(void **state)
{
    (void)state;
    /* The record starting on line 3 opens a quote that never closes: a truncated file. */
    const char *csv = "reference,title\nC-1,A\nC-2,\"Begin van een titel\nen nog meer";
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_OK);
    assert_int_equal(s.rows, 1);
    assert_int_equal(errs.total, 1);
    assert_int_equal(errs.items[0].line, 3);
    assert_non_null(strstr(errs.items[0].reason, "aanhalingsteken niet afgesloten"));
    csv_errors_free(&errs);
}

static void test_malformed_quote_resumes_next_line(void **state)
{
    (void)state;
    /* line 2: text after a closing quote; line 3: a quote inside an unquoted field; line 4 fine. */
    const char *csv = "reference,title\n\"C-1\"x,A\nC-2,ab\"c\nC-3,C\n";
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_OK);
    assert_int_equal(s.rows, 1);
    assert_string_equal(s.ref[0], "C-3");
    assert_int_equal(s.lines[0], 4);
    assert_int_equal(errs.total, 2);
    assert_int_equal(errs.items[0].line, 2);
    assert_int_equal(errs.items[1].line, 3);
    assert_string_equal(errs.items[1].reason, "ongeldige CSV: aanhalingsteken op een onverwachte plaats");
    csv_errors_free(&errs);
}

static void test_row_errors_capped_and_printed(void **state)
{
    (void)state;
    /* 1,500 rows with an empty value, cap 1,000: all 1,500 counted, 1,000 kept, the printed list
     * ends with "... en nog 500 fouten". */
    size_t cap = 64 + 1500 * 16;
    char *csv = malloc(cap);
    size_t n = (size_t)sprintf(csv, "reference,title,value\n");
    for (int i = 0; i < 1500; i++) n += (size_t)sprintf(csv + n, "C-%d,T,\n", i);
    seen s = {.error_on_empty = 1};
    csv_errors errs;
    assert_int_equal(read_text(csv, n, &s, &errs, 0), INC_OK);
    assert_int_equal(s.rows, 1500);
    assert_int_equal(errs.total, 1500);
    assert_int_equal(errs.count, 1000);
    assert_int_equal(errs.items[999].line, 1001);
    char *out = NULL;
    size_t outlen = 0;
    FILE *mem = open_memstream(&out, &outlen);
    csv_errors_print(&errs, mem);
    fclose(mem);
    assert_non_null(strstr(out, "regel 2, kolom value: verplicht veld is leeg\n"));
    assert_non_null(strstr(out, "regel 1001, kolom value: verplicht veld is leeg\n... en nog 500 fouten\n"));
    assert_null(strstr(out, "regel 1002,"));
    free(out);
    free(csv);
    csv_errors_free(&errs);
}

static void test_empty_file(void **state)
{
    (void)state;
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ("", &s, &errs), INC_OK);
    assert_int_equal(errs.total, 1);
    assert_int_equal(errs.items[0].line, 1);
    assert_string_equal(errs.items[0].reason, "leeg bestand: de kopregel ontbreekt");
    csv_errors_free(&errs);
}

static void test_bad_bytes(void **state)
{
    (void)state;
    /* line 2: a lone continuation byte; line 3: an overlong encoding of '/'; line 4: valid "é". */
    const char *csv = "reference,title\nC-1,a\x80z\nC-2,\xC0\xAF\nC-3,caf\xC3\xA9\n";
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_OK);
    assert_int_equal(s.rows, 1);
    assert_string_equal(s.title[0], "caf\xC3\xA9");
    assert_int_equal(errs.total, 2);
    assert_int_equal(errs.items[0].line, 2);
    assert_string_equal(errs.items[0].reason, "veld 2 is geen geldige UTF-8-tekst");
    assert_int_equal(errs.items[1].line, 3);
    csv_errors_free(&errs);
    /* A NUL byte inside a field. */
    static const char nul[] = "reference,title\nC-1,a\0b\n";
    seen s2 = {0};
    assert_int_equal(read_text(nul, sizeof nul - 1, &s2, &errs, 0), INC_OK);
    assert_int_equal(s2.rows, 0);
    assert_int_equal(errs.total, 1);
    assert_string_equal(errs.items[0].reason, "veld 2 bevat een NUL-teken");
    csv_errors_free(&errs);
}

static void test_chunk_boundaries(void **state)
{
    (void)state;
    /* 20,000 rows of ~27 bytes cross several 64 KiB chunks; one quoted field with a newline at
     * row 10,000 shifts later lines by one: the last record (row 20,000) starts on line 20,002. */
    size_t cap = 64 + 20000 * 48;
    char *csv = malloc(cap);
    size_t n = (size_t)sprintf(csv, "reference,title,value\n");
    for (int i = 1; i <= 20000; i++)
        n += (size_t)sprintf(csv + n, i == 10000 ? "C-%06d,\"twee\nregels\",%d\n" : "C-%06d,titel,%d\n", i, i);
    seen s = {0};
    csv_errors errs;
    assert_int_equal(read_text(csv, n, &s, &errs, 0), INC_OK);
    assert_int_equal(errs.total, 0);
    assert_int_equal(s.rows, 20000);
    free(csv);
    csv_errors_free(&errs);
    /* the same with an error in the very last row shows the line number */
    csv = malloc(cap);
    n = (size_t)sprintf(csv, "reference,title,value\n");
    for (int i = 1; i <= 20000; i++)
        n += (size_t)sprintf(csv + n, i == 10000 ? "C-%06d,\"twee\nregels\",%d\n" : "C-%06d,titel,%d\n", i, i);
    n += (size_t)sprintf(csv + n, "C-X,te,veel,velden\n");
    seen s2 = {0};
    assert_int_equal(read_text(csv, n, &s2, &errs, 0), INC_OK);
    assert_int_equal(errs.total, 1);
    assert_int_equal(errs.items[0].line, 20003);
    free(csv);
    csv_errors_free(&errs);
}

static void test_record_too_long(void **state)
{
    (void)state;
    /* An opening quote on line 3 that never closes, followed by 2 MiB of lines: refused at the
     * 1 MiB record limit (bounded memory), not buffered to the end. */
    size_t cap = 64 + (2u << 20) + 64;
    char *csv = malloc(cap);
    size_t n = (size_t)sprintf(csv, "reference,title\nC-1,A\nC-2,\"open\n");
    while (n < (2u << 20)) n += (size_t)sprintf(csv + n, "nog een regel zonder einde\n");
    seen s = {0};
    csv_errors errs;
    assert_int_equal(read_text(csv, n, &s, &errs, 0), INC_OK);
    assert_int_equal(s.rows, 1);
    assert_true(errs.total >= 1);
    assert_int_equal(errs.items[0].line, 3);
    assert_non_null(strstr(errs.items[0].reason, "record langer dan"));
    free(csv);
    csv_errors_free(&errs);
}

static void test_callback_abort(void **state)
{
    (void)state;
    const char *csv = "reference,title\nC-1,A\nC-2,B\nC-3,C\n";
    seen s = {.abort_at = 2};
    csv_errors errs;
    assert_int_equal(READ(csv, &s, &errs), INC_ECONFLICT);
    assert_int_equal(s.rows, 2);
    csv_errors_free(&errs);
}

static void test_write_field_round_trip(void **state)
{
    (void)state;
    char *out = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&out, &len);
    csv_writer w;
    csvw_start(&w, mem, &csv_interchange);
    csvw_text(&w, "reference");
    csvw_text(&w, "title");
    csvw_text(&w, "value");
    csvw_text(&w, "note");
    csvw_end_row(&w);
    csvw_text(&w, "C-1");
    csvw_text(&w, "Zeg \"ja\", of nee\nmorgen");
    csvw_text(&w, " spatie ");
    csvw_text(&w, "");
    csvw_end_row(&w);
    assert_true(csvw_ok(&w));
    fclose(mem);
    assert_non_null(strstr(out, "C-1,\"Zeg \"\"ja\"\", of nee\nmorgen\",\" spatie \",\n"));
    seen s = {0};
    csv_errors errs;
    assert_int_equal(READ(out, &s, &errs), INC_OK);
    assert_int_equal(errs.total, 0);
    assert_int_equal(s.rows, 1);
    assert_string_equal(s.title[0], "Zeg \"ja\", of nee\nmorgen");
    assert_string_equal(s.value[0], " spatie ");
    free(out);
    csv_errors_free(&errs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basic_rows_and_lines),
        cmocka_unit_test(test_bom_crlf_and_blank_lines),
        cmocka_unit_test(test_cr_line_ends),
        cmocka_unit_test(test_crlf_split_across_chunks),
        cmocka_unit_test(test_header_errors),
        cmocka_unit_test(test_field_count_keeps_going),
        cmocka_unit_test(test_unterminated_quote_at_eof),
        cmocka_unit_test(test_malformed_quote_resumes_next_line),
        cmocka_unit_test(test_row_errors_capped_and_printed),
        cmocka_unit_test(test_empty_file),
        cmocka_unit_test(test_bad_bytes),
        cmocka_unit_test(test_chunk_boundaries),
        cmocka_unit_test(test_record_too_long),
        cmocka_unit_test(test_callback_abort),
        cmocka_unit_test(test_write_field_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
