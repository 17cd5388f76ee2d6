/* The social-return register: contracts with their computed obligation, realisations valued by
 * the building-block catalogue, verification, progress and the overdue lists.
 * Reads return jansson "read models" (the same JSON the CLI prints with --json and the API sends). */
#ifndef INC_REGISTER_H
#define INC_REGISTER_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/field_source.h"
#include "core/obligation.h"
#include "core/progress.h"
#include "core/register_input.h"
#include "core/valuation.h"
#include "store/db.h"

/* ---- contracts (input types and parsing: core/register_input.h) ---- */
/* REG_BULK: for imports inside one transaction: no audit entry per row (the import writes one) and no
 * running-total update per realisation (call contract_totals_recompute once at the end). */
enum { REG_BULK = 1 };

/* Registers a contract: computes its obligation by the policy in force on the award date,
 * creates the contractor organisation if new. Runs inside the caller's transaction if one is open. */
inc_status contract_register(inc_db *db, const inc_contract_input *in, int flags, int64_t *id, inc_error *e);
/* Finds a contract id by municipality code and reference. */
inc_status contract_find(inc_db *db, const char *municipality, const char *reference, int64_t *id, inc_error *e);
/* Scope facts for authorisation: the contract's municipality code and contractor organisation id. */
inc_status contract_scope(inc_db *db, int64_t id, char municipality[48], int64_t *contractor_id, inc_error *e);
/* First contact of the contractor with the SR-team. */
inc_status contract_set_contact(inc_db *db, int64_t id, inc_date day, inc_error *e);
/* The yearly report of a multi-year contract, year_no 1.. */
inc_status contract_yearly_report(inc_db *db, int64_t id, int year_no, const char *remarks, inc_error *e);

typedef struct {
    const char *const *municipalities;  /* NULL-terminated codes; NULL = all */
    int64_t contractor_id;              /* 0 = all */
    int year;                           /* award year; 0 = all */
    bool status_set;
    inc_progress_status status;
    const char *overdue;                /* NULL, "contact", "yearly-report", "behind" */
    const char *query;                  /* text in reference/title/contractor; NULL = none */
    int page, per_page;                 /* 1-based; per_page 0 = all */
} inc_contract_filter;

/* {items:[contract summary...], total, page, per_page} — summary includes obligation and progress. */
inc_status contract_list_json(inc_db *db, const inc_contract_filter *f, inc_date today, json_t **out, inc_error *e);
/* One contract with obligation, progress, deadlines and its realisations. */
inc_status contract_show_json(inc_db *db, int64_t id, inc_date today, json_t **out, inc_error *e);

/* Lookups shared by the register's writes and the application layer. */
/* The id of a municipality by its code (INC_EINVAL, field "municipality", when unknown). */
inc_status municipality_id_by_code(inc_db *db, const char *code, int64_t *id, inc_error *e);
/* The organisation with this KvK number, created with `name` when new (INC_EINVAL, field
 * "contractor_name", when new and no name is given). */
inc_status organisation_ensure(inc_db *db, const char *kvk, const char *name, int64_t *id, inc_error *e);
/* The catalogue in force on the award date; contracts awarded before the first catalogue in the
 * database use that first catalogue (INC_ENOTFOUND, field "award_date", when there is none). */
inc_status catalogue_for_award(inc_db *db, inc_date award, int64_t *catalogue_id, inc_error *e);

/* ---- realisations ---- */
/* Values a realisation and stores it as 'gemeld'. Refuses a person counted for days already counted
 * on any contract in the database, naming that contract and the overlapping days.
 * Runs in the caller's transaction when one is open, else in its own. */
inc_status realisation_add(inc_db *db, const inc_realisation_input *in, int flags, int64_t *id, inc_error *e);
/* SR-team decision: verify, or reject with a reason. Only from 'gemeld'. */
inc_status realisation_verify(inc_db *db, int64_t id, inc_error *e);
inc_status realisation_reject(inc_db *db, int64_t id, const char *reason, inc_error *e);
/* Scope facts: the realisation's contract id. */
inc_status realisation_contract(inc_db *db, int64_t id, int64_t *contract_id, inc_error *e);
inc_status realisation_list_json(inc_db *db, int64_t contract_id, const char *status, json_t **out, inc_error *e);
/* One realisation as in that list (INC_ENOTFOUND when there is none with this id). */
inc_status realisation_show_json(inc_db *db, int64_t id, json_t **out, inc_error *e);
/* Creates or links the banenafspraak employment record of every banenafspraak realisation that has
 * none yet (after a bulk import; the single-realisation flow links at once). */
inc_status realisations_link_banen_pending(inc_db *db, inc_error *e);
/* Recomputes verified/reported totals of every contract (after a bulk import), by the rule and
 * statement of store/contract_totals.h (implemented there). */
inc_status contract_totals_recompute(inc_db *db, inc_error *e);

/* ---- reports ---- */
/* Per municipality and award year: contracts, obligation, verified, reported, expected, statuses. */
inc_status sroi_report_json(inc_db *db, const char *const *municipalities, int year, inc_date today, json_t **out,
                            inc_error *e);
/* {contact:[...], yearly_report:[...], behind:[...]}: what the SR-team must chase today. */
inc_status overdue_json(inc_db *db, const char *const *municipalities, int64_t contractor_id, inc_date today,
                        json_t **out, inc_error *e);

#endif
