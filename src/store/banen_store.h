/* Storage of banenafspraak employment records: municipality, employer (organisations, by KvK),
 * person (persons.pseudonym), the municipality as employer, and loading records for counting. */
#ifndef INC_BANEN_STORE_H
#define INC_BANEN_STORE_H
#include <stddef.h>
#include "core/banen_input.h"
#include "core/banen_record.h"
#include "core/banen_stats.h"
#include "store/db.h"

/* Id of a municipality by code ("zoetermeer"); INC_ENOTFOUND with a Dutch message otherwise. */
inc_status banen_municipality_id(inc_db *db, const char *code, int64_t *id, const char *field, inc_error *e);
/* The labour-market region of a municipality ("ZHC"); INC_ENOTFOUND for an unknown code. */
inc_status banen_region_of(inc_db *db, const char *municipality, char region[64], inc_error *e);
/* The municipality code of a realisation's contract, for authorisation; INC_ENOTFOUND when unknown. */
inc_status banen_realisation_municipality(inc_db *db, int64_t realisation_id, char code[64], inc_error *e);
/* Whether any municipality lies in the region ("ZHC"). */
bool banen_region_known(inc_db *db, const char *region);
/* The persons row for a BSN (pseudonymised with the database key), created when new. */
inc_status banen_person_id(inc_db *db, const char *bsn, int64_t *id, const char *field, inc_error *e);
/* The organisation with this KvK number; created with `name` when new (name required then). */
inc_status banen_organisation_id(inc_db *db, const char *kvk, const char *name, int64_t *id, const char *field,
                                 inc_error *e);

/* Registers which organisation is the municipality itself as employer (the organisation is made
 * when new, audit-logged), inside the caller's transaction; *municipality_id gets the municipality's
 * id. INC_ECONFLICT when it is already another municipality's own organisation. */
inc_status banen_own_employer_put(inc_db *db, const char *municipality, const char *kvk, const char *name,
                                  int64_t *municipality_id, inc_error *e);

/* The organisation that is the municipality itself as employer; found = false when not registered. */
inc_status banen_own_employer_get(inc_db *db, const char *municipality, char kvk[9], bool *found, inc_error *e);
/* The municipality whose own organisation has this KvK number; found = false when none. */
inc_status banen_own_employer_municipality(inc_db *db, const char *kvk, char code[64], bool *found, inc_error *e);

/* Inserts one record inside the caller's transaction: resolves municipality, person, employer;
 * refuses a second record of the same person at the same employer with an overlapping period;
 * writes the audit log. */
inc_status banen_record_insert_tx(inc_db *db, const banen_input *in, int64_t *id, inc_error *e);

/* Checks that the filter names existing things (Dutch message otherwise). */
inc_status banen_filter_check(inc_db *db, const banen_filter *f, inc_error *e);

/* The records (no BSN, the person as its id), newest start first, at most limit (0 = all) from
 * offset. Caller frees *out. */
inc_status banen_records_list(inc_db *db, const banen_filter *f, int limit, int offset, banen_record **out, size_t *n,
                              inc_error *e);
/* One record; INC_ENOTFOUND when there is none with that id. */
inc_status banen_record_get(inc_db *db, int64_t id, banen_record *out, inc_error *e);

/* Names for a report: an organisation's KvK and name, a municipality's code and name, by id ("" when
 * there is no such row; INC_EIO on a failed read). */
inc_status banen_employer_names(inc_db *db, int64_t id, char *kvk, size_t kvk_size, char *name, size_t name_size,
                                inc_error *e);
inc_status banen_municipality_names(inc_db *db, int64_t id, char *code, size_t code_size, char *name, size_t name_size,
                                    inc_error *e);

/* Loaded records for the counting rules, plus names for the interned ids. */
typedef struct {
    banen_rec *recs;
    size_t n, cap;
    char **departments;   /* department_id -> "department" (index 0 unused) */
    int64_t *department_employer;
    size_t ndepartments;
    char **regions;       /* region_id -> region code */
    size_t nregions;
} banen_set;

inc_status banen_set_load(inc_db *db, const banen_filter *f, banen_set *out, inc_error *e);
void banen_set_free(banen_set *s);

#endif
