/* The one cache of contract and block facts during an import (issue 12): what a realisation needs of
 * its contract (id, catalogue, dates, whether the obligation applies) by municipality code and
 * reference, and a catalogue's blocks by code. Two ways to fill it:
 *   - lazily, one lookup per contract or block first asked for, bounded (emptied when 3/4 full), for
 *     the bulk handle's writing thread;
 *   - whole, before an import writes anything (register_facts_load_all): every contract and block, so
 *     the import's reading thread can resolve inputs and run the rules that need no database
 *     (realisation_prevalue) while the writing thread stores. From then on the cache is frozen:
 *     read-only, safe on any thread; the writing thread looks up what it does not hold without
 *     keeping it. A realisations import does not change these facts, so they stay true for the
 *     whole import. Memory: about 150 bytes per contract.
 * Internal to src/store (register_bulk owns one). */
#ifndef INC_REGISTER_FACTS_H
#define INC_REGISTER_FACTS_H
#include <stdbool.h>
#include "core/realisation.h"
#include "core/valuation.h"
#include "store/db.h"

#define FACTS_MAX_CONTRACTS 500000  /* about 75 MB */

typedef struct register_facts register_facts;

register_facts *register_facts_new(void);
void register_facts_free(register_facts *f);

/* Every contract and block; freezes the cache (not when there are more than FACTS_MAX_CONTRACTS:
 * then it stays lazy and nothing is found by the read-only lookups' callers ahead of the writes). */
inc_status register_facts_load_all(register_facts *f, inc_db *db, inc_error *e);
bool register_facts_frozen(const register_facts *f);

/* Read-only lookups, safe on any thread once frozen: NULL when the cache does not hold it. */
const contract_facts *register_facts_find_contract(const register_facts *f, const char *municipality,
                                                   const char *reference);
const inc_block *register_facts_find_block(const register_facts *f, int64_t catalogue_id, const char *code,
                                           int64_t *block_id);

/* The writing thread: from the cache, else from the database (kept unless frozen; a result not kept
 * is valid until the next call). An unknown contract is INC_ENOTFOUND (field contract_reference),
 * an unknown block INC_EINVAL (block_by_code). */
inc_status register_facts_contract(register_facts *f, inc_db *db, const char *municipality, const char *reference,
                                   const contract_facts **out, inc_error *e);
inc_status register_facts_block(register_facts *f, inc_db *db, int64_t catalogue_id, const char *code,
                                const inc_block **out, int64_t *block_id, inc_error *e);

#endif
