/* contract_counts (migration 020): the contracts per municipality the list's total reads, kept by
 * triggers. On SQLite the insert trigger runs once per row, which cost a bulk import of 60,000
 * contracts 44 % (0.70 -> 1.01 s, docs/bench.md); a bulk import pauses it inside its own
 * transaction and counts once at the end. PostgreSQL counts per statement: nothing to pause. */
#ifndef INC_STORE_CONTRACT_COUNTS_H
#define INC_STORE_CONTRACT_COUNTS_H
#include "store/db.h"

typedef struct {
    bool paused;
    char trigger_sql[1024];   /* the trigger as the schema holds it, to put back */
} contract_counts_pause;

/* In a transaction on SQLite: drops the insert trigger (put back by contract_counts_resume, or by
 * the transaction's rollback). Elsewhere: nothing. */
inc_status contract_counts_pause_insert(inc_db *db, contract_counts_pause *p, inc_error *e);
/* Counts every municipality's contracts afresh and puts the trigger back. */
inc_status contract_counts_resume(inc_db *db, contract_counts_pause *p, inc_error *e);

#endif
