#include "core/banen_figures.h"
#include <stdlib.h>

void banen_regional_suppress(banen_figures_regional *r, bool aggregate_only)
{
    r->hidden = aggregate_only &&
                (sup_resting(r->now_people) != SUP_SHOWN || sup_resting(r->base_people) != SUP_SHOWN);
}

void banen_target_result_suppress(banen_target_result *r, bool aggregate_only)
{
    if (r->regional) banen_regional_suppress(&r->r, aggregate_only);
    else r->hidden = aggregate_only && sup_resting(r->people) != SUP_SHOWN;
}

/* Durable placements per instrument: the cohorts are cells of one breakdown (sup_cells, so a hidden
 * one cannot be worked out from the others), and a shown cohort's part as sup_part. */
static void instrument_cohort_marks(const int64_t *cohort, const int64_t *still, sup_part_marks *out, bool agg)
{
    sup_mark m[BI__COUNT];
    if (agg) sup_cells(cohort, BI__COUNT, m);
    for (int i = 0; i < BI__COUNT; i++) {
        if (!agg) out[i] = (sup_part_marks){SUP_SHOWN, SUP_SHOWN, SUP_SHOWN};
        else if (m[i] != SUP_SHOWN) out[i] = (sup_part_marks){m[i], m[i], SUP_PROTECTS};
        else out[i] = sup_part(cohort[i], still[i]);
    }
}

static void instrument_marks(banen_figures *f, bool agg)
{
    int64_t c6[BI__COUNT], s6[BI__COUNT], c12[BI__COUNT], s12[BI__COUNT];
    for (int i = 0; i < BI__COUNT; i++) {
        c6[i] = f->by_instrument[i].cohort6;
        s6[i] = f->by_instrument[i].still6;
        c12[i] = f->by_instrument[i].cohort12;
        s12[i] = f->by_instrument[i].still12;
    }
    instrument_cohort_marks(c6, s6, f->instrument6, agg);
    instrument_cohort_marks(c12, s12, f->instrument12, agg);
}

inc_status banen_figures_suppress(banen_figures *f, inc_error *e)
{
    static const sup_part_marks shown = {SUP_SHOWN, SUP_SHOWN, SUP_SHOWN};
    bool agg = f->aggregate_only;
    /* the records behind a hidden total would tell it too */
    f->records_mark = agg ? sup_beside(f->records, f->t.people) : SUP_SHOWN;
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
    f->own_hidden = agg && sup_resting(f->own.people) != SUP_SHOWN;
    for (size_t i = 0; i < f->n_regional; i++) banen_regional_suppress(&f->regional[i], agg);

    const banen_durability *d = &f->du;
    f->active = agg ? sup_part(d->active_records, d->permanent_records) : shown;
    f->cohort6 = agg ? sup_part(d->cohort6, d->still6) : shown;
    f->cohort12 = agg ? sup_part(d->cohort12, d->still12) : shown;
    f->trials = agg ? sup_part(d->trials_ended, d->trials_converted) : shown;
    f->duration_mark = agg ? sup_count(d->duration_records) : SUP_SHOWN;
    f->median_mark = agg ? sup_resting(d->duration_records) : SUP_SHOWN;

    instrument_marks(f, agg);

    f->lks_mark = agg ? sup_count(f->w.lks_people) : SUP_SHOWN;
    f->beschut_mark = agg ? sup_count(f->w.beschut_people) : SUP_SHOWN;
    f->placements_mark = agg ? sup_count(f->w.direct_werk_placements) : SUP_SHOWN;
    /* fewer employers than placements: hidden with the placements */
    f->employers_mark = f->placements_mark;

    for (int i = 0; i < f->n_trend; i++) {
        banen_figures_point *p = &f->trend[i];
        p->mark = agg ? sup_count(p->t.people) : SUP_SHOWN;
        p->sectors_hidden = agg && sup_split(p->t.people, p->markt_people, p->overheid_people);
        p->own_hidden = agg && sup_resting(p->own.people) != SUP_SHOWN;
    }
    return INC_OK;
}
