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

bool json_fixed_get(const json_t *j, int scale, int64_t *out)
{
    if (json_is_string(j) && strncmp(json_string_value(j), MARK, 2) == 0)
        return decimal_parse(json_string_value(j) + 2, scale, out, "", NULL) == INC_OK;
    if (json_is_integer(j) || json_is_real(j))
        return decimal_from_double(json_number_value(j), scale, out, "", NULL) == INC_OK;
    return false;
}

void json_fixed_nl(const json_t *j, int scale, char *buf, int size)
{
    int64_t v;
    if (json_fixed_get(j, scale, &v)) decimal_format(v, scale, true, buf, size);
    else if (size > 0) buf[0] = '\0';
}
