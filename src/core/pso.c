#include "core/pso.h"
#include "core/code_text.h"
#include "core/decimal.h"
#include <stdio.h>
#include <string.h>

static const char *const codes[PSO__COUNT] = {"aspirant", "basistrede", "trede-1", "trede-2", "trede-3"};
static const char *const labels[PSO__COUNT] = {"aspirant", "basistrede", "trede 1", "trede 2", "trede 3"};

const char *pso_level_code(pso_level l) { return (unsigned)l < PSO__COUNT ? codes[l] : "?"; }
const char *pso_level_label(pso_level l) { return (unsigned)l < PSO__COUNT ? labels[l] : "?"; }

bool pso_level_parse(const char *s, pso_level *out)
{
    for (int i = 0; s && i < PSO__COUNT; i++)
        if (code_text_equal(s, codes[i]) || code_text_equal(s, labels[i])) { *out = (pso_level)i; return true; }
    return false;
}

bool pso_table_accepts(const pso_table *t)
{
    for (int i = 0; t && i < PSO__COUNT; i++)
        if (t->set[i]) return true;
    return false;
}

inc_status pso_apply(const pso_table *t, const pso_certificate *certs, int n, int64_t obligation_cents, inc_date start,
                     inc_date end, pso_effect *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    out->lapsed_on = INC_DATE_NONE;
    if (end < start) return inc_fail(e, INC_EINVAL, "end_date", "de einddatum ligt vóór de begindatum");
    out->remaining_cents = obligation_cents;
    out->contract_days = end - start + 1;
    if (!pso_table_accepts(t)) {   /* before the range check: a policy without PSO takes any obligation */
        snprintf(out->reason, sizeof out->reason, "het beleid kent geen PSO");
        return INC_OK;
    }
    if (obligation_cents < 0 || obligation_cents > 100000000000LL)   /* EUR 1 billion: keeps the pro rata exact in 64 bits */
        return inc_fail(e, INC_EINVAL, "obligation", "de verplichting ligt buiten het bereik");
    const pso_certificate *best = NULL;
    bool any_short = false;
    for (int i = 0; i < n; i++) {
        const pso_certificate *c = &certs[i];
        if (c->withdrawn_on != INC_DATE_NONE && c->withdrawn_on <= start) continue;
        if (c->valid_from > start || c->valid_until < end) {
            if (c->valid_from <= end && c->valid_until >= start) any_short = true;
            continue;
        }
        if (!t->set[c->level]) continue;
        if (!best || t->covers_bp[c->level] > t->covers_bp[best->level]) best = c;
    }
    if (!best) {
        snprintf(out->reason, sizeof out->reason, "%s",
                 any_short ? "het PSO-certificaat is niet geldig gedurende de hele contractperiode"
                           : "geen PSO-certificaat op een trede die het beleid erkent");
        return INC_OK;
    }
    out->applies = true;
    out->level = best->level;
    out->covers_bp = t->covers_bp[best->level];
    int64_t full = div_round_half_up(obligation_cents * out->covers_bp, 10000);
    char pct[16];
    decimal_format(out->covers_bp, 2, true, pct, sizeof pct);
    if (best->withdrawn_on != INC_DATE_NONE && best->withdrawn_on <= end) {
        out->lapsed = true;
        out->lapsed_on = best->withdrawn_on;
        out->covered_days = best->withdrawn_on - start;
        out->covered_cents = div_round_half_up(obligation_cents * out->covers_bp * out->covered_days,
                                               (int64_t)10000 * out->contract_days);
        char d[11];
        date_format_nl(best->withdrawn_on, d);
        snprintf(out->reason, sizeof out->reason,
                 "PSO %s dekt %s %% van de verplichting, maar het certificaat is vervallen op %s: de verplichting "
                 "geldt weer vanaf die dag (%d van %d dagen gedekt)",
                 pso_level_label(best->level), pct, d, out->covered_days, out->contract_days);
    } else {
        out->covered_days = out->contract_days;
        out->covered_cents = full;
        snprintf(out->reason, sizeof out->reason, "PSO %s %s de verplichting (%s %%)", pso_level_label(best->level),
                 out->covers_bp >= 10000 ? "vervult" : "verlaagt", pct);
    }
    out->remaining_cents = obligation_cents - out->covered_cents;
    return INC_OK;
}
