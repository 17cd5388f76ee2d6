/* Storage of the job behind a job realisation and of municipalities' postcode areas
 * (core/job_outcome.h; migration 018); the municipality's own postcode areas are issue 16's
 * local_postcodes (migration 011). Typed in and out. */
#ifndef INC_STORE_REALISATION_JOBS_H
#define INC_STORE_REALISATION_JOBS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/arena.h"
#include "core/followup.h"
#include "core/job_outcome.h"
#include "store/db.h"

/* What recording a job needs of its realisation. */
typedef struct {
    int64_t id, contract_id, contractor_id;
    bool per_year;                 /* the block is valued per year: a job */
    char block[40];
    char status[16];
    inc_date end;
    char municipality[64], municipality_name[128];
} realisation_job_facts;

inc_status realisation_job_facts_get(inc_db *db, int64_t realisation_id, realisation_job_facts *f, bool *found,
                                     inc_error *e);

typedef struct {
    char residence_municipality[64];   /* "" when only the postcode area is known */
    char residence_pc4[5];             /* "" when only the municipality is known */
    int resident;                      /* 1, 0, -1 not known */
    job_contract contract;
    char benefit_left[16];             /* "" when none */
} realisation_job;

/* Inserts or replaces the job (keeping the durability answers), in the caller's transaction. */
inc_status realisation_job_put(inc_db *db, int64_t realisation_id, const realisation_job *j, inc_error *e);
/* The contractor's answer at 6 or 12 months (1 working, 0 not); found = false without a job row. */
inc_status realisation_job_set_working(inc_db *db, int64_t realisation_id, int months, bool working, bool *found,
                                       inc_error *e);

typedef struct {
    const char *const *municipalities; /* NULL-terminated codes; NULL: every one */
    int64_t contract_id;               /* 0: every contract */
    const char *contractor_kvk;        /* NULL: every contractor */
    int64_t contractor_id;             /* 0: every contractor (a contractor's own scope) */
    int year;                          /* 0: every year */
} job_filter;

/* The recorded jobs of realisations that were not rejected, by contract and realisation. */
inc_status job_rows_select(inc_db *db, const job_filter *f, job_rows *out, inc_error *e);

/* Every job realisation (not rejected, not linked to a banenafspraak record) whose durability at 6 or
 * 12 months the contractor has not answered, by contract and realisation: the daily jobs ask. */
ARENA_LIST(job_questions, followup_job);
inc_status job_questions_select(inc_db *db, job_questions *out, inc_error *e);

#endif
