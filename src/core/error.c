#include "core/error.h"
#include "core/utf8.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

inc_status inc_fail(inc_error *e, inc_status s, const char *field, const char *fmt, ...)
{
    if (!e) return s;
    e->status = s;
    snprintf(e->field, sizeof e->field, "%s", field ? field : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    utf8_scrub(e->message);   /* it may echo input, or be cut inside a character; it ends up in JSON */
    return s;
}

void inc_error_clear(inc_error *e)
{
    if (!e) return;
    inc_errors *all = e->all;
    memset(e, 0, sizeof *e);
    e->all = all;
}

bool inc_errors_add(inc_errors *l, const inc_error *e)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->item[i].field, e->field) == 0) return true;
    if (l->n >= INC_ERRORS_MAX) return false;
    inc_error *x = &l->item[l->n++];
    x->status = e->status;
    memcpy(x->field, e->field, sizeof x->field);
    memcpy(x->message, e->message, sizeof x->message);
    x->all = NULL;
    return true;
}

void inc_checks_begin(inc_checks *c, inc_error *e)
{
    memset(c, 0, sizeof *c);
    c->e = e ? e : &c->scratch;
}

bool inc_check(inc_checks *c, inc_status st)
{
    if (st == INC_OK) return true;
    if (c->status == INC_OK) {
        c->status = st;
        c->first = *c->e;
    }
    if (c->e->all) inc_errors_add(c->e->all, c->e);
    return false;
}

inc_status inc_checks_end(inc_checks *c)
{
    if (c->status != INC_OK) {
        inc_errors *all = c->e->all;
        *c->e = c->first;
        c->e->all = all;
    }
    return c->status;
}
