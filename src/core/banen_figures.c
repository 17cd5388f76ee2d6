#include "core/banen_figures.h"
#include <stdlib.h>

banen_part_marks banen_part_suppress(int64_t whole, int64_t part)
{
    banen_part_marks m = {SUP_SHOWN, SUP_SHOWN, SUP_SHOWN};
    int64_t rest = whole - part;
    bool small_whole = sup_small(whole);
    m.whole = small_whole ? SUP_SMALL : SUP_SHOWN;
    if (small_whole || (part > 0 && sup_small(part)) || (rest > 0 && sup_small(rest))) {
        m.part = small_whole || sup_small(part) ? SUP_SMALL : SUP_PROTECTS;
        m.share = SUP_PROTECTS;
    }
    return m;
}

void banen_regional_suppress(banen_figures_regional *r, bool aggregate_only)
{
    r->hidden = aggregate_only && (sup_small(r->now_people) || sup_small(r->base_people));
}

void banen_target_result_suppress(banen_target_result *r, bool aggregate_only)
{
    if (r->regional) banen_regional_suppress(&r->r, aggregate_only);
    else r->hidden = aggregate_only && sup_small(r->people);
}

/* Two sectors beside the total: either both are shown or neither. */
static bool sectors_hidden(const banen_figures_point *p)
{
    return sup_small(p->t.people) || (p->markt_people > 0 && sup_small(p->markt_people)) ||
           (p->overheid_people > 0 && sup_small(p->overheid_people));
}

inc_status banen_figures_suppress(banen_figures *f, inc_error *e)
{
    static const banen_part_marks shown = {SUP_SHOWN, SUP_SHOWN, SUP_SHOWN};
    bool agg = f->aggregate_only;
    /* the records behind a hidden total would tell it too */
    f->records_mark = agg && (sup_small(f->records) || sup_small(f->t.people))
                          ? (sup_small(f->records) ? SUP_SMALL : SUP_PROTECTS)
                          : SUP_SHOWN;
    f->mark = agg ? sup_count(f->t.people) : SUP_SHOWN;
    for (int k = 0; k < BK__COUNT; k++) {
        banen_figures_breakdown *b = &f->breakdowns[k];
        for (size_t i = 0; i < b->n; i++) b->rows[i].mark = SUP_SHOWN;
        if (!agg || b->n == 0) continue;
        int64_t *counts = malloc(b->n * sizeof *counts);
        sup_mark *marks = malloc(b->n * sizeof *marks);
        if (!counts || !marks) {
            free(counts);
            free(marks);
            return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        }
        for (size_t i = 0; i < b->n; i++) counts[i] = b->rows[i].t.people;
        sup_cells(counts, (int)b->n, marks);
        for (size_t i = 0; i < b->n; i++) b->rows[i].mark = marks[i];
        free(counts);
        free(marks);
    }
    f->own_hidden = agg && sup_small(f->own.people);
    for (size_t i = 0; i < f->n_regional; i++) banen_regional_suppress(&f->regional[i], agg);

    const banen_durability *d = &f->du;
    f->active = agg ? banen_part_suppress(d->active_records, d->permanent_records) : shown;
    f->cohort6 = agg ? banen_part_suppress(d->cohort6, d->still6) : shown;
    f->cohort12 = agg ? banen_part_suppress(d->cohort12, d->still12) : shown;
    f->trials = agg ? banen_part_suppress(d->trials_ended, d->trials_converted) : shown;
    f->duration_mark = agg ? sup_count(d->duration_records) : SUP_SHOWN;
    f->median_mark = agg && sup_small(d->duration_records) ? SUP_PROTECTS : SUP_SHOWN;

    f->lks_mark = agg ? sup_count(f->w.lks_people) : SUP_SHOWN;
    f->beschut_mark = agg ? sup_count(f->w.beschut_people) : SUP_SHOWN;
    f->placements_mark = agg ? sup_count(f->w.direct_werk_placements) : SUP_SHOWN;
    /* fewer employers than placements: hidden with the placements */
    f->employers_mark = f->placements_mark;

    for (int i = 0; i < f->n_trend; i++) {
        banen_figures_point *p = &f->trend[i];
        p->mark = agg ? sup_count(p->t.people) : SUP_SHOWN;
        p->sectors_hidden = agg && sectors_hidden(p);
        p->own_hidden = agg && sup_small(p->own.people);
    }
    return INC_OK;
}
