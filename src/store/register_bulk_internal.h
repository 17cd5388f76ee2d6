/* The bulk handle's state, shared by register_bulk.c (cached lookups, contracts) and
 * register_bulk_rows.c (realisations held back for multi-row inserts, running totals).
 * Internal to those two files. */
#ifndef INC_REGISTER_BULK_INTERNAL_H
#define INC_REGISTER_BULK_INTERNAL_H
#include "core/obligation.h"
#include "store/contract_totals.h"
#include "store/policy_store.h"
#include "store/register_bulk.h"
#include "store/register_facts.h"
#include "store/register_write.h"

#define MAX_MUNICIPALITIES 64
#define MAX_CATALOGUES 64
#define ORG_SLOTS (1u << 16)       /* organisations cached; the table is emptied when 3/4 full */
#define MAX_SEBO_KVKS 4096         /* organisations with any SEBO certificate: a few dozen in practice */
#define PENDING_ROWS 64            /* realisations stored per multi-row INSERT */

typedef struct {
    char code[48];
    int64_t id;
    inc_policy policies[MAX_POLICIES];
    int64_t policy_ids[MAX_POLICIES];
    int npolicies;
} muni_entry;

typedef struct {
    uint32_t kvk_plus_one;  /* 0 = empty slot */
    int64_t id;
} org_entry;

struct register_bulk {
    inc_db *db;
    muni_entry munis[MAX_MUNICIPALITIES];
    int nmunis;
    struct { int64_t id; inc_date from; } catalogues[MAX_CATALOGUES];
    int ncatalogues;  /* -1 until loaded */
    org_entry *orgs;
    unsigned norgs;
    register_facts *facts;  /* contracts and blocks (the import's one cache of them) */
    int64_t contracts_before;  /* max contract id when the batch began; -1 until read */
    uint32_t sebo_kvks[MAX_SEBO_KVKS];  /* KvK numbers with any SEBO certificate, sorted */
    int nsebo;                          /* -1 until loaded; -2 when too many to list (always ask) */
    bool warm;  /* every municipality, the catalogues and the SEBO list loaded: read-only from here on */
    realisation_row pending[PENDING_ROWS];  /* valued, not yet stored (see flush_pending) */
    int npending;
    contract_totals_batch totals;  /* what the stored rows add to their contracts' running totals */
};

#endif
