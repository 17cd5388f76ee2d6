/* Streaming CSV reader on libcsv, shared by every CSV import.
 *
 * Reads RFC 4180 CSV (comma separator, "double quotes", "" inside quotes, CRLF, LF or CR line
 * ends, quoted fields may span lines) in fixed-size chunks, so memory stays bounded whatever
 * the file size. A UTF-8 byte-order mark is skipped. The first record is the header: it maps
 * column names to positions. Column names are matched exactly (after trimming spaces).
 *
 * Every data record is handed to a row callback together with a getter by column name and the
 * physical line number where the record starts (the header is line 1). The reader keeps going
 * after a bad row so that one run lists EVERY bad row; errors are collected as
 * (line, column, reason) and printed as "regel L, kolom C: reden" (or "regel L: reden" when no
 * single column is at fault). The reader itself reports:
 *   - an empty file, a duplicate header column, a header column not in the schema, a required
 *     column missing from the header (all on line 1; rows are then not read);
 *   - a record with more or fewer fields than the header;
 *   - malformed quoting (a quote inside an unquoted field, text after a closing quote);
 *   - a quoted field still open at the end of the file (truncated file);
 *   - a record longer than CSV_MAX_RECORD_BYTES (usually a quote that is never closed);
 *   - a NUL byte or invalid UTF-8 in a field.
 * After a malformed record the reader resumes at the next physical line.
 * Blank lines are skipped. Spaces and tabs around unquoted fields are trimmed (libcsv default).
 *
 * Usage:
 *     static const char *const cols[] = {"reference", "title", "value", NULL};
 *     static const char *const req[]  = {"reference", "title", NULL};
 *     csv_schema s = {.columns = cols, .required = req};
 *     csv_errors errs;
 *     csv_errors_init(&errs, 0);
 *     inc_status st = csv_read_file("in.csv", &s, my_row_fn, my_state, &errs, &e);
 *     if (st != INC_OK) -> I/O trouble or the callback aborted (e says why)
 *     else if (errs.total) { csv_errors_print(&errs, stderr); refuse the file }
 *     csv_errors_free(&errs);
 *
 *     static int my_row_fn(void *user, const csv_row *row) {
 *         const char *ref = csv_row_get(row, "reference");   // never NULL for a schema column
 *         if (!*ref) csv_row_error(row, "reference", "verplicht veld is leeg");
 *         return 0;   // non-zero aborts the whole read (e.g. a database failure)
 *     }
 */
#ifndef INC_CSV_READER_H
#define INC_CSV_READER_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "core/error.h"
#include "core/field_source.h"

#define CSV_MAX_COLUMNS 64
#define CSV_MAX_RECORD_BYTES (1u << 20) /* one record (all its fields) at most 1 MiB */
#define CSV_DEFAULT_MAX_ERRORS 1000     /* errors kept for printing; the rest are counted */
#define CSV_CHUNK_BYTES (64u << 10)     /* bytes read per fread */

/* One collected error. line 0 means "the file as a whole". column "" means the whole record. */
typedef struct {
    long line;
    char column[48];
    char reason[200];
} csv_error_item;

/* Error collector: keeps the first `cap` errors, counts all of them in `total`. */
typedef struct {
    csv_error_item *items;
    size_t count;   /* items kept */
    size_t cap;     /* items kept at most */
    size_t total;   /* errors seen, kept or not */
} csv_errors;

void csv_errors_init(csv_errors *errs, size_t cap); /* cap 0 = CSV_DEFAULT_MAX_ERRORS */
void csv_errors_free(csv_errors *errs);
void csv_errors_add(csv_errors *errs, long line, const char *column, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Prints every kept error, one per line, in the order found, then
 * "... en nog N fouten" when more were counted than kept. */
void csv_errors_print(const csv_errors *errs, FILE *out);

/* Which columns a file may have. `columns`: every accepted name (NULL-terminated);
 * a header name not in it is an error. `required`: names that must be in the header
 * (NULL-terminated, may be NULL). A schema column absent from the file reads as "". `text`:
 * free-text columns (NULL-terminated, may be NULL) in which an apostrophe before formula-like
 * text (= + - @ TAB CR) is the exports' injection mark (io/csv_writer.h) and is dropped, so an
 * exported file imports back unchanged. */
typedef struct {
    const char *const *columns;
    const char *const *required;
    const char *const *text;
    char separator; /* 0 (or ','): comma; ';' for a file saved by Dutch Excel */
} csv_schema;

typedef struct csv_row csv_row;

/* Value of the named column in this record: "" when empty or when the column is in the schema
 * but not in the file; NULL only for a name that is not in the schema. Valid during the callback. */
const char *csv_row_get(const csv_row *row, const char *name);
/* Same, for the i-th schema column (index into csv_schema.columns): the fast path. */
const char *csv_row_at(const csv_row *row, int schema_index);
/* Physical line where this record starts (header = line 1). */
long csv_row_line(const csv_row *row);
/* Records an error on this record's line. */
void csv_row_error(const csv_row *row, const char *column, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Records the error in e (its field names the column) on this record's line. */
void csv_row_error_from(const csv_row *row, const inc_error *e);
/* A field_source (core/field_source.h) over this record, for the shared input parsers
 * (contract_input_parse, realisation_input_parse, ...). Valid during the callback. */
field_source csv_row_source(const csv_row *row);
/* The field_getter behind it; src is the csv_row. */
const char *csv_row_getter(void *src, const char *name);

/* Called for each well-formed data record. Return 0 to continue, non-zero to stop reading:
 * the read then returns INC_EIO (or the status the callback put in the reader's inc_error
 * via csv_row_abort). */
typedef int (*csv_row_fn)(void *user, const csv_row *row);
/* For a callback that must stop: stores why, and returns non-zero for it to return. */
int csv_row_abort(const csv_row *row, const inc_error *why);

/* Reads a stream to its end. Returns INC_OK when the whole stream was read (bad rows are in
 * errs, not in the status); INC_EIO on a read failure or out of memory; or the status passed
 * to csv_row_abort. `name` is used in I/O messages. */
inc_status csv_read_stream(FILE *in, const char *name, const csv_schema *schema, csv_row_fn fn, void *user,
                           csv_errors *errs, inc_error *e);
/* Opens path ("-" = stdin) and reads it with csv_read_stream. */
inc_status csv_read_file(const char *path, const csv_schema *schema, csv_row_fn fn, void *user, csv_errors *errs,
                         inc_error *e);

/* Writing: io/csv_writer.h (csv_interchange is the dialect this reader reads). */

#endif
