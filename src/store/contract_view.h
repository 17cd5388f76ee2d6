/* Read models of contracts: one row of the contract query turned into JSON with the obligation,
 * the progress (computed for `today`) and the deadlines. Shared by the list, the detail and reports. */
#ifndef INC_CONTRACT_VIEW_H
#define INC_CONTRACT_VIEW_H
#include <jansson.h>
#include "core/progress.h"
#include "store/db.h"

/* Columns every contract view query selects, in this order, from contracts c, municipalities m,
 * organisations o. */
#define CONTRACT_VIEW_COLS                                                                                      \
    "c.id, m.code, c.department, c.reference, c.title, c.category, c.procedure, c.value_cents,"                 \
    " c.labour_share_bp, c.award_date, c.start_date, c.end_date, o.id, o.kvk, o.name, c.cpv, c.sebo_holder,"    \
    " c.extra_bp, c.exempted, c.exemption_pct_bp, c.exemption_by, c.exemption_date, c.exemption_reason,"        \
    " c.applies, c.base_pct_bp, c.percentage_bp, c.obligation_cents, c.met_by_sebo, c.sebo_covered_cents,"      \
    " c.obligation_reason, c.verified_cents, c.reported_cents, c.contact_date,"                                 \
    " (SELECT group_concat(year_no) FROM yearly_reports y WHERE y.contract_id = c.id), m.name"
#define CONTRACT_VIEW_FROM \
    " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id JOIN organisations o ON o.id = c.contractor_id"

typedef struct {
    inc_progress progress;
    bool contact_overdue;
    int yearly_overdue;          /* yearly reports past their deadline and not submitted */
} contract_flags;

/* Builds the JSON of the row at the statement's current position and its derived flags. */
json_t *contract_view_json(sqlite3_stmt *st, inc_date today, contract_flags *flags);

/* Internal lookups shared by the register's store files. */
inc_status municipality_id_by_code(inc_db *db, const char *code, int64_t *id, inc_error *e);
inc_status organisation_ensure(inc_db *db, const char *kvk, const char *name, int64_t *id, inc_error *e);

#endif
