/* JSON views of the social-return register: the one definition of what the API sends and what
 * `inclusio ... --json` prints for the register's records (calculators, contracts, realisations,
 * the SROI report). Pure formatting of core records: no database. */
#ifndef INC_IO_REGISTER_VIEW_H
#define INC_IO_REGISTER_VIEW_H
#include <jansson.h>
#include "core/obligation.h"
#include "core/valuation.h"

/* The obligation calculator's answer. */
json_t *obligation_calc_json(const inc_obligation *ob);
/* The value calculator's answer for block b. */
json_t *value_calc_json(const inc_value *v, const inc_block *b);

#endif
