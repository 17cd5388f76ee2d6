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
    if (e) memset(e, 0, sizeof *e);
}
