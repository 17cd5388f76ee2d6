/* A realisation of the social-return register: the rules that value one on its contract (pure,
 * no database: the facts of the contract and the block are given), the row it is stored as, and
 * the record the faces read back. The database-bound steps (the person's pseudonym, what the
 * person counted before) are the store's (store/register_write.h). */
#ifndef INC_CORE_REALISATION_H
#define INC_CORE_REALISATION_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"
#include "core/register_input.h"
#include "core/valuation.h"

/* What the rules need of the contract a realisation is reported on. */
typedef struct {
    int64_t id, catalogue_id;
    inc_date start, end;
    bool applies;
    const char *reference, *municipality;
} contract_facts;

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

/* The valuation and the checks on its outcome, for `already` days this person counted before under
 * the same cap; fills the row but the person. */
inc_status realisation_value_checked(const contract_facts *c, const inc_block *b, int64_t block_id,
                                     const inc_realisation_input *in, int already, realisation_row *out, inc_value *v,
                                     inc_error *e);

/* Step 1 of the rules, without the database (any thread): the checks before the person
 * (obligation, BSN, hours) and the outcome for a person with nothing counted yet. */
typedef struct {
    inc_status before_person;  /* INC_OK, or the refusal in `error` */
    inc_status first_seen;     /* for a new person or none: INC_OK with `row` (person 0), or the refusal */
    inc_error error;
    realisation_row row;
} realisation_pre;
void realisation_prevalue(const contract_facts *c, const inc_block *b, int64_t block_id,
                          const inc_realisation_input *in, realisation_pre *pre);

/* What a realisation adds to its contract's running totals. */
typedef struct {
    int64_t reported;  /* every realisation but a rejected one */
    int64_t verified;  /* verified realisations only */
} contract_totals;

/* What a realisation of value_cents adds to its contract's totals in status ("gemeld",
 * "geverifieerd", "afgewezen"; NULL: not stored, adds nothing). */
contract_totals realisation_contribution(const char *status, int64_t value_cents);

/* The SR-team's decision: only a realisation still 'gemeld' can be verified or rejected
 * (INC_ECONFLICT, field "status"); a rejection needs a reason of at most 500 characters. */
inc_status realisation_decision_check(int64_t id, const char *status, inc_error *e);
inc_status realisation_reject_reason_check(const char *reason, inc_error *e);
/* A status filter: NULL (any), gemeld, geverifieerd or afgewezen (INC_EINVAL, field "status"). */
inc_status realisation_status_filter_check(const char *status, inc_error *e);

/* One stored realisation as the faces read it. The texts live as long as the callback that
 * receives the record; NULL for a column without a value. */
typedef struct {
    int64_t id, contract_id;
    const char *block, *block_name, *candidate_ref;
    bool has_person;
    bool per_hour;               /* the block counts hours (hours) rather than hours per week */
    int32_t hours_centi;
    const char *start, *end;
    int64_t amount_cents, value_cents;
    int counted_days;
    const char *counted_from, *counted_to;
    bool capped;
    const char *status, *reject_reason, *reported_by, *decided_by, *decided_at, *created_at;
} realisation_record;

#endif
