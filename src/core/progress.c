#include "core/progress.h"
#include "core/decimal.h"
#include "core/workdays.h"
#include <string.h>

static const char *const codes[PS__COUNT] = {"niet-van-toepassing", "ontheffing", "voldaan-via-sebo", "voldaan",
                                             "nog-niet-gestart", "op-schema", "achter", "niet-voldaan"};
static const char *const labels[PS__COUNT] = {"niet van toepassing", "ontheffing", "voldaan via SEBO", "voldaan",
                                              "nog niet gestart", "op schema", "achter", "niet voldaan"};

const char *progress_status_code(inc_progress_status s) { return (unsigned)s < PS__COUNT ? codes[s] : "?"; }
const char *progress_status_label(inc_progress_status s) { return (unsigned)s < PS__COUNT ? labels[s] : "?"; }

bool progress_status_parse(const char *s, inc_progress_status *out)
{
    for (int i = 0; s && i < PS__COUNT; i++)
        if (strcmp(s, codes[i]) == 0 || strcmp(s, labels[i]) == 0) { *out = (inc_progress_status)i; return true; }
    return false;
}

static int32_t share_bp(int64_t part, int64_t whole)
{
    if (whole <= 0) return 10000;
    return (int32_t)div_round_half_up(part * 10000, whole);
}

void progress_compute(const inc_progress_input *in, inc_progress *out)
{
    memset(out, 0, sizeof *out);
    out->due_cents = in->obligation_cents - in->sebo_covered_cents - in->pso_covered_cents;
    if (out->due_cents < 0) out->due_cents = 0;

    /* Expected by today: the due amount pro rata over the contract days, both ends inclusive. */
    int64_t total_days = (int64_t)in->contract_end - in->contract_start + 1;
    int64_t elapsed = (int64_t)in->today - in->contract_start + 1;
    if (elapsed < 0) elapsed = 0;
    if (elapsed > total_days) elapsed = total_days;
    out->expected_cents = total_days > 0 ? div_round_half_up(out->due_cents * elapsed, total_days) : out->due_cents;
    out->verified_pct_bp = share_bp(in->verified_cents, out->due_cents);
    out->reported_pct_bp = share_bp(in->reported_cents, out->due_cents);

    if (!in->applies) out->status = PS_NOT_APPLICABLE;
    else if (in->exempted && out->due_cents == 0) out->status = PS_EXEMPTED;
    else if (in->met_by_sebo && out->due_cents == 0) out->status = PS_MET_BY_SEBO;
    else if (in->verified_cents >= out->due_cents) out->status = PS_MET;
    else if (in->today < in->contract_start) out->status = PS_NOT_STARTED;
    else if (in->today > in->contract_end) out->status = PS_NOT_MET;
    else if (in->verified_cents >= out->expected_cents) out->status = PS_ON_SCHEDULE;
    else out->status = PS_BEHIND;
}

inc_date contact_deadline(inc_date award) { return add_working_days(award, CONTACT_WORKING_DAYS); }

int yearly_report_due_dates(inc_date start, inc_date end, inc_date *due, int max)
{
    int n = 0;
    for (int k = 1; n < max; k++) {
        inc_date d = date_add_months(start, 12 * k);
        if (d > end) break;
        due[n++] = d;
    }
    return n;
}
