#include "core/contract.h"
#include <stdlib.h>
#include <string.h>

static bool year_submitted(const char *list, int year_no)
{
    for (const char *p = list; p && *p;) {
        if (atoi(p) == year_no) return true;
        p = strchr(p, ',');
        if (p) p++;
    }
    return false;
}

int contract_yearly_reports_of(const contract_record *c, inc_date today, contract_yearly_reports *y)
{
    y->n = c->applies ? yearly_report_due_dates(c->start, c->end, y->due, CONTRACT_MAX_YEARLY_REPORTS) : 0;
    int overdue = 0;
    for (int k = 0; k < y->n; k++) {
        y->deadline[k] = date_add_months(y->due[k], YEARLY_REPORT_GRACE_MONTHS);
        y->submitted[k] = year_submitted(c->yearly_submitted, k + 1);
        y->overdue[k] = !y->submitted[k] && today > y->deadline[k];
        overdue += y->overdue[k];
    }
    return overdue;
}

void contract_flags_of(const contract_record *c, inc_date today, contract_flags *f)
{
    memset(f, 0, sizeof *f);
    f->contact_deadline = contact_deadline(c->award);
    inc_progress_input pi = {c->applies,         c->met_by_sebo,        c->exempted,       c->obligation_cents,
                             c->sebo_covered_cents, c->verified_cents, c->reported_cents, c->start,
                             c->end,              today,               c->pso_covered_cents};
    progress_compute(&pi, &f->progress);
    /* Contact within five working days of award. */
    f->contact_overdue = c->applies && c->contact == INC_DATE_NONE && today > f->contact_deadline;
    contract_yearly_reports y;
    f->yearly_overdue = contract_yearly_reports_of(c, today, &y);
}

bool contract_filter_derived(const inc_contract_filter *f) { return f->status_set || f->overdue; }

bool contract_filter_matches(const inc_contract_filter *f, const contract_flags *fl)
{
    if (f->status_set && fl->progress.status != f->status) return false;
    if (!f->overdue) return true;
    if (strcmp(f->overdue, "contact") == 0) return fl->contact_overdue;
    if (strcmp(f->overdue, "yearly-report") == 0) return fl->yearly_overdue > 0;
    if (strcmp(f->overdue, "behind") == 0)
        return fl->progress.status == PS_BEHIND || fl->progress.status == PS_NOT_MET;
    return false;
}

inc_status contract_filter_check(const inc_contract_filter *f, inc_error *e)
{
    if (f->overdue && strcmp(f->overdue, "contact") && strcmp(f->overdue, "yearly-report") && strcmp(f->overdue, "behind"))
        return inc_fail(e, INC_EINVAL, "overdue", "overdue moet contact, yearly-report of behind zijn");
    if (f->page < 0 || f->per_page < 0 || f->per_page > 1000)
        return inc_fail(e, INC_EINVAL, "per_page", "per_page moet tussen 1 en 1000 liggen");
    return INC_OK;
}
