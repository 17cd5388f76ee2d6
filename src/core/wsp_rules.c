#include "core/wsp_rules.h"
#include "core/decimal.h"
#include "core/match.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int two(const char *p) { return (p[0] - '0') * 10 + (p[1] - '0'); }
static int digits(const char *p, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)p[i])) return 0;
    return 1;
}

inc_status datetime_parse(const char *text, inc_minute *out, const char *field, inc_error *e)
{
    if (!text) return inc_fail(e, INC_EINVAL, field, "tijdstip ontbreekt");
    char day[11];
    size_t len = strlen(text);
    if (len < 10) goto bad;
    memcpy(day, text, 10);
    day[10] = '\0';
    inc_date d;
    if (date_parse(day, &d, field, NULL) != INC_OK) goto bad;
    int h = 0, m = 0;
    const char *p = text + 10;
    if (*p == 'T' || *p == ' ') {
        p++;
        if (!digits(p, 2) || p[2] != ':' || !digits(p + 3, 2)) goto bad;
        h = two(p);
        m = two(p + 3);
        p += 5;
        if (*p == ':') {
            if (!digits(p + 1, 2) || two(p + 1) > 59) goto bad;
            p += 3;
        }
        if (*p == 'Z') p++;
        if (h > 23 || m > 59) goto bad;
    }
    if (*p) goto bad;
    *out = (inc_minute)d * 1440 + h * 60 + m;
    return INC_OK;
bad:
    return inc_fail(e, INC_EINVAL, field, "ongeldig tijdstip '%.40s' (verwacht JJJJ-MM-DDTUU:MM)", text);
}

void datetime_format_iso(inc_minute m, char buf[21])
{
    inc_minute day = m >= 0 ? m / 1440 : -((-m + 1439) / 1440);
    int rest = (int)(m - day * 1440);
    char d[11];
    date_format_iso((inc_date)day, d);
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.10sT%02d:%02d:00Z", d, (rest / 60) % 24, rest % 60);
    memcpy(buf, tmp, 20);
    buf[20] = '\0';
}

void datetime_format_nl(inc_minute m, char buf[17])
{
    inc_minute day = m >= 0 ? m / 1440 : -((-m + 1439) / 1440);
    int rest = (int)(m - day * 1440);
    char d[11];
    date_format_nl((inc_date)day, d);
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.10s %02d:%02d", d, (rest / 60) % 24, rest % 60);
    memcpy(buf, tmp, 16);
    buf[16] = '\0';
}

inc_minute datetime_now(void)
{
    inc_minute m;
    const char *now = getenv("INCLUSIO_NOW");
    if (now && datetime_parse(now, &m, "INCLUSIO_NOW", NULL) == INC_OK) return m;
    if (getenv("INCLUSIO_TODAY")) return (inc_minute)date_today() * 1440 + 12 * 60;
    return (inc_minute)(time(NULL) / 60);
}

const char *question_status_code(question_status s)
{
    switch (s) {
    case Q_OPEN: return "open";
    case Q_OVERDUE: return "te-laat";
    case Q_ANSWERED_IN_TIME: return "op-tijd";
    case Q_ANSWERED_LATE: return "laat-beantwoord";
    }
    return "?";
}

inc_minute question_due(inc_minute asked) { return asked + QUESTION_TARGET_MINUTES; }

question_status question_status_of(inc_minute asked, inc_minute answered, inc_minute now)
{
    if (answered != INC_MINUTE_NONE) return answered <= question_due(asked) ? Q_ANSWERED_IN_TIME : Q_ANSWERED_LATE;
    return now > question_due(asked) ? Q_OVERDUE : Q_OPEN;
}

void question_month_add(question_month *m, question_status s)
{
    m->asked++;
    switch (s) {
    case Q_OPEN: m->open++; break;
    case Q_OVERDUE: m->overdue++; break;
    case Q_ANSWERED_IN_TIME: m->in_time++; break;
    case Q_ANSWERED_LATE: m->late++; break;
    }
}

int32_t question_month_share_bp(const question_month *m)
{
    int judged = m->asked - m->open;
    if (judged <= 0) return -1;
    return (int32_t)div_round_half_up((int64_t)m->in_time * 10000, judged);
}

inc_status vacancy_check(int64_t hours_min, int64_t hours_max, int64_t wanted, inc_error *e)
{
    if (hours_min < 0 || hours_min > 6000)
        return inc_fail(e, INC_EINVAL, "hours_min", "minimum uren per week moet tussen 0 en 60 liggen");
    if (hours_max <= 0 || hours_max > 6000)
        return inc_fail(e, INC_EINVAL, "hours_max", "maximum uren per week moet tussen 0 en 60 liggen");
    if (hours_min > hours_max)
        return inc_fail(e, INC_EINVAL, "hours_min", "minimum uren (%lld,%02lld) is hoger dan maximum uren (%lld,%02lld)",
                        (long long)(hours_min / 100), (long long)(hours_min % 100), (long long)(hours_max / 100),
                        (long long)(hours_max % 100));
    if (wanted < 1 || wanted > MATCH_MAX_WANTED)
        return inc_fail(e, INC_EINVAL, "wanted", "gewenst aantal kandidaten moet 1 tot en met %d zijn, niet %lld",
                        MATCH_MAX_WANTED, (long long)wanted);
    return INC_OK;
}

inc_status candidate_check(int64_t hours_min, int64_t hours_max, int64_t travel_dm, inc_error *e)
{
    if (hours_min < 0 || hours_min > 6000)
        return inc_fail(e, INC_EINVAL, "hours_min", "minimum uren per week moet tussen 0 en 60 liggen");
    if (hours_max <= 0 || hours_max > 6000)
        return inc_fail(e, INC_EINVAL, "hours_max", "maximum uren per week moet tussen 0 en 60 liggen");
    if (hours_min > hours_max)
        return inc_fail(e, INC_EINVAL, "hours_min", "minimum uren is hoger dan maximum uren");
    if (travel_dm < 0 || travel_dm > 3000)
        return inc_fail(e, INC_EINVAL, "travel_km", "reisafstand moet tussen 0 en 300 km liggen");
    return INC_OK;
}
