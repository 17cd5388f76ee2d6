/* Aftercare rules (core/aftercare.h). */
#include "core/aftercare.h"
#include "core/code_text.h"
#include <string.h>

inc_status aftercare_schedule_check(const aftercare_schedule *s, inc_error *e)
{
    if (s->interval_days < 7 || s->interval_days > 366)
        return inc_fail(e, INC_EINVAL, "interval_days", "een contact elke 7 tot 366 dagen, niet elke %d", s->interval_days);
    if (s->period_months < 1 || s->period_months > 60)
        return inc_fail(e, INC_EINVAL, "period_months", "nazorg duurt 1 tot 60 maanden, niet %d", s->period_months);
    return INC_OK;
}

aftercare_status aftercare_at(const aftercare_schedule *s, inc_date start, inc_date end, inc_date last_contact,
                              inc_date today)
{
    aftercare_status r = {0};
    r.care_ends = date_add_months(start, s->period_months);
    if (end != INC_DATE_NONE && end < r.care_ends) r.care_ends = end;
    if (end != INC_DATE_NONE && end <= today) return r;   /* ended: no more contacts, even a missed one */
    inc_date from = last_contact != INC_DATE_NONE && last_contact >= start ? last_contact : start;
    inc_date due = from + s->interval_days;
    if (due > r.care_ends) return r;
    r.due = true;
    r.due_on = due;
    r.overdue = today > due;
    r.days_overdue = r.overdue ? (int)(today - due) : 0;
    return r;
}

static const char *const outcomes[PO__COUNT] = {"werkt", "verlengd", "vast", "beeindigd"};

inc_status placement_outcome_parse(const char *s, placement_outcome *out, const char *field, inc_error *e)
{
    for (int i = 0; i < PO__COUNT; i++)
        if (s && (code_text_equal(s, outcomes[i]) || (i == PO_BEEINDIGD && code_text_equal(s, "beëindigd")))) {
            *out = (placement_outcome)i;
            return INC_OK;
        }
    return inc_fail(e, INC_EINVAL, field, "onbekende uitkomst '%s' (werkt, verlengd, vast of beeindigd)", s ? s : "");
}

const char *placement_outcome_code(placement_outcome o) { return (unsigned)o < PO__COUNT ? outcomes[o] : ""; }

bool aftercare_kind_valid(const char *kind)
{
    static const char *const kinds[] = {"jobcoach", "werkgever", "kandidaat", "gemeente"};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (kind && strcmp(kind, kinds[i]) == 0) return true;
    return false;
}
