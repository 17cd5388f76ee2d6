/* A read-only picture of the contracts and building blocks, taken before an import writes anything,
 * so a second thread can resolve realisation inputs and run the rules that need no database
 * (realisation_prevalue) while the writing thread stores. Realisation imports do not change the
 * facts it holds (contract dates, catalogue, obligation applies; blocks), so it stays true for the
 * whole import. Memory: about 130 bytes per contract. */
#ifndef INC_REGISTER_SNAPSHOT_H
#define INC_REGISTER_SNAPSHOT_H
#include <stdbool.h>
#include "core/register_input.h"
#include "store/db.h"
#include "store/register_write.h"

#define SNAPSHOT_MAX_CONTRACTS 500000  /* beyond this (about 70 MB) the snapshot holds none: rows are looked up */

typedef struct register_snapshot register_snapshot;

register_snapshot *register_snapshot_new(inc_db *db, inc_error *e);
void register_snapshot_free(register_snapshot *s);

/* One input resolved ahead: its contract and block, and step 1 of the rules. */
typedef struct {
    const contract_facts *contract;  /* inside the snapshot */
    const inc_block *block;
    int64_t block_id;
    realisation_pre pre;
} realisation_prepared;

/* Safe on any thread. false when the input names a contract by id, or a contract or block the
 * snapshot does not hold (the writing thread then looks it up and reports what is wrong). */
bool register_snapshot_prepare(const register_snapshot *s, const inc_realisation_input *in, realisation_prepared *out);

#endif
