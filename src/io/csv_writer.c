/* CSV writing: libcsv quotes; this file decides when, marks formula-like text and renders numbers. */
#include "io/csv_writer.h"
#include <csv.h>
#include <stdlib.h>
#include <string.h>

const csv_dialect csv_for_people = {';', ',', true, "\r\n"};
const csv_dialect csv_interchange = {',', '.', false, "\n"};

void csvw_start(csv_writer *w, FILE *out, const csv_dialect *d)
{
    w->out = out;
    w->d = d;
    w->col = 0;
    w->failed = false;
    if (d->bom) fputs("\xEF\xBB\xBF", out);
}

bool csv_formula_like(const char *s)
{
    while (*s == '\'') s++;
    return *s && strchr("=+-@\t\r", *s) != NULL;
}

const char *csv_text_unmark(const char *s)
{
    return s[0] == '\'' && csv_formula_like(s + 1) ? s + 1 : s;
}

static void next_cell(csv_writer *w)
{
    if (w->col++) putc(w->d->sep, w->out);
}

void csvw_empty(csv_writer *w) { next_cell(w); }

void csvw_text(csv_writer *w, const char *s)
{
    next_cell(w);
    if (!s || !*s) return;
    size_t n = strlen(s);
    bool mark = csv_formula_like(s);
    char specials[] = {w->d->sep, '"', '\r', '\n', '\0'};
    bool quote = mark || strpbrk(s, specials) || s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t';
    if (!quote) {
        fwrite(s, 1, n, w->out);
        return;
    }
    if (!mark) {
        csv_fwrite(w->out, s, n);
        return;
    }
    char *m = malloc(n + 2);
    if (!m) {
        w->failed = true;
        return;
    }
    m[0] = '\'';
    memcpy(m + 1, s, n + 1);
    csv_fwrite(w->out, m, n + 1);
    free(m);
}

void csv_format_number(const csv_dialect *d, int64_t num, int scale, int min_decimals, char *buf, size_t size)
{
    if (scale < 0) scale = 0;
    if (scale > 18) scale = 18;
    uint64_t div = 1;
    for (int i = 0; i < scale; i++) div *= 10;
    uint64_t a = num < 0 ? (uint64_t)0 - (uint64_t)num : (uint64_t)num;
    uint64_t whole = a / div, frac = a % div;
    int digits = scale;
    int keep = min_decimals < 0 ? 0 : min_decimals > scale ? scale : min_decimals;
    while (digits > keep && frac % 10 == 0) {  /* drop zeros the value does not need */
        frac /= 10;
        digits--;
    }
    int n = snprintf(buf, size, "%s%llu", num < 0 ? "-" : "", (unsigned long long)whole);
    if (digits == 0 || n < 0 || (size_t)n + 1 + (size_t)digits >= size) return;
    buf[n++] = d->decimal;
    for (int i = digits - 1; i >= 0; i--, frac /= 10) buf[n + i] = (char)('0' + frac % 10);
    buf[n + digits] = '\0';
}

void csvw_number(csv_writer *w, int64_t num, int scale, int min_decimals)
{
    next_cell(w);
    char buf[48];
    csv_format_number(w->d, num, scale, min_decimals, buf, sizeof buf);
    fputs(buf, w->out);
}

void csvw_end_row(csv_writer *w)
{
    fputs(w->d->eol, w->out);
    w->col = 0;
}

bool csvw_ok(csv_writer *w) { return !w->failed && fflush(w->out) == 0 && !ferror(w->out); }
