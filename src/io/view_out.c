/* The JSON writer of the views: a Jansson tree or the same JSON as compact text. */
#include "io/view_out.h"
#include "core/decimal.h"
#include "core/json_fixed.h"
#include <stdlib.h>
#include <string.h>

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

json_t *view_out_tree_done(view_out *o, int st)
{
    json_t *r = st == 0 ? view_out_take_tree(o) : NULL;
    view_out_free(o);
    return r;
}

inc_status view_out_check(const view_out *o, inc_error *e)
{
    return o->failed ? inc_fail(e, INC_EINTERNAL, "", "geen geheugen") : INC_OK;
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
