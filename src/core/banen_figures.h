/* The banenafspraak report as plain values (built by app/banen_report.h, shown by app/banen_view.h)
 * and which of its figures a role without access to persons (the council, the procurement officer)
 * may see: banen_figures_suppress applies the rules of core/suppress.h to each figure. Every hidden
 * figure carries a mark: "<5" for a count below 5, "afgeschermd" for a figure hidden so that a small
 * count cannot be worked out from it. Pure, no I/O. */
#ifndef INC_CORE_BANEN_FIGURES_H
#define INC_CORE_BANEN_FIGURES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/banen_stats.h"
#include "core/banen_target.h"
#include "core/error.h"
#include "core/suppress.h"

#define BANEN_TREND_MAX 80   /* at most 20 years of quarter ends */

/* One group of a breakdown, with what names it (which fields are filled depends on the key). */
typedef struct {
    int64_t key;            /* the enum value or the id named by banen_key */
    char code[256];         /* municipality code (BK_MUNICIPALITY), region (BK_REGION) */
    char name[256];         /* employer name (BK_EMPLOYER, BK_DEPARTMENT), municipality name */
    char kvk[16];           /* employer KvK (BK_EMPLOYER, BK_DEPARTMENT) */
    char department[128];   /* BK_DEPARTMENT */
    banen_tally t;
    sup_mark mark;          /* of t.people; the hours, banen and fte go with it */
} banen_figures_row;

typedef struct {
    banen_key key;
    banen_figures_row *rows;
    size_t n;
} banen_figures_breakdown;

/* A regional target against the extra banen of its sector since the baseline. */
typedef struct {
    banen_target target;
    inc_date measured_on;
    int64_t now_centi, now_people;     /* banen of the sector on measured_on, and the people behind them */
    int64_t base_centi, base_people;   /* the same at the baseline (0 and SUPPRESS_BELOW without one) */
    bool own_goal_met;                 /* now - base (inclusio's own records) reaches the target */
    bool hidden;                       /* the three realisations are "afgeschermd" */
    bool has_uwv;                      /* UWV published the region's figure on the target's peildatum */
    int64_t uwv_centi;                 /* UWV's extra banen of the sector then (public, never hidden) */
    bool goal_met;                     /* UWV's figure reaches the target; without one, own_goal_met */
} banen_figures_regional;

typedef struct {
    inc_date date;
    banen_tally t;
    sup_mark mark;
    int64_t markt_centi, markt_people, overheid_centi, overheid_people;
    bool sectors_hidden;             /* both sector figures "afgeschermd" */
    banen_tally own;                 /* the municipality's own organisation (with a municipality) */
    bool own_hidden;
    bool has_target_fte;
    int64_t target_fte_centi;
} banen_figures_point;

typedef struct {
    /* what was asked */
    inc_date date;
    bool has_municipality, has_region, has_employer;
    char municipality[64], region[64], employer[16];
    bool aggregate_only;

    /* the totals on the date */
    int64_t records;                 /* records in the filter, any date */
    sup_mark records_mark;
    banen_tally t;
    sup_mark mark;
    banen_figures_breakdown breakdowns[BK__COUNT];   /* in banen_key order; BK_DEPARTMENT empty when aggregate_only */
    bool has_breakdown[BK__COUNT];

    /* the municipality's own target as employer (fte): of the municipality asked for, or of the
     * municipality whose own organisation is the employer asked for ("" when neither) */
    char own_municipality[64];
    bool has_target;
    banen_target target;
    bool has_own;
    char own_kvk[9];
    banen_tally own;
    bool own_hidden;
    bool goal_met;

    banen_figures_regional *regional;
    size_t n_regional;

    banen_durability du;
    sup_part_marks active, cohort6, cohort12, trials;   /* core/suppress.h sup_part */
    banen_instrument_durability by_instrument[BI__COUNT];   /* durable placements per instrument */
    sup_part_marks instrument6[BI__COUNT], instrument12[BI__COUNT];
    sup_mark duration_mark, median_mark;

    banen_work_company w;
    sup_mark lks_mark, beschut_mark, placements_mark, employers_mark;
    bool has_task;
    int64_t task_centi;
    bool task_met;

    banen_figures_point trend[BANEN_TREND_MAX];
    int n_trend;
} banen_figures;

/* One row of the targets against what was realised ("Doel gehaald"). */
typedef struct {
    banen_target target;
    bool regional;
    banen_figures_regional r;        /* regional: its figures on the peildatum */
    int64_t realised_centi;          /* municipal: fte / banen of the own organisation, or beschut werk places */
    int64_t people;                  /* the persons the realisation rests on */
    bool hidden;                     /* municipal: the realisation is "afgeschermd" */
    bool goal_met;
    bool measurable;                 /* false: the peildatum lies after today (N.v.t.) */
} banen_target_result;

/* Marks every figure of the report for f->aggregate_only: every figure that counts or measures
 * people is hidden when it rests on fewer than 5 of them, whatever the filter: the top-level totals
 * (and the record count beside them), each breakdown (with secondary suppression, sup_cells), the
 * own and regional targets' realisations, durability, the work company and every quarter of the
 * trend. Without aggregate_only every mark is SUP_SHOWN. Fails only when memory runs out. */
inc_status banen_figures_suppress(banen_figures *f, inc_error *e);

/* The same for the regional figures of a target. */
void banen_regional_suppress(banen_figures_regional *r, bool aggregate_only);
/* The same for a row of the targets report. */
void banen_target_result_suppress(banen_target_result *r, bool aggregate_only);

#endif
