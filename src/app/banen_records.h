/* Employment records under the banenafspraak: one function per action of `inclusio banen` and the
 * employment endpoints (register one, list, read one, link an SROI realisation, the municipality as
 * employer). Each write is one transaction with its audit-log entry. */
#ifndef INC_APP_BANEN_RECORDS_H
#define INC_APP_BANEN_RECORDS_H
#include <stdbool.h>
#include <stddef.h>
#include "app/app.h"
#include "core/banen_input.h"
#include "core/banen_record.h"

/* Registers one checked record (core/banen_input.h): resolves municipality, person (pseudonym) and
 * employer (made when new), refuses a second record of the same person at the same employer with an
 * overlapping period. */
inc_status app_banen_record_add(inc_db *db, const banen_input *in, int64_t *id, inc_error *e);

/* Checks that the filter names existing things: INC_ENOTFOUND (Dutch message, field municipality,
 * region or employer) otherwise, INC_EINVAL for a malformed KvK number. */
inc_status app_banen_filter_check(inc_db *db, const banen_filter *f, inc_error *e);

/* The records of the filter (check it first with app_banen_filter_check: an unknown name reads as
 * no records), newest start first, at most limit (0 = all) from offset. Caller frees *out. */
inc_status app_banen_records_list(inc_db *db, const banen_filter *f, int limit, int offset, banen_record **out,
                                  size_t *n, inc_error *e);
/* One record; INC_ENOTFOUND when there is none. */
inc_status app_banen_record_get(inc_db *db, int64_t id, banen_record *out, inc_error *e);

/* The municipality (code) of a realisation's contract, for authorisation; INC_ENOTFOUND when the
 * realisation does not exist. */
inc_status app_banen_realisation_municipality(inc_db *db, int64_t realisation_id, char code[64], inc_error *e);

/* Links an SROI realisation of a banenafspraak candidate to the employment record of the same person
 * at the same employer, creating the record when there is none. Idempotent. *created tells whether a
 * record was made; *employment_id is the record. */
inc_status app_banen_link_realisation(inc_db *db, int64_t realisation_id, int64_t *employment_id, bool *created,
                                      inc_error *e);

/* Registers which organisation (KvK, made with `name` when new) is the municipality itself as
 * employer. */
inc_status app_banen_own_employer_set(inc_db *db, const char *municipality, const char *kvk, const char *name,
                                      inc_error *e);

#endif
