/* Bulk registration, the writing half for realisations: rows held back and stored 64 per
 * multi-row INSERT, and the contracts' running totals added up in memory and written once. */
#include "store/register_bulk_internal.h"
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

static inc_status flush_pending(void *ctx, inc_error *e)
{
    register_bulk *b = ctx;
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
    history_hook hook = {flush_pending, b};
    realisation_row row;  /* not resolved into pending[] directly: the hook may flush (and empty) it */
    if (realisation_resolve_pre(b->db, f, bl, block_id, in, pre, &hook, &row, e) != INC_OK) return e->status;
    if (contract_totals_batch_add(&b->totals, row.contract_id, realisation_contribution("gemeld", row.value_cents), e) !=
        INC_OK)
        return e->status;
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
    if (flush_pending(b, e) != INC_OK) return e->status;
    return contract_totals_batch_write(b->db, &b->totals, e);
}
