/* The one write path of the register, shared by the single-record flow (contract_register,
 * realisation_add) and the bulk import (register_bulk): the lookups differ (cached or not), the
 * rules and the stored rows do not. Internal to src/store. */
#ifndef INC_REGISTER_WRITE_H
#define INC_REGISTER_WRITE_H
#include "core/obligation.h"
#include "core/register_input.h"
#include "core/valuation.h"
#include "store/db.h"
#include "store/register.h"

typedef struct {
    int64_t id, catalogue_id;
    inc_date start, end;
    bool applies;
    const char *reference, *municipality;
} contract_facts;

/* FNV-1a over municipality code and reference: the key of the import's contract caches. */
uint32_t contract_key_hash(const char *municipality, const char *reference);

/* A valued realisation ready to be stored; dates as ISO text, subsidy_end "" when there is none. */
typedef struct {
    int64_t contract_id, block_id, person_id;  /* person_id 0: no person */
    char candidate_ref[64];
    int32_t hours_centi;
    int64_t amount_cents, value_cents;
    int counted_days;
    bool capped;
    char start[11], end[11], subsidy_end[11], counted_from[11], counted_to[11];
} realisation_row;

/* Called before the rules read a person's earlier realisations (cap, double counting), so that rows
 * a caller holds back for a multi-row insert are stored first. NULL: nothing held back. */
typedef struct {
    inc_status (*flush)(void *ctx, inc_error *e);
    void *ctx;
} history_hook;

/* The rules for one realisation on a resolved contract and block: the person's pseudonym (created
 * when new), the cumulative cap, the valuation, the double-counting check. Stores nothing but the
 * person. It is the two steps below, which imports run on two threads. */
inc_status realisation_resolve(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                               const inc_realisation_input *in, const history_hook *hook, realisation_row *out,
                               inc_error *e);

/* Step 1, without the database (any thread): the checks before the person (obligation, BSN, hours)
 * and the outcome for a person with nothing counted yet. */
typedef struct {
    inc_status before_person;  /* INC_OK, or the refusal in `error` */
    inc_status first_seen;     /* for a new person or none: INC_OK with `row` (person 0), or the refusal */
    inc_error error;
    realisation_row row;
} realisation_pre;
void realisation_prevalue(const contract_facts *c, const inc_block *b, int64_t block_id,
                          const inc_realisation_input *in, realisation_pre *pre);

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

/* Resolves and stores one realisation; without REG_BULK also the contract's running total, the
 * banenafspraak link and the audit entry. */
inc_status realisation_insert_resolved(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                                       const inc_realisation_input *in, int flags, int64_t *id, inc_error *e);

#endif
