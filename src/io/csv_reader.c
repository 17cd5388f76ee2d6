/* Streaming CSV reader: libcsv does the quoting; this file feeds it line by line (so every
 * callback knows its physical line), maps the header, checks field counts and collects errors. */
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "core/utf8.h"
#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NAME_SLOTS 128 /* open-addressing table for column names; > 2 * CSV_MAX_COLUMNS */

struct csv_row {
    struct reader *r;
};

typedef struct reader {
    struct csv_parser parser;
    bool parser_live;
    const csv_schema *schema;
    int nschema;
    unsigned char slot[NAME_SLOTS];  /* schema index + 1, 0 = empty */
    int map[CSV_MAX_COLUMNS];        /* schema index -> file column, -1 when absent */
    bool text[CSV_MAX_COLUMNS];      /* schema index is a free-text column (csv_schema.text) */
    bool header_done, header_bad;
    int nheader;
    /* the record being assembled: fields stored NUL-terminated in buf */
    char *buf;
    size_t len, cap;
    size_t off[CSV_MAX_COLUMNS];
    int nfields;
    bool rec_started, rec_bad;
    long rec_line;
    size_t rec_bytes;
    long line;          /* physical line being fed */
    long next_rec_line; /* line after the last record end: where the next record starts at best */
    csv_errors *errs;
    csv_row_fn fn;
    void *user;
    csv_row row;
    bool stop;
    inc_status stop_status;
    inc_error *e;
} reader;

/* ---------- errors ---------- */

void csv_errors_init(csv_errors *errs, size_t cap)
{
    memset(errs, 0, sizeof *errs);
    errs->cap = cap ? cap : CSV_DEFAULT_MAX_ERRORS;
}

void csv_errors_free(csv_errors *errs)
{
    free(errs->items);
    memset(errs, 0, sizeof *errs);
}

static void errors_vadd(csv_errors *errs, long line, const char *column, const char *fmt, va_list ap)
{
    errs->total++;
    if (errs->count >= errs->cap) return;
    if (!errs->items) {
        /* allocated once at the cap: bounded, and no realloc while streaming */
        errs->items = calloc(errs->cap, sizeof *errs->items);
        if (!errs->items) return;
    }
    csv_error_item *it = &errs->items[errs->count++];
    it->line = line;
    snprintf(it->column, sizeof it->column, "%s", column ? column : "");
    vsnprintf(it->reason, sizeof it->reason, fmt, ap);
}

void csv_errors_add(csv_errors *errs, long line, const char *column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    errors_vadd(errs, line, column, fmt, ap);
    va_end(ap);
}

void csv_errors_print(const csv_errors *errs, FILE *out)
{
    for (size_t i = 0; i < errs->count; i++) {
        const csv_error_item *it = &errs->items[i];
        if (it->line <= 0) fprintf(out, "%s\n", it->reason);
        else if (it->column[0]) fprintf(out, "regel %ld, kolom %s: %s\n", it->line, it->column, it->reason);
        else fprintf(out, "regel %ld: %s\n", it->line, it->reason);
    }
    if (errs->total > errs->count) fprintf(out, "... en nog %zu fouten\n", errs->total - errs->count);
}

/* ---------- column names ---------- */

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static int schema_index(const reader *r, const char *name)
{
    for (uint32_t i = name_hash(name) % NAME_SLOTS;; i = (i + 1) % NAME_SLOTS) {
        int k = r->slot[i];
        if (!k) return -1;
        if (strcmp(r->schema->columns[k - 1], name) == 0) return k - 1;
    }
}

static bool schema_setup(reader *r, inc_error *e)
{
    r->nschema = 0;
    while (r->schema->columns[r->nschema]) r->nschema++;
    if (r->nschema > CSV_MAX_COLUMNS) {
        inc_fail(e, INC_EINTERNAL, "", "CSV-schema heeft meer dan %d kolommen", CSV_MAX_COLUMNS);
        return false;
    }
    for (int k = 0; k < r->nschema; k++) {
        uint32_t i = name_hash(r->schema->columns[k]) % NAME_SLOTS;
        while (r->slot[i]) i = (i + 1) % NAME_SLOTS;
        r->slot[i] = (unsigned char)(k + 1);
        r->map[k] = -1;
    }
    for (const char *const *t = r->schema->text; t && *t; t++) {
        int k = schema_index(r, *t);
        if (k >= 0) r->text[k] = true;
    }
    return true;
}

/* ---------- rows ---------- */

const char *csv_row_at(const csv_row *row, int k)
{
    const reader *r = row->r;
    if (k < 0 || k >= r->nschema) return NULL;
    int col = r->map[k];
    if (col < 0) return "";
    const char *v = r->buf + r->off[col];
    return r->text[k] ? csv_text_unmark(v) : v;
}

const char *csv_row_get(const csv_row *row, const char *name)
{
    return csv_row_at(row, schema_index(row->r, name));
}

const char *csv_row_getter(void *src, const char *name) { return csv_row_get(src, name); }

field_source csv_row_source(const csv_row *row) { return (field_source){csv_row_getter, (void *)row}; }

long csv_row_line(const csv_row *row) { return row->r->rec_line; }

void csv_row_error(const csv_row *row, const char *column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    errors_vadd(row->r->errs, row->r->rec_line, column, fmt, ap);
    va_end(ap);
}

void csv_row_error_from(const csv_row *row, const inc_error *e)
{
    csv_errors_add(row->r->errs, row->r->rec_line, e->field, "%s", e->message);
}

int csv_row_abort(const csv_row *row, const inc_error *why)
{
    reader *r = row->r;
    r->stop_status = why && why->status != INC_OK ? why->status : INC_EIO;
    if (r->e && why) *r->e = *why;
    return 1;
}

/* ---------- libcsv callbacks ---------- */

static void record_reset(reader *r)
{
    r->len = 0;
    r->nfields = 0;
    r->rec_started = false;
    r->rec_bad = false;
    r->rec_bytes = 0;
}

static void on_field(void *data, size_t n, void *ud)
{
    reader *r = ud;
    if (r->stop) return;
    const char *s = data ? data : "";
    if (!r->rec_started) {
        long breaks = 0;  /* line breaks inside the (quoted) first field: LF, CRLF or lone CR */
        for (size_t i = 0; i < n; i++)
            if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'))) breaks++;
        r->rec_started = true;
        r->rec_line = r->line - breaks;
    }
    int idx = r->nfields++;
    if (idx >= CSV_MAX_COLUMNS) return;  /* counted for the field-count check, not stored */
    if (!r->rec_bad && memchr(s, '\0', n)) {
        r->rec_bad = true;
        csv_errors_add(r->errs, r->rec_line, "", "veld %d bevat een NUL-teken", idx + 1);
    } else if (!r->rec_bad && !utf8_valid((const unsigned char *)s, n)) {
        r->rec_bad = true;
        csv_errors_add(r->errs, r->rec_line, "", "veld %d is geen geldige UTF-8-tekst", idx + 1);
    }
    if (r->len + n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap < r->len + n + 1) cap *= 2;
        char *nb = realloc(r->buf, cap);
        if (!nb) {
            r->stop = true;
            r->stop_status = inc_fail(r->e, INC_EIO, "", "geen geheugen bij het lezen van CSV");
            return;
        }
        r->buf = nb;
        r->cap = cap;
    }
    r->off[idx] = r->len;
    memcpy(r->buf + r->len, s, n);
    r->len += n;
    r->buf[r->len++] = '\0';
}

static void header_done(reader *r)
{
    r->header_done = true;
    r->nheader = r->nfields;
    if (r->nfields > CSV_MAX_COLUMNS) {
        csv_errors_add(r->errs, r->rec_line, "", "kopregel heeft %d kolommen, hoogstens %d toegestaan", r->nfields,
                       CSV_MAX_COLUMNS);
        r->header_bad = true;
        return;
    }
    for (int i = 0; i < r->nfields; i++) {
        const char *name = r->buf + r->off[i];
        int k = schema_index(r, name);
        if (!*name) {
            csv_errors_add(r->errs, r->rec_line, "", "kolom %d in de kopregel heeft geen naam", i + 1);
            r->header_bad = true;
        } else if (k < 0) {
            csv_errors_add(r->errs, r->rec_line, name, "onbekende kolom");
            r->header_bad = true;
        } else if (r->map[k] >= 0) {
            csv_errors_add(r->errs, r->rec_line, name, "kolom staat twee keer in de kopregel");
            r->header_bad = true;
        } else {
            r->map[k] = i;
        }
    }
    for (const char *const *q = r->schema->required; q && *q; q++) {
        int k = schema_index(r, *q);
        if (k < 0 || r->map[k] < 0) {
            csv_errors_add(r->errs, r->rec_line, *q, "verplichte kolom ontbreekt in de kopregel");
            r->header_bad = true;
        }
    }
}

static void on_record(int c, void *ud)
{
    reader *r = ud;
    (void)c;
    if (r->stop) return;
    if (r->nfields > 0) {
        if (!r->header_done) {
            header_done(r);
            if (r->header_bad) r->stop = true;
        } else if (r->nfields != r->nheader) {
            csv_errors_add(r->errs, r->rec_line, "", "%d velden, verwacht %d (zoals in de kopregel)", r->nfields,
                           r->nheader);
        } else if (!r->rec_bad && r->fn(r->user, &r->row) != 0) {
            r->stop = true;
            if (r->stop_status == INC_OK)
                r->stop_status = inc_fail(r->e, INC_EIO, "", "import afgebroken op regel %ld", r->rec_line);
        }
    }
    record_reset(r);
    r->next_rec_line = r->line + 1;
}

/* ---------- feeding ---------- */

static const unsigned char CSV_OPTS = CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL;

static bool parser_restart(reader *r)
{
    if (r->parser_live) csv_free(&r->parser);
    r->parser_live = csv_init(&r->parser, CSV_OPTS) == 0;
    if (r->parser_live && r->schema->separator) csv_set_delim(&r->parser, (unsigned char)r->schema->separator);
    record_reset(r);
    if (!r->parser_live) {
        r->stop = true;
        r->stop_status = inc_fail(r->e, INC_EIO, "", "geen geheugen bij het lezen van CSV");
    }
    return r->parser_live;
}

static long bad_record_line(const reader *r) { return r->rec_started ? r->rec_line : r->next_rec_line; }

inc_status csv_read_stream(FILE *in, const char *name, const csv_schema *schema, csv_row_fn fn, void *user,
                           csv_errors *errs, inc_error *e)
{
    reader *r = calloc(1, sizeof *r);
    unsigned char *chunk = malloc(CSV_CHUNK_BYTES);
    if (!r || !chunk) {
        free(r);
        free(chunk);
        return inc_fail(e, INC_EIO, "", "geen geheugen bij het lezen van CSV");
    }
    r->schema = schema;
    r->errs = errs;
    r->fn = fn;
    r->user = user;
    r->e = e;
    r->row.r = r;
    r->line = 1;
    r->next_rec_line = 1;
    if (!schema_setup(r, e)) {
        free(r);
        free(chunk);
        return INC_EINTERNAL;
    }
    parser_restart(r);
    bool first = true, skip_line = false, cr_pending = false;
    size_t n;
    while (!r->stop && (n = fread(chunk, 1, CSV_CHUNK_BYTES, in)) > 0) {
        unsigned char *p = chunk, *end = chunk + n;
        if (first && n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) p += 3;
        first = false;
        /* A line ends at LF, CRLF or a lone CR (old Mac / "CSV (Macintosh)"). A CR that ends a chunk
         * counted as a line end; an LF opening the next chunk then completes that CRLF. */
        if (cr_pending && p < end && *p == '\n') {
            if (!skip_line) csv_parse(&r->parser, p, 1, on_field, on_record, r);
            p++;
        }
        cr_pending = false;
        while (p < end && !r->stop) {
            unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
            unsigned char *lim = nl ? nl : end;
            unsigned char *cr = memchr(p, '\r', (size_t)(lim - p));
            unsigned char *seg_end;
            bool line_end;
            if (cr && cr + 1 < lim) {         /* lone CR inside the chunk */
                seg_end = cr + 1;
                line_end = true;
            } else if (cr && !nl) {           /* CR as the chunk's last byte */
                seg_end = end;
                line_end = cr_pending = true;
            } else {                          /* LF or CRLF, or no line end in this chunk */
                seg_end = nl ? nl + 1 : end;
                line_end = nl != NULL;
            }
            size_t seg = (size_t)(seg_end - p);
            if (skip_line) {
                /* discarding the rest of a malformed line */
            } else if (r->rec_bytes + seg > CSV_MAX_RECORD_BYTES) {
                csv_errors_add(errs, bad_record_line(r), "",
                               "record langer dan %u bytes (aanhalingsteken niet afgesloten?)", CSV_MAX_RECORD_BYTES);
                parser_restart(r);
                skip_line = true;
            } else {
                r->rec_bytes += seg;
                size_t done = csv_parse(&r->parser, p, seg, on_field, on_record, r);
                if (done < seg && !r->stop) {
                    if (csv_error(&r->parser) != CSV_EPARSE) {
                        r->stop = true;
                        r->stop_status = inc_fail(e, INC_EIO, "", "CSV-fout in %s: %s", name,
                                                  csv_strerror(csv_error(&r->parser)));
                        break;
                    }
                    csv_errors_add(errs, r->line, "", "ongeldige CSV: aanhalingsteken op een onverwachte plaats");
                    parser_restart(r);
                    skip_line = true;
                }
            }
            if (line_end) {
                if (skip_line) r->next_rec_line = r->line + 1;
                skip_line = false;
                r->line++;
            }
            p = seg_end;
        }
    }
    if (!r->stop && ferror(in)) {
        r->stop = true;
        r->stop_status = inc_fail(e, INC_EIO, "", "kan %s niet lezen: %s", name, strerror(errno));
    }
    if (!r->stop && !skip_line && r->parser_live) {
        if (csv_fini(&r->parser, on_field, on_record, r) != 0 && !r->stop)
            csv_errors_add(errs, bad_record_line(r), "",
                           "bestand houdt onverwacht op: aanhalingsteken niet afgesloten (afgekapt bestand?)");
    }
    if (!r->stop && !r->header_done) csv_errors_add(errs, 1, "", "leeg bestand: de kopregel ontbreekt");
    inc_status st = r->stop && !r->header_bad ? r->stop_status : INC_OK;
    if (r->parser_live) csv_free(&r->parser);
    free(r->buf);
    free(r);
    free(chunk);
    return st;
}

inc_status csv_read_file(const char *path, const csv_schema *schema, csv_row_fn fn, void *user, csv_errors *errs,
                         inc_error *e)
{
    bool use_stdin = strcmp(path, "-") == 0;
    FILE *f = use_stdin ? stdin : fopen(path, "rb");
    if (!f) return inc_fail(e, INC_EIO, "", "kan bestand '%s' niet openen: %s", path, strerror(errno));
    inc_status st = csv_read_stream(f, use_stdin ? "standaardinvoer" : path, schema, fn, user, errs, e);
    if (!use_stdin) fclose(f);
    return st;
}
