#include "core/ocds.h"
#include "core/utf8.h"
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yajl/yajl_parse.h>

#define MAX_DEPTH 128
#define KEY_SIZE 48

typedef struct {
    bool array;
    int idx;               /* arrays: index of the current element (-1 before the first) */
    char key[KEY_SIZE];    /* maps: the current key */
} frame;

struct ocds_parser {
    yajl_handle h;
    ocds_release_fn fn;
    void *ctx;
    frame st[MAX_DEPTH];
    int depth;             /* frames on the stack */
    int rel;               /* index of the release's map frame, -1 outside a release */
    bool records;          /* a record package */
    bool saw_list, saw_version, version_ok, done;
    char version[16];
    bool rec_has_compiled; /* the current record had a compiledRelease */
    char rec_ocid[96];
    long delivered;
    /* line tracking: lines before the current chunk, and newlines counted so far within it */
    const unsigned char *chunk;
    size_t scanned;
    long line;
    char err[400];         /* a structural error found in a callback */
    bool cb_stopped;       /* the release callback stopped the parse */
    ocds_release *r;       /* the release being read (heap: it is large) */
    /* pending CPV of the current tender item / classification */
    char cls_scheme[24], cls_id[32];
};

static long cur_line(ocds_parser *p)
{
    size_t upto = yajl_get_bytes_consumed(p->h);
    for (; p->scanned < upto; p->scanned++)
        if (p->chunk[p->scanned] == '\n') p->line++;
    return p->line;
}

static int fail(ocds_parser *p, const char *fmt, const char *arg)
{
    char msg[300];
    snprintf(msg, sizeof msg, fmt, arg ? arg : "");
    snprintf(p->err, sizeof p->err, "regel %ld: %s", cur_line(p), msg);
    utf8_scrub(p->err);
    return 0;
}

static void copy(char *dst, size_t size, const unsigned char *s, size_t len)
{
    if (len >= size) len = size - 1;
    memcpy(dst, s, len);
    dst[len] = '\0';
    utf8_scrub(dst);   /* a cut inside a character */
}

/* The path of the current position relative to the release ("awards[].value.amount") and the
 * indices of its arrays, outermost first. */
static void rel_path(ocds_parser *p, char *out, size_t size, int idx[4], int *nidx)
{
    size_t n = 0;
    *nidx = 0;
    out[0] = '\0';
    for (int i = p->rel; i < p->depth && n + KEY_SIZE + 4 < size; i++) {
        frame *f = &p->st[i];
        if (f->array) {
            n += (size_t)snprintf(out + n, size - n, "[]");
            if (*nidx < 4) idx[(*nidx)++] = f->idx;
        } else {
            n += (size_t)snprintf(out + n, size - n, "%s%s", n ? "." : "", f->key);
        }
    }
}

static void parse_amount(ocds_value *v, const char *s, size_t len)
{
    char buf[64];
    if (len >= sizeof buf) { v->amount_bad = true; v->has_amount = true; return; }
    memcpy(buf, s, len);
    buf[len] = '\0';
    v->has_amount = true;
    if (buf[0] == '-') { v->amount_bad = true; return; }
    if (strpbrk(buf, "eE")) {
        double d = strtod(buf, NULL);
        if (!(d >= 0 && d < 9e15)) { v->amount_bad = true; return; }
        v->amount_cents = (int64_t)floor(d * 100.0 + 0.5);
        return;
    }
    int64_t whole = 0;
    const char *c = buf;
    for (; isdigit((unsigned char)*c); c++) {
        if (whole > 900000000000000LL) { v->amount_bad = true; return; }
        whole = whole * 10 + (*c - '0');
    }
    int64_t cents = whole * 100;
    if (*c == '.') {
        c++;
        int digits = 0, third = 0;
        for (; isdigit((unsigned char)*c); c++, digits++) {
            if (digits == 0) cents += (*c - '0') * 10;
            else if (digits == 1) cents += *c - '0';
            else if (digits == 2) third = *c - '0';
        }
        if (third >= 5) cents++;   /* half up to the cent */
    }
    v->amount_cents = cents;
}

/* A scalar (string, or a number's text) at the current position of a release. */
static int release_scalar(ocds_parser *p, const unsigned char *s, size_t len, bool is_string, bool is_number)
{
    char path[256];
    int idx[4], ni;
    rel_path(p, path, sizeof path, idx, &ni);
    ocds_release *r = p->r;
#define IS(x) (strcmp(path, x) == 0)
#define TXT(dst) copy(dst, sizeof dst, s, len)
    if (IS("ocid")) {
        if (!is_string) return fail(p, "ocid moet tekst zijn", NULL);
        TXT(r->ocid);
    } else if (IS("id")) TXT(r->id);
    else if (IS("date")) TXT(r->date);
    else if (IS("buyer.id")) TXT(r->buyer_id);
    else if (IS("buyer.name")) TXT(r->buyer_name);
    else if (IS("tender.title")) TXT(r->title);
    else if (IS("tender.mainProcurementCategory")) TXT(r->category);
    else if (IS("tender.procurementMethod")) TXT(r->method);
    else if (IS("tender.procurementMethodDetails")) TXT(r->method_details);
    else if (IS("tender.items[].classification.scheme") || IS("tender.classification.scheme")) {
        TXT(p->cls_scheme);
        if (!r->cpv[0] && p->cls_id[0] && strcasecmp(p->cls_scheme, "CPV") == 0) snprintf(r->cpv, sizeof r->cpv, "%s", p->cls_id);
    } else if (IS("tender.items[].classification.id") || IS("tender.classification.id")) {
        TXT(p->cls_id);
        if (!r->cpv[0] && strcasecmp(p->cls_scheme, "CPV") == 0) snprintf(r->cpv, sizeof r->cpv, "%s", p->cls_id);
    } else if (strncmp(path, "parties[]", 9) == 0 && ni >= 1) {
        if (idx[0] >= OCDS_MAX_PARTIES) {
            if (!r->overflow[0]) snprintf(r->overflow, sizeof r->overflow, "meer dan %d partijen", OCDS_MAX_PARTIES);
            return 1;
        }
        if (r->n_parties <= idx[0]) r->n_parties = idx[0] + 1;
        ocds_party *pt = &r->parties[idx[0]];
        const char *rest = path + 9;
        if (strcmp(rest, ".id") == 0) TXT(pt->id);
        else if (strcmp(rest, ".name") == 0) TXT(pt->name);
        else if (strcmp(rest, ".roles[]") == 0) {
            if (len == 5 && memcmp(s, "buyer", 5) == 0) pt->buyer = true;
            if (len == 8 && memcmp(s, "supplier", 8) == 0) pt->supplier = true;
        } else if (strcmp(rest, ".identifier.scheme") == 0 || strcmp(rest, ".identifier.id") == 0) {
            if (pt->n_ids == 0) pt->n_ids = 1;
            if (rest[12] == 's') TXT(pt->ids[0].scheme); else TXT(pt->ids[0].id);
        } else if ((strcmp(rest, ".additionalIdentifiers[].scheme") == 0 || strcmp(rest, ".additionalIdentifiers[].id") == 0) &&
                   ni >= 2) {
            int k = idx[1] + 1;
            if (k < OCDS_MAX_IDS) {
                if (k == 1 && pt->n_ids == 0) pt->n_ids = 1;   /* slot 0 stays for identifier */
                if (pt->n_ids <= k) pt->n_ids = k + 1;
                if (rest[24] == 's') TXT(pt->ids[k].scheme); else TXT(pt->ids[k].id);
            }
        }
    } else if (strncmp(path, "awards[]", 8) == 0 && ni >= 1) {
        if (idx[0] >= OCDS_MAX_AWARDS) {
            if (!r->overflow[0]) snprintf(r->overflow, sizeof r->overflow, "meer dan %d gunningen", OCDS_MAX_AWARDS);
            return 1;
        }
        if (r->n_awards <= idx[0]) r->n_awards = idx[0] + 1;
        ocds_award *a = &r->awards[idx[0]];
        const char *rest = path + 8;
        if (strcmp(rest, ".id") == 0) TXT(a->id);
        else if (strcmp(rest, ".status") == 0) TXT(a->status);
        else if (strcmp(rest, ".date") == 0) TXT(a->date);
        else if (strcmp(rest, ".title") == 0) TXT(a->title);
        else if (strcmp(rest, ".value.amount") == 0) {
            if (!is_number) return fail(p, "awards.value.amount moet een getal zijn", NULL);
            parse_amount(&a->value, (const char *)s, len);
        } else if (strcmp(rest, ".value.currency") == 0) TXT(a->value.currency);
        else if (strcmp(rest, ".contractPeriod.startDate") == 0) TXT(a->period.start);
        else if (strcmp(rest, ".contractPeriod.endDate") == 0) TXT(a->period.end);
        else if ((strcmp(rest, ".suppliers[].id") == 0 || strcmp(rest, ".suppliers[].name") == 0) && ni >= 2) {
            int k = idx[1];
            if (k < OCDS_MAX_SUPPLIERS) {
                if (a->n_suppliers <= k) a->n_suppliers = k + 1;
                if (rest[13] == 'i') TXT(a->suppliers[k].id); else TXT(a->suppliers[k].name);
            }
        }
    } else if (strncmp(path, "contracts[]", 11) == 0 && ni >= 1) {
        if (idx[0] >= OCDS_MAX_CONTRACTS) {
            if (!r->overflow[0]) snprintf(r->overflow, sizeof r->overflow, "meer dan %d contracten", OCDS_MAX_CONTRACTS);
            return 1;
        }
        if (r->n_contracts <= idx[0]) r->n_contracts = idx[0] + 1;
        ocds_contract *c = &r->contracts[idx[0]];
        const char *rest = path + 11;
        if (strcmp(rest, ".id") == 0) TXT(c->id);
        else if (strcmp(rest, ".awardID") == 0) TXT(c->award_id);
        else if (strcmp(rest, ".status") == 0) TXT(c->status);
        else if (strcmp(rest, ".dateSigned") == 0) TXT(c->date_signed);
        else if (strcmp(rest, ".value.amount") == 0) {
            if (!is_number) return fail(p, "contracts.value.amount moet een getal zijn", NULL);
            parse_amount(&c->value, (const char *)s, len);
        } else if (strcmp(rest, ".value.currency") == 0) TXT(c->value.currency);
        else if (strcmp(rest, ".period.startDate") == 0) TXT(c->period.start);
        else if (strcmp(rest, ".period.endDate") == 0) TXT(c->period.end);
    }
#undef IS
#undef TXT
    return 1;
}

/* At an element of the package's list (releases[] or records[]). */
static bool in_list(const ocds_parser *p)
{
    return p->depth == 2 && p->st[1].array && (strcmp(p->st[0].key, "releases") == 0 || strcmp(p->st[0].key, "records") == 0);
}

/* Where a new value begins: advances the index of an enclosing array. */
static void value_begins(ocds_parser *p)
{
    if (p->depth > 0 && p->st[p->depth - 1].array) p->st[p->depth - 1].idx++;
}

/* A scalar outside a release: the package's version, a record's ocid; the wrong type for a list. */
static int outer_scalar(ocds_parser *p, const unsigned char *s, size_t len, bool is_string)
{
    if (p->depth == 0) return fail(p, "het bestand is geen OCDS-pakket (verwacht een JSON-object)", NULL);
    frame *top = &p->st[p->depth - 1];
    if (p->depth == 1) {
        if (strcmp(top->key, "version") == 0) {
            if (!is_string) return fail(p, "version moet tekst zijn", NULL);
            copy(p->version, sizeof p->version, s, len);
            p->saw_version = true;
            p->version_ok = strncmp(p->version, "1.", 2) == 0 && p->version[2] >= '0' && p->version[2] <= '9';
            if (!p->version_ok) return fail(p, "OCDS-versie '%s' wordt niet ondersteund (verwacht 1.0 of 1.1)", p->version);
        } else if (strcmp(top->key, "releases") == 0 || strcmp(top->key, "records") == 0) {
            return fail(p, "'%s' moet een lijst zijn", top->key);
        }
    } else if (in_list(p)) {
        return fail(p, p->records ? "elk element van 'records' moet een object zijn" : "elk element van 'releases' moet een object zijn", NULL);
    } else if (p->records && p->depth == 3 && p->st[1].array && strcmp(p->st[0].key, "records") == 0 &&
               strcmp(top->key, "ocid") == 0) {
        copy(p->rec_ocid, sizeof p->rec_ocid, s, len);
    }
    return 1;
}

static int on_scalar(ocds_parser *p, const unsigned char *s, size_t len, bool is_string, bool is_number)
{
    value_begins(p);
    if (p->rel >= 0) return release_scalar(p, s, len, is_string, is_number);
    return outer_scalar(p, s, len, is_string);
}

static int cb_null(void *ctx)
{
    ocds_parser *p = ctx;
    value_begins(p);
    if (p->depth == 0) return fail(p, "het bestand is geen OCDS-pakket (verwacht een JSON-object)", NULL);
    return 1;
}
static int cb_bool(void *ctx, int b)
{
    return on_scalar(ctx, (const unsigned char *)(b ? "true" : "false"), b ? 4 : 5, false, false);
}
static int cb_number(void *ctx, const char *s, size_t len)
{
    return on_scalar(ctx, (const unsigned char *)s, len, false, true);
}
static int cb_string(void *ctx, const unsigned char *s, size_t len)
{
    return on_scalar(ctx, s, len, true, false);
}

static int push(ocds_parser *p, bool array)
{
    if (p->depth >= MAX_DEPTH) return fail(p, "JSON te diep genest", NULL);
    frame *f = &p->st[p->depth++];
    f->array = array;
    f->idx = -1;
    f->key[0] = '\0';
    return 1;
}

static void release_begin(ocds_parser *p)
{
    memset(p->r, 0, sizeof *p->r);
    p->r->line = cur_line(p);
    p->cls_scheme[0] = p->cls_id[0] = '\0';
    p->rel = p->depth;   /* the frame about to be pushed */
}

static int cb_start_map(void *ctx)
{
    ocds_parser *p = ctx;
    value_begins(p);
    if (p->rel >= 0) {
        /* a new tender item: its classification pairs anew */
        if (p->depth == p->rel + 3 && p->st[p->rel].array == false && strcmp(p->st[p->rel].key, "tender") == 0 &&
            p->st[p->rel + 2].array)
            p->cls_scheme[0] = p->cls_id[0] = '\0';
        return push(p, false);
    }
    if (p->depth == 1 && (strcmp(p->st[0].key, "releases") == 0 || strcmp(p->st[0].key, "records") == 0))
        return fail(p, "'%s' moet een lijst zijn", p->st[0].key);
    if (in_list(p)) {
        if (!p->records) release_begin(p);
        else { p->rec_has_compiled = false; p->rec_ocid[0] = '\0'; }
    } else if (p->depth == 3 && p->records && strcmp(p->st[0].key, "records") == 0 && p->st[1].array &&
               strcmp(p->st[2].key, "compiledRelease") == 0) {
        release_begin(p);
        p->rec_has_compiled = true;
    }
    return push(p, false);
}

static int cb_map_key(void *ctx, const unsigned char *s, size_t len)
{
    ocds_parser *p = ctx;
    frame *f = &p->st[p->depth - 1];
    copy(f->key, sizeof f->key, s, len);
    if (p->depth == 1) {
        if (strcmp(f->key, "releases") == 0 || strcmp(f->key, "records") == 0) {
            if (p->saw_list) return fail(p, "een pakket heeft 'releases' of 'records', niet beide", NULL);
            p->saw_list = true;
            p->records = f->key[1] == 'e' && f->key[2] == 'c';
        }
    }
    return 1;
}

static int deliver(ocds_parser *p)
{
    ocds_release *r = p->r;
    if (!r->overflow[0]) {
        const char *missing = !r->ocid[0] ? "ocid" : !r->id[0] ? "id" : !r->date[0] ? "date" : NULL;
        if (missing) {
            char msg[120];
            snprintf(msg, sizeof msg, "de release die op regel %ld begint heeft geen %s", r->line, missing);
            snprintf(p->err, sizeof p->err, "regel %ld: %s", r->line, msg);
            return 0;
        }
    }
    p->delivered++;
    if (!p->fn(p->ctx, r)) { p->cb_stopped = true; return 0; }
    return 1;
}

static int cb_end_map(void *ctx)
{
    ocds_parser *p = ctx;
    p->depth--;
    if (p->rel >= 0 && p->depth == p->rel) {
        p->rel = -1;
        return deliver(p);
    }
    if (p->records && p->rel < 0 && in_list(p) && !p->rec_has_compiled) {
        /* a record with only linked releases: nothing to read, listed as skipped */
        ocds_release *r = p->r;
        memset(r, 0, sizeof *r);
        r->line = cur_line(p);
        snprintf(r->ocid, sizeof r->ocid, "%s", p->rec_ocid);
        snprintf(r->overflow, sizeof r->overflow, "record zonder compiledRelease");
        return deliver(p);
    }
    if (p->depth == 0) p->done = true;
    return 1;
}

static int cb_start_array(void *ctx)
{
    ocds_parser *p = ctx;
    value_begins(p);
    if (p->depth == 0) return fail(p, "het bestand is geen OCDS-pakket (verwacht een JSON-object)", NULL);
    if (p->rel < 0 && in_list(p))
        return fail(p, p->records ? "elk element van 'records' moet een object zijn" : "elk element van 'releases' moet een object zijn", NULL);
    return push(p, true);
}

static int cb_end_array(void *ctx)
{
    ocds_parser *p = ctx;
    p->depth--;
    return 1;
}

static const yajl_callbacks callbacks = {cb_null, cb_bool, NULL, NULL, cb_number, cb_string, cb_start_map,
                                         cb_map_key, cb_end_map, cb_start_array, cb_end_array};

ocds_parser *ocds_parser_new(ocds_release_fn fn, void *ctx)
{
    ocds_parser *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->r = calloc(1, sizeof *p->r);
    p->h = yajl_alloc(&callbacks, NULL, p);
    if (!p->r || !p->h) { ocds_parser_free(p); return NULL; }
    p->fn = fn;
    p->ctx = ctx;
    p->rel = -1;
    p->line = 1;
    return p;
}

void ocds_parser_free(ocds_parser *p)
{
    if (!p) return;
    if (p->h) yajl_free(p->h);
    free(p->r);
    free(p);
}

static inc_status parse_error(ocds_parser *p, const unsigned char *buf, size_t len, inc_error *e)
{
    if (p->cb_stopped) return INC_EINTERNAL;
    if (p->err[0]) return inc_fail(e, INC_EINVAL, "file", "%s", p->err);
    (void)buf;
    (void)len;
    unsigned char *m = yajl_get_error(p->h, 0, NULL, 0);
    long line = cur_line(p);
    /* yajl's own words, in English, after the Dutch lead */
    inc_fail(e, INC_EINVAL, "file", "regel %ld: geen geldige JSON (%s)", line, m ? (const char *)m : "");
    if (m) yajl_free_error(p->h, m);
    return INC_EINVAL;
}

inc_status ocds_parser_feed(ocds_parser *p, const unsigned char *buf, size_t len, inc_error *e)
{
    p->chunk = buf;
    p->scanned = 0;
    yajl_status s = yajl_parse(p->h, buf, len);
    if (s != yajl_status_ok) return parse_error(p, buf, len, e);
    for (; p->scanned < len; p->scanned++)
        if (buf[p->scanned] == '\n') p->line++;
    return INC_OK;
}

inc_status ocds_parser_finish(ocds_parser *p, inc_error *e)
{
    p->chunk = (const unsigned char *)"";
    p->scanned = 0;
    yajl_status s = yajl_complete_parse(p->h);
    if (s != yajl_status_ok) {
        if (p->cb_stopped) return INC_EINTERNAL;
        if (p->err[0]) return inc_fail(e, INC_EINVAL, "file", "%s", p->err);
        return inc_fail(e, INC_EINVAL, "file", "regel %ld: het bestand houdt midden in de JSON op", p->line);
    }
    if (!p->done) return inc_fail(e, INC_EINVAL, "file", "regel %ld: het bestand is leeg", p->line);
    if (!p->saw_list)
        return inc_fail(e, INC_EINVAL, "file", "regel %ld: geen OCDS-pakket: 'releases' of 'records' ontbreekt", p->line);
    if (!p->saw_version)
        return inc_fail(e, INC_EINVAL, "file", "regel %ld: geen OCDS-pakket: 'version' ontbreekt", p->line);
    return INC_OK;
}

long ocds_parser_releases(const ocds_parser *p) { return p->delivered; }
bool ocds_parser_is_record_package(const ocds_parser *p) { return p->records; }

/* ---- mapping ---- */

bool ocds_category(const char *c, inc_category *out)
{
    if (!c) return false;
    if (strcmp(c, "works") == 0) { *out = CAT_WERKEN; return true; }
    if (strcmp(c, "services") == 0) { *out = CAT_DIENSTEN; return true; }
    if (strcmp(c, "goods") == 0) { *out = CAT_LEVERINGEN; return true; }
    return false;
}

static bool contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *h = hay; h && *h; h++)
        if (strncasecmp(h, needle, n) == 0) return true;
    return false;
}

bool ocds_procedure(const char *details, const char *method, inc_procedure *out, bool *from_details)
{
    *from_details = true;
    if (details && *details) {
        if (contains_ci(details, "europe")) { *out = PROC_EUROPEES; return true; }
        if (contains_ci(details, "nationa")) { *out = PROC_NATIONAAL; return true; }
        if (contains_ci(details, "meervoudig")) { *out = PROC_MEERVOUDIG; return true; }
        if (contains_ci(details, "enkelvoudig")) { *out = PROC_ENKELVOUDIG; return true; }
    }
    *from_details = false;
    if (!method) return false;
    if (strcmp(method, "open") == 0 || strcmp(method, "selective") == 0) { *out = PROC_NATIONAAL; return true; }
    if (strcmp(method, "limited") == 0) { *out = PROC_MEERVOUDIG; return true; }
    if (strcmp(method, "direct") == 0) { *out = PROC_ENKELVOUDIG; return true; }
    return false;
}

void ocds_party_kvk(const ocds_party *p, char kvk[9])
{
    kvk[0] = '\0';
    for (int i = 0; i < p->n_ids; i++) {
        if (strcasecmp(p->ids[i].scheme, "NL-KVK") != 0) continue;
        char d[16];
        int n = 0;
        for (const char *c = p->ids[i].id; *c && n < 15; c++) {
            if (isdigit((unsigned char)*c)) d[n++] = *c;
            else if (*c != ' ' && *c != '.') { n = -1; break; }
        }
        if (n == 8 || n == 12) {
            memcpy(kvk, d, 8);
            kvk[8] = '\0';
            return;
        }
    }
}

const ocds_party *ocds_find_party(const ocds_release *r, const char *id)
{
    if (!id || !*id) return NULL;
    for (int i = 0; i < r->n_parties; i++)
        if (strcmp(r->parties[i].id, id) == 0) return &r->parties[i];
    return NULL;
}

bool ocds_date(const char *text, inc_date *out)
{
    if (!text || strlen(text) < 10) return false;
    char d[11];
    memcpy(d, text, 10);
    d[10] = '\0';
    if (text[10] && text[10] != 'T' && text[10] != ' ') return false;
    return date_parse(d, out, "date", NULL) == INC_OK;
}

static const ocds_contract *contract_of(const ocds_release *r, const char *award_id)
{
    for (int i = 0; i < r->n_contracts; i++)
        if (r->contracts[i].award_id[0] && strcmp(r->contracts[i].award_id, award_id) == 0) return &r->contracts[i];
    return NULL;
}

static void award_row(const ocds_release *r, const ocds_award *a, ocds_award_row *w)
{
    const ocds_contract *c = contract_of(r, a->id);
    if (c) snprintf(w->contract_id, sizeof w->contract_id, "%s", c->id);
    const ocds_value *v = c && c->value.has_amount ? &c->value : &a->value;
    if (!v->has_amount) { snprintf(w->skip, sizeof w->skip, "gunning %s: geen waarde", a->id); return; }
    if (v->amount_bad) { snprintf(w->skip, sizeof w->skip, "gunning %s: ongeldig bedrag", a->id); return; }
    if (strcmp(v->currency, "EUR") != 0) {
        snprintf(w->skip, sizeof w->skip, "gunning %s: valuta %s (alleen EUR)", a->id, v->currency[0] ? v->currency : "ontbreekt");
        return;
    }
    w->value_cents = v->amount_cents;
    const char *ad = a->date[0] ? a->date : c && c->date_signed[0] ? c->date_signed : r->date;
    if (!ocds_date(ad, &w->award_date)) { snprintf(w->skip, sizeof w->skip, "gunning %s: ongeldige gunningsdatum", a->id); return; }
    const ocds_period *pe = c && (c->period.start[0] || c->period.end[0]) ? &c->period : &a->period;
    w->start_date = w->end_date = INC_DATE_NONE;
    if (pe->start[0] && !ocds_date(pe->start, &w->start_date)) {
        snprintf(w->skip, sizeof w->skip, "gunning %s: ongeldige begindatum", a->id);
        return;
    }
    if (pe->end[0] && !ocds_date(pe->end, &w->end_date)) {
        snprintf(w->skip, sizeof w->skip, "gunning %s: ongeldige einddatum", a->id);
        return;
    }
    if (w->start_date != INC_DATE_NONE && w->end_date != INC_DATE_NONE && w->end_date < w->start_date) {
        snprintf(w->skip, sizeof w->skip, "gunning %s: einddatum vóór begindatum", a->id);
        return;
    }
    if (a->n_suppliers == 0) { snprintf(w->skip, sizeof w->skip, "gunning %s: geen leverancier", a->id); return; }
    const ocds_party *sp = ocds_find_party(r, a->suppliers[0].id);
    snprintf(w->supplier_name, sizeof w->supplier_name, "%s", a->suppliers[0].name[0] ? a->suppliers[0].name : sp ? sp->name : "");
    if (sp) ocds_party_kvk(sp, w->supplier_kvk);
    if (!w->supplier_kvk[0]) {
        snprintf(w->skip, sizeof w->skip, "gunning %s: leverancier '%.60s' zonder NL-KVK-nummer", a->id,
                 w->supplier_name[0] ? w->supplier_name : a->suppliers[0].id);
        utf8_scrub(w->skip);
        return;
    }
    if (!w->supplier_name[0]) snprintf(w->supplier_name, sizeof w->supplier_name, "KvK %s", w->supplier_kvk);
}

int ocds_award_rows(const ocds_release *r, ocds_award_row *rows, int max, char release_skip[160])
{
    release_skip[0] = '\0';
    if (r->overflow[0]) { snprintf(release_skip, 160, "%s", r->overflow); return 0; }
    if (r->n_awards == 0) { snprintf(release_skip, 160, "geen gunning (awards ontbreekt)"); return 0; }
    inc_category cat;
    if (!ocds_category(r->category, &cat)) {
        if (r->category[0]) snprintf(release_skip, 160, "onbekende mainProcurementCategory '%.40s'", r->category);
        else snprintf(release_skip, 160, "geen mainProcurementCategory");
        utf8_scrub(release_skip);
        return 0;
    }
    inc_procedure proc;
    bool from_details;
    if (!ocds_procedure(r->method_details, r->method, &proc, &from_details)) {
        snprintf(release_skip, 160, "procedure onbekend (procurementMethod '%.40s')", r->method);
        utf8_scrub(release_skip);
        return 0;
    }
    int n = 0;
    for (int i = 0; i < r->n_awards && n < max; i++) {
        const ocds_award *a = &r->awards[i];
        if (strcmp(a->status, "cancelled") == 0 || strcmp(a->status, "unsuccessful") == 0) continue;
        ocds_award_row *w = &rows[n++];
        memset(w, 0, sizeof *w);
        snprintf(w->award_id, sizeof w->award_id, "%s", a->id[0] ? a->id : "1");
        w->category = cat;
        w->procedure = proc;
        w->procedure_from_details = from_details;
        award_row(r, a, w);
    }
    if (n == 0) snprintf(release_skip, 160, "geen geldige gunning (ingetrokken of zonder succes)");
    return n;
}
