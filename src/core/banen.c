#include "core/banen.h"
#include "core/code_text.h"
#include "core/decimal.h"
#include "core/labels.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

typedef struct { const char *code, *label; } code_label;

static const code_label sectors[BS__COUNT] = {{"markt", "markt"}, {"overheid", "overheid"}};
static const code_label contracts[BC__COUNT] = {
    {"tijdelijk", "tijdelijk"}, {"vast", "vast"}, {"proefplaatsing", "proefplaatsing"}, {"detachering", "detachering"}};
static const code_label instruments[BI__COUNT] = {
    {"loonkostensubsidie", "loonkostensubsidie"}, {"jobcoach", "jobcoach"}, {"beschut-werk", "beschut werk"},
    {"direct-werk", "Direct Werk"},               {"ips", "IPS"},           {"geen", "geen"}};
static const code_label sources[BSRC__COUNT] = {
    {"wsp", "WSP"}, {"binnenbaan", "De Binnenbaan"}, {"sroi", "SROI-contract"}, {"eigen-werving", "eigen werving"}};
static const code_label groups[BG__COUNT] = {{"wajong", "Wajong"},
                                             {"wsw", "Wsw-indicatie"},
                                             {"wiw-id", "Wiw/ID-baan"},
                                             {"participatiewet", "Participatiewet (doelgroepregister)"},
                                             {"nieuw-beschut", "nieuw beschut"}};

#define loose_equal code_text_equal

static inc_status parse_list(const code_label *list, int n, const char *s, int *out, const char *what,
                             const char *field, inc_error *e)
{
    if (s) {
        while (isspace((unsigned char)*s)) s++;
        char buf[64];
        snprintf(buf, sizeof buf, "%s", s);
        size_t len = strlen(buf);
        while (len && isspace((unsigned char)buf[len - 1])) buf[--len] = 0;
        for (int i = 0; i < n; i++)
            if (loose_equal(buf, list[i].code) || loose_equal(buf, list[i].label)) { *out = i; return INC_OK; }
    }
    char allowed[256] = "";
    for (int i = 0; i < n; i++) {
        size_t l = strlen(allowed);
        snprintf(allowed + l, sizeof allowed - l, "%s%s", i ? ", " : "", list[i].code);
    }
    return inc_fail(e, INC_EINVAL, field, "%s '%s' (toegestaan: %s)", what, s ? s : "", allowed);
}

/* Labels come from the one label table (core/labels.c), the same the interface shows; the local
 * labels above stay accepted as input spellings. */
static const char *table_label(const char *list, const code_label *c)
{
    const char *l = label_of(list, c->code);
    return l ? l : c->label;
}

const char *banen_sector_code(banen_sector s) { return sectors[s].code; }
const char *banen_sector_label(banen_sector s) { return table_label("banen_sector", &sectors[s]); }
const char *banen_contract_code(banen_contract c) { return contracts[c].code; }
const char *banen_contract_label(banen_contract c) { return table_label("contract_type", &contracts[c]); }
const char *banen_instrument_code(banen_instrument i) { return instruments[i].code; }
const char *banen_instrument_label(banen_instrument i) { return table_label("instrument", &instruments[i]); }
const char *banen_source_code(banen_source s) { return sources[s].code; }
const char *banen_source_label(banen_source s) { return table_label("banen_source", &sources[s]); }
const char *banen_group_code(banen_group g) { return groups[g].code; }
const char *banen_group_label(banen_group g) { return table_label("banen_group", &groups[g]); }

inc_status banen_sector_parse(const char *s, banen_sector *out, const char *field, inc_error *e)
{
    int v;
    if (parse_list(sectors, BS__COUNT, s, &v, "onbekende sector", field, e)) return INC_EINVAL;
    *out = (banen_sector)v;
    return INC_OK;
}

inc_status banen_contract_parse(const char *s, banen_contract *out, const char *field, inc_error *e)
{
    int v;
    if (parse_list(contracts, BC__COUNT, s, &v, "onbekend contracttype", field, e)) return INC_EINVAL;
    *out = (banen_contract)v;
    return INC_OK;
}

inc_status banen_instrument_parse(const char *s, banen_instrument *out, const char *field, inc_error *e)
{
    if (s && loose_equal(s, "none")) { *out = BI_GEEN; return INC_OK; }
    int v;
    if (parse_list(instruments, BI__COUNT, s, &v, "onbekend instrument", field, e)) return INC_EINVAL;
    *out = (banen_instrument)v;
    return INC_OK;
}

inc_status banen_source_parse(const char *s, banen_source *out, const char *field, inc_error *e)
{
    int v;
    if (parse_list(sources, BSRC__COUNT, s, &v, "onbekende herkomst", field, e)) return INC_EINVAL;
    *out = (banen_source)v;
    return INC_OK;
}

inc_status banen_group_parse(const char *s, banen_group *out, const char *field, inc_error *e)
{
    int v;
    if (parse_list(groups, BG__COUNT, s, &v, "onbekende doelgroep", field, e)) return INC_EINVAL;
    *out = (banen_group)v;
    return INC_OK;
}

inc_status banen_hours_check(int64_t hours_centi, const char *field, inc_error *e)
{
    if (hours_centi <= 0)
        return inc_fail(e, INC_EINVAL, field, "uren per week moeten meer dan 0 zijn");
    if (hours_centi > BANEN_MAX_HOURS_CENTI)
        return inc_fail(e, INC_EINVAL, field, "uren per week mogen niet boven 60 liggen");
    return INC_OK;
}

inc_status banen_period_check(inc_date start, inc_date end, const char *field, inc_error *e)
{
    if (end != INC_DATE_NONE && end < start)
        return inc_fail(e, INC_EINVAL, field, "einddatum ligt voor de begindatum");
    return INC_OK;
}

bool banen_periods_overlap(inc_date s1, inc_date e1, inc_date s2, inc_date e2)
{
    bool first_ends_before = e1 != INC_DATE_NONE && e1 < s2;
    bool second_ends_before = e2 != INC_DATE_NONE && e2 < s1;
    return !first_ends_before && !second_ends_before;
}

bool banen_active_on(inc_date start, inc_date end, inc_date day)
{
    return start <= day && (end == INC_DATE_NONE || day <= end);
}

bool banen_counts(banen_group g, banen_instrument i) { return g != BG_NIEUW_BESCHUT && i != BI_BESCHUT_WERK; }

/* hours_centi / 2550 banen = hours_centi * 100 / 2550 hundredths = hours_centi * 10 / 255. */
int64_t banen_centi_from_hours(int64_t hours_centi) { return div_round_half_up(hours_centi * 10, 255); }
/* hours_centi / 3600 fte = hours_centi * 100 / 3600 hundredths = hours_centi / 36. */
int64_t fte_centi_from_hours(int64_t hours_centi) { return div_round_half_up(hours_centi, 36); }

bool banen_goal_met(int64_t realised_centi, int64_t target_centi) { return realised_centi >= target_centi; }

int banen_quarter_ends(inc_date from, inc_date to, inc_date *out, int max)
{
    int y, m, d, n = 0;
    if (from > to) return 0;
    date_to_ymd(from, &y, &m, &d);
    int q = (m - 1) / 3;  /* quarter index 0..3 of `from` */
    for (;;) {
        int qm = q * 3 + 3;
        inc_date end = date_from_ymd(y, qm, date_days_in_month(y, qm));
        if (end > to) break;
        if (end >= from) {
            if (n < max) out[n] = end;
            n++;
        }
        if (++q == 4) { q = 0; y++; }
    }
    return n;
}
