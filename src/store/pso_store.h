/* PSO certificates per company, the PSO table per policy version, and the SR-team's notices when a
 * certificate lapses during a contract (issue 16). Rules: core/pso.h. */
#ifndef INC_STORE_PSO_STORE_H
#define INC_STORE_PSO_STORE_H
#include <stdint.h>
#include "core/pso.h"
#include "store/db.h"

#define PSO_MAX_CERTS 16

inc_status pso_certificate_insert(inc_db *db, int64_t organisation_id, const pso_certificate *c, int64_t *id,
                                  inc_error *e);
/* Withdraws the organisation's certificates valid on `day` (withdrawn_on = day); *count how many. */
inc_status pso_certificate_withdraw(inc_db *db, int64_t organisation_id, inc_date day, int *count, inc_error *e);
/* The organisation's certificates (at most PSO_MAX_CERTS, newest first). */
inc_status pso_certificates_load(inc_db *db, int64_t organisation_id, pso_certificate *out, int max, int *n,
                                 inc_error *e);
/* Sets (covers_bp >= 0) or clears (covers_bp < 0) one level of a policy version's table. */
inc_status pso_table_set(inc_db *db, int64_t policy_id, pso_level level, int32_t covers_bp, inc_error *e);
inc_status pso_table_load(inc_db *db, int64_t policy_id, pso_table *out, inc_error *e);

/* What the PSO rule needs of a contract. */
typedef struct {
    int64_t id, municipality_id, policy_id, contractor_id;
    int64_t obligation_cents, pso_covered_cents;   /* pso_covered_cents as stored */
    inc_date start, end;
    char reference[64], municipality[48];
} pso_contract;
inc_status pso_contract_load(inc_db *db, int64_t id, pso_contract *out, inc_error *e);
/* The ids of the organisation's contracts whose period contains day (at most max). */
inc_status pso_contracts_running(inc_db *db, int64_t organisation_id, inc_date day, int64_t *ids, int max, int *n,
                                 inc_error *e);
/* The ids of the contracts whose stored PSO cover may be stale: those whose policy has a PSO table or
 * whose stored cover is not 0; of one contractor (organisation_id > 0) or all (0). *ids malloc'd. */
inc_status pso_contracts_to_refresh(inc_db *db, int64_t organisation_id, int64_t **ids, int *n, inc_error *e);
/* Stores the covered part of a contract's obligation (contracts.pso_covered_cents). */
inc_status pso_covered_store(inc_db *db, int64_t contract_id, int64_t covered_cents, inc_error *e);
/* A notice to the SR-team (once per contract, kind and day). */
inc_status sr_notice_insert(inc_db *db, int64_t contract_id, const char *kind, inc_date day, const char *message,
                            inc_error *e);
#endif
