/* Banenafspraak figures over a set of employment records at a reference date (peildatum):
 * totals and breakdowns, durability, and the placements of the work company. Pure C, no I/O.
 * The caller loads the records (already filtered by municipality or employer). */
#ifndef INC_BANEN_STATS_H
#define INC_BANEN_STATS_H
#include "core/banen.h"

/* One employment record as the counting rules see it. Ids are opaque keys from the store
 * (department_id and region_id are interned by the store; 0 = none). */
typedef struct {
    int64_t id, person_id, employer_id, department_id, municipality_id, region_id;
    bool own_employer;             /* the employer is a municipality itself (its own organisation) */
    banen_sector sector;
    banen_contract contract;
    banen_instrument instrument;
    banen_source source;
    banen_group group;
    inc_date start, end;           /* end INC_DATE_NONE = still employed */
    int64_t hours_centi;           /* weekly hours in centi-hours */
} banen_rec;

/* Counted records active on the day: distinct people, total weekly hours, banen and fte. */
typedef struct {
    int64_t people, hours_centi, banen_centi, fte_centi;
} banen_tally;

typedef enum {
    BK_SECTOR, BK_GROUP, BK_INSTRUMENT, BK_CONTRACT, BK_SOURCE,
    BK_EMPLOYER, BK_DEPARTMENT, BK_MUNICIPALITY, BK_REGION, BK__COUNT
} banen_key;

typedef struct {
    int64_t key;    /* the enum value or the id named by banen_key */
    banen_tally t;
} banen_group_row;

/* Totals on the day over the records that count (banen_counts). A person employed in two records
 * is one person; the hours add up. Fails only when memory runs out. */
inc_status banen_tally_at(const banen_rec *r, size_t n, inc_date day, banen_tally *out, inc_error *e);

/* The same per group, rows sorted by key; *rows is malloc'd (free it), NULL when there are none.
 * Records with key 0 for department are skipped (no department). */
inc_status banen_breakdown(const banen_rec *r, size_t n, inc_date day, banen_key key, banen_group_row **rows,
                           size_t *nrows, inc_error *e);

/* Trial placements count as turned into a contract when the same person gets a non-trial record at
 * the same employer starting between the trial's start and 31 days after its end. */
#define BANEN_TRIAL_FOLLOWUP_DAYS 31

typedef struct {
    int64_t active_records, permanent_records;   /* counted records active on the day; of which vast */
    int32_t permanent_bp;                        /* share vast, basis points (-1 when no records) */
    int64_t duration_records;                    /* counted records started on or before the day */
    int64_t median_days;                         /* median of (min(end, day) - start + 1), half up */
    int64_t cohort6, still6;                     /* records started >= 6 months before the day; of which the
                                                    person is employed (any counted record) 6 months on */
    int32_t still6_bp;
    int64_t cohort12, still12;
    int32_t still12_bp;
    int64_t trials_ended, trials_converted;      /* proefplaatsingen ended on or before the day */
    int32_t trials_converted_bp;
} banen_durability;

inc_status banen_durability_at(const banen_rec *r, size_t n, inc_date day, banen_durability *out, inc_error *e);

/* Durable placements per instrument (loonkostensubsidie, jobcoach, beschut werk, Direct Werk, IPS,
 * geen): every record of the instrument, sheltered work included, started 6 (12) months or more
 * before the day, and of those the ones whose person works on start + 6 (12) months in any record. */
typedef struct {
    int64_t cohort6, still6, cohort12, still12;
    int32_t still6_bp, still12_bp;   /* -1 when the cohort is empty */
} banen_instrument_durability;
inc_status banen_durability_by_instrument(const banen_rec *r, size_t n, inc_date day,
                                          banen_instrument_durability out[BI__COUNT], inc_error *e);

/* Placements of the work company on the day. */
typedef struct {
    int64_t lks_people;              /* distinct people with loonkostensubsidie at an employer that is not a
                                        municipality's own organisation, active on the day */
    int64_t beschut_people;          /* distinct people in beschut werk (instrument) or nieuw beschut on the day */
    int64_t direct_werk_placements;  /* Direct Werk records started from 1 January of the day's year to the day */
    int64_t direct_werk_employers;   /* distinct employers of those placements */
} banen_work_company;

inc_status banen_work_company_at(const banen_rec *r, size_t n, inc_date day, banen_work_company *out, inc_error *e);

/* Share in basis points, half up; -1 when the denominator is 0. */
int32_t banen_share_bp(int64_t part, int64_t whole);

#endif
