/* From the SROI register to the banenafspraak monitor: a realisation for a banenafspraak candidate
 * (block code mu-banenafspraak) creates or links the employment record of the same person at the
 * same employer (the contractor), so the placement is typed once. */
#ifndef INC_BANEN_LINK_H
#define INC_BANEN_LINK_H
#include <stdbool.h>
#include <stdint.h>
#include "core/banen.h"
#include "store/db.h"

#define BANEN_LINK_BLOCK_CODE "mu-banenafspraak"

typedef struct {
    int64_t employment_id;
    bool created;   /* true: a new record was made; false: linked to an existing one (or already linked) */
} banen_link_result;

/* What a realisation does not say; NULL options take the defaults: target group participatiewet
 * (doelgroepregister), contract tijdelijk, instrument loonkostensubsidie when the realisation has a
 * subsidy end, else geen. The source is always sroi. */
typedef struct {
    bool has_group, has_contract, has_instrument;
    banen_group group;
    banen_contract contract;
    banen_instrument instrument;
} banen_link_opts;

/* Works inside the caller's transaction when one is open, else in one of its own. Idempotent:
 * a realisation already linked returns its record. Refuses realisations of another block, without a
 * person, without weekly hours, or rejected (afgewezen). Audit-logged. */
inc_status banen_link_realisation_opts(inc_db *db, int64_t realisation_id, const banen_link_opts *opts,
                                       banen_link_result *out, inc_error *e);
inc_status banen_link_realisation(inc_db *db, int64_t realisation_id, banen_link_result *out, inc_error *e);

/* The entry point for the register's realisation flow. */
inc_status banen_link_from_realisation(inc_db *db, int64_t realisation_id, inc_error *e);

/* Links every pending banenafspraak realisation (block mu-banenafspraak, with a person, not rejected,
 * not linked yet) with the same result as banen_link_from_realisation on each in id order: the same
 * records, links and audit entries, ids included, and the same first error. A new person/employer
 * pair with one pending realisation is done set-based; every other one row by row at its place.
 * Works inside the caller's transaction when one is open, else in one of its own (all or nothing). */
inc_status banen_link_pending_bulk(inc_db *db, inc_error *e);

#endif
