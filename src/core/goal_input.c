#include "core/goal_input.h"
#include "core/goal_computation.h"
#include <stdio.h>
#include <string.h>

static bool blank(const char *s) { return !s || !*s; }

inc_status goal_programme_check(const char *code, const char *name, int year_from, int year_to, inc_error *e)
{
    if (blank(code)) return inc_fail(e, INC_EINVAL, "code", "code van het programma ontbreekt");
    if (blank(name)) return inc_fail(e, INC_EINVAL, "name", "naam van het programma ontbreekt");
    if (year_from < 2000 || year_from > 2100 || year_to < year_from || year_to > 2100)
        return inc_fail(e, INC_EINVAL, "year", "ongeldige looptijd %d-%d", year_from, year_to);
    return INC_OK;
}

inc_status goal_goal_check(const char *code, const char *name, inc_error *e)
{
    if (blank(code)) return inc_fail(e, INC_EINVAL, "code", "code van het doel ontbreekt");
    if (blank(name)) return inc_fail(e, INC_EINVAL, "name", "naam van het doel ontbreekt");
    return INC_OK;
}

inc_status goal_indicator_check(const goal_indicator_def *d, inc_error *e)
{
    if (blank(d->code)) return inc_fail(e, INC_EINVAL, "code", "code van de indicator ontbreekt");
    if (blank(d->name)) return inc_fail(e, INC_EINVAL, "name", "naam van de indicator ontbreekt");
    if (blank(d->unit)) return inc_fail(e, INC_EINVAL, "unit", "eenheid ontbreekt (bijv. aantal, procent, cijfer, fte)");
    if (d->decimals < 0 || d->decimals > 2) return inc_fail(e, INC_EINVAL, "decimals", "decimalen moeten 0, 1 of 2 zijn");
    bool computed = !blank(d->computation);
    if (computed && !goal_computation_known(d->computation))
        return inc_fail(e, INC_EINVAL, "computation", "onbekende berekening '%s' (zie inclusio goal computations)",
                        d->computation);
    if (!computed && blank(d->source))
        return inc_fail(e, INC_EINVAL, "source", "bron ontbreekt voor een handmatige indicator (bijv. CBS, UWV, enquête)");
    return INC_OK;
}

inc_status goal_year_check(int year, inc_error *e)
{
    if (year < 2000 || year > 2100) return inc_fail(e, INC_EINVAL, "year", "ongeldig jaar %d", year);
    return INC_OK;
}

inc_status goal_value_check(int year, int quarter, bool has_value, const char *assessment, const char *explanation,
                            char code[8], inc_error *e)
{
    code[0] = 0;
    if (goal_year_check(year, e)) return INC_EINVAL;
    if (quarter < 0 || quarter > 4) return inc_fail(e, INC_EINVAL, "quarter", "kwartaal moet 1-4 zijn (of leeg voor het jaar)");
    goal_met met = MET_NA;
    if (!blank(assessment) && !goal_met_parse(assessment, &met))
        return inc_fail(e, INC_EINVAL, "assessment", "oordeel moet ja, nee of nvt zijn");
    if (!blank(assessment) && blank(explanation))
        return inc_fail(e, INC_EINVAL, "explanation", "een oordeel zonder cijfer vraagt een toelichting");
    if (!has_value && blank(explanation))
        return inc_fail(e, INC_EINVAL, "explanation", "geef een toelichting als er geen cijfer is");
    if (!blank(assessment)) snprintf(code, 8, "%s", goal_met_code(met));
    return INC_OK;
}

inc_status goal_value_allowed(const char *indicator, bool computed, bool has_value, inc_error *e)
{
    if (computed && has_value)
        return inc_fail(e, INC_EINVAL, "value", "indicator '%s' wordt berekend; alleen een toelichting kan worden vastgelegd",
                        indicator);
    return INC_OK;
}

inc_status goal_finance_check(int year, const goal_money *m, inc_error *e)
{
    if (goal_year_check(year, e)) return INC_EINVAL;
    if (m->costs_cents < 0 || m->income_cents < 0 || m->budget_cents < 0)
        return inc_fail(e, INC_EINVAL, "amount", "bedragen zijn positief (lasten en baten als bedrag zonder teken)");
    return INC_OK;
}

inc_status goal_story_check(const char *title, const char *body, inc_error *e)
{
    if (blank(title)) return inc_fail(e, INC_EINVAL, "title", "titel van het verhaal ontbreekt");
    if (blank(body)) return inc_fail(e, INC_EINVAL, "body", "tekst van het verhaal ontbreekt");
    if (strlen(body) > GOAL_STORY_BODY_MAX) return inc_fail(e, INC_EINVAL, "body", "een verhaal is kort: hoogstens 1500 tekens");
    if (strlen(title) > GOAL_STORY_TITLE_MAX) return inc_fail(e, INC_EINVAL, "title", "titel is hoogstens 150 tekens");
    char why[200];
    if (!goal_story_anonymous(title, why, sizeof why)) return inc_fail(e, INC_EINVAL, "title", "%s", why);
    if (!goal_story_anonymous(body, why, sizeof why)) return inc_fail(e, INC_EINVAL, "body", "%s", why);
    return INC_OK;
}

inc_status goal_dashboard_check(int n, inc_error *e)
{
    if (n < 1) return inc_fail(e, INC_EINVAL, "indicators", "kies minstens één stuurparameter");
    if (n > DASHBOARD_MAX_PARAMETERS)
        return inc_fail(e, INC_EINVAL, "indicators", "hoogstens %d stuurparameters (de raad vroeg om zes of zeven)",
                        DASHBOARD_MAX_PARAMETERS);
    return INC_OK;
}
