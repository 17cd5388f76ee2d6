/* The import's one cache of contract and block facts (register_facts.h). */
#include "store/register_facts.h"
#include "store/policy_store.h"
#include "store/register_write.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FACTS_MUNIS 512  /* the nation has 342 */
#define FACTS_BLOCKS 512
#define LAZY_SLOTS (1u << 17)  /* contracts kept when filled lazily (98,304 before emptying) */

typedef struct {
    uint32_t hash;
    contract_facts facts;
    char reference[64];
} fact_contract;

typedef struct {
    int64_t catalogue_id, id;
    inc_block block;
} fact_block;

struct register_facts {
    bool frozen;
    char munis[FACTS_MUNIS][48];  /* municipality codes the contracts point to */
    int nmunis;
    fact_contract *contracts;
    size_t ncontracts, capacity;
    uint32_t *slots;  /* index + 1 into contracts, 0 = empty; open addressing */
    size_t nslots;
    fact_block blocks[FACTS_BLOCKS];
    int nblocks;
    fact_contract scratch;  /* a contract looked up but not kept */
    char scratch_muni[48];
    fact_block scratch_block;
};

uint32_t contract_key_hash(const char *municipality, const char *reference)
{
    uint32_t h = 2166136261u;
    for (const char *s = municipality; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    h = (h ^ 0xff) * 16777619u;
    for (const char *s = reference; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

register_facts *register_facts_new(void) { return calloc(1, sizeof(register_facts)); }

void register_facts_free(register_facts *f)
{
    if (!f) return;
    free(f->contracts);
    free(f->slots);
    free(f);
}

bool register_facts_frozen(const register_facts *f) { return f->frozen; }

static void forget_contracts(register_facts *f)
{
    if (f->slots) memset(f->slots, 0, f->nslots * sizeof *f->slots);
    f->ncontracts = 0;
    f->nmunis = 0;
}

/* The code as kept for the contracts to point to; NULL when no room is left. */
static const char *muni_code(register_facts *f, const char *code)
{
    for (int i = 0; i < f->nmunis; i++)
        if (strcmp(f->munis[i], code) == 0) return f->munis[i];
    if (f->nmunis == FACTS_MUNIS || strlen(code) >= sizeof f->munis[0]) return NULL;
    snprintf(f->munis[f->nmunis], sizeof f->munis[0], "%s", code);
    return f->munis[f->nmunis++];
}

static inc_status table_alloc(register_facts *f, size_t capacity, size_t nslots, inc_error *e)
{
    f->contracts = malloc(capacity * sizeof *f->contracts);
    f->slots = calloc(nslots, sizeof *f->slots);
    if (!f->contracts || !f->slots) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    f->capacity = capacity;
    f->nslots = nslots;
    return INC_OK;
}

/* Reads one row (id, municipality code, reference, catalogue, start, end, applies) into c. */
static void read_contract(inc_stmt *st, const char *muni, fact_contract *c)
{
    snprintf(c->reference, sizeof c->reference, "%s", db_col_text(st, 2));
    c->hash = contract_key_hash(muni, c->reference);
    c->facts.id = db_col_int64(st, 0);
    c->facts.catalogue_id = db_col_int64(st, 3);
    date_parse(db_col_text(st, 4), &c->facts.start, "", NULL);
    date_parse(db_col_text(st, 5), &c->facts.end, "", NULL);
    c->facts.applies = db_col_int(st, 6);
    c->facts.municipality = muni;
    c->facts.reference = c->reference;
}

static void table_put(register_facts *f, fact_contract *c)
{
    size_t i = c->hash & (f->nslots - 1);
    while (f->slots[i]) i = (i + 1) & (f->nslots - 1);
    f->slots[i] = (uint32_t)(c - f->contracts) + 1;
}

#define CONTRACT_COLUMNS "SELECT c.id, m.code, c.reference, c.catalogue_id, c.start_date, c.end_date, c.applies"

static inc_status load_contracts(register_facts *f, inc_db *db, bool *all, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT count(*) FROM contracts", &st, e)) return INC_EIO;
    size_t n = db_step_rc(st) == DB_ROW ? (size_t)db_col_int64(st, 0) : 0;
    db_finalize(st);
    *all = n <= FACTS_MAX_CONTRACTS;
    if (n == 0 || !*all) return INC_OK;
    size_t nslots = 1024;
    while (nslots < 2 * n) nslots *= 2;
    if (table_alloc(f, n, nslots, e) != INC_OK) return INC_EINTERNAL;
    if (db_prepare(db, CONTRACT_COLUMNS " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id", &st, e))
        return INC_EIO;
    int rc = DB_DONE;
    while (f->ncontracts < n && (rc = db_step(db, st, e)) == DB_ROW) {
        const char *muni = muni_code(f, db_col_text(st, 1));
        const char *ref = db_col_text(st, 2);
        if (!muni || !ref || strlen(ref) >= sizeof f->contracts[0].reference) continue;  /* looked up when needed */
        fact_contract *c = &f->contracts[f->ncontracts++];
        read_contract(st, muni, c);
        table_put(f, c);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

static inc_status load_blocks(register_facts *f, inc_db *db, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT catalogue_id, code FROM blocks ORDER BY id", &st, e)) return INC_EIO;
    inc_status r = INC_OK;
    int rc = DB_DONE;
    f->nblocks = 0;
    while (r == INC_OK && f->nblocks < FACTS_BLOCKS && (rc = db_step(db, st, e)) == DB_ROW) {
        fact_block *b = &f->blocks[f->nblocks];
        b->catalogue_id = db_col_int64(st, 0);
        r = block_by_code(db, b->catalogue_id, db_col_text(st, 1), &b->block, &b->id, e);
        if (r == INC_OK) f->nblocks++;
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return r;
}

inc_status register_facts_load_all(register_facts *f, inc_db *db, inc_error *e)
{
    free(f->contracts);
    free(f->slots);
    f->contracts = NULL;
    f->slots = NULL;
    f->capacity = f->nslots = f->ncontracts = 0;
    f->nmunis = 0;
    bool all = false;
    if (load_blocks(f, db, e) != INC_OK || load_contracts(f, db, &all, e) != INC_OK) return e->status;
    f->frozen = all;  /* too many to hold: filled lazily by the writing thread, nothing prepared ahead */
    return INC_OK;
}

const contract_facts *register_facts_find_contract(const register_facts *f, const char *municipality,
                                                   const char *reference)
{
    if (!f->nslots) return NULL;
    uint32_t h = contract_key_hash(municipality, reference);
    for (size_t i = h & (f->nslots - 1); f->slots[i]; i = (i + 1) & (f->nslots - 1)) {
        const fact_contract *c = &f->contracts[f->slots[i] - 1];
        if (c->hash == h && strcmp(c->reference, reference) == 0 && strcmp(c->facts.municipality, municipality) == 0)
            return &c->facts;
    }
    return NULL;
}

const inc_block *register_facts_find_block(const register_facts *f, int64_t catalogue_id, const char *code,
                                           int64_t *block_id)
{
    for (int i = 0; i < f->nblocks; i++)
        if (f->blocks[i].catalogue_id == catalogue_id && strcmp(f->blocks[i].block.code, code) == 0) {
            *block_id = f->blocks[i].id;
            return &f->blocks[i].block;
        }
    return NULL;
}

inc_status register_facts_contract(register_facts *f, inc_db *db, const char *municipality, const char *reference,
                                   const contract_facts **out, inc_error *e)
{
    if ((*out = register_facts_find_contract(f, municipality, reference))) return INC_OK;
    /* One query on the unique indexes of municipalities (code) and contracts (municipality_id, reference). */
    static const char sql[] = CONTRACT_COLUMNS " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                                               " WHERE m.code = ? AND c.reference = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, municipality, -1, DB_STATIC);
    db_bind_text(st, 2, reference, -1, DB_STATIC);
    int rc = db_step_rc(st);
    if (rc != DB_ROW) {
        db_reset(st);
        if (rc != DB_DONE) return db_fail(db, e);
        return inc_fail(e, INC_ENOTFOUND, "contract_reference", "geen opdracht met referentie '%s' bij %s", reference,
                        municipality);
    }
    fact_contract *c = &f->scratch;
    const char *muni = NULL;
    if (!f->frozen && strlen(reference) < sizeof c->reference) {
        if (!f->slots && table_alloc(f, LAZY_SLOTS / 4 * 3, LAZY_SLOTS, e) != INC_OK) {
            db_reset(st);
            return INC_EINTERNAL;
        }
        if (f->ncontracts == f->capacity) forget_contracts(f);
        if (!(muni = muni_code(f, municipality))) {  /* more municipalities than kept: start over */
            forget_contracts(f);
            muni = muni_code(f, municipality);
        }
        if (muni) c = &f->contracts[f->ncontracts++];
    }
    if (!muni) {
        snprintf(f->scratch_muni, sizeof f->scratch_muni, "%s", municipality);
        muni = f->scratch_muni;
    }
    read_contract(st, muni, c);
    db_reset(st);
    if (c != &f->scratch) table_put(f, c);
    *out = &c->facts;
    return INC_OK;
}

inc_status register_facts_block(register_facts *f, inc_db *db, int64_t catalogue_id, const char *code,
                                const inc_block **out, int64_t *block_id, inc_error *e)
{
    if ((*out = register_facts_find_block(f, catalogue_id, code, block_id))) return INC_OK;
    fact_block *b = &f->scratch_block;
    if (!f->frozen) {
        if (f->nblocks == FACTS_BLOCKS) f->nblocks = 0;
        b = &f->blocks[f->nblocks];
    }
    if (block_by_code(db, catalogue_id, code, &b->block, &b->id, e) != INC_OK) return e->status;
    b->catalogue_id = catalogue_id;
    if (!f->frozen) f->nblocks++;
    *out = &b->block;
    *block_id = b->id;
    return INC_OK;
}
