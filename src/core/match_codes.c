/* Code lists of matching: education levels, target groups, criteria, hard constraints;
 * the postcode distance approximation and the default configuration. */
#include "core/match.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const edu_codes[EDU__COUNT] = {"geen", "vso-pro", "vmbo", "mbo1", "mbo2",
                                                  "mbo3", "mbo4", "hbo",  "wo"};
static const char *const edu_labels[EDU__COUNT] = {
    "geen diploma / basisonderwijs", "vso / praktijkonderwijs", "vmbo", "mbo niveau 1 (entree)",
    "mbo niveau 2", "mbo niveau 3", "mbo niveau 4 / havo / vwo", "hbo", "wo"};

const char *education_code(int level) { return level >= 0 && level < EDU__COUNT ? edu_codes[level] : "?"; }
const char *education_label(int level) { return level >= 0 && level < EDU__COUNT ? edu_labels[level] : "?"; }

inc_status education_parse(const char *code, int *level, const char *field, inc_error *e)
{
    for (int i = 0; code && i < EDU__COUNT; i++)
        if (strcmp(code, edu_codes[i]) == 0) { *level = i; return INC_OK; }
    return inc_fail(e, INC_EINVAL, field,
                    "onbekend opleidingsniveau '%s' (kies uit geen, vso-pro, vmbo, mbo1, mbo2, mbo3, mbo4, hbo, wo)",
                    code ? code : "");
}

static const char *const tg_codes[TG__COUNT] = {
    "banenafspraak", "participatiewet", "ww", "wia", "wajong", "nieuw-beschut", "oud-sw", "ioaw", "ioaz",
    "zonder-uitkering", "jongere-zonder-startkwalificatie", "vso-pro", "statushouder", "55plus"};
static const char *const tg_labels[TG__COUNT] = {
    "banenafspraak (doelgroepregister)", "Participatiewet", "WW", "WIA", "Wajong", "nieuw beschut",
    "oud-SW", "IOAW", "IOAZ", "werkzoekend zonder uitkering", "jongere zonder startkwalificatie",
    "vso / PrO-leerling", "statushouder", "55-plusser"};

const char *target_group_code(int tg) { return tg >= 0 && tg < TG__COUNT ? tg_codes[tg] : "?"; }
const char *target_group_label(int tg) { return tg >= 0 && tg < TG__COUNT ? tg_labels[tg] : "?"; }

inc_status target_groups_parse(const char *list, uint32_t *mask, const char *field, inc_error *e)
{
    *mask = 0;
    if (!list) return INC_OK;
    const char *p = list;
    while (*p) {
        while (*p == ',' || *p == ' ') p++;
        if (!*p) break;
        const char *q = p;
        while (*q && *q != ',') q++;
        size_t len = (size_t)(q - p);
        while (len > 0 && p[len - 1] == ' ') len--;
        int found = -1;
        for (int i = 0; i < TG__COUNT; i++)
            if (strlen(tg_codes[i]) == len && strncmp(p, tg_codes[i], len) == 0) found = i;
        if (found < 0)
            return inc_fail(e, INC_EINVAL, field, "onbekende doelgroep '%.*s'", (int)(len > 60 ? 60 : len), p);
        *mask |= 1u << found;
        p = q;
    }
    return INC_OK;
}

void target_groups_format(uint32_t mask, char *buf, size_t size)
{
    size_t used = 0;
    if (size) buf[0] = '\0';
    for (int i = 0; i < TG__COUNT; i++) {
        if (!(mask & (1u << i))) continue;
        int w = snprintf(buf + used, size - used, "%s%s", used ? "," : "", tg_codes[i]);
        if (w < 0 || (size_t)w >= size - used) return;
        used += (size_t)w;
    }
}

static const char *const crit_codes[CRIT__COUNT] = {"vaardigheden_vereist", "vaardigheden_gewenst", "uren",
                                                    "afstand", "opleiding", "beschikbaarheid", "doelgroep"};
const char *criterion_code(match_criterion c) { return c < CRIT__COUNT ? crit_codes[c] : "?"; }

static const char *const hard_codes[HARD__COUNT] = {"ok", "vacature_gesloten", "geen_toestemming",
                                                    "niet_beschikbaar", "uren_passen_niet", "doelgroep_niet_toegestaan"};
static const char *const hard_labels[HARD__COUNT] = {
    "geschikt", "vacature is niet open", "zonder toestemming om voorgesteld te worden",
    "niet beschikbaar op de startdatum", "uren passen niet", "doelgroep past niet bij de vacature"};
const char *hard_code(match_hard h) { return h < HARD__COUNT ? hard_codes[h] : "?"; }
const char *hard_label(match_hard h) { return h < HARD__COUNT ? hard_labels[h] : "?"; }

int32_t postcode_distance_dm(int a, int b)
{
    int d = a > b ? a - b : b - a;
    if (d <= 20) return 3 * d;
    if (d <= 200) return 60 + (4 * (d - 20)) / 10;
    if (d <= 2000) return 132 + (d - 200) / 4;
    return 582 + (d - 2000) / 5;
}

int postcode_pc4(const char *pc)
{
    if (!pc) return 0;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)pc[i])) return 0;
    if (pc[0] == '0') return 0;
    return (pc[0] - '0') * 1000 + (pc[1] - '0') * 100 + (pc[2] - '0') * 10 + (pc[3] - '0');
}

void match_config_default(match_config *cfg)
{
    static const int32_t w[CRIT__COUNT] = {40, 10, 15, 15, 10, 5, 5};
    memcpy(cfg->weight, w, sizeof w);
    cfg->min_score = 5000;
}

inc_status match_config_check(const match_config *cfg, inc_error *e)
{
    int32_t sum = 0;
    for (int i = 0; i < CRIT__COUNT; i++) {
        if (cfg->weight[i] < 0 || cfg->weight[i] > 1000)
            return inc_fail(e, INC_EINVAL, crit_codes[i], "gewicht moet tussen 0 en 1000 liggen");
        sum += cfg->weight[i];
    }
    if (sum < 1 || sum > 1000) return inc_fail(e, INC_EINVAL, "weights", "de gewichten moeten samen 1 tot 1000 zijn");
    if (cfg->min_score < 0 || cfg->min_score > sum * 100)
        return inc_fail(e, INC_EINVAL, "min_score", "minimumscore moet tussen 0 en %d liggen", sum);
    return INC_OK;
}
