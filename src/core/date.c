#include "core/date.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int date_days_in_month(int y, int m)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && is_leap(y)) ? 29 : dim[m - 1];
}

bool date_valid_ymd(int y, int m, int d)
{
    return y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y, m);
}

/* Howard Hinnant's days_from_civil. */
inc_date date_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153u * (unsigned)(m + (m > 2 ? -3 : 9)) + 2) / 5 + (unsigned)d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int)doe - 719468;
}

void date_to_ymd(inc_date z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = (int)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned dd = doy - (153 * mp + 2) / 5 + 1;
    unsigned mm = mp < 10 ? mp + 3 : mp - 9;
    *y = yy + (mm <= 2);
    *m = (int)mm;
    *d = (int)dd;
}

inc_status date_parse(const char *s, inc_date *out, const char *field, inc_error *e)
{
    if (!s || !*s) return inc_fail(e, INC_EINVAL, field, "%s ontbreekt", field);
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return inc_fail(e, INC_EINVAL, field, "%s is geen datum in de vorm JJJJ-MM-DD: '%s'", field, s);
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return inc_fail(e, INC_EINVAL, field, "%s is geen datum in de vorm JJJJ-MM-DD: '%s'", field, s);
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (!date_valid_ymd(y, m, d))
        return inc_fail(e, INC_EINVAL, field, "%s bestaat niet: %s", field, s);
    *out = date_from_ymd(y, m, d);
    return INC_OK;
}

void date_format_iso(inc_date day, char buf[11])
{
    /* Without printf: imports format several dates per row. */
    int y, m, d;
    date_to_ymd(day, &y, &m, &d);
    unsigned uy = (unsigned)y % 10000u;
    buf[0] = (char)('0' + uy / 1000);
    buf[1] = (char)('0' + uy / 100 % 10);
    buf[2] = (char)('0' + uy / 10 % 10);
    buf[3] = (char)('0' + uy % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d / 10);
    buf[9] = (char)('0' + d % 10);
    buf[10] = '\0';
}

void date_format_nl(inc_date day, char buf[11])
{
    int y, m, d;
    date_to_ymd(day, &y, &m, &d);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%02u-%02u-%04u", (unsigned)d % 100u, (unsigned)m % 100u, (unsigned)y % 10000u);
    memcpy(buf, tmp, 10);
    buf[10] = '\0';
}

inc_date date_add_months(inc_date day, int months)
{
    int y, m, d;
    date_to_ymd(day, &y, &m, &d);
    int idx = y * 12 + (m - 1) + months;
    int ny = idx / 12, nm = idx % 12 + 1;
    int dim = date_days_in_month(ny, nm);
    return date_from_ymd(ny, nm, d > dim ? dim : d);
}

int date_weekday(inc_date day)
{
    /* 1970-01-01 was a Thursday (3 with Monday = 0). */
    int w = (day % 7 + 7 + 3) % 7;
    return w;
}

inc_date date_today(void)
{
    const char *fixed = getenv("INCLUSIO_TODAY");
    inc_date d;
    if (fixed && date_parse(fixed, &d, "INCLUSIO_TODAY", NULL) == INC_OK) return d;
    return (inc_date)(time(NULL) / 86400);
}
