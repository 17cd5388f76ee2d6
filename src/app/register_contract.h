/* The register's contracts as user actions: register one, record the first contact and a yearly
 * report (each in the caller's transaction when one is open, else in its own, with its audit
 * entry), and read the list and the detail as the one JSON view (io/register_view.h). */
#ifndef INC_APP_REGISTER_CONTRACT_H
#define INC_APP_REGISTER_CONTRACT_H
#include "app/app.h"
#include "core/contract.h"
#include "core/register_input.h"
#include "io/view_out.h"

/* Registers a contract: computes its obligation by the policy in force on the award date (met by
 * SEBO when inkoop says so or the SEBO registry holds a certificate on that day), creates the
 * contractor organisation if new. A duplicate reference is INC_ECONFLICT (field "reference"). */
inc_status app_contract_register(inc_db *db, const inc_contract_input *in, int64_t *id, inc_error *e);
/* Records the first contact of the contractor with the SR-team; a day after today is refused. */
inc_status app_contract_contact(inc_db *db, int64_t id, inc_date day, inc_error *e);
/* Records the yearly report year_no (1.. the number of anniversaries in the contract period). */
inc_status app_contract_yearly_report(inc_db *db, int64_t id, int year_no, const char *remarks, inc_error *e);

/* A contract id by municipality code and reference (INC_ENOTFOUND, field "contract_reference"). */
inc_status app_contract_find(inc_db *db, const char *municipality, const char *reference, int64_t *id, inc_error *e);
/* Scope facts for authorisation: the contract's municipality code and contractor organisation id
 * (INC_ENOTFOUND when there is none). */
inc_status app_contract_scope(inc_db *db, int64_t id, char municipality[48], int64_t *contractor_id, inc_error *e);

/* The list {items:[contract...], total, page, per_page}, progress and flags as of today. */
inc_status app_contract_list(inc_db *db, const inc_contract_filter *f, inc_date today, view_out *o, inc_error *e);
/* One contract with its realisations (INC_ENOTFOUND, field "id", when there is none). */
inc_status app_contract_show(inc_db *db, int64_t id, inc_date today, view_out *o, inc_error *e);
/* The same for a caller whose right to see it depends on the contract's municipality and contractor:
 * gate is asked with them as soon as the contract is read, before anything is written, so the scope
 * check needs no statement of its own. When it refuses: INC_EFORBIDDEN, nothing written, nothing
 * more read (the gate has answered its caller). */
typedef bool (*app_contract_gate)(void *ctx, const char *municipality, int64_t contractor_id);
inc_status app_contract_show_if(inc_db *db, int64_t id, inc_date today, app_contract_gate gate, void *ctx,
                                view_out *o, inc_error *e);
/* {date, contact:[...], yearly_report:[...], behind:[...]}: what the SR-team must chase today, in
 * the municipalities given (NULL: all) or of one contractor (0: all). */
inc_status app_overdue(inc_db *db, const char *const *municipalities, int64_t contractor_id, inc_date today,
                       view_out *o, inc_error *e);

#endif
