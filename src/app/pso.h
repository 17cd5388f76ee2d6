/* PSO as a policy option (issue 16): certificates per company, the table per policy version, the
 * effect on a contract's obligation (core/pso.h), and the SR-team's notice when a certificate is
 * withdrawn during a contract. Each write in its own transaction with its audit entry. */
#ifndef INC_APP_PSO_H
#define INC_APP_PSO_H
#include "app/app.h"
#include "core/pso.h"

/* A company's certificates (newest first, at most max); INC_ENOTFOUND for an unknown KvK. */
inc_status app_pso_certificates(inc_db *db, const char *kvk, pso_certificate *out, int max, int *n, inc_error *e);

/* The PSO table of each policy version of a municipality (oldest first). */
inc_status app_pso_tables(inc_db *db, const char *municipality, pso_policy_table *out, int max, int *n, inc_error *e);

inc_status app_pso_certificate_add(inc_db *db, const char *kvk, pso_level level, inc_date from, inc_date until,
                                   inc_error *e);
/* Withdraws the company's certificates valid on day; each running contract whose policy accepts PSO
 * gets its obligation restored from that day and a notice to the SR-team (*notices). */
inc_status app_pso_withdraw(inc_db *db, const char *kvk, inc_date day, int *withdrawn, int *notices, inc_error *e);
/* Sets (covers_bp 0..10000) or clears (covers_bp < 0) a level in the table of the municipality's
 * policy version in force from policy_from. */
inc_status app_pso_table_set(inc_db *db, const char *municipality, inc_date policy_from, pso_level level,
                             int32_t covers_bp, inc_error *e);
/* The covered part is stored on the contract (contracts.pso_covered_cents) so every figure reads one
 * value; these recompute it. One contract (after it was registered or confirmed): */
inc_status app_pso_refresh_contract(inc_db *db, int64_t contract_id, inc_error *e);
/* Every contract that may carry a cover, of one contractor (organisation_id > 0) or all (0): after a
 * certificate or a table changed, and after a register import. Cheap when no policy accepts PSO. */
inc_status app_pso_refresh(inc_db *db, int64_t organisation_id, inc_error *e);
/* The effect a company's certificates would have on an obligation under a policy version, for the
 * calculator: an unknown KvK has no certificates. */
inc_status app_pso_effect_for(inc_db *db, int64_t policy_id, const char *kvk, int64_t obligation_cents, inc_date start,
                              inc_date end, pso_effect *out, inc_error *e);
/* The PSO effect on a contract's obligation, by its policy's table and its contractor's certificates;
 * municipality[48] gets the contract's municipality code (the caller checks scope). */
inc_status app_pso_contract_effect(inc_db *db, int64_t contract_id, char municipality[48], pso_effect *out,
                                   inc_error *e);
#endif
