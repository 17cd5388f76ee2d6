/* The one write path of the register, shared by the single-record flow (realisation_insert, called
 * by app/register_realisation.c; contract_insert_resolved, called by app/register_contract.c) and
 * the bulk import (register_bulk): the lookups differ (cached or not), the rules (core/realisation.h,
 * core/obligation.h) and the stored rows do not. Internal to src/store. */
#ifndef INC_REGISTER_WRITE_H
#define INC_REGISTER_WRITE_H
#include "core/obligation.h"
#include "core/register_input.h"
#include "core/valuation.h"
#include "store/db.h"
#include "store/register.h"

/* The row the cached statement `sql` selects for its one parameter id, the statement left on it
 * (read it, then db_reset); INC_ENOTFOUND (field "id": "<what> <id> bestaat niet") when there is none. */
inc_status register_row_by_id(inc_db *db, const char *sql, int64_t id, const char *what, inc_stmt **st, inc_error *e);

/* FNV-1a over municipality code and reference: the key of the import's contract cache (register_facts.c). */
uint32_t contract_key_hash(const char *municipality, const char *reference);

/* Called before the rules read a person's earlier realisations (cap, double counting), so that rows
 * a caller holds back for a multi-row insert are stored first. NULL: nothing held back. `person`,
 * when set, finds or adds the person of a pseudonym instead of person_ensure_pseudonym (the bulk
 * writer's persons, held back too). */
typedef struct {
    inc_status (*flush)(void *ctx, inc_error *e);
    void *ctx;
    inc_status (*person)(void *ctx, const unsigned char *pseudonym, int64_t *id, bool *created, inc_error *e);
} history_hook;

/* The rules for one realisation on a resolved contract and block: the person's pseudonym (created
 * when new), the cumulative cap, the valuation, the double-counting check. Stores nothing but the
 * person. It is realisation_prevalue (core/realisation.h) and the step below, which imports run on
 * two threads. */
inc_status realisation_resolve(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                               const inc_realisation_input *in, const history_hook *hook, realisation_row *out,
                               inc_error *e);

/* Step 2, on the database: the person; for a person seen before the cap, valuation and double
 * counting again with the days already counted. */
inc_status realisation_resolve_pre(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                                   const inc_realisation_input *in, const realisation_pre *pre,
                                   const history_hook *hook, realisation_row *out, inc_error *e);

/* The stored columns of a realisation, in the order realisation_bind binds them. */
#define REALISATION_INSERT_COLUMNS                                                                          \
    "contract_id, block_id, person_id, candidate_ref, hours_centi, start_date, end_date, amount_cents,"     \
    " subsidy_end, value_cents, counted_days, counted_from, counted_to, capped, reported_by, created_at"
#define REALISATION_INSERT_ROW "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
#define REALISATION_INSERT_SQL "INSERT INTO realisations(" REALISATION_INSERT_COLUMNS ") VALUES " REALISATION_INSERT_ROW

/* Binds a row's values from parameter `first` on, with the db's actor and timestamp (the row must
 * outlive the step); returns the next free parameter. */
int realisation_bind(inc_stmt *st, int first, const realisation_row *r, inc_db *db);
/* The same values, as one row of a bulk writer on REALISATION_INSERT_COLUMNS. */
inc_status realisation_bulk_row(inc_bulk *out, const realisation_row *r, inc_db *db, inc_error *e);

#endif
