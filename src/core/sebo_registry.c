#include "core/sebo_registry.h"
#include "core/ident.h"
#include <string.h>

inc_status sebo_holder_input_check(const sebo_holder_input *in, inc_error *e)
{
    if (!in->kinds[CAT_WERKEN] && !in->kinds[CAT_DIENSTEN] && !in->kinds[CAT_LEVERINGEN])
        return inc_fail(e, INC_EINVAL, "kinds", "geef ten minste één soort werk op (werken, diensten, leveringen)");
    if (kvk_check(in->kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    return INC_OK;
}

inc_status sebo_application_kind(int open, int certified, const char **kind, inc_error *e)
{
    if (open > 0) return inc_fail(e, INC_ECONFLICT, "status", "er loopt al een aanvraag (aangevraagd of in audit)");
    *kind = certified ? "hercertificering" : "nieuw";
    return INC_OK;
}

inc_status sebo_transition_plan(const sebo_cert_state *cur, const sebo_transition_input *in, inc_date today,
                                int validity_months, sebo_cert_change *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_date day = in->day == INC_DATE_NONE ? today : in->day;
    if (sebo_transition_check(cur->status, in->to, day, cur->valid_until, e)) return INC_ECONFLICT;
    out->from = cur->status;
    out->to = in->to;
    out->day = day;
    out->note = in->note[0] ? in->note : NULL;
    out->audit_date = out->certified_from = out->valid_until = INC_DATE_NONE;
    switch (in->to) {
    case SEBO_ST_IN_AUDIT:
        if (!in->audit_body[0])
            return inc_fail(e, INC_EINVAL, "audit_body", "geef het onafhankelijke certificeringsbureau op");
        if (in->cost_set && in->audit_cost_cents < 0)
            return inc_fail(e, INC_EINVAL, "audit_cost", "de kosten van de audit mogen niet negatief zijn");
        out->audit_body = in->audit_body;
        out->audit_date = in->audit_date == INC_DATE_NONE ? day : in->audit_date;
        out->cost_set = in->cost_set;
        out->audit_cost_cents = in->audit_cost_cents;
        return INC_OK;
    case SEBO_ST_CERTIFIED:
        if (sebo_evidence_complete(cur->evidence, cur->self_employed, e)) return INC_ECONFLICT;
        out->certified_from = in->certified_from == INC_DATE_NONE ? day : in->certified_from;
        out->valid_until = in->valid_until == INC_DATE_NONE
                               ? sebo_default_valid_until(out->certified_from, validity_months)
                               : in->valid_until;
        if (sebo_period_check(out->certified_from, out->valid_until, e)) return INC_EINVAL;
        return INC_OK;
    case SEBO_ST_REJECTED:
    case SEBO_ST_EXPIRED:
        return INC_OK;
    case SEBO_ST_WITHDRAWN:
        if (!in->note[0]) return inc_fail(e, INC_EINVAL, "reason", "geef de reden van de intrekking op");
        if (cur->certified_from != INC_DATE_NONE && day < cur->certified_from)
            return inc_fail(e, INC_EINVAL, "day", "intrekken kan niet vóór de begindatum van het certificaat");
        return INC_OK;
    default:
        return inc_fail(e, INC_EINVAL, "status", "gebruik 'aanvragen' om een nieuwe aanvraag te starten");
    }
}

inc_status sebo_evidence_plan(sebo_status status, bool self_employed, sebo_criterion c, const char *text,
                              bool not_applicable, const char **stored, inc_error *e)
{
    if (status != SEBO_ST_APPLIED && status != SEBO_ST_IN_AUDIT)
        return inc_fail(e, INC_ECONFLICT, "status", "bewijs hoort bij een lopende aanvraag (nu: %s)",
                        sebo_status_label(status));
    if (not_applicable && !sebo_criterion_may_skip(c, self_employed))
        return inc_fail(e, INC_EINVAL, "not_applicable",
                        "alleen een zzp'er zonder personeel mag '%s' als niet van toepassing opgeven",
                        sebo_criterion_label(c));
    bool empty = !text || !text[0];
    if (!not_applicable && empty)
        return inc_fail(e, INC_EINVAL, "evidence", "beschrijf het bewijs voor '%s'", sebo_criterion_label(c));
    *stored = not_applicable && empty ? "niet van toepassing (zzp)" : text;
    return INC_OK;
}

void sebo_holder_facts_of(const sebo_cert_dates *certs, size_t n, inc_date today, sebo_holder_facts *out)
{
    bool valid = false, have_certified = false;
    sebo_status latest = SEBO_ST_APPLIED, latest_certified = SEBO_ST_APPLIED;
    inc_date from = INC_DATE_NONE, until = INC_DATE_NONE;
    const char *application = NULL;
    int n_cert = 0;
    for (size_t i = 0; i < n; i++) {
        const sebo_cert_dates *c = &certs[i];
        latest = sebo_effective_status(c->status, c->valid_until, today);
        application = (c->status == SEBO_ST_APPLIED || c->status == SEBO_ST_IN_AUDIT) ? sebo_status_code(c->status)
                                                                                      : NULL;
        if (c->certified_from == INC_DATE_NONE) continue;
        n_cert++;
        if (sebo_valid_on(c->status, c->certified_from, c->valid_until, c->withdrawn_on, today)) {
            valid = true;
            from = c->certified_from;
            until = c->valid_until;
            latest_certified = SEBO_ST_CERTIFIED;
            have_certified = true;
        } else if (!valid) {
            from = c->certified_from;
            until = c->valid_until;
            latest_certified = sebo_effective_status(c->status, c->valid_until, today);
            have_certified = true;
        }
    }
    out->status = n == 0 ? "geen-aanvraag"
                  : valid ? "gecertificeerd"
                  : (have_certified && !application) ? sebo_status_code(latest_certified)
                                                     : sebo_status_code(latest);
    out->valid_today = valid;
    out->certified_from = from;
    out->valid_until = until;
    out->application = application;
    out->certifications = n_cert;
}

bool sebo_holder_listed(const sebo_holder_facts *f, const char *status, bool public_only)
{
    if (public_only && !f->valid_today) return false;
    if (status && strcmp(status, "geldig") == 0) return f->valid_today;
    if (status && strcmp(status, f->status) != 0) return false;
    return true;
}
