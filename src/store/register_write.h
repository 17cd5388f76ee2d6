/* The one write path of the register, shared by the single-record flow (contract_register,
 * realisation_add) and the bulk import (register_bulk): the lookups differ (cached or not), the
 * rules and the stored rows do not. Internal to src/store. */
#ifndef INC_REGISTER_WRITE_H
#define INC_REGISTER_WRITE_H
#include "core/obligation.h"
#include "core/register_input.h"
#include "core/valuation.h"
#include "store/db.h"

typedef struct {
    int64_t municipality_id, policy_id, catalogue_id, contractor_id;
    bool sebo_holder;            /* on the award date: inkoop's record or the SEBO registry */
    inc_obligation obligation;   /* computed by the policy in force on the award date */
} contract_resolved;

/* Inserts the contract with its computed obligation; a duplicate reference is INC_ECONFLICT
 * (field "reference"). No audit entry (the callers write theirs). */
inc_status contract_insert_resolved(inc_db *db, const inc_contract_input *in, const contract_resolved *r, int64_t *id,
                                    inc_error *e);

typedef struct {
    int64_t id, catalogue_id;
    inc_date start, end;
    bool applies;
    const char *reference, *municipality;
} contract_facts;

/* Values and stores one realisation on a resolved contract and block: person pseudonym, cumulative
 * cap, valuation, the double-counting check, the insert. Without REG_BULK also the contract's running
 * total, the banenafspraak link and the audit entry. */
inc_status realisation_insert_resolved(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                                       const inc_realisation_input *in, int flags, int64_t *id, inc_error *e);

#endif
