#include "core/valuation.h"
#include "core/decimal.h"
#include <stdio.h>
#include <string.h>

#define FULL_WEEK_CENTI 3600  /* 36 hours: hours above count as 36 */
#define DAYS_PER_YEAR 365

static const char *const kind_codes[] = {"per_jaar", "eenmalig", "werkelijke_kosten", "per_uur"};

const char *block_kind_code(inc_block_kind k) { return (unsigned)k < 4 ? kind_codes[k] : "?"; }

bool block_kind_parse(const char *s, inc_block_kind *out)
{
    for (int i = 0; s && i < 4; i++)
        if (strcmp(s, kind_codes[i]) == 0) { *out = (inc_block_kind)i; return true; }
    return false;
}

int cap_days_for_months(int months) { return months * DAYS_PER_YEAR / 12; }

static inc_status validate(const inc_value_input *in, inc_error *e)
{
    if (!in->block) return inc_fail(e, INC_EINVAL, "block", "onbekend bouwblok");
    if (in->end < in->start) return inc_fail(e, INC_EINVAL, "end", "einddatum ligt voor de begindatum");
    if (in->contract_end < in->contract_start)
        return inc_fail(e, INC_EINVAL, "contract_end", "einddatum van de opdracht ligt voor de begindatum");
    if (in->block->kind == BLOCK_PER_YEAR && (in->hours_centi <= 0 || in->hours_centi > 6000))
        return inc_fail(e, INC_EINVAL, "hours_per_week", "uren per week moeten groter dan 0 en hoogstens 60 zijn");
    if (in->block->kind == BLOCK_PER_HOUR && in->hours_centi <= 0)
        return inc_fail(e, INC_EINVAL, "hours", "aantal uren moet groter dan 0 zijn");
    if (in->block->kind == BLOCK_ACTUAL_COST && in->amount_cents <= 0)
        return inc_fail(e, INC_EINVAL, "amount", "bedrag (werkelijke kosten) moet groter dan 0 zijn");
    if (in->already_counted_days < 0) return inc_fail(e, INC_EINVAL, "already_counted_days", "ongeldig");
    return INC_OK;
}

/* The first day that may count: the contract start, or the candidate's own start when that lies
 * within 12 months before the contract began (the catalogue's 12-months-before rule). */
static inc_status window_start(const inc_value_input *in, inc_date *from, inc_value *out)
{
    if (in->start >= in->contract_start) { *from = in->start; return INC_OK; }
    inc_date earliest = date_add_months(in->contract_start, -12);
    if (in->start >= earliest) { *from = in->start; return INC_OK; }
    snprintf(out->note, sizeof out->note,
             "kandidaat startte meer dan 12 maanden voor aanvang van de opdracht en telt niet mee");
    return INC_ENOTFOUND;
}

inc_status valuation_compute(const inc_value_input *in, inc_value *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    out->counted_from = out->counted_to = INC_DATE_NONE;
    if (validate(in, e) != INC_OK) return e ? e->status : INC_EINVAL;
    const inc_block *b = in->block;

    inc_date from;
    if (window_start(in, &from, out) != INC_OK) return INC_OK;
    inc_date to = in->end < in->contract_end ? in->end : in->contract_end;
    if (to < from) {
        snprintf(out->note, sizeof out->note, "periode valt buiten de looptijd van de opdracht");
        return INC_OK;
    }

    if (b->kind != BLOCK_PER_YEAR) {
        /* One-offs, actual costs and hours are added as entered when dated inside the window. */
        out->counted_from = from;
        out->counted_to = to;
        if (b->kind == BLOCK_ONE_OFF) out->value_cents = b->value_cents;
        else if (b->kind == BLOCK_ACTUAL_COST) out->value_cents = in->amount_cents;
        else out->value_cents = div_round_half_up(b->value_cents * (int64_t)in->hours_centi, 100);
        return INC_OK;
    }

    /* Cap: at most N months per person; banenafspraak (cap 0) always; loonkostensubsidie extends
     * the count to the subsidy's end. */
    inc_date last_allowed = to;
    if (b->cap_months > 0) {
        int remaining = cap_days_for_months(b->cap_months) - in->already_counted_days;
        inc_date cap_end = remaining > 0 ? from + remaining - 1 : from - 1;
        if (in->subsidy_end != INC_DATE_NONE && in->subsidy_end > cap_end) cap_end = in->subsidy_end;
        if (cap_end < to) {
            last_allowed = cap_end;
            out->capped = true;
            snprintf(out->note, sizeof out->note, "telt hoogstens %d maanden (%d dagen)%s", b->cap_months,
                     cap_days_for_months(b->cap_months),
                     in->already_counted_days > 0 ? ", waarvan een deel al eerder is geteld" : "");
        }
    }
    if (last_allowed < from) {
        out->capped = true;
        return INC_OK;
    }
    out->counted_from = from;
    out->counted_to = last_allowed;
    out->counted_days = last_allowed - from + 1;

    /* value = annual x min(h, 36)/36 x days/365, exact until one rounding half up to the cent. */
    int64_t hours = in->hours_centi > FULL_WEEK_CENTI ? FULL_WEEK_CENTI : in->hours_centi;
    __int128 num = (__int128)b->value_cents * hours * out->counted_days;
    __int128 den = (__int128)FULL_WEEK_CENTI * DAYS_PER_YEAR;
    out->value_cents = (int64_t)((num + den / 2) / den);
    return INC_OK;
}

int catalogue_seed_2023(inc_block *blocks, int max)
{
    static const inc_block seed[] = {
        /* Creating jobs: value per year at 36 hours a week; caps per the catalogue's counting rules. */
        {"zu-werkzoekend", "banen", "zonder uitkering", "Werkzoekend zonder uitkering", BLOCK_PER_YEAR, 500000, 12, true},
        {"zu-jongere-zsk", "banen", "zonder uitkering", "Jongere zonder startkwalificatie", BLOCK_PER_YEAR, 1000000, 12, true},
        {"ls-stage-mbo-hbo", "banen", "leerling/student", "Stagiair mbo, hbo", BLOCK_PER_YEAR, 500000, 12, true},
        {"ls-stage-vso-pro", "banen", "leerling/student", "Stagiair vso / PrO", BLOCK_PER_YEAR, 750000, 24, true},
        {"ls-bbl-2", "banen", "leerling/student", "Leerwerkbaan BBL tot en met niveau 2 (dienstverband max. 24 maanden)", BLOCK_PER_YEAR, 2500000, 24, true},
        {"ls-bbl-3", "banen", "leerling/student", "Leerwerkbaan BBL niveau 3 en hoger (dienstverband max. 36 maanden)", BLOCK_PER_YEAR, 1500000, 36, true},
        {"mu-ww", "banen", "met uitkering", "WW", BLOCK_PER_YEAR, 2000000, 12, true},
        {"mu-wia", "banen", "met uitkering", "WIA", BLOCK_PER_YEAR, 3000000, 24, true},
        {"mu-participatiewet", "banen", "met uitkering", "Participatiewet", BLOCK_PER_YEAR, 4000000, 24, true},
        {"mu-banenafspraak", "banen", "met uitkering", "Banenafspraak (Wajong, Wsw, doelgroepregister)", BLOCK_PER_YEAR, 5000000, 0, true},
        {"bonus-55plus", "banen", "bonus", "55+ (aanvulling per jaar op het hoofdbouwblok)", BLOCK_PER_YEAR, 1000000, 12, false},
        {"bonus-training", "banen", "bonus", "Training en bijzondere begeleidingskosten (werkelijke kosten)", BLOCK_ACTUAL_COST, 0, 0, false},
        {"bonus-contract-vso-pro", "banen", "bonus", "Arbeidscontract vso/PrO na stage van minstens 6 maanden", BLOCK_ONE_OFF, 2500000, 0, false},
        {"bonus-contract-arbeidsbeperking", "banen", "bonus", "Arbeidscontract arbeidsbeperking, incl. IPS", BLOCK_ONE_OFF, 1000000, 0, false},
        /* Candidate development and social activities: the sources give no figures; editable entries. */
        {"ow-opleiding", "ontwikkeling", "kandidaatontwikkeling", "Opleiding of cursus voor een kandidaat (werkelijke kosten)", BLOCK_ACTUAL_COST, 0, 0, false},
        {"ow-begeleiding", "ontwikkeling", "kandidaatontwikkeling", "Begeleiding of coaching door eigen personeel (uren x tarief)", BLOCK_PER_HOUR, 5000, 0, false},
        {"ma-sociale-onderneming", "activiteit", "maatschappelijke activiteit", "Inkoop bij een sociale onderneming (werkelijk bedrag)", BLOCK_ACTUAL_COST, 0, 0, false},
        {"ma-gastles", "activiteit", "maatschappelijke activiteit", "Gastles of workshop op een school (uren x tarief)", BLOCK_PER_HOUR, 5000, 0, false},
        {"ma-vrijwilligerswerk", "activiteit", "maatschappelijke activiteit", "Vrijwilligerswerk gericht op arbeidsparticipatie (uren x tarief)", BLOCK_PER_HOUR, 5000, 0, false},
    };
    int n = (int)(sizeof seed / sizeof seed[0]);
    if (n > max) n = max;
    memcpy(blocks, seed, (size_t)n * sizeof seed[0]);
    return n;
}
