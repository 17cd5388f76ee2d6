#include "core/ident.h"
#include <ctype.h>
#include <string.h>

bool bsn_valid(const char *bsn)
{
    if (!bsn || strlen(bsn) != 9) return false;
    int sum = 0;
    for (int i = 0; i < 9; i++) {
        if (!isdigit((unsigned char)bsn[i])) return false;
        int digit = bsn[i] - '0';
        sum += (i < 8) ? digit * (9 - i) : -digit;
    }
    return sum != 0 && sum % 11 == 0;
}

inc_status bsn_check(const char *bsn, const char *field, inc_error *e)
{
    if (!bsn || !*bsn) return inc_fail(e, INC_EINVAL, field, "BSN ontbreekt");
    if (!bsn_valid(bsn))
        return inc_fail(e, INC_EINVAL, field, "BSN is ongeldig (9 cijfers en de elfproef)");
    return INC_OK;
}

inc_status kvk_check(const char *kvk, const char *field, inc_error *e)
{
    if (!kvk || strlen(kvk) != 8)
        return inc_fail(e, INC_EINVAL, field, "KvK-nummer moet uit precies 8 cijfers bestaan: '%s'", kvk ? kvk : "");
    for (int i = 0; i < 8; i++)
        if (!isdigit((unsigned char)kvk[i]))
            return inc_fail(e, INC_EINVAL, field, "KvK-nummer moet uit precies 8 cijfers bestaan: '%s'", kvk);
    return INC_OK;
}

inc_status postcode_normalise(const char *in, char out[8], const char *field, inc_error *e)
{
    char c[8];
    int n = 0;
    for (const char *p = in ? in : ""; *p && n < 7; p++)
        if (*p != ' ') c[n++] = (char)toupper((unsigned char)*p);
    c[n] = '\0';
    bool ok = n == 6 && c[0] >= '1' && c[0] <= '9';
    for (int i = 1; ok && i < 4; i++) ok = isdigit((unsigned char)c[i]);
    for (int i = 4; ok && i < 6; i++) ok = c[i] >= 'A' && c[i] <= 'Z';
    if (!ok || (in && strlen(in) > 8))
        return inc_fail(e, INC_EINVAL, field, "postcode moet de vorm '1234 AB' hebben: '%s'", in ? in : "");
    memcpy(out, c, 4);
    out[4] = ' ';
    memcpy(out + 5, c + 4, 2);
    out[7] = '\0';
    return INC_OK;
}

void bsn_from_seed(unsigned seed, char out[10])
{
    for (unsigned s = seed;; s++) {
        unsigned base = 10000000u + s % 89999999u;  /* 8 digits, no leading zero */
        int sum = 0;
        unsigned b = base;
        for (int i = 7; i >= 0; i--) {
            out[i] = (char)('0' + b % 10);
            b /= 10;
            sum += (out[i] - '0') * (9 - i);
        }
        int check = sum % 11;  /* sum - check must be divisible by 11 */
        if (check == 10) continue;
        out[8] = (char)('0' + check);
        out[9] = '\0';
        if (bsn_valid(out)) return;
    }
}
