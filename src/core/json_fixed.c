#include "core/json_fixed.h"
#include "core/decimal.h"
#include <stdlib.h>
#include <string.h>

#define MARK "\x01#"
#define MARK_ESCAPED "\"\\u0001#"

json_t *json_fixed(int64_t value, int scale)
{
    char num[48], s[52];
    decimal_format(value, scale, false, num, sizeof num);
    snprintf(s, sizeof s, MARK "%s", num);
    return json_string(s);
}

json_t *json_money(int64_t cents) { return json_fixed(cents, 2); }
json_t *json_pct(int32_t bp) { return json_fixed(bp, 2); }

char *json_dump_fixed(const json_t *j, size_t flags)
{
    char *s = json_dumps(j, flags);
    if (!s) return NULL;
    /* In place: every "\u0001#-123.45" becomes -123.45 (the output only shrinks). */
    char *w = s, *r = s;
    size_t mlen = strlen(MARK_ESCAPED);
    while (*r) {
        if (strncmp(r, MARK_ESCAPED, mlen) == 0) {
            r += mlen;
            while (*r && *r != '"') *w++ = *r++;
            if (*r == '"') r++;
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
    return s;
}
