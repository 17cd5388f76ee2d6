/* The register's realisations as user actions: a contractor reports one, the SR-team verifies or
 * rejects it (each in the caller's transaction when one is open, else in its own, keeping the
 * contract's running totals and writing the audit entry), and the list read as the one JSON view
 * (io/register_view.h). */
#ifndef INC_APP_REGISTER_REALISATION_H
#define INC_APP_REGISTER_REALISATION_H
#include "app/app.h"
#include "core/register_input.h"
#include "io/view_out.h"

/* Values a realisation and stores it as 'gemeld'; a banenafspraak candidate's job is created or
 * linked in the employment records. Refuses a person counted for days already counted on any
 * contract, naming that contract and the overlapping days to whom may see it. */
inc_status app_realisation_report(inc_db *db, const inc_realisation_input *in, int64_t *id, inc_error *e);
/* The SR-team's decision, only on a realisation still 'gemeld' (INC_ECONFLICT otherwise): verify,
 * or reject with a reason (at most 500 characters). */
inc_status app_realisation_verify(inc_db *db, int64_t id, inc_error *e);
inc_status app_realisation_reject(inc_db *db, int64_t id, const char *reason, inc_error *e);

/* Scope facts: the realisation's contract (INC_ENOTFOUND when there is none). */
inc_status app_realisation_contract(inc_db *db, int64_t id, int64_t *contract_id, inc_error *e);

/* The array `key` (NULL: as the root) of the realisations of a contract (0: all) of one status
 * (NULL: any; else gemeld, geverifieerd or afgewezen, INC_EINVAL otherwise). */
inc_status app_realisation_list(inc_db *db, int64_t contract_id, const char *status, view_out *o, const char *key,
                                inc_error *e);
/* One realisation as in that list (INC_ENOTFOUND, field "id", when there is none). */
inc_status app_realisation_show(inc_db *db, int64_t id, view_out *o, inc_error *e);

#endif
