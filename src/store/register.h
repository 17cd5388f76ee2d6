/* The social-return register's persistence: contracts with their computed obligation, realisations
 * valued by the building-block catalogue, the SR-team's decisions, lookups, and typed reads of the
 * records (core/contract.h, core/realisation.h, core/sroi_report.h). The user actions around them
 * (transactions, audit entries, running totals) are the application layer's (app/register_*.h). */
#ifndef INC_REGISTER_H
#define INC_REGISTER_H
#include <stdbool.h>
#include <stdint.h>
#include "core/contract.h"
#include "core/date.h"
#include "core/field_source.h"
#include "core/obligation.h"
#include "core/progress.h"
#include "core/realisation.h"
#include "core/register_input.h"
#include "core/sroi_report.h"
#include "core/valuation.h"
#include "store/db.h"

/* ---- contracts (input types and parsing: core/register_input.h; records: core/contract.h) ---- */
/* A contract's input resolved against the database: the ids it refers to and the rules' outcome. */
typedef struct {
    int64_t municipality_id, policy_id, catalogue_id, contractor_id;
    bool sebo_holder;            /* on the award date: inkoop's record or the SEBO registry */
    inc_obligation obligation;   /* computed by the policy in force on the award date */
} contract_resolved;

/* Inserts the contract with its computed obligation; a duplicate reference is INC_ECONFLICT
 * (field "reference"). No audit entry (the callers write theirs). */
#define CONTRACT_INSERT_COLUMNS                                                                                  \
    "municipality_id, department, reference, title, category, procedure, value_cents,"                           \
    " labour_share_bp, award_date, start_date, end_date, contractor_id, cpv, sebo_holder, extra_bp, exempted,"   \
    " exemption_pct_bp, exemption_by, exemption_date, exemption_reason, policy_id, catalogue_id, applies,"        \
    " base_pct_bp, percentage_bp, obligation_cents, met_by_sebo, sebo_covered_cents, obligation_reason, created_at"
/* contract_insert_resolved's values as one row of a bulk writer on CONTRACT_INSERT_COLUMNS (the
 * import's bulk path; the caller has checked the reference is new). */
inc_status contract_bulk_row(inc_bulk *out, inc_db *db, const inc_contract_input *in, const contract_resolved *r,
                             inc_error *e);
inc_status contract_insert_resolved(inc_db *db, const inc_contract_input *in, const contract_resolved *r, int64_t *id,
                                    inc_error *e);
/* Finds a contract id by municipality code and reference. */
inc_status contract_find(inc_db *db, const char *municipality, const char *reference, int64_t *id, inc_error *e);
/* Scope facts for authorisation: the contract's municipality code and contractor organisation id. */
inc_status contract_scope(inc_db *db, int64_t id, char municipality[48], int64_t *contractor_id, inc_error *e);
/* The contract's start and end date (INC_ENOTFOUND, field "id", when there is none). */
inc_status contract_dates(inc_db *db, int64_t id, inc_date *start, inc_date *end, inc_error *e);
/* Stores the day of the first contact of the contractor with the SR-team. */
inc_status contract_contact_store(inc_db *db, int64_t id, inc_date day, inc_error *e);
/* Stores the yearly report year_no as submitted now by the connection's actor (INC_ECONFLICT,
 * field "year_no", when it is in already). */
inc_status yearly_report_store(inc_db *db, int64_t id, int year_no, const char *remarks, inc_error *e);

/* Receives each contract record read; its texts live until the callback returns. */
typedef void (*contract_record_fn)(void *user, const contract_record *c);
/* The contracts the filter's conditions on stored columns select (municipalities, contractor, award
 * year, text), newest award first; the derived conditions (status, overdue) are the caller's.
 * limit > 0: only that many from offset. count: *total gets how many the conditions select. */
inc_status contract_records(inc_db *db, const inc_contract_filter *f, int limit, int64_t offset, bool count,
                           contract_record_fn fn, void *user, int64_t *total, inc_error *e);
/* One contract (INC_ENOTFOUND, field "id", when there is none). */
inc_status contract_record_by_id(inc_db *db, int64_t id, contract_record_fn fn, void *user, inc_error *e);

/* Lookups shared by the register's writes and the application layer. */
/* The id of a municipality by its code (INC_EINVAL, field "municipality", when unknown). */
inc_status municipality_id_by_code(inc_db *db, const char *code, int64_t *id, inc_error *e);
/* The organisation with this KvK number, created with `name` when new (INC_EINVAL, field
 * "contractor_name", when new and no name is given). */
inc_status organisation_ensure(inc_db *db, const char *kvk, const char *name, int64_t *id, inc_error *e);
/* The catalogue in force on the award date; contracts awarded before the first catalogue in the
 * database use that first catalogue (INC_ENOTFOUND, field "award_date", when there is none). */
inc_status catalogue_for_award(inc_db *db, inc_date award, int64_t *catalogue_id, inc_error *e);

/* ---- realisations (rules and records: core/realisation.h) ---- */
/* What a stored realisation was: its row and the names its audit entry gives. */
typedef struct {
    realisation_row row;
    char reference[64], municipality[48], block[40];
} realisation_stored;
/* Values a realisation by the rules and stores it as 'gemeld'. Refuses a person counted for days
 * already counted on any contract in the database, naming that contract and the overlapping days
 * to whom may see it. Stores nothing else: the running total, the banenafspraak link and the audit
 * entry are the caller's. */
inc_status realisation_insert(inc_db *db, const inc_realisation_input *in, realisation_stored *out, int64_t *id,
                              inc_error *e);
/* The realisation's contract, status and value (INC_ENOTFOUND, field "id", when there is none). */
inc_status realisation_state(inc_db *db, int64_t id, int64_t *contract_id, char status[16], int64_t *value_cents,
                             inc_error *e);
/* Stores the SR-team's decision (status "geverifieerd" or "afgewezen" with the reason), by the
 * connection's actor, now. */
inc_status realisation_decision_store(inc_db *db, int64_t id, const char *status, const char *reason, inc_error *e);
/* Scope facts: the realisation's contract id. */
inc_status realisation_contract(inc_db *db, int64_t id, int64_t *contract_id, inc_error *e);

/* Receives each realisation record read; its texts live until the callback returns. */
typedef void (*realisation_record_fn)(void *user, const realisation_record *r);
/* The realisations of a contract (0: all), of one status or any (NULL), by start date. */
inc_status realisation_records(inc_db *db, int64_t contract_id, const char *status, realisation_record_fn fn,
                               void *user, inc_error *e);
/* One realisation (INC_ENOTFOUND, field "id", when there is none). */
inc_status realisation_record_by_id(inc_db *db, int64_t id, realisation_record_fn fn, void *user, inc_error *e);
/* Recomputes verified/reported totals of every contract (after a bulk import), by the rule and
 * statement of store/contract_totals.h (implemented there). */
inc_status contract_totals_recompute(inc_db *db, inc_error *e);

/* ---- reports ---- */
/* Receives each contract the SROI report reads; its texts live until the callback returns. */
typedef void (*sroi_contract_fn)(void *user, const sroi_contract *c);
/* The contracts awarded in `year` (0: all), in no particular order. */
inc_status sroi_contracts(inc_db *db, int year, sroi_contract_fn fn, void *user, inc_error *e);

#endif
