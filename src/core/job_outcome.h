/* What a job realisation achieved for a resident (issue 18): the job behind a realisation of a block
 * valued per year (where the candidate lives, the employment contract, the benefit left), whether
 * the candidate is a resident of the contract's municipality, and durability: still working there
 * 6 and 12 months after the realisation's end. The figures per contract, contractor or year with
 * small-count suppression for the council. Pure, no I/O (storage: store/realisation_jobs.h; the
 * actions: app/realisation_jobs.h; docs/domain-rules.md "Residents and durable work"). */
#ifndef INC_CORE_JOB_OUTCOME_H
#define INC_CORE_JOB_OUTCOME_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/arena.h"
#include "core/date.h"
#include "core/error.h"
#include "core/suppress.h"

typedef enum { JC_TIJDELIJK, JC_VAST, JC_PROEFPLAATSING, JC_DETACHERING, JC_BBL, JC__COUNT } job_contract;
inc_status job_contract_parse(const char *s, job_contract *out, const char *field, inc_error *e);
const char *job_contract_code(job_contract c);

/* participatiewet, ww, wajong, wia, ioaw, ioaz, anw, anders. */
bool job_benefit_valid(const char *s);

/* The benefit a building block implies (mu-ww: ww, mu-wia: wia, mu-participatiewet:
 * participatiewet), or NULL; *choice is true for a block "met uitkering" that leaves it to the
 * recorder (mu-banenafspraak: Wajong, Wsw or the doelgroepregister). Other blocks imply none. */
const char *job_benefit_implied(const char *block_code, bool *choice);

/* A 4-digit postcode area, 1000-9999 (a longer postcode is refused: never more than the area). */
inc_status job_pc4_check(const char *s, const char *field, inc_error *e);

/* One postcode range of a municipality. */
typedef struct {
    char from[5], to[5];
} pc4_range;

/* Whether the candidate lives in the contract's municipality: by the municipality written
 * (its code or name, loosely), else by the postcode area within the municipality's ranges.
 * 1 yes, 0 no, -1 not known (only a postcode area and no ranges configured). */
int job_resident(const char *residence_municipality, const char *pc4, const char *muni_code, const char *muni_name,
                 const pc4_range *ranges, size_t n_ranges);

/* The day 6 or 12 months after the realisation's end (clamped to the month's end: 31 August + 6
 * months = 28 or 29 February). */
inc_date job_durability_day(inc_date end, int months);

/* Durability at `months` of one job on `today`: not yet (the day lies ahead), or known (working
 * or not: the contractor's answer, else a linked banenafspraak record active that day), or unknown. */
typedef enum { JD_NOT_YET, JD_WORKING, JD_NOT_WORKING, JD_UNKNOWN } job_durability;
job_durability job_durability_at(inc_date end, int months, inc_date today, int reported /* -1, 0, 1 */,
                                 bool has_record, bool record_active_that_day);

/* The figures of a group of job realisations. */
typedef struct {
    int64_t jobs;                          /* job realisations with their job recorded */
    int64_t residence_known, residents;    /* of the jobs: residence known; of which residents */
    int64_t due12, known12, durable12;     /* 12 months after the end passed; answer known; still working */
    int64_t due6, known6, durable6;
    int64_t by_contract[JC__COUNT];
} job_tally;

void job_tally_add(job_tally *t, int resident, job_contract c, job_durability d6, job_durability d12);

/* Marks for the council: each count below 5 hidden; a part of a whole as sup_part. */
typedef struct {
    sup_mark jobs;
    sup_part_marks residents, durable12, durable6;
    sup_mark by_contract[JC__COUNT];
} job_tally_marks;
job_tally_marks job_tally_suppress(const job_tally *t, bool aggregate_only);

/* One recorded job with what durability needs. */
typedef struct {
    int64_t realisation_id, contract_id;
    const char *reference, *contractor_kvk, *contractor_name, *municipality;
    int year;                          /* of the realisation's end */
    inc_date start, end;
    int resident, working6, working12; /* -1 when not known / not reported */
    job_contract contract;
    bool has_record;                   /* linked to a banenafspraak record */
    inc_date record_start, record_end; /* record_end INC_DATE_NONE: still employed */
} job_row;
ARENA_LIST(job_rows, job_row);

/* Adds one recorded job to a tally on `today`: durability at 6 and 12 months from the contractor's
 * answer, else from the linked banenafspraak record (active on that day), else unknown. */
void job_tally_add_row(job_tally *t, const job_row *r, inc_date today);

#endif
