/* PSO as a policy option (issue 16): certificates per company, the table per policy version, the
 * effect on a contract's obligation (core/pso.h), and the SR-team's notice when a certificate is
 * withdrawn during a contract. Each write in its own transaction with its audit entry. */
#ifndef INC_APP_PSO_H
#define INC_APP_PSO_H
#include "app/app.h"
#include "core/pso.h"

inc_status app_pso_certificate_add(inc_db *db, const char *kvk, pso_level level, inc_date from, inc_date until,
                                   inc_error *e);
/* Withdraws the company's certificates valid on day; each running contract whose policy accepts PSO
 * gets its obligation restored from that day and a notice to the SR-team (*notices). */
inc_status app_pso_withdraw(inc_db *db, const char *kvk, inc_date day, int *withdrawn, int *notices, inc_error *e);
/* Sets (covers_bp 0..10000) or clears (covers_bp < 0) a level in the table of the municipality's
 * policy version in force from policy_from. */
inc_status app_pso_table_set(inc_db *db, const char *municipality, inc_date policy_from, pso_level level,
                             int32_t covers_bp, inc_error *e);
/* The PSO effect on a contract's obligation, by its policy's table and its contractor's certificates;
 * municipality[48] gets the contract's municipality code (the caller checks scope). */
inc_status app_pso_contract_effect(inc_db *db, int64_t contract_id, char municipality[48], pso_effect *out,
                                   inc_error *e);
#endif
