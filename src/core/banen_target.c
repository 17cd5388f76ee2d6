#include "core/banen_target.h"
#include <stdio.h>
#include <string.h>

static bool one_of(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0) return true;
    return false;
}

bool banen_target_regional(const banen_target *t) { return strcmp(t->scope, "regio") == 0; }

inc_status banen_target_complete(banen_target *t, inc_error *e)
{
    static const char *const kinds[] = {"banenafspraak", "beschut-werk", NULL};
    static const char *const scopes[] = {"gemeente", "regio", NULL};
    static const char *const sectors[] = {"markt", "overheid", "totaal", NULL};
    static const char *const units[] = {"fte", "banen", "plekken", NULL};
    if (!t->kind[0]) snprintf(t->kind, sizeof t->kind, "banenafspraak");
    if (!one_of(t->kind, kinds))
        return inc_fail(e, INC_EINVAL, "kind", "onbekend soort doel '%s' (banenafspraak, beschut-werk)", t->kind);
    if (!one_of(t->scope, scopes))
        return inc_fail(e, INC_EINVAL, "scope", "geef een gemeente of een arbeidsmarktregio op");
    bool beschut = strcmp(t->kind, "beschut-werk") == 0, region = banen_target_regional(t);
    if (beschut && region)
        return inc_fail(e, INC_EINVAL, "scope", "de taakstelling beschut werk geldt per gemeente");
    if (!t->sector[0]) snprintf(t->sector, sizeof t->sector, "%s", beschut ? "totaal" : region ? "" : "overheid");
    if (!t->sector[0]) return inc_fail(e, INC_EINVAL, "sector", "een regionaal doel heeft een sector (markt of overheid)");
    if (!one_of(t->sector, sectors))
        return inc_fail(e, INC_EINVAL, "sector", "onbekende sector '%s' (markt, overheid, totaal)", t->sector);
    if (!t->unit[0]) snprintf(t->unit, sizeof t->unit, "%s", beschut ? "plekken" : region ? "banen" : "fte");
    if (!one_of(t->unit, units))
        return inc_fail(e, INC_EINVAL, "unit", "onbekende eenheid '%s' (fte, banen, plekken)", t->unit);
    if (t->year < 2000 || t->year > 2100) return inc_fail(e, INC_EINVAL, "year", "jaar moet tussen 2000 en 2100 liggen");
    if (t->value_centi < 0) return inc_fail(e, INC_EINVAL, "value", "een doel kan niet negatief zijn");
    if (t->peildatum == INC_DATE_NONE) t->peildatum = date_from_ymd(t->year, 12, 31);
    if (region && t->baseline == INC_DATE_NONE) t->baseline = date_from_ymd(2013, 1, 1);
    return INC_OK;
}
