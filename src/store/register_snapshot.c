#include "store/register_snapshot.h"
#include "store/policy_store.h"
#include "store/register.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#define SNAPSHOT_MUNIS 64
#define SNAPSHOT_BLOCKS 512

typedef struct {
    uint32_t hash;
    contract_facts facts;
    char reference[64];
} snap_contract;

typedef struct {
    int64_t catalogue_id, id;
    inc_block block;
} snap_block;

struct register_snapshot {
    char munis[SNAPSHOT_MUNIS][48];
    int nmunis;
    snap_contract *contracts;
    size_t ncontracts;
    uint32_t *slots;  /* index + 1 into contracts, 0 = empty; open addressing */
    size_t nslots;
    snap_block blocks[SNAPSHOT_BLOCKS];
    int nblocks;
};

static const char *muni_code(register_snapshot *s, const char *code)
{
    for (int i = 0; i < s->nmunis; i++)
        if (strcmp(s->munis[i], code) == 0) return s->munis[i];
    if (s->nmunis == SNAPSHOT_MUNIS) return NULL;
    snprintf(s->munis[s->nmunis], sizeof s->munis[0], "%s", code);
    return s->munis[s->nmunis++];
}

static inc_status load_blocks(register_snapshot *s, inc_db *db, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT catalogue_id, code FROM blocks ORDER BY id", &st, e)) return INC_EIO;
    inc_status r = INC_OK;
    int rc = DB_DONE;
    while (r == INC_OK && s->nblocks < SNAPSHOT_BLOCKS && (rc = db_step(db, st, e)) == DB_ROW) {
        snap_block *b = &s->blocks[s->nblocks];
        b->catalogue_id = db_col_int64(st, 0);
        r = block_by_code(db, b->catalogue_id, db_col_text(st, 1), &b->block, &b->id, e);
        if (r == INC_OK) s->nblocks++;
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return r;
}

static inc_status load_contracts(register_snapshot *s, inc_db *db, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT count(*) FROM contracts", &st, e)) return INC_EIO;
    size_t n = db_step_rc(st) == DB_ROW ? (size_t)db_col_int64(st, 0) : 0;
    db_finalize(st);
    if (n == 0 || n > SNAPSHOT_MAX_CONTRACTS) return INC_OK;
    for (s->nslots = 1024; s->nslots < 2 * n; s->nslots *= 2) {}
    s->contracts = malloc(n * sizeof *s->contracts);
    s->slots = calloc(s->nslots, sizeof *s->slots);
    if (!s->contracts || !s->slots) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    if (db_prepare(db,
                   "SELECT c.id, m.code, c.reference, c.catalogue_id, c.start_date, c.end_date, c.applies"
                   " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id",
                   &st, e))
        return INC_EIO;
    int rc = DB_DONE;
    while (s->ncontracts < n && (rc = db_step(db, st, e)) == DB_ROW) {
        const char *muni = muni_code(s, db_col_text(st, 1));
        const char *ref = db_col_text(st, 2);
        if (!muni || !ref || strlen(ref) >= sizeof s->contracts[0].reference) continue;  /* looked up when needed */
        snap_contract *c = &s->contracts[s->ncontracts];
        snprintf(c->reference, sizeof c->reference, "%s", ref);
        c->hash = contract_key_hash(muni, ref);
        c->facts.id = db_col_int64(st, 0);
        c->facts.catalogue_id = db_col_int64(st, 3);
        date_parse(db_col_text(st, 4), &c->facts.start, "", NULL);
        date_parse(db_col_text(st, 5), &c->facts.end, "", NULL);
        c->facts.applies = db_col_int(st, 6);
        c->facts.municipality = muni;
        size_t i = c->hash & (s->nslots - 1);
        while (s->slots[i]) i = (i + 1) & (s->nslots - 1);
        s->slots[i] = (uint32_t)++s->ncontracts;
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    /* the reference pointers last: contracts[] no longer moves */
    for (size_t k = 0; k < s->ncontracts; k++) s->contracts[k].facts.reference = s->contracts[k].reference;
    return INC_OK;
}

register_snapshot *register_snapshot_new(inc_db *db, inc_error *e)
{
    register_snapshot *s = calloc(1, sizeof *s);
    if (!s) {
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return NULL;
    }
    if (load_blocks(s, db, e) != INC_OK || load_contracts(s, db, e) != INC_OK) {
        register_snapshot_free(s);
        return NULL;
    }
    return s;
}

void register_snapshot_free(register_snapshot *s)
{
    if (!s) return;
    free(s->contracts);
    free(s->slots);
    free(s);
}

static const snap_contract *find_contract(const register_snapshot *s, const char *muni, const char *ref)
{
    if (!s->nslots) return NULL;
    uint32_t h = contract_key_hash(muni, ref);
    for (size_t i = h & (s->nslots - 1); s->slots[i]; i = (i + 1) & (s->nslots - 1)) {
        const snap_contract *c = &s->contracts[s->slots[i] - 1];
        if (c->hash == h && strcmp(c->reference, ref) == 0 && strcmp(c->facts.municipality, muni) == 0) return c;
    }
    return NULL;
}

bool register_snapshot_prepare(const register_snapshot *s, const inc_realisation_input *in, realisation_prepared *out)
{
    if (in->contract_id) return false;
    const snap_contract *c = find_contract(s, in->municipality, in->contract_reference);
    if (!c) return false;
    const snap_block *b = NULL;
    for (int i = 0; i < s->nblocks && !b; i++)
        if (s->blocks[i].catalogue_id == c->facts.catalogue_id && strcmp(s->blocks[i].block.code, in->block) == 0)
            b = &s->blocks[i];
    if (!b) return false;
    out->contract = &c->facts;
    out->block = &b->block;
    out->block_id = b->id;
    realisation_prevalue(out->contract, out->block, out->block_id, in, &out->pre);
    return true;
}
