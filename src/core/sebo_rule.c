#include "core/sebo_rule.h"
#include <stdio.h>
#include <string.h>

static const char *const class_codes[SEBO_CLASS__COUNT] = {"lokaal-sebo", "lokaal", "overig"};
static const char *const class_labels[SEBO_CLASS__COUNT] = {"lokale SEBO-keurmerkhouder", "lokale ondernemer",
                                                            "niet-lokale ondernemer"};
static const char *const outcome_codes[SEBO_RULE__COUNT] = {"niet-van-toepassing", "gevolgd",
                                                            "afwijking-met-reden", "gemarkeerd"};

const char *sebo_class_code(sebo_class c) { return (unsigned)c < SEBO_CLASS__COUNT ? class_codes[c] : "?"; }
const char *sebo_class_label(sebo_class c) { return (unsigned)c < SEBO_CLASS__COUNT ? class_labels[c] : "?"; }
const char *sebo_rule_outcome_code(sebo_rule_outcome o)
{
    return (unsigned)o < SEBO_RULE__COUNT ? outcome_codes[o] : "?";
}

bool sebo_class_parse(const char *s, sebo_class *out)
{
    for (int i = 0; s && i < SEBO_CLASS__COUNT; i++)
        if (strcmp(s, class_codes[i]) == 0) { *out = (sebo_class)i; return true; }
    return false;
}

sebo_class sebo_classify(bool local, bool holder)
{
    if (!local) return SEBO_CLASS_OTHER;
    return holder ? SEBO_CLASS_LOCAL_HOLDER : SEBO_CLASS_LOCAL;
}

void sebo_thresholds_default(sebo_thresholds *t)
{
    t->max_cents[CAT_WERKEN] = 150000000;      /* EUR 1,500,000 */
    t->max_cents[CAT_DIENSTEN] = 20700000;     /* EUR 207,000 */
    t->max_cents[CAT_LEVERINGEN] = 20700000;   /* EUR 207,000 */
    t->aim_max_cents = 15000000;               /* EUR 150,000 */
}

inc_status sebo_rule_check(const sebo_thresholds *t, const sebo_rule_input *in, sebo_rule_result *out,
                           inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (in->procedure != PROC_ENKELVOUDIG && in->procedure != PROC_MEERVOUDIG)
        return inc_fail(e, INC_EINVAL, "procedure",
                        "de SEBO-voorkeur geldt alleen voor enkelvoudig en meervoudig onderhandse procedures");
    if ((unsigned)in->category >= CAT__COUNT)
        return inc_fail(e, INC_EINVAL, "category", "onbekende categorie");
    if (in->value_cents < 0)
        return inc_fail(e, INC_EINVAL, "estimated_value", "de geraamde waarde mag niet negatief zijn");
    if (in->invited_count < 1 || in->invited_count > SEBO_MAX_INVITED)
        return inc_fail(e, INC_EINVAL, "invited", "geef tussen 1 en %d uitgenodigde ondernemers op",
                        SEBO_MAX_INVITED);
    if (in->procedure == PROC_ENKELVOUDIG && in->invited_count != 1)
        return inc_fail(e, INC_EINVAL, "invited",
                        "bij enkelvoudig onderhands wordt precies één ondernemer gevraagd (nu %d)", in->invited_count);
    if (in->procedure == PROC_MEERVOUDIG && in->invited_count < 2)
        return inc_fail(e, INC_EINVAL, "invited",
                        "bij meervoudig onderhands worden ten minste twee ondernemers uitgenodigd (nu %d)",
                        in->invited_count);

    out->best_invited = SEBO_CLASS_OTHER;
    for (int i = 0; i < in->invited_count; i++) {
        if (in->invited[i] < out->best_invited) out->best_invited = in->invited[i];
        if (in->invited_holder[i] || in->invited[i] == SEBO_CLASS_LOCAL_HOLDER) out->sebo_invited = true;
    }
    out->aim_applies = in->value_cents <= t->aim_max_cents;
    out->aim_met = out->aim_applies && out->sebo_invited;

    /* The registry cannot prove there is no local company, so "else any" always needs a reason. */
    out->expected = in->local_holders_available > 0 ? SEBO_CLASS_LOCAL_HOLDER : SEBO_CLASS_LOCAL;
    const char *proc = in->procedure == PROC_ENKELVOUDIG ? "Enkelvoudig onderhands" : "Meervoudig onderhands";
    const char *cat = category_code(in->category);
    bool single = in->procedure == PROC_ENKELVOUDIG;

    if (in->value_cents >= t->max_cents[in->category]) {
        out->outcome = SEBO_RULE_NOT_APPLICABLE;
        char v[32];
        snprintf(v, sizeof v, "%lld", (long long)(t->max_cents[in->category] / 100));
        snprintf(out->explanation, sizeof out->explanation,
                 "%s: de SEBO-voorkeur geldt voor %s onder EUR %s; deze opdracht valt daarboven.", proc, cat, v);
        return INC_OK;
    }

    char available[120];
    if (in->local_holders_available > 0)
        snprintf(available, sizeof available, "het register telt %d lokale SEBO-keurmerkhouder%s voor %s",
                 in->local_holders_available, in->local_holders_available == 1 ? "" : "s", cat);
    else
        snprintf(available, sizeof available, "het register telt geen lokale SEBO-keurmerkhouder voor %s", cat);

    if (out->best_invited <= out->expected) {
        out->outcome = SEBO_RULE_FOLLOWED;
        snprintf(out->explanation, sizeof out->explanation, "%s: %s %s, zoals de voorkeursvolgorde vraagt (%s).",
                 proc, single ? "gevraagd is een" : "uitgenodigd is ten minste één",
                 sebo_class_label(out->best_invited), available);
        return INC_OK;
    }
    out->outcome = in->has_reason ? SEBO_RULE_DEVIATION : SEBO_RULE_FLAGGED;
    snprintf(out->explanation, sizeof out->explanation, "%s: %s, maar %s %s; %s.", proc, available,
             single ? "gevraagd is een" : "de beste uitgenodigde is een", sebo_class_label(out->best_invited),
             in->has_reason ? "de afwijking van de voorkeursvolgorde is gemotiveerd"
                            : "de voorkeursvolgorde is niet gevolgd en er is geen reden vastgelegd");
    return INC_OK;
}
