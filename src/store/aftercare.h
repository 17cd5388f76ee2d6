/* Storage of placement outcomes, the municipalities' aftercare schedules and aftercare contacts
 * (core/aftercare.h; migration 014). Typed in and out. */
#ifndef INC_STORE_AFTERCARE_H
#define INC_STORE_AFTERCARE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/aftercare.h"
#include "core/arena.h"
#include "store/db.h"

/* What the aftercare actions need of one placement. */
typedef struct {
    int64_t id, candidate, employment;   /* employment 0: no banenafspraak record */
    inc_date start, end;                 /* end INC_DATE_NONE: running */
    char candidate_municipality[64];     /* the candidate's municipality (its schedule applies) */
    char employment_source[16];          /* the record's source ("wsp" when the placement made it) */
} aftercare_placement_facts;

inc_status aftercare_placement_get(inc_db *db, int64_t placement_id, aftercare_placement_facts *f, bool *found,
                                   inc_error *e);

/* Records the outcome; for beeindigd also the placement's end date. In the caller's transaction. */
inc_status aftercare_outcome_set(inc_db *db, int64_t placement_id, placement_outcome o, inc_date day, inc_date end,
                                 const char *reason, inc_error *e);

/* Ends the banenafspraak record on `end` when it is open or ends later. */
inc_status aftercare_employment_end(inc_db *db, int64_t employment_id, inc_date end, inc_error *e);

inc_status aftercare_contact_insert(inc_db *db, int64_t placement_id, inc_date day, const char *kind, const char *note,
                                    int64_t *id, inc_error *e);

/* The schedule of a municipality (by code); found = false when it has none. */
inc_status aftercare_schedule_get(inc_db *db, const char *municipality, aftercare_schedule *s, bool *found,
                                  inc_error *e);
inc_status aftercare_schedule_put(inc_db *db, const char *municipality, const aftercare_schedule *s, inc_error *e);

/* A placement under a schedule, with its last contact. */
typedef struct {
    int64_t id, candidate;
    const char *title, *employer_name, *instrument, *candidate_municipality, *outcome;
    inc_date start, end, last_contact;   /* INC_DATE_NONE when absent */
    aftercare_schedule schedule;
} aftercare_row;
ARENA_LIST(aftercare_rows, aftercare_row);

/* Every placement whose candidate's municipality has a schedule, by start date. */
inc_status aftercare_rows_select(inc_db *db, aftercare_rows *out, inc_error *e);

/* One contact of a placement. */
typedef struct {
    int64_t id;
    inc_date day;
    const char *kind, *note, *by;
} aftercare_contact;
ARENA_LIST(aftercare_contacts, aftercare_contact);

inc_status aftercare_contacts_select(inc_db *db, int64_t placement_id, aftercare_contacts *out, inc_error *e);

#endif
