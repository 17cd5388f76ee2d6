#include "core/decimal.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

inc_status decimal_parse(const char *text, int scale, int64_t *out, const char *field, inc_error *e)
{
    if (!text) return inc_fail(e, INC_EINVAL, field, "%s ontbreekt", field);
    while (*text == ' ') text++;
    bool neg = false;
    if (*text == '-' || *text == '+') { neg = (*text == '-'); text++; }
    int64_t whole = 0, frac = 0;
    int ndigits = 0, nfrac = 0;
    bool in_frac = false;
    for (const char *p = text; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (in_frac) {
                if (++nfrac > scale)
                    return inc_fail(e, INC_EINVAL, field, "%s heeft te veel decimalen (maximaal %d)", field, scale);
                frac = frac * 10 + (*p - '0');
            } else {
                if (whole > (INT64_MAX / 10 - 10) / 10000)
                    return inc_fail(e, INC_EINVAL, field, "%s is te groot", field);
                whole = whole * 10 + (*p - '0');
            }
            ndigits++;
        } else if ((*p == '.' || *p == ',') && !in_frac) {
            in_frac = true;
        } else if (*p == ' ' && p[1] == '\0') {
            break;
        } else {
            return inc_fail(e, INC_EINVAL, field, "%s is geen getal: '%s'", field, text);
        }
    }
    if (ndigits == 0) return inc_fail(e, INC_EINVAL, field, "%s is geen getal", field);
    for (int i = nfrac; i < scale; i++) frac *= 10;
    int64_t mul = 1;
    for (int i = 0; i < scale; i++) mul *= 10;
    int64_t v = whole * mul + frac;
    *out = neg ? -v : v;
    return INC_OK;
}

inc_status decimal_from_double(double v, int scale, int64_t *out, const char *field, inc_error *e)
{
    if (!isfinite(v) || fabs(v) > 9e13)
        return inc_fail(e, INC_EINVAL, field, "%s valt buiten het toegestane bereik", field);
    double mul = pow(10, scale);
    double scaled = v * mul;
    double r = llround(scaled);
    if (fabs(scaled - r) > 1e-6 * (fabs(scaled) > 1 ? fabs(scaled) : 1))
        return inc_fail(e, INC_EINVAL, field, "%s heeft te veel decimalen (maximaal %d)", field, scale);
    *out = (int64_t)r;
    return INC_OK;
}

void decimal_format(int64_t value, int scale, bool dutch, char *buf, int bufsize)
{
    /* Written backwards without printf (imports format a percentage for every contract). */
    char tmp[48];
    int n = 0;
    bool neg = value < 0;
    uint64_t a = neg ? (uint64_t)(-(value + 1)) + 1 : (uint64_t)value;
    for (int i = 0; i < (scale & 7); i++, a /= 10) tmp[n++] = (char)('0' + a % 10);
    if (scale > 0) tmp[n++] = dutch ? ',' : '.';
    int digits = 0;
    do {
        if (dutch && digits > 0 && digits % 3 == 0) tmp[n++] = '.';
        tmp[n++] = (char)('0' + a % 10);
        a /= 10;
        digits++;
    } while (a);
    if (neg) tmp[n++] = '-';
    int k = 0;
    while (n > 0 && k < bufsize - 1) buf[k++] = tmp[--n];
    if (bufsize > 0) buf[k] = '\0';
}

int64_t div_round_half_up(int64_t num, int64_t den)
{
    if (num >= 0) return (num + den / 2) / den;
    return -((-num + den / 2) / den);
}
