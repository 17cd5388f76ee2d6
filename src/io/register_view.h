/* JSON views of the social-return register: the one definition of what the API sends and what
 * `inclusio ... --json` prints for the register's records (calculators, contracts, realisations,
 * the SROI report). Pure formatting of core records: no database. */
#ifndef INC_IO_REGISTER_VIEW_H
#define INC_IO_REGISTER_VIEW_H
#include <jansson.h>
#include "core/pso.h"
#include "core/contract.h"
#include "core/obligation.h"
#include "core/realisation.h"
#include "core/sroi_report.h"
#include "core/valuation.h"
#include "io/view_out.h"

/* The obligation calculator's answer. */
json_t *obligation_calc_json(const inc_obligation *ob);
/* What a PSO certificate covers of an obligation (core/pso.h): the calculator's "pso" and
 * `inclusio pso effect`. */
json_t *pso_effect_json(const pso_effect *f);
/* A company's PSO certificates, and the PSO table of each policy version (GET .../pso-certificates,
 * .../pso-tables, `inclusio pso list|tables --json`). */
json_t *pso_certificates_json(const char *kvk, const pso_certificate *c, int n);
json_t *pso_tables_json(const char *municipality, const pso_policy_table *t, int n);
/* The value calculator's answer for block b. */
json_t *value_calc_json(const inc_value *v, const inc_block *b);

/* A contract: the object (key: its member name, NULL in an array or as the root), or only its
 * members into the object open in o (the detail adds its realisations). flags as contract_flags_of
 * for `today`. */
void contract_view_write(view_out *o, const char *key, const contract_record *c, inc_date today,
                         const contract_flags *flags);
void contract_view_members(view_out *o, const contract_record *c, inc_date today, const contract_flags *flags);

/* A realisation (key as above). */
void realisation_view_write(view_out *o, const char *key, const realisation_record *r);

/* The SROI report {date, year, rows:[...], total}. */
json_t *sroi_report_json(const sroi_report *r);

#endif
