/* The bulk handle's state, shared by register_bulk.c (cached lookups, contracts) and
 * register_bulk_rows.c (realisations held back for multi-row inserts, running totals).
 * Internal to those two files. */
#ifndef INC_REGISTER_BULK_INTERNAL_H
#define INC_REGISTER_BULK_INTERNAL_H
#include "core/obligation.h"
#include "store/contract_totals.h"
#include "store/policy_store.h"
#include "store/register_bulk.h"
#include "store/register_write.h"

#define MAX_MUNICIPALITIES 64
#define MAX_CATALOGUES 64
#define MAX_CACHED_BLOCKS 256
#define ORG_SLOTS (1u << 16)       /* organisations cached; the table is emptied when 3/4 full */
#define MAX_SEBO_KVKS 4096         /* organisations with any SEBO certificate: a few dozen in practice */
#define CONTRACT_SLOTS (1u << 17)  /* contracts cached (98,304 before emptying), about 12 MB */
#define PENDING_ROWS 64            /* realisations stored per multi-row INSERT */

typedef struct {
    char code[48];
    int64_t id;
    inc_policy policies[MAX_POLICIES];
    int64_t policy_ids[MAX_POLICIES];
    int npolicies;
} muni_entry;

typedef struct {
    int64_t catalogue_id, block_id;
    inc_block block;
} block_entry;

typedef struct {
    uint32_t kvk_plus_one;  /* 0 = empty slot */
    int64_t id;
} org_entry;

typedef struct {
    uint32_t hash;
    bool used, applies;
    int16_t muni;  /* index into munis[] at the time of caching; checked by code below */
    int64_t id, catalogue_id;
    inc_date start, end;
    char reference[64];
} contract_entry;

struct register_bulk {
    inc_db *db;
    muni_entry munis[MAX_MUNICIPALITIES];
    int nmunis;
    struct { int64_t id; inc_date from; } catalogues[MAX_CATALOGUES];
    int ncatalogues;  /* -1 until loaded */
    block_entry blocks[MAX_CACHED_BLOCKS];
    int nblocks;
    org_entry *orgs;
    unsigned norgs;
    contract_entry *contracts;
    unsigned ncontracts;
    int64_t contracts_before;  /* max contract id when the batch began; -1 until read */
    uint32_t sebo_kvks[MAX_SEBO_KVKS];  /* KvK numbers with any SEBO certificate, sorted */
    int nsebo;                          /* -1 until loaded; -2 when too many to list (always ask) */
    bool warm;  /* every municipality, the catalogues and the SEBO list loaded: read-only from here on */
    realisation_row pending[PENDING_ROWS];  /* valued, not yet stored (see flush_pending) */
    int npending;
    contract_totals_batch totals;  /* what the stored rows add to their contracts' running totals */
};

/* The contract's facts by municipality code and reference, cached (INC_ENOTFOUND when unknown). */
inc_status bulk_contract_facts(register_bulk *b, const char *municipality, const char *reference,
                               const contract_entry **out, inc_error *e);
/* A block of a catalogue by code, cached (INC_EINVAL when unknown). */
inc_status bulk_block(register_bulk *b, int64_t catalogue_id, const char *code, const inc_block **out,
                      int64_t *block_id, inc_error *e);

#endif
