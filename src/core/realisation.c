#include "core/realisation.h"
#include <stdio.h>
#include <string.h>

static void iso_or_empty(inc_date d, char out[11])
{
    if (d == INC_DATE_NONE) out[0] = 0;
    else date_format_iso(d, out);
}

inc_status realisation_value_checked(const contract_facts *c, const inc_block *b, int64_t block_id,
                                     const inc_realisation_input *in, int already, realisation_row *out, inc_value *v,
                                     inc_error *e)
{
    inc_value_input vi = {b, in->hours_centi, in->start, in->end, c->start, c->end, in->amount_cents, already,
                          in->subsidy_end};
    if (valuation_compute(&vi, v, e) != INC_OK) return e ? e->status : INC_EINVAL;
    if (v->value_cents == 0 && v->counted_days == 0 && b->kind == BLOCK_PER_YEAR)
        return inc_fail(e, INC_EINVAL, "start", "deze realisatie telt niet mee: %s",
                        v->note[0] ? v->note : "geen dagen binnen de telbare periode");
    if (v->counted_from == INC_DATE_NONE)
        return inc_fail(e, INC_EINVAL, "start", "deze realisatie telt niet mee: %s", v->note);
    out->contract_id = c->id;
    out->block_id = block_id;
    out->person_id = 0;
    snprintf(out->candidate_ref, sizeof out->candidate_ref, "%s", in->candidate_ref);
    out->hours_centi = in->hours_centi;
    out->amount_cents = in->amount_cents;
    out->value_cents = v->value_cents;
    out->counted_days = v->counted_days;
    out->capped = v->capped;
    date_format_iso(in->start, out->start);
    date_format_iso(in->end, out->end);
    iso_or_empty(in->subsidy_end, out->subsidy_end);
    date_format_iso(v->counted_from, out->counted_from);
    date_format_iso(v->counted_to, out->counted_to);
    return INC_OK;
}

void realisation_prevalue(const contract_facts *c, const inc_block *b, int64_t block_id,
                          const inc_realisation_input *in, realisation_pre *pre)
{
    memset(&pre->error, 0, sizeof pre->error);
    pre->first_seen = INC_EINVAL;
    pre->before_person = INC_OK;
    if (!c->applies)
        pre->before_person = inc_fail(&pre->error, INC_EINVAL, "contract_id",
                                      "op opdracht %s rust geen social-returnverplichting", c->reference);
    else if (b->kind == BLOCK_PER_YEAR && !in->bsn[0])
        pre->before_person = inc_fail(&pre->error, INC_EINVAL, "bsn",
                                      "BSN van de kandidaat ontbreekt (nodig voor bouwblok %s)", b->code);
    else if (b->kind == BLOCK_PER_YEAR && in->hours_centi <= 0)
        pre->before_person = inc_fail(&pre->error, INC_EINVAL, "hours_per_week", "uren per week ontbreken");
    if (pre->before_person != INC_OK) return;
    inc_value v;
    pre->first_seen = realisation_value_checked(c, b, block_id, in, 0, &pre->row, &v, &pre->error);
}

contract_totals realisation_contribution(const char *status, int64_t value_cents)
{
    contract_totals c = {0, 0};
    if (!status || strcmp(status, "afgewezen") == 0) return c;
    c.reported = value_cents;
    if (strcmp(status, "geverifieerd") == 0) c.verified = value_cents;
    return c;
}

inc_status realisation_decision_check(int64_t id, const char *status, inc_error *e)
{
    if (strcmp(status, "gemeld") != 0)
        return inc_fail(e, INC_ECONFLICT, "status", "realisatie %lld is al beoordeeld (%s)", (long long)id, status);
    return INC_OK;
}

inc_status realisation_reject_reason_check(const char *reason, inc_error *e)
{
    if (!reason || !*reason) return inc_fail(e, INC_EINVAL, "reason", "geef een reden voor de afwijzing");
    if (strlen(reason) > 500) return inc_fail(e, INC_EINVAL, "reason", "reden is te lang (maximaal 500 tekens)");
    return INC_OK;
}

inc_status realisation_status_filter_check(const char *status, inc_error *e)
{
    if (status && strcmp(status, "gemeld") && strcmp(status, "geverifieerd") && strcmp(status, "afgewezen"))
        return inc_fail(e, INC_EINVAL, "status", "status moet gemeld, geverifieerd of afgewezen zijn");
    return INC_OK;
}
