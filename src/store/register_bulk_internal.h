/* The bulk handle's state, shared by register_bulk.c (cached lookups, contracts) and
 * register_bulk_rows.c (realisations held back for multi-row inserts, running totals).
 * Internal to those two files. */
#ifndef INC_REGISTER_BULK_INTERNAL_H
#define INC_REGISTER_BULK_INTERNAL_H
#include "store/contract_counts.h"
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
    contract_counts_pause counts;   /* SQLite: the per-row count paused while contracts arrive */
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
    /* Where the database has a bulk writer (db_bulk_open; PostgreSQL's COPY): realisations and new
     * persons go through it instead of statements, persons found in a map of every pseudonym
     * loaded at the first one (register_bulk_rows.c). NULL: statements (SQLite). */
    inc_bulk *rows_out, *persons_out;
    struct bulk_person *persons;   /* open addressing by pseudonym; NULL until loaded */
    size_t npersons, person_slots;
    bool persons_unmapped;         /* too many to map: persons through statements */
    int64_t person_ids[4096];      /* ids reserved from the persons sequence */
    int nperson_ids, next_person_id;
    /* Contracts through the bulk writer: organisations all in orgs[] (orgs_all), new ones written
     * with reserved ids; a reference checked against every contract before (facts, loaded whole)
     * and the ones of this import (added[]). */
    inc_bulk *contracts_out, *orgs_out;
    bool contracts_ready, orgs_all;
    int64_t org_ids[256];
    int norg_ids, next_org_id;
    struct bulk_added *added;
    size_t nadded, added_slots;
    bool keys_trusted;  /* db_bulk_trust_keys on until register_bulk_finish */
};

void bulk_writers_close(register_bulk *b);
/* With bulk writers: every key the rows hold comes from a lookup in this transaction (the caches
 * above, the persons' map), so the database may skip its per-row foreign-key checks, as SQLite's
 * import does (store/import_store.h); on until register_bulk_finish has sent the rows. */
void bulk_trust_keys(register_bulk *b);

#endif
