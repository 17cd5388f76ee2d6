#include "core/obligation.h"
#include "core/decimal.h"
#include <stdio.h>
#include <string.h>

const inc_policy *policy_in_force(const inc_policy *policies, int count, inc_date day)
{
    const inc_policy *best = NULL;
    for (int i = 0; i < count; i++)
        if (policies[i].effective_from <= day && (!best || policies[i].effective_from > best->effective_from))
            best = &policies[i];
    return best;
}

static void pct_text(int32_t bp, char *buf, int n)
{
    decimal_format(bp, 2, true, buf, n);
    /* "5,00" -> "5"; "2,50" -> "2,5" */
    char *comma = strchr(buf, ',');
    if (comma) {
        char *end = buf + strlen(buf) - 1;
        while (end > comma && *end == '0') *end-- = '\0';
        if (end == comma) *end = '\0';
    }
}

static inc_status validate(const inc_obligation_input *in, inc_error *e)
{
    if ((unsigned)in->category >= CAT__COUNT)
        return inc_fail(e, INC_EINVAL, "category", "onbekende categorie");
    if ((unsigned)in->procedure >= PROC__COUNT)
        return inc_fail(e, INC_EINVAL, "procedure", "onbekende procedure");
    if (in->value_cents < 0)
        return inc_fail(e, INC_EINVAL, "value", "opdrachtwaarde mag niet negatief zijn");
    if (in->labour_share_bp < 0 || in->labour_share_bp > 10000)
        return inc_fail(e, INC_EINVAL, "labour_share_pct", "loonsom-percentage moet tussen 0 en 100 liggen");
    if (in->extra_bp < 0 || in->extra_bp > 10000)
        return inc_fail(e, INC_EINVAL, "extra_pct", "extra percentage moet tussen 0 en 100 liggen");
    if (in->exempted && (in->exemption_pct_bp < 0 || in->exemption_pct_bp > 10000))
        return inc_fail(e, INC_EINVAL, "exemption_pct", "percentage van de ontheffing moet tussen 0 en 100 liggen");
    return INC_OK;
}

inc_status obligation_compute(const inc_policy *policies, int count, const inc_obligation_input *in,
                              inc_obligation *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (validate(in, e) != INC_OK) return e ? e->status : INC_EINVAL;
    const inc_policy *p = policy_in_force(policies, count, in->award_date);
    if (!p) {
        char d[11];
        date_format_nl(in->award_date, d);
        return inc_fail(e, INC_ENOTFOUND, "award_date", "geen social-returnbeleid van kracht op de gunningsdatum %s", d);
    }
    snprintf(out->policy_name, sizeof out->policy_name, "%s", p->name);

    /* Rule 1: only the categories and procedures the policy names. */
    if (!p->applies_category[in->category]) {
        snprintf(out->reason, sizeof out->reason, "Geen social return: %s vallen niet onder het beleid (%s).",
                 category_code(in->category), p->name);
        return INC_OK;
    }
    if (!p->applies_procedure[in->procedure]) {
        snprintf(out->reason, sizeof out->reason, "Geen social return bij een %se procedure (%s).",
                 procedure_label(in->procedure), p->name);
        return INC_OK;
    }
    int64_t threshold = p->min_value_cents[in->category];
    if (threshold > 0 && in->value_cents <= threshold) {
        char t[32];
        decimal_format(threshold, 2, true, t, sizeof t);
        snprintf(out->reason, sizeof out->reason,
                 "Geen social return: opdrachtwaarde niet boven de drempel van EUR %s voor %s (%s).", t,
                 category_code(in->category), p->name);
        return INC_OK;
    }
    out->applies = true;

    /* Rule 2: 5 % of the value, or 2 % when the loonsom is below 30 % of the value. */
    bool low_labour = p->low_labour_below_bp > 0 && in->labour_share_bp < p->low_labour_below_bp;
    out->base_pct_bp = low_labour ? p->low_labour_pct_bp : p->pct_bp;
    /* Rule 4: extra offered as award criterion comes on top of the minimum. */
    out->extra_pct_bp = in->extra_bp;
    out->percentage_bp = out->base_pct_bp + out->extra_pct_bp;

    char base[16], extra[16], share[16], below[16];
    pct_text(out->base_pct_bp, base, sizeof base);
    int n;
    if (low_labour) {
        pct_text(in->labour_share_bp, share, sizeof share);
        pct_text(p->low_labour_below_bp, below, sizeof below);
        n = snprintf(out->reason, sizeof out->reason, "%s%% van de opdrachtwaarde, want de loonsom (%s%%) is lager dan %s%%",
                     base, share, below);
    } else {
        n = snprintf(out->reason, sizeof out->reason, "%s%% van de opdrachtwaarde", base);
    }
    if (out->extra_pct_bp > 0 && n < (int)sizeof out->reason) {
        pct_text(out->extra_pct_bp, extra, sizeof extra);
        n += snprintf(out->reason + n, sizeof out->reason - (size_t)n, ", plus %s%% extra aangeboden bij gunning", extra);
    }

    /* Rule 5: an ontheffing replaces the percentage by the adjusted one. */
    if (in->exempted) {
        char adj[16];
        pct_text(in->exemption_pct_bp, adj, sizeof adj);
        out->exempted = true;
        out->percentage_bp = in->exemption_pct_bp;
        if (n < (int)sizeof out->reason)
            n += snprintf(out->reason + n, sizeof out->reason - (size_t)n, "; ontheffing verleend: %s%%", adj);
    }
    out->amount_cents = div_round_half_up(in->value_cents * (int64_t)out->percentage_bp, 10000);

    /* Rule 3: in meervoudig onderhands the SEBO-keurmerk meets the (base) obligation. */
    if (p->sebo_meets_meervoudig && in->sebo_holder && in->procedure == PROC_MEERVOUDIG && !in->exempted) {
        out->met_by_sebo = true;
        out->sebo_covered_cents = div_round_half_up(in->value_cents * (int64_t)out->base_pct_bp, 10000);
        if (n < (int)sizeof out->reason)
            snprintf(out->reason + n, sizeof out->reason - (size_t)n, "; voldaan via SEBO-keurmerk%s",
                     out->extra_pct_bp > 0 ? " (het extra aangeboden deel blijft te realiseren)" : "");
    } else if (n < (int)sizeof out->reason) {
        snprintf(out->reason + n, sizeof out->reason - (size_t)n, ".");
    }
    return INC_OK;
}

void policy_seed_zoetermeer_2016(inc_policy *p)
{
    memset(p, 0, sizeof *p);
    snprintf(p->name, sizeof p->name, "Zoetermeer 2016");
    p->effective_from = date_from_ymd(2016, 1, 1);
    p->applies_category[CAT_WERKEN] = p->applies_category[CAT_DIENSTEN] = true;
    p->applies_procedure[PROC_MEERVOUDIG] = p->applies_procedure[PROC_NATIONAAL] =
        p->applies_procedure[PROC_EUROPEES] = true;
    p->min_value_cents[CAT_WERKEN] = 15000000;   /* werken from EUR 150,000 (000, table 4.1) */
    p->min_value_cents[CAT_DIENSTEN] = 5000000;  /* diensten from EUR 50,000 */
    p->pct_bp = 500;
    p->low_labour_pct_bp = 500;                   /* 2016: 5 % flat */
    p->low_labour_below_bp = 0;
    p->sebo_meets_meervoudig = true;
}

void policy_seed_zoetermeer_2020(inc_policy *p)
{
    memset(p, 0, sizeof *p);
    snprintf(p->name, sizeof p->name, "Zoetermeer 2020");
    p->effective_from = date_from_ymd(2020, 1, 6);
    p->applies_category[CAT_WERKEN] = p->applies_category[CAT_DIENSTEN] = true;
    p->applies_procedure[PROC_MEERVOUDIG] = p->applies_procedure[PROC_NATIONAAL] =
        p->applies_procedure[PROC_EUROPEES] = true;
    p->pct_bp = 500;              /* 5 % of the contract value ... */
    p->low_labour_pct_bp = 200;   /* ... or 2 % when the loonsom is below 30 % */
    p->low_labour_below_bp = 3000;
    p->sebo_meets_meervoudig = true;
}
