/* Reading UWV's published banenafspraak figures (core/banen_uwv.h). */
#include "core/banen_uwv.h"
#include "core/code_text.h"
#include "core/decimal.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static void trim_copy(const char *in, char *out, size_t cap)
{
    while (*in && isspace((unsigned char)*in)) in++;
    size_t n = strlen(in);
    while (n && isspace((unsigned char)in[n - 1])) n--;
    if (n >= cap) n = cap - 1;
    memcpy(out, in, n);
    out[n] = 0;
}

static inc_date quarter_end(int year, int quarter) { return date_from_ymd(year, quarter * 3, quarter == 1 || quarter == 4 ? 31 : 30); }

static bool is_quarter_end(int m, int d) { return (m == 3 && d == 31) || (m == 6 && d == 30) || (m == 9 && d == 30) || (m == 12 && d == 31); }

inc_status uwv_peildatum_parse(const char *text, inc_date *out, const char *field, inc_error *e)
{
    char s[48];
    trim_copy(text ? text : "", s, sizeof s);
    if (!s[0]) return inc_fail(e, INC_EINVAL, field, "peildatum ontbreekt");
    int y, m, d, q, used = 0;
    char k;
    if ((sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 && used == (int)strlen(s) && used == 10) ||
        (sscanf(s, "%2d-%2d-%4d%n", &d, &m, &y, &used) == 3 && used == (int)strlen(s) && used == 10)) {
        if (!date_valid_ymd(y, m, d)) return inc_fail(e, INC_EINVAL, field, "ongeldige datum '%s'", s);
        if (!is_quarter_end(m, d))
            return inc_fail(e, INC_EINVAL, field, "'%s' is geen kwartaaleinde (31-3, 30-6, 30-9 of 31-12)", s);
        *out = date_from_ymd(y, m, d);
        return INC_OK;
    }
    /* "2020-K4", "2020 K4", "2020K4", "2020-Q4" */
    for (char *p = s; *p; p++) *p = (char)tolower((unsigned char)*p);
    used = 0;
    if ((sscanf(s, "%4d-%c%1d%n", &y, &k, &q, &used) == 3 || sscanf(s, "%4d %c%1d%n", &y, &k, &q, &used) == 3 ||
         sscanf(s, "%4d%c%1d%n", &y, &k, &q, &used) == 3) &&
        used == (int)strlen(s) && (k == 'k' || k == 'q')) {
        /* parsed below */
    } else if (used = 0, sscanf(s, "%1de kwartaal %4d%n", &q, &y, &used) == 2 && used == (int)strlen(s)) {
    } else if (used = 0, sscanf(s, "kwartaal %1d %4d%n", &q, &y, &used) == 2 && used == (int)strlen(s)) {
    } else {
        return inc_fail(e, INC_EINVAL, field, "onbekende peildatum '%s' (verwacht bijv. 2020-12-31 of 2020-K4)", text);
    }
    if (q < 1 || q > 4) return inc_fail(e, INC_EINVAL, field, "kwartaal %d bestaat niet", q);
    if (y < 2000 || y > 2100) return inc_fail(e, INC_EINVAL, field, "jaar %d buiten 2000-2100", y);
    *out = quarter_end(y, q);
    return INC_OK;
}

/* "1.031" or "-1.031.250,5": digits in groups of three after the first, with points. */
static bool dutch_thousands(const char *s)
{
    const char *p = s + (*s == '-');
    int lead = 0;
    while (isdigit((unsigned char)p[lead])) lead++;
    if (lead < 1 || lead > 3 || p[lead] != '.') return false;
    p += lead;
    while (*p == '.') {
        for (int i = 1; i <= 3; i++)
            if (!isdigit((unsigned char)p[i])) return false;
        p += 4;
    }
    return *p == 0 || *p == ',';
}

inc_status uwv_banen_parse(const char *text, int64_t *centi, const char *field, inc_error *e)
{
    char s[48], clean[48];
    trim_copy(text ? text : "", s, sizeof s);
    if (!s[0]) return inc_fail(e, INC_EINVAL, field, "aantal extra banen ontbreekt");
    const char *use = s;
    if (dutch_thousands(s)) {
        size_t j = 0;
        for (const char *p = s; *p; p++)
            if (*p != '.') clean[j++] = *p;
        clean[j] = 0;
        use = clean;
    }
    inc_error pe = {0};
    if (decimal_parse(use, 2, centi, field, &pe))
        return inc_fail(e, INC_EINVAL, field, "ongeldig aantal banen '%s' (een getal met hoogstens twee decimalen)", s);
    return INC_OK;
}

inc_status uwv_sector_parse(const char *text, char out[12], const char *field, inc_error *e)
{
    static const struct { const char *in, *code; } names[] = {
        {"markt", "markt"},       {"marktsector", "markt"},         {"overheid", "overheid"},
        {"overheidssector", "overheid"}, {"totaal", "totaal"}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (text && code_text_equal(text, names[i].in)) {
            snprintf(out, 12, "%s", names[i].code);
            return INC_OK;
        }
    return inc_fail(e, INC_EINVAL, field, "onbekende sector '%s' (markt, overheid of totaal)", text ? text : "");
}

const uwv_figure *uwv_figure_on(const uwv_figure *figs, size_t n, const char *sector, inc_date peildatum)
{
    for (size_t i = 0; i < n; i++)
        if (figs[i].peildatum == peildatum && strcmp(figs[i].sector, sector) == 0) return &figs[i];
    return NULL;
}
