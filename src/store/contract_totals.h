/* A contract's running totals (contracts.reported_cents, verified_cents): the one statement that
 * writes them, by the one rule of what a realisation adds (realisation_contribution,
 * core/realisation.h). The single report, the bulk import, verify/reject and the recomputation all
 * go through here. */
#ifndef INC_CONTRACT_TOTALS_H
#define INC_CONTRACT_TOTALS_H
#include <stddef.h>
#include <stdint.h>
#include "core/realisation.h"
#include "store/db.h"

/* Changes to many contracts' totals added up in memory (indexed by contract id: dense rowids) and
 * written in contract order, several contracts per statement. Zero-initialise; free with
 * contract_totals_batch_free. */
typedef struct {
    contract_totals *added;
    size_t n;
} contract_totals_batch;
inc_status contract_totals_batch_add(contract_totals_batch *t, int64_t contract_id, contract_totals d, inc_error *e);
inc_status contract_totals_batch_write(inc_db *db, contract_totals_batch *t, inc_error *e);
void contract_totals_batch_free(contract_totals_batch *t);

/* One realisation of the contract moving from status `from` to `to` (NULL: none), e.g. NULL ->
 * "gemeld" when reported, "gemeld" -> "geverifieerd" when verified. */
inc_status contract_totals_move(inc_db *db, int64_t contract_id, const char *from, const char *to, int64_t value_cents,
                                inc_error *e);
#endif
