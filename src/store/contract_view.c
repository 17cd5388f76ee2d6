#include "store/contract_view.h"
#include "core/decimal.h"
#include "core/json_fixed.h"
#include <stdlib.h>
#include <string.h>

/* A yearly report's deadline: one month after the anniversary it covers. */
#define YEARLY_REPORT_GRACE_MONTHS 1

/* ---- view_out ---- */

void view_out_tree(view_out *o) { memset(o, 0, sizeof *o); }

void view_out_text(view_out *o)
{
    memset(o, 0, sizeof *o);
    o->text = true;
    o->cap = 8192;
    o->buf = malloc(o->cap);
    if (o->buf) o->buf[0] = '\0';
    else o->failed = true;
}

json_t *view_out_take_tree(view_out *o)
{
    json_t *r = o->failed ? NULL : o->root;
    if (!r) json_decref(o->root);
    o->root = NULL;
    return r;
}

char *view_out_take_text(view_out *o, size_t *len)
{
    char *b = o->failed ? NULL : o->buf;
    if (!b) free(o->buf);
    *len = b ? o->len : 0;
    o->buf = NULL;
    return b;
}

void view_out_free(view_out *o)
{
    /* Containers left open by a writer that stopped on an error hold a reference each. */
    if (!o->text)
        for (int i = 0; i < o->depth; i++) json_decref(o->stack[i]);
    o->depth = 0;
    json_decref(o->root);
    o->root = NULL;
    free(o->buf);
    o->buf = NULL;
}

static bool grow(view_out *o, size_t n)
{
    if (o->failed) return false;
    size_t cap = o->cap * 2;
    while (o->len + n + 1 > cap) cap *= 2;
    char *b = realloc(o->buf, cap);
    if (!b) {
        o->failed = true;
        return false;
    }
    o->buf = b;
    o->cap = cap;
    return true;
}

static inline void put(view_out *o, const char *s, size_t n)
{
    if (o->len + n + 1 > o->cap && !grow(o, n)) return;
    if (o->failed) return;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

/* Text: the separator and the member name before a value. */
static void text_member(view_out *o, const char *key)
{
    char b[72];
    size_t n = 0;
    if (o->depth > 0) {
        if (o->filled[o->depth - 1]) b[n++] = ',';
        o->filled[o->depth - 1] = true;
    }
    if (key) {
        size_t k = strlen(key);   /* member names are plain ASCII literals */
        if (k > sizeof b - 4) {
            put(o, b, n);
            put(o, "\"", 1);
            put(o, key, k);
            put(o, "\":", 2);
            return;
        }
        b[n++] = '"';
        memcpy(b + n, key, k);
        n += k;
        b[n++] = '"';
        b[n++] = ':';
    }
    put(o, b, n);
}

/* Tree: attaches v (stolen) to the open container, or makes it the root. False when it was not
 * attached (as Jansson refuses a NULL value, so the member is left out). */
static bool tree_attach(view_out *o, const char *key, json_t *v)
{
    if (!v) return false;
    if (o->depth == 0) {
        json_decref(o->root);
        o->root = v;
        return true;
    }
    json_t *parent = o->stack[o->depth - 1];
    int rc = json_is_array(parent) ? json_array_append_new(parent, v) : json_object_set_new(parent, key, v);
    return rc == 0;
}

static void open_container(view_out *o, const char *key, bool array)
{
    if (o->depth == VIEW_OUT_DEPTH) {
        o->failed = true;
        return;
    }
    if (o->text) {
        text_member(o, key);
        put(o, array ? "[" : "{", 1);
        o->is_array[o->depth] = array;
        o->filled[o->depth++] = false;
        return;
    }
    json_t *c = array ? json_array() : json_object();
    json_incref(c);   /* the stack keeps a reference until vo_end */
    if (!tree_attach(o, key, c)) o->failed = true;
    o->stack[o->depth++] = c;
}

void vo_object(view_out *o, const char *key) { open_container(o, key, false); }
void vo_array(view_out *o, const char *key) { open_container(o, key, true); }

void vo_end(view_out *o)
{
    if (o->depth == 0) return;
    o->depth--;
    if (o->text) put(o, o->is_array[o->depth] ? "]" : "}", 1);
    else json_decref(o->stack[o->depth]);
}

/* Text values other than strings and containers. */
static void text_raw(view_out *o, const char *key, const char *v, size_t n)
{
    text_member(o, key);
    put(o, v, n);
}

void vo_str(view_out *o, const char *key, const char *s)
{
    if (!s) {
        vo_null(o, key);
        return;
    }
    if (!o->text) {
        tree_attach(o, key, json_string(s));
        return;
    }
    /* Printable ASCII without quote or backslash is written as it is; anything else goes through
     * Jansson, so escaping and the refusal of invalid UTF-8 stay exactly Jansson's. */
    size_t n = 0;
    bool plain = true;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++, n++)
        if (*p < 0x20 || *p > 0x7e || *p == '"' || *p == '\\') plain = false;
    if (plain) {
        text_member(o, key);
        put(o, "\"", 1);
        put(o, s, n);
        put(o, "\"", 1);
        return;
    }
    json_t *j = json_string(s);
    if (!j) return;   /* the tree leaves such a member out */
    size_t need = json_dumpb(j, NULL, 0, JSON_ENCODE_ANY | JSON_COMPACT);
    char small[512], *b = need <= sizeof small ? small : malloc(need);
    if (!b) {
        o->failed = true;
    } else {
        json_dumpb(j, b, need, JSON_ENCODE_ANY | JSON_COMPACT);
        text_raw(o, key, b, need);
        if (b != small) free(b);
    }
    json_decref(j);
}

void vo_int(view_out *o, const char *key, int64_t v)
{
    if (!o->text) {
        tree_attach(o, key, json_integer((json_int_t)v));
        return;
    }
    char b[24], *p = b + sizeof b;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0) *--p = '-';
    text_raw(o, key, p, (size_t)(b + sizeof b - p));
}

void vo_fixed2(view_out *o, const char *key, int64_t v)
{
    if (!o->text) {
        tree_attach(o, key, json_fixed(v, 2));
        return;
    }
    char num[48];
    decimal_format(v, 2, false, num, sizeof num);
    text_raw(o, key, num, strlen(num));
}

void vo_bool(view_out *o, const char *key, bool v)
{
    if (!o->text) tree_attach(o, key, json_boolean(v));
    else if (v) text_raw(o, key, "true", 4);
    else text_raw(o, key, "false", 5);
}

void vo_null(view_out *o, const char *key)
{
    if (!o->text) tree_attach(o, key, json_null());
    else text_raw(o, key, "null", 4);
}

void vo_json(view_out *o, const char *key, json_t *v)
{
    if (!o->text) {
        tree_attach(o, key, v);
        return;
    }
    if (!v) return;
    char *s = json_dump_fixed(v, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17) | JSON_ENCODE_ANY);
    json_decref(v);
    if (!s) {
        o->failed = true;
        return;
    }
    text_raw(o, key, s, strlen(s));
    free(s);
}

/* ---- the contract view ---- */

static inc_date col_date(inc_stmt *st, int c)
{
    inc_date d = INC_DATE_NONE;
    const char *t = db_col_text(st, c);
    if (t) date_parse(t, &d, "", NULL);
    return d;
}

static void col_str(view_out *o, const char *key, inc_stmt *st, int c)
{
    vo_str(o, key, db_col_text(st, c));
}

static void date_out(view_out *o, const char *key, inc_date d)
{
    if (d == INC_DATE_NONE) {
        vo_null(o, key);
        return;
    }
    char b[11];
    date_format_iso(d, b);
    vo_str(o, key, b);
}

static bool year_submitted(const char *list, int year_no)
{
    for (const char *p = list; p && *p;) {
        if (atoi(p) == year_no) return true;
        p = strchr(p, ',');
        if (p) p++;
    }
    return false;
}

/* Yearly reports of a multi-year contract: due dates, deadlines and whether each is submitted. */
typedef struct {
    int n;
    inc_date due[64], deadline[64];
    bool submitted[64], overdue[64];
} yearly_reports;

static int yearly_reports_of(inc_stmt *st, bool applies, inc_date start, inc_date end, inc_date today,
                             yearly_reports *y)
{
    y->n = applies ? yearly_report_due_dates(start, end, y->due, 64) : 0;
    const char *submitted = db_col_text(st, 33);
    int overdue = 0;
    for (int k = 0; k < y->n; k++) {
        y->deadline[k] = date_add_months(y->due[k], YEARLY_REPORT_GRACE_MONTHS);
        y->submitted[k] = year_submitted(submitted, k + 1);
        y->overdue[k] = !y->submitted[k] && today > y->deadline[k];
        overdue += y->overdue[k];
    }
    return overdue;
}

void contract_view_flags(inc_stmt *st, inc_date today, contract_flags *flags)
{
    memset(flags, 0, sizeof *flags);
    inc_date award = col_date(st, 9), start = col_date(st, 10), end = col_date(st, 11);
    flags->award = award;
    flags->start = start;
    flags->end = end;
    flags->contact = col_date(st, 32);
    flags->contact_deadline = contact_deadline(award);
    bool applies = db_col_int(st, 23);
    inc_progress_input pi = {applies, db_col_int(st, 27), db_col_int(st, 18),
                             db_col_int64(st, 26), db_col_int64(st, 28), db_col_int64(st, 30),
                             db_col_int64(st, 31), start, end, today};
    progress_compute(&pi, &flags->progress);
    /* Contact within five working days of award. */
    flags->contact_overdue = applies && flags->contact == INC_DATE_NONE && today > flags->contact_deadline;
    yearly_reports y;
    flags->yearly_overdue = yearly_reports_of(st, applies, start, end, today, &y);
}

void contract_view_members(view_out *o, inc_stmt *st, inc_date today, const contract_flags *flags)
{
    inc_date award = flags->award, start = flags->start, end = flags->end;
    bool applies = db_col_int(st, 23), met_by_sebo = db_col_int(st, 27);
    bool exempted = db_col_int(st, 18);
    const inc_progress *p = &flags->progress;

    vo_int(o, "id", db_col_int64(st, 0));
    col_str(o, "municipality", st, 1);
    col_str(o, "municipality_name", st, 34);
    col_str(o, "department", st, 2);
    col_str(o, "reference", st, 3);
    col_str(o, "title", st, 4);
    col_str(o, "category", st, 5);
    col_str(o, "procedure", st, 6);
    vo_fixed2(o, "value", db_col_int64(st, 7));
    vo_fixed2(o, "labour_share_pct", db_col_int(st, 8));
    date_out(o, "award_date", award);
    date_out(o, "start_date", start);
    date_out(o, "end_date", end);
    vo_object(o, "contractor");
    vo_int(o, "id", db_col_int64(st, 12));
    col_str(o, "kvk", st, 13);
    col_str(o, "name", st, 14);
    vo_end(o);
    col_str(o, "cpv", st, 15);
    vo_bool(o, "sebo_holder", db_col_int(st, 16));
    vo_fixed2(o, "extra_pct", db_col_int(st, 17));
    if (exempted) {
        vo_object(o, "exemption");
        vo_fixed2(o, "pct", db_col_int(st, 19));
        col_str(o, "by", st, 20);
        col_str(o, "date", st, 21);
        col_str(o, "reason", st, 22);
        vo_end(o);
    } else {
        vo_null(o, "exemption");
    }
    vo_object(o, "obligation");
    vo_bool(o, "applies", applies);
    vo_fixed2(o, "base_percentage", db_col_int(st, 24));
    vo_fixed2(o, "extra_percentage", db_col_int(st, 17));
    vo_fixed2(o, "percentage", db_col_int(st, 25));
    vo_fixed2(o, "amount", db_col_int64(st, 26));
    vo_bool(o, "met_by_sebo", met_by_sebo);
    vo_fixed2(o, "sebo_covered", db_col_int64(st, 28));
    col_str(o, "reason", st, 29);
    vo_end(o);
    vo_object(o, "progress");
    vo_str(o, "status", progress_status_code(p->status));
    vo_str(o, "status_label", progress_status_label(p->status));
    vo_fixed2(o, "due", p->due_cents);
    vo_fixed2(o, "verified", db_col_int64(st, 30));
    vo_fixed2(o, "reported", db_col_int64(st, 31));
    vo_fixed2(o, "expected", p->expected_cents);
    vo_fixed2(o, "verified_pct", p->verified_pct_bp);
    vo_fixed2(o, "reported_pct", p->reported_pct_bp);
    vo_end(o);

    vo_object(o, "contact");
    date_out(o, "deadline", flags->contact_deadline);
    date_out(o, "date", flags->contact);
    vo_bool(o, "overdue", flags->contact_overdue);
    vo_end(o);

    yearly_reports y;
    yearly_reports_of(st, applies, start, end, today, &y);
    vo_array(o, "yearly_reports");
    for (int k = 0; k < y.n; k++) {
        vo_object(o, NULL);
        vo_int(o, "year_no", k + 1);
        date_out(o, "period_end", y.due[k]);
        date_out(o, "deadline", y.deadline[k]);
        vo_bool(o, "submitted", y.submitted[k]);
        vo_bool(o, "overdue", y.overdue[k]);
        vo_end(o);
    }
    vo_end(o);
}

void contract_view_write(view_out *o, const char *key, inc_stmt *st, inc_date today, const contract_flags *flags)
{
    vo_object(o, key);
    contract_view_members(o, st, today, flags);
    vo_end(o);
}

json_t *contract_view_json(inc_stmt *st, inc_date today, contract_flags *flags)
{
    contract_view_flags(st, today, flags);
    view_out o;
    view_out_tree(&o);
    contract_view_write(&o, NULL, st, today, flags);
    return view_out_take_tree(&o);
}
