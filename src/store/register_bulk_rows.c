/* Bulk registration, the writing half for realisations: rows held back and stored 64 per
 * multi-row INSERT, and the contracts' running totals added up in memory and written once. */
#include "store/register_bulk_internal.h"
#include "store/person_store.h"
#include "store/register.h"
#include <stdlib.h>
#include <string.h>

/* Rows are held back and stored PENDING_ROWS at a time in one multi-row INSERT (one statement run
 * instead of 64: 5-10 % of a realisations import, docs/bench.md). Everything that reads realisations
 * flushes first. */
#define ROWS4 REALISATION_INSERT_ROW "," REALISATION_INSERT_ROW "," REALISATION_INSERT_ROW "," REALISATION_INSERT_ROW
#define ROWS16 ROWS4 "," ROWS4 "," ROWS4 "," ROWS4
#define ROWS64 ROWS16 "," ROWS16 "," ROWS16 "," ROWS16
_Static_assert(PENDING_ROWS == 64, "ROWS64 holds PENDING_ROWS rows");

/* ---- the bulk writer's path (PostgreSQL: COPY) ---- */

#define PERSONS_MAX_MAPPED 8000000  /* about 400 MB: beyond, persons go through statements */

struct bulk_person {
    unsigned char pseudonym[PSEUDONYM_BYTES];
    int64_t id;  /* 0: empty slot */
};

void bulk_writers_close(register_bulk *b)
{
    db_bulk_close(b->rows_out);
    db_bulk_close(b->persons_out);
    b->rows_out = b->persons_out = NULL;
    free(b->persons);
    b->persons = NULL;
}

static size_t person_slot(const register_bulk *b, const unsigned char *p)
{
    uint64_t h;  /* the pseudonym is an HMAC: its first bytes are as good as any hash */
    memcpy(&h, p, sizeof h);
    size_t i = (size_t)h & (b->person_slots - 1);
    while (b->persons[i].id && memcmp(b->persons[i].pseudonym, p, PSEUDONYM_BYTES) != 0)
        i = (i + 1) & (b->person_slots - 1);
    return i;
}

static inc_status persons_grow(register_bulk *b, size_t want, inc_error *e)
{
    size_t n = b->person_slots ? b->person_slots : 1u << 16;
    while (n < 2 * want) n *= 2;
    if (n == b->person_slots) return INC_OK;
    struct bulk_person *old = b->persons;
    size_t old_n = b->person_slots;
    b->persons = calloc(n, sizeof *b->persons);
    if (!b->persons) {
        b->persons = old;
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    b->person_slots = n;
    for (size_t i = 0; i < old_n; i++)
        if (old[i].id) b->persons[person_slot(b, old[i].pseudonym)] = old[i];
    free(old);
    return INC_OK;
}

/* Every person's pseudonym and id, once: one read instead of a round trip per row. */
static inc_status persons_load(register_bulk *b, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(b->db, "SELECT count(*) FROM persons", &st, e)) return INC_EIO;
    int rc = db_step(b->db, st, e);
    size_t n = rc == DB_ROW ? (size_t)db_col_int64(st, 0) : 0;
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (n > PERSONS_MAX_MAPPED) {
        b->persons_unmapped = true;
        return INC_OK;
    }
    if (persons_grow(b, n + 1024, e) != INC_OK) return e->status;
    if (db_prepare(b->db, "SELECT pseudonym, id FROM persons", &st, e)) return INC_EIO;
    while ((rc = db_step(b->db, st, e)) == DB_ROW) {
        if (db_col_bytes(st, 0) != PSEUDONYM_BYTES) continue;
        const unsigned char *p = db_col_blob(st, 0);
        struct bulk_person *slot = &b->persons[person_slot(b, p)];
        memcpy(slot->pseudonym, p, PSEUDONYM_BYTES);
        slot->id = db_col_int64(st, 1);
        b->npersons++;
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* history_hook.person: the person of a pseudonym from the map; a new one gets a reserved id and is
 * written through the persons' bulk writer (sent before anything reads realisations). */
static inc_status bulk_person(void *ctx, const unsigned char *pseudonym, int64_t *id, bool *created, inc_error *e)
{
    register_bulk *b = ctx;
    if (!b->persons && !b->persons_unmapped && persons_load(b, e) != INC_OK) return e->status;
    if (b->persons_unmapped) return person_ensure_pseudonym(b->db, pseudonym, id, created, e);
    size_t i = person_slot(b, pseudonym);
    if (b->persons[i].id) {
        *id = b->persons[i].id;
        if (created) *created = false;
        return INC_OK;
    }
    if (b->next_person_id == b->nperson_ids) {
        int n = (int)(sizeof b->person_ids / sizeof b->person_ids[0]);
        if (db_bulk_reserve_ids(b->persons_out, n, b->person_ids, e) != INC_OK) return e->status;
        b->nperson_ids = n;
        b->next_person_id = 0;
    }
    *id = b->person_ids[b->next_person_id++];
    if (created) *created = true;
    db_bulk_int64(b->persons_out, *id);
    db_bulk_blob(b->persons_out, pseudonym, PSEUDONYM_BYTES);
    db_bulk_text(b->persons_out, db_timestamp(b->db), -1);
    if (db_bulk_row_end(b->persons_out, e) != INC_OK) return e->status;
    memcpy(b->persons[i].pseudonym, pseudonym, PSEUDONYM_BYTES);
    b->persons[i].id = *id;
    if (++b->npersons * 2 > b->person_slots) return persons_grow(b, b->npersons + 1024, e);
    return INC_OK;
}

static inc_status flush_pending(void *ctx, inc_error *e)
{
    register_bulk *b = ctx;
    if (b->rows_out && db_bulk_flush(b->rows_out, e) != INC_OK) return e->status;  /* persons first */
    if (b->npending == 0) return INC_OK;
    static const char many[] = "INSERT INTO realisations(" REALISATION_INSERT_COLUMNS ") VALUES " ROWS64;
    static const char one[] = REALISATION_INSERT_SQL;
    bool full = b->npending == PENDING_ROWS;
    inc_stmt *st = db_stmt(b->db, full ? many : one, e);
    if (!st) return INC_EIO;
    int rc = DB_DONE;
    if (full) {
        for (int r = 0, param = 1; r < b->npending; r++) param = realisation_bind(st, param, &b->pending[r], b->db);
        rc = db_step_rc(st);
        db_reset(st);
    } else {
        for (int r = 0; r < b->npending && rc == DB_DONE; r++) {
            realisation_bind(st, 1, &b->pending[r], b->db);
            rc = db_step_rc(st);
            db_reset(st);
        }
    }
    b->npending = 0;
    return rc == DB_DONE ? INC_OK : db_fail(b->db, e);
}

/* Step 2 of the rules on a resolved contract and block, then held back for the next multi-row insert. */
static inc_status store_resolved(register_bulk *b, const contract_facts *f, const inc_block *bl, int64_t block_id,
                                 const inc_realisation_input *in, const realisation_pre *pre, inc_error *e)
{
    history_hook hook = {flush_pending, b, b->rows_out ? bulk_person : NULL};
    realisation_row row;  /* not resolved into pending[] directly: the hook may flush (and empty) it */
    if (realisation_resolve_pre(b->db, f, bl, block_id, in, pre, &hook, &row, e) != INC_OK) return e->status;
    if (contract_totals_batch_add(&b->totals, row.contract_id, realisation_contribution("gemeld", row.value_cents), e) !=
        INC_OK)
        return e->status;
    if (b->rows_out) return realisation_bulk_row(b->rows_out, &row, b->db, e);
    b->pending[b->npending++] = row;
    if (b->npending == PENDING_ROWS) return flush_pending(b, e);
    return INC_OK;
}

inc_status register_bulk_realisation(register_bulk *b, const inc_realisation_input *in, inc_error *e)
{
    if (in->contract_id) {
        int64_t id;
        realisation_stored stored;
        if (flush_pending(b, e) != INC_OK) return e->status;
        if (realisation_insert(b->db, in, &stored, &id, e) != INC_OK) return e->status;
        /* a person it added, known to the map from now on */
        if (b->persons && in->pseudonym && stored.row.person_id) {
            size_t i = person_slot(b, in->pseudonym);
            if (!b->persons[i].id) {
                memcpy(b->persons[i].pseudonym, in->pseudonym, PSEUDONYM_BYTES);
                b->persons[i].id = stored.row.person_id;
                if (++b->npersons * 2 > b->person_slots && persons_grow(b, b->npersons + 1024, e) != INC_OK)
                    return e->status;
            }
        }
        return contract_totals_batch_add(&b->totals, in->contract_id,
                                         realisation_contribution("gemeld", stored.row.value_cents), e);
    }
    const contract_facts *f = NULL;
    if (register_facts_contract(b->facts, b->db, in->municipality, in->contract_reference, &f, e) != INC_OK)
        return e->status;
    const inc_block *bl = NULL;
    int64_t block_id = 0;
    if (register_facts_block(b->facts, b->db, f->catalogue_id, in->block, &bl, &block_id, e) != INC_OK)
        return e->status;
    realisation_pre pre;
    realisation_prevalue(f, bl, block_id, in, &pre);
    return store_resolved(b, f, bl, block_id, in, &pre, e);
}

inc_status register_bulk_snapshot(register_bulk *b, inc_error *e)
{
    bulk_trust_keys(b);
    return register_facts_load_all(b->facts, b->db, e);
}

bool register_bulk_realisation_prepare(const register_bulk *b, const inc_realisation_input *in,
                                       realisation_prepared *out)
{
    if (in->contract_id || !register_facts_frozen(b->facts)) return false;
    const contract_facts *c = register_facts_find_contract(b->facts, in->municipality, in->contract_reference);
    if (!c) return false;
    int64_t block_id = 0;
    const inc_block *bl = register_facts_find_block(b->facts, c->catalogue_id, in->block, &block_id);
    if (!bl) return false;
    out->contract = c;
    out->block = bl;
    out->block_id = block_id;
    realisation_prevalue(c, bl, block_id, in, &out->pre);
    return true;
}

inc_status register_bulk_realisation_prepared(register_bulk *b, const inc_realisation_input *in,
                                              const realisation_prepared *p, inc_error *e)
{
    return store_resolved(b, p->contract, p->block, p->block_id, in, &p->pre, e);
}

inc_status register_bulk_finish(register_bulk *b, inc_error *e)
{
    if (b->contracts_out && db_bulk_flush(b->contracts_out, e) != INC_OK) return e->status;  /* organisations first */
    if (flush_pending(b, e) != INC_OK) return e->status;
    if (b->keys_trusted) {  /* the writes from here on fire the change stamp's triggers */
        db_bulk_trust_keys(b->db, false);
        b->keys_trusted = false;
    }
    if (contract_counts_resume(b->db, &b->counts, e) != INC_OK) return e->status;
    return contract_totals_batch_write(b->db, &b->totals, e);
}
