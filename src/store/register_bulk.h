/* Bulk registration for CSV imports: the same rules and the same stored rows as the single-record
 * flow (app_contract_register, realisation_insert), made fast for hundreds of thousands of rows
 * in one transaction:
 *   - lookups are cached for the life of the bulk handle: municipality -> id and policy versions,
 *     catalogues (in force by award date), organisations by KvK number, and the contract and block
 *     facts (store/register_facts.h, the import's one cache of them); every cache is bounded;
 *   - statements are prepared once (db_stmt);
 *   - a candidate first seen in this import has no earlier realisations, so the double-counting
 *     and cap queries are skipped for it;
 *   - realisations are stored 64 at a time in one multi-row INSERT (flushed before any query that
 *     reads a person's earlier realisations), and the contracts' running totals are added up in
 *     memory and written once per contract by register_bulk_finish.
 * The caller owns the transaction (db_begin ... db_commit/db_rollback) and calls register_bulk_finish
 * before committing. No audit entry per row: the import writes one. The handle must not outlive the
 * transaction (caches would go stale after a rollback). */
#ifndef INC_REGISTER_BULK_H
#define INC_REGISTER_BULK_H
#include "core/register_input.h"
#include "core/realisation.h"
#include "store/db.h"
#include "store/register.h"

typedef struct register_bulk register_bulk;

register_bulk *register_bulk_new(inc_db *db);
void register_bulk_free(register_bulk *b);

/* As app_contract_register(db, in, id, e) without its audit entry. A duplicate reference fails with INC_ECONFLICT,
 * field "reference"; *earlier_in_batch tells whether the other contract came from this bulk handle. */
inc_status register_bulk_contract(register_bulk *b, const inc_contract_input *in, int64_t *id, bool *earlier_in_batch,
                                  inc_error *e);

/* For the import's reading thread: register_bulk_warm loads every municipality with its policies,
 * the catalogues and the SEBO list before the reading starts; from then on they only change for a
 * database with more than 64 municipalities, which is not warmed. register_bulk_contract_prepare
 * then runs the rules that need nothing else (obligation, policy, catalogue) on any thread; false
 * when the writing thread must do it (unknown municipality, an organisation with a SEBO
 * certificate, not warmed). register_bulk_contract_prepared finishes it on the writing thread:
 * the same outcome and stored row as register_bulk_contract. */
typedef struct {
    inc_status status;  /* INC_OK, or the refusal in error */
    inc_error error;
    contract_resolved r;  /* contractor_id still 0 */
} contract_prepared;
inc_status register_bulk_warm(register_bulk *b, inc_error *e);
bool register_bulk_contract_prepare(const register_bulk *b, const inc_contract_input *in, contract_prepared *out);
inc_status register_bulk_contract_prepared(register_bulk *b, const inc_contract_input *in, const contract_prepared *p,
                                           int64_t *id, bool *earlier_in_batch, inc_error *e);

/* As realisation_insert(db, in, ...) plus the contract's running total, for inputs naming
 * municipality + contract_reference (an input with contract_id is passed on to realisation_insert). The
 * row may be stored later (by the next call or register_bulk_finish): a failure to store it is INC_EIO. */
inc_status register_bulk_realisation(register_bulk *b, const inc_realisation_input *in, inc_error *e);

/* For the import's reading thread: register_bulk_snapshot loads every contract and block before
 * an import writes anything (the facts cache is then read-only, store/register_facts.h);
 * register_bulk_realisation_prepare resolves an input's contract and block from it and runs step 1
 * of the rules, safe on any thread; false when the input names a contract by id, or a contract or
 * block the snapshot does not hold (the writing thread then looks it up and reports what is wrong).
 * register_bulk_realisation_prepared finishes it on the writing thread. */
typedef struct {
    const contract_facts *contract;  /* inside the bulk handle's facts */
    const inc_block *block;
    int64_t block_id;
    realisation_pre pre;
} realisation_prepared;
inc_status register_bulk_snapshot(register_bulk *b, inc_error *e);
bool register_bulk_realisation_prepare(const register_bulk *b, const inc_realisation_input *in,
                                       realisation_prepared *out);
inc_status register_bulk_realisation_prepared(register_bulk *b, const inc_realisation_input *in,
                                              const realisation_prepared *p, inc_error *e);

/* Stores the realisations held back and adds their value to the contracts' running totals. */
inc_status register_bulk_finish(register_bulk *b, inc_error *e);

#endif
