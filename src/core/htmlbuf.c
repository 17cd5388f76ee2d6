#include "core/htmlbuf.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void hb_init(htmlbuf *b) { memset(b, 0, sizeof *b); }

void hb_free(htmlbuf *b)
{
    free(b->s);
    hb_init(b);
}

bool hb_ok(const htmlbuf *b) { return !b->failed; }

static bool grow(htmlbuf *b, size_t extra)
{
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s) { b->failed = true; return false; }
    b->s = s;
    b->cap = cap;
    return true;
}

static void put_n(htmlbuf *b, const char *t, size_t n)
{
    if (!grow(b, n)) return;
    memcpy(b->s + b->len, t, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void hb_put(htmlbuf *b, const char *text) { if (text) put_n(b, text, strlen(text)); }

void hb_printf(htmlbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !grow(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void hb_esc(htmlbuf *b, const char *text)
{
    if (!text) return;
    const char *start = text;
    for (const char *p = text; *p; p++) {
        const char *rep = NULL;
        switch (*p) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
        put_n(b, start, (size_t)(p - start));
        hb_put(b, rep);
        start = p + 1;
    }
    hb_put(b, start);
}

char *hb_take(htmlbuf *b)
{
    if (b->failed) { hb_free(b); return NULL; }
    char *s = b->s ? b->s : calloc(1, 1);
    hb_init(b);
    return s;
}
