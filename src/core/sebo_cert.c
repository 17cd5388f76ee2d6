#include "core/sebo_cert.h"
#include <string.h>

static const char *const status_codes[SEBO_ST__COUNT] = {"aangevraagd", "in-audit", "gecertificeerd",
                                                         "verlopen", "ingetrokken", "afgewezen"};
static const char *const status_labels[SEBO_ST__COUNT] = {"aangevraagd", "in audit", "gecertificeerd",
                                                          "verlopen", "ingetrokken", "afgewezen"};

const char *sebo_status_code(sebo_status s) { return (unsigned)s < SEBO_ST__COUNT ? status_codes[s] : "?"; }
const char *sebo_status_label(sebo_status s) { return (unsigned)s < SEBO_ST__COUNT ? status_labels[s] : "?"; }

bool sebo_status_parse(const char *s, sebo_status *out)
{
    for (int i = 0; s && i < SEBO_ST__COUNT; i++)
        if (strcmp(s, status_codes[i]) == 0 || strcmp(s, status_labels[i]) == 0) {
            *out = (sebo_status)i;
            return true;
        }
    return false;
}

static bool allowed(sebo_status from, sebo_status to)
{
    switch (from) {
    case SEBO_ST_APPLIED: return to == SEBO_ST_IN_AUDIT || to == SEBO_ST_WITHDRAWN;
    case SEBO_ST_IN_AUDIT: return to == SEBO_ST_CERTIFIED || to == SEBO_ST_REJECTED || to == SEBO_ST_WITHDRAWN;
    case SEBO_ST_CERTIFIED: return to == SEBO_ST_EXPIRED || to == SEBO_ST_WITHDRAWN;
    default: return false;  /* verlopen, ingetrokken, afgewezen are final; recertify with a new application */
    }
}

inc_status sebo_transition_check(sebo_status from, sebo_status to, inc_date day, inc_date valid_until,
                                 inc_error *e)
{
    if (!allowed(from, to)) {
        if (from == SEBO_ST_EXPIRED || from == SEBO_ST_WITHDRAWN || from == SEBO_ST_REJECTED)
            return inc_fail(e, INC_ECONFLICT, "status",
                            "een certificaat met status '%s' kan niet meer wijzigen; vraag hercertificering aan",
                            sebo_status_label(from));
        return inc_fail(e, INC_ECONFLICT, "status", "van status '%s' kan een certificaat niet naar '%s'",
                        sebo_status_label(from), sebo_status_label(to));
    }
    if (to == SEBO_ST_EXPIRED && (valid_until == INC_DATE_NONE || day <= valid_until)) {
        char d[11];
        date_format_nl(valid_until, d);
        return inc_fail(e, INC_ECONFLICT, "status", "het certificaat is geldig tot en met %s en is dan nog niet verlopen",
                        valid_until == INC_DATE_NONE ? "?" : d);
    }
    return INC_OK;
}

sebo_status sebo_effective_status(sebo_status stored, inc_date valid_until, inc_date day)
{
    if (stored == SEBO_ST_CERTIFIED && valid_until != INC_DATE_NONE && day > valid_until) return SEBO_ST_EXPIRED;
    return stored;
}

bool sebo_valid_on(sebo_status stored, inc_date certified_from, inc_date valid_until, inc_date withdrawn_on,
                   inc_date day)
{
    if (stored != SEBO_ST_CERTIFIED && stored != SEBO_ST_EXPIRED && stored != SEBO_ST_WITHDRAWN) return false;
    if (certified_from == INC_DATE_NONE || valid_until == INC_DATE_NONE) return false;
    if (day < certified_from || day > valid_until) return false;
    if (withdrawn_on != INC_DATE_NONE && day >= withdrawn_on) return false;
    return true;
}

inc_status sebo_period_check(inc_date certified_from, inc_date valid_until, inc_error *e)
{
    if (certified_from == INC_DATE_NONE)
        return inc_fail(e, INC_EINVAL, "certified_from", "de begindatum van het certificaat ontbreekt");
    if (valid_until == INC_DATE_NONE)
        return inc_fail(e, INC_EINVAL, "valid_until", "de einddatum van het certificaat ontbreekt");
    if (valid_until < certified_from) {
        char a[11], b[11];
        date_format_nl(certified_from, a);
        date_format_nl(valid_until, b);
        return inc_fail(e, INC_EINVAL, "valid_until", "geldig tot (%s) ligt vóór de begindatum (%s)", b, a);
    }
    return INC_OK;
}

inc_date sebo_default_valid_until(inc_date certified_from, int months)
{
    return date_add_months(certified_from, months) - 1;
}

bool sebo_expiring_within(inc_date valid_until, inc_date today, int days)
{
    return valid_until != INC_DATE_NONE && valid_until >= today && valid_until <= today + days;
}

static const char *const crit_codes[SEBO_CRIT__COUNT] = {
    "werkgelegenheid", "begeleiding", "maatschappelijke-doelen", "vrijwilligerswerk", "past-performance",
    "ondernemersklimaat"};
static const char *const crit_labels[SEBO_CRIT__COUNT] = {
    "werkgelegenheid voor kwetsbare groepen behouden en stimuleren",
    "personeel effectief en aantoonbaar begeleiden",
    "sociale en maatschappelijke doelen in Zoetermeer ondersteunen",
    "vrijwilligerswerk verrichten in Zoetermeer",
    "sociale 'past performance' aantonen",
    "ondernemersklimaat actief verbeteren, pro-actieve houding en successen delen"};

const char *sebo_criterion_code(sebo_criterion c) { return (unsigned)c < SEBO_CRIT__COUNT ? crit_codes[c] : "?"; }
const char *sebo_criterion_label(sebo_criterion c) { return (unsigned)c < SEBO_CRIT__COUNT ? crit_labels[c] : "?"; }

bool sebo_criterion_parse(const char *s, sebo_criterion *out)
{
    for (int i = 0; s && i < SEBO_CRIT__COUNT; i++)
        if (strcmp(s, crit_codes[i]) == 0) { *out = (sebo_criterion)i; return true; }
    return false;
}

bool sebo_criterion_may_skip(sebo_criterion c, bool self_employed)
{
    return self_employed && (c == SEBO_CRIT_JOBS || c == SEBO_CRIT_GUIDANCE);
}

inc_status sebo_evidence_complete(const sebo_evidence_state ev[SEBO_CRIT__COUNT], bool self_employed, inc_error *e)
{
    for (int i = 0; i < SEBO_CRIT__COUNT; i++) {
        if (!ev[i].recorded)
            return inc_fail(e, INC_ECONFLICT, "evidence", "bewijs ontbreekt voor criterium '%s'",
                            crit_labels[i]);
        if (ev[i].not_applicable && !sebo_criterion_may_skip((sebo_criterion)i, self_employed))
            return inc_fail(e, INC_ECONFLICT, "evidence", "criterium '%s' mag niet als 'niet van toepassing' gelden%s",
                            crit_labels[i], self_employed ? "" : " (alleen voor zzp'ers zonder personeel)");
    }
    return INC_OK;
}
