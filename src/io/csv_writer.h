/* CSV writing on libcsv (csv_fwrite quotes a field and doubles its quotes), in two dialects:
 *
 *  - csv_for_people: what Excel with Dutch settings opens correctly by double-click: ';' between
 *    fields, a decimal comma, UTF-8 with a byte-order mark, CRLF line ends. For report CSVs.
 *  - csv_interchange: RFC 4180 as every CSV import reads it (io/csv_reader.h): ',' between fields,
 *    a decimal point, no byte-order mark, LF line ends. For `inclusio export`, which imports back.
 *
 * Both dialects:
 *  - A text cell is quoted when it holds the separator, a quote, CR or LF, or starts or ends with a
 *    space or tab; otherwise it is written as it is.
 *  - Formula injection (OWASP "CSV injection"): a text cell that starts with = + - @ TAB or CR, or
 *    with apostrophes followed by one of those, gets an apostrophe in front and is quoted, so a
 *    spreadsheet shows it as text and never evaluates it. Number cells are not marked: the writer
 *    itself renders them from an integer (an optional '-', digits, one decimal mark), so "-12,50"
 *    is a negative number and stays one. Text that merely looks like a number ("-5" as text) is
 *    marked like any other text.
 *  - A number cell is the exact value num / 10^scale: at least min_decimals decimals, more only
 *    when the value needs them ("45" for a head count, "77,31", "1234,50" for money with
 *    min_decimals 2); no thousands separator. */
#ifndef INC_CSV_WRITER_H
#define INC_CSV_WRITER_H
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
    char sep;          /* between fields */
    char decimal;      /* decimal mark in number cells */
    bool bom;          /* UTF-8 byte-order mark before the first row */
    const char *eol;   /* after each row */
} csv_dialect;

extern const csv_dialect csv_for_people;
extern const csv_dialect csv_interchange;

typedef struct {
    FILE *out;
    const csv_dialect *d;
    int col;           /* cells written in the current row */
    bool failed;       /* out of memory (write errors show in ferror(out)) */
} csv_writer;

/* Starts a file: writes the byte-order mark when the dialect has one. */
void csvw_start(csv_writer *w, FILE *out, const csv_dialect *d);
void csvw_text(csv_writer *w, const char *s);     /* NULL writes an empty cell */
void csvw_empty(csv_writer *w);
void csvw_number(csv_writer *w, int64_t num, int scale, int min_decimals);
void csvw_end_row(csv_writer *w);
/* True when nothing went wrong so far (flushes out to find out). */
bool csvw_ok(csv_writer *w);

/* True when a spreadsheet could take text s for a formula, so the writer marks it. */
bool csv_formula_like(const char *s);
/* The reverse of the mark, for the imports' free-text columns: s without its leading apostrophe
 * when the writer put it there (an apostrophe followed by formula-like text), else s. */
const char *csv_text_unmark(const char *s);

/* A number as the dialect writes it, into buf (size 32 holds every int64 value). */
void csv_format_number(const csv_dialect *d, int64_t num, int scale, int min_decimals, char *buf, size_t size);

#endif
