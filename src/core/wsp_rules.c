#include "core/wsp_rules.h"
#include "core/banen.h"
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

inc_status wsp_check_one_of(const char *v, const char *const *allowed, size_t n, const char *field, inc_error *e)
{
    for (size_t i = 0; i < n; i++)
        if (v && strcmp(v, allowed[i]) == 0) return INC_OK;
    char list[240] = "";
    for (size_t i = 0; i < n; i++) {
        strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
        strncat(list, allowed[i], sizeof list - strlen(list) - 1);
    }
    return inc_fail(e, INC_EINVAL, field, "ongeldige waarde '%s' (kies uit %s)", v ? v : "", list);
}

#define ONE_OF(v, list, field, e) wsp_check_one_of(v, list, sizeof list / sizeof *list, field, e)

inc_status wsp_size_class_check(const char *v, inc_error *e)
{
    static const char *const size_classes[] = {"zzp", "micro", "klein", "middel", "groot"};
    return ONE_OF(v, size_classes, "size_class", e);
}

inc_status wsp_moment_kind_check(const char *v, inc_error *e)
{
    static const char *const moment_kinds[] = {"bezoek", "telefoon", "evenement", "email"};
    return ONE_OF(v, moment_kinds, "kind", e);
}

inc_status wsp_channel_check(const char *v, inc_error *e)
{
    static const char *const channels[] = {"telefoon", "email", "bezoek", "website"};
    return ONE_OF(v, channels, "channel", e);
}

inc_status wsp_vacancy_status_check(const char *v, inc_error *e)
{
    static const char *const statuses[] = {"open", "vervuld", "gesloten"};
    return ONE_OF(v, statuses, "status", e);
}

inc_status wsp_outcome_check(const char *v, inc_error *e)
{
    static const char *const outcomes[] = {"uitgenodigd", "aangenomen", "afgewezen", "ingetrokken"};
    return ONE_OF(v, outcomes, "outcome", e);
}

inc_status wsp_contract_type_check(const char *v, inc_error *e)
{
    static const char *const contract_types[] = {"tijdelijk", "vast", "proefplaatsing", "detachering", "leerwerkbaan"};
    return ONE_OF(v, contract_types, "contract_type", e);
}

inc_status wsp_instrument_check(const char *v, inc_error *e)
{
    static const char *const instruments[] = {"geen", "loonkostensubsidie", "beschut-werk", "direct-werk",
                                              "proefplaatsing", "detachering", "jobcoach", "ips"};
    return ONE_OF(v, instruments, "instrument", e);
}

inc_status wsp_question_filter_check(const char *filter, inc_error *e)
{
    if (filter && strcmp(filter, "open") && strcmp(filter, "te-laat") && strcmp(filter, "beantwoord"))
        return inc_fail(e, INC_EINVAL, "status", "onbekende status '%s' (kies uit open, te-laat, beantwoord)", filter);
    return INC_OK;
}

bool wsp_question_filter_keeps(const char *filter, question_status s)
{
    if (!filter) return true;
    if (!strcmp(filter, "open")) return s == Q_OPEN || s == Q_OVERDUE;
    if (!strcmp(filter, "te-laat")) return s == Q_OVERDUE;
    if (!strcmp(filter, "beantwoord")) return s == Q_ANSWERED_IN_TIME || s == Q_ANSWERED_LATE;
    return true;
}

inc_status wsp_question_asked_check(inc_minute asked, inc_minute now, inc_error *e)
{
    if (asked > now) return inc_fail(e, INC_EINVAL, "asked_at", "vraagmoment ligt in de toekomst");
    return INC_OK;
}

inc_status wsp_question_answer_check(inc_minute asked, inc_minute answered, inc_error *e)
{
    if (answered < asked) return inc_fail(e, INC_EINVAL, "answered_at", "antwoordmoment ligt voor het vraagmoment");
    return INC_OK;
}

inc_status wsp_skill_name_check(const char *name, inc_error *e)
{
    size_t len = name ? strlen(name) : 0;
    if (len == 0 || len > 80) return inc_fail(e, INC_EINVAL, "name", "een vaardigheid heeft een naam van 1 tot 80 tekens");
    if (strchr(name, ',')) return inc_fail(e, INC_EINVAL, "name", "een vaardigheid mag geen komma bevatten");
    return INC_OK;
}

inc_status wsp_vacancy_skills_check(const uint16_t *required, int n_required, const uint16_t *wished, int n_wished,
                                    inc_error *e)
{
    for (int i = 0; i < n_required; i++)
        for (int k = 0; k < n_wished; k++)
            if (required[i] == wished[k])
                return inc_fail(e, INC_EINVAL, "wished_skills", "een vaardigheid is vereist of gewenst, niet allebei");
    return INC_OK;
}

inc_status wsp_email_check(const char *email, inc_error *e)
{
    if (email && !strchr(email, '@')) return inc_fail(e, INC_EINVAL, "email", "ongeldig e-mailadres '%s'", email);
    return INC_OK;
}

inc_status wsp_placement_hours_check(int64_t hours, inc_error *e)
{
    if (hours <= 0 || hours > 6000) return inc_fail(e, INC_EINVAL, "hours", "uren per week moeten tussen 0 en 60 liggen");
    return INC_OK;
}

inc_status wsp_limit_check(int limit, inc_error *e)
{
    if (limit < 1 || limit > MATCH_MAX_WANTED)
        return inc_fail(e, INC_EINVAL, "limit", "aantal vacatures moet 1 tot en met %d zijn", MATCH_MAX_WANTED);
    return INC_OK;
}

bool wsp_register_group(uint32_t groups, const char **code)
{
    banen_group g;
    if (groups & (1u << TG_WAJONG)) g = BG_WAJONG;
    else if (groups & (1u << TG_OUD_SW)) g = BG_WSW;
    else if (groups & (1u << TG_BANENAFSPRAAK)) g = BG_PARTICIPATIEWET;
    else return false;
    *code = banen_group_code(g);
    return true;
}

const char *wsp_banen_contract(const char *contract_type)
{
    banen_contract bc;
    if (banen_contract_parse(contract_type, &bc, "contract_type", NULL) == INC_OK) return banen_contract_code(bc);
    return banen_contract_code(BC_TIJDELIJK); /* leerwerkbaan: a temporary contract */
}

const char *wsp_banen_instrument(const char *instrument)
{
    banen_instrument bi;
    if (banen_instrument_parse(instrument, &bi, "instrument", NULL) == INC_OK) return banen_instrument_code(bi);
    return banen_instrument_code(BI_GEEN); /* proefplaatsing, detachering: the contract type says it */
}
