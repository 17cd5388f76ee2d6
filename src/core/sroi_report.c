#include "core/sroi_report.h"

void sroi_row_add(sroi_row *t, const inc_progress_input *pi, const inc_progress *p)
{
    t->contracts++;
    t->with_obligation += pi->applies;
    t->obligation += pi->obligation_cents;
    t->sebo_covered += pi->sebo_covered_cents;
    t->pso_covered += pi->pso_covered_cents;
    t->due += p->due_cents;
    t->verified += pi->verified_cents;
    t->reported += pi->reported_cents;
    t->expected += p->expected_cents;
    t->status_count[p->status]++;
}

int32_t sroi_row_verified_pct(const sroi_row *r)
{
    return r->due > 0 ? (int32_t)((r->verified * 10000 + r->due / 2) / r->due) : 10000;
}
