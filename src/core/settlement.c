#include "core/settlement.h"
#include "core/decimal.h"
#include <stdio.h>
#include <string.h>

/* ---- Evidence ---- */

inc_status evidence_check(size_t size, const char *detected_mime, inc_error *e)
{
    if (size == 0) return inc_fail(e, INC_EINVAL, "file", "het bewijsstuk is leeg");
    if (size > EVIDENCE_MAX_BYTES)
        return inc_fail(e, INC_EINVAL, "file", "het bewijsstuk is te groot: hoogstens 2 MB (%d bytes)", EVIDENCE_MAX_BYTES);
    static const char *const allowed[] = {"application/pdf", "image/png", "image/jpeg"};
    for (size_t i = 0; detected_mime && i < sizeof allowed / sizeof *allowed; i++)
        if (strcmp(detected_mime, allowed[i]) == 0) return INC_OK;
    return inc_fail(e, INC_EINVAL, "file",
                    "het bewijsstuk is geen PDF, PNG of JPEG (de inhoud is %s); alleen PDF en afbeeldingen (PNG, JPEG) "
                    "worden aangenomen",
                    detected_mime && *detected_mime ? detected_mime : "onbekend");
}

void evidence_clean_name(const char *in, char *out, size_t size)
{
    const char *base = in ? in : "";
    for (const char *p = base; *p; p++)
        if (*p == '/' || *p == '\\') base = p + 1;
    size_t n = 0, cap = size - 1 < 120 ? size - 1 : 120;
    for (const char *p = base; *p && n < cap; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch < 0x20 || ch == 0x7f || ch == '"' || ch == '\'' || ch == ';') continue;
        out[n++] = (char)ch;
    }
    /* never cut a UTF-8 sequence in two */
    while (n > 0 && ((unsigned char)out[n - 1] & 0xC0) == 0x80 && n == cap) n--;
    if (n > 0 && ((unsigned char)out[n - 1] & 0xC0) == 0xC0) n--;
    out[n] = '\0';
    if (n == 0 || strcmp(out, ".") == 0 || strcmp(out, "..") == 0) snprintf(out, size, "bewijsstuk");
}

/* ---- Plan van aanpak ---- */

inc_status plan_input_check(inc_date due, inc_date today, int64_t target_cents, const char *description, inc_error *e)
{
    inc_checks c;
    inc_checks_begin(&c, e);
    if (due == INC_DATE_NONE) inc_check(&c, inc_fail(c.e, INC_EINVAL, "due_date", "geef de datum waarop het plan gehaald moet zijn"));
    else if (due < today) {
        char d[11], t[11];
        date_format_nl(due, d);
        date_format_nl(today, t);
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "due_date",
                               "de datum van het plan (%s) ligt voor vandaag (%s); een plan kijkt vooruit", d, t));
    }
    if (target_cents <= 0)
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "target", "het bedrag dat volgens plan gerealiseerd wordt moet groter dan 0 zijn"));
    if (!description || !*description)
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "description", "beschrijf wat de opdrachtnemer gaat doen"));
    else if (strlen(description) > 2000)
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "description", "de beschrijving is te lang (hoogstens 2000 tekens)"));
    return inc_checks_end(&c);
}

void plan_progress_compute(const plan_milestone *m, int n, int64_t verified_cents, inc_date today, plan_progress *out)
{
    memset(out, 0, sizeof *out);
    if (n <= 0) { out->status = PLAN_NONE; return; }
    inc_date last_due = INC_DATE_NONE, last_passed = INC_DATE_NONE;
    for (int i = 0; i < n; i++) {
        if (last_due == INC_DATE_NONE || m[i].due >= last_due) {
            /* the latest milestone's target; the larger on the same day */
            if (last_due == INC_DATE_NONE || m[i].due > last_due || m[i].target_cents > out->final_target_cents)
                out->final_target_cents = m[i].target_cents;
            last_due = m[i].due;
        }
        if (m[i].due <= today) {
            if (last_passed == INC_DATE_NONE || m[i].due > last_passed ||
                (m[i].due == last_passed && m[i].target_cents > out->expected_cents)) {
                last_passed = m[i].due;
                out->expected_cents = m[i].target_cents;
            }
        } else if (!out->has_next || m[i].due < out->next_due ||
                   (m[i].due == out->next_due && m[i].target_cents > out->next_target_cents)) {
            out->has_next = true;
            out->next_due = m[i].due;
            out->next_target_cents = m[i].target_cents;
        }
    }
    if (verified_cents >= out->final_target_cents) out->status = PLAN_MET;
    else if (verified_cents >= out->expected_cents) out->status = PLAN_ON_SCHEDULE;
    else out->status = PLAN_BEHIND;
}

const char *plan_status_code(plan_status s)
{
    static const char *const c[] = {"geen-plan", "op-schema", "achter", "gehaald"};
    return (unsigned)s < 4 ? c[s] : "?";
}

/* ---- Escalation ---- */

static const taken_step *taken_of(const taken_step *t, int n, int step_no)
{
    for (int i = 0; i < n; i++)
        if (t[i].step_no == step_no) return &t[i];
    return NULL;
}

bool escalation_next(const ladder_step *ladder, int n, const taken_step *taken, int n_taken, inc_date since,
                     int *step_index, inc_date *due)
{
    inc_date prev = INC_DATE_NONE;
    for (int i = 0; i < n; i++) {
        const taken_step *t = taken_of(taken, n_taken, ladder[i].step_no);
        if (t) { prev = t->taken_on; continue; }
        *step_index = i;
        *due = prev == INC_DATE_NONE ? since : prev + ladder[i].days_after;
        return true;
    }
    return false;
}

inc_status escalation_take_check(const ladder_step *ladder, int n, const taken_step *taken, int n_taken, int step_no,
                                 inc_date on, inc_date today, inc_error *e)
{
    if (on == INC_DATE_NONE) return inc_fail(e, INC_EINVAL, "date", "geef de datum van de stap");
    if (on > today) return inc_fail(e, INC_EINVAL, "date", "een stap kan niet in de toekomst gezet zijn");
    int idx;
    inc_date due;
    bool any = escalation_next(ladder, n, taken, n_taken, today, &idx, &due);
    if (!any) return inc_fail(e, INC_ECONFLICT, "step", "alle stappen van de escalatieladder zijn al gezet");
    if (taken_of(taken, n_taken, step_no)) return inc_fail(e, INC_ECONFLICT, "step", "stap %d is al gezet", step_no);
    if (ladder[idx].step_no != step_no) {
        bool known = false;
        for (int i = 0; i < n; i++) known = known || ladder[i].step_no == step_no;
        if (!known) return inc_fail(e, INC_EINVAL, "step", "stap %d staat niet op de escalatieladder", step_no);
        return inc_fail(e, INC_ECONFLICT, "step", "eerst stap %d; de ladder slaat geen stap over", ladder[idx].step_no);
    }
    for (int i = 0; i < n_taken; i++)
        if (taken[i].taken_on > on)
            return inc_fail(e, INC_EINVAL, "date", "de datum ligt voor die van een eerdere stap");
    return INC_OK;
}

/* ---- Settlement ---- */

static const char *const outcome_codes[SETTLE__COUNT] = {"voldaan", "deels-voldaan", "niet-voldaan", "ontheffing"};
static const char *const outcome_labels[SETTLE__COUNT] = {"voldaan", "deels voldaan", "niet voldaan",
                                                          "ontheffing achteraf"};
static const char *const penalty_codes[PENALTY__COUNT] = {"geen", "percentage", "vast-bedrag"};

const char *settlement_outcome_code(settlement_outcome o) { return (unsigned)o < SETTLE__COUNT ? outcome_codes[o] : "?"; }
const char *settlement_outcome_label(settlement_outcome o) { return (unsigned)o < SETTLE__COUNT ? outcome_labels[o] : "?"; }
const char *penalty_kind_code(penalty_kind k) { return (unsigned)k < PENALTY__COUNT ? penalty_codes[k] : "?"; }

bool settlement_outcome_parse(const char *s, settlement_outcome *out)
{
    for (int i = 0; s && i < SETTLE__COUNT; i++)
        if (strcmp(s, outcome_codes[i]) == 0) { *out = (settlement_outcome)i; return true; }
    return false;
}

bool penalty_kind_parse(const char *s, penalty_kind *out)
{
    for (int i = 0; s && i < PENALTY__COUNT; i++)
        if (strcmp(s, penalty_codes[i]) == 0) { *out = (penalty_kind)i; return true; }
    return false;
}

int64_t penalty_compute(const penalty_policy *p, int64_t unrealised_cents, char *rule, size_t size)
{
    char a[40], b[40];
    if (unrealised_cents <= 0 || p->kind == PENALTY_NONE) {
        snprintf(rule, size, p->kind == PENALTY_NONE ? "het beleid kent geen boete of afkoop"
                                                     : "niets onvoldaan: geen boete of afkoop");
        return 0;
    }
    decimal_format(unrealised_cents, 2, true, a, sizeof a);
    if (p->kind == PENALTY_PERCENTAGE) {
        int64_t v = div_round_half_up(unrealised_cents * p->pct_bp, 10000);
        decimal_format(p->pct_bp, 2, true, b, sizeof b);
        snprintf(rule, size, "%s %% van het niet-gerealiseerde deel (EUR %s)", b, a);
        return v;
    }
    decimal_format(p->fixed_cents, 2, true, b, sizeof b);
    snprintf(rule, size, "vast bedrag van EUR %s bij een niet-gerealiseerd deel (EUR %s)", b, a);
    return p->fixed_cents;
}

inc_status settlement_compute(const settlement_input *in, settlement_result *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (in->already_settled) return inc_fail(e, INC_ECONFLICT, "contract", "deze opdracht is al afgerekend; afrekenen kan één keer");
    if (in->today <= in->end) {
        char d[11];
        date_format_nl(in->end, d);
        return inc_fail(e, INC_ECONFLICT, "contract", "de opdracht loopt nog (tot en met %s); afrekenen kan pas na de einddatum", d);
    }
    if (in->exemption) {
        inc_checks c;
        inc_checks_begin(&c, e);
        if (!in->exemption_by || !*in->exemption_by)
            inc_check(&c, inc_fail(c.e, INC_EINVAL, "exemption_by", "wie verleende de ontheffing?"));
        if (in->exemption_date == INC_DATE_NONE)
            inc_check(&c, inc_fail(c.e, INC_EINVAL, "exemption_date", "wanneer is de ontheffing verleend?"));
        else if (in->exemption_date > in->today)
            inc_check(&c, inc_fail(c.e, INC_EINVAL, "exemption_date", "de datum van de ontheffing ligt in de toekomst"));
        if (!in->exemption_reason || !*in->exemption_reason)
            inc_check(&c, inc_fail(c.e, INC_EINVAL, "exemption_reason", "waarom is ontheffing verleend?"));
        if (inc_checks_end(&c) != INC_OK) return c.status;
    }
    int64_t due = in->due_cents > 0 ? in->due_cents : 0;
    out->unrealised_cents = in->verified_cents >= due ? 0 : due - in->verified_cents;
    if (in->exemption) {
        out->outcome = SETTLE_EXEMPTED;
        snprintf(out->rule, sizeof out->rule, "ontheffing achteraf: geen boete of afkoop");
        return INC_OK;
    }
    out->outcome = out->unrealised_cents == 0 ? SETTLE_MET : in->verified_cents > 0 ? SETTLE_PARTLY : SETTLE_NOT_MET;
    out->penalty_cents = penalty_compute(&in->penalty, out->unrealised_cents, out->rule, sizeof out->rule);
    return INC_OK;
}
