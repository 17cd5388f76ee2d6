/* Versioned policies (per municipality) and building-block catalogues (per region). */
#ifndef INC_POLICY_STORE_H
#define INC_POLICY_STORE_H
#include <stdint.h>
#include "core/obligation.h"
#include "core/reference.h"
#include "core/valuation.h"
#include "store/db.h"

#define MAX_POLICIES 32
#define MAX_BLOCKS 128

/* if_absent: skip silently when a policy with that effective date exists already. */
inc_status policy_insert(inc_db *db, const char *municipality_code, const inc_policy *p, bool if_absent, inc_error *e);
/* Loads every policy version of a municipality; ids[i] is the row id of out[i]. */
inc_status policies_load(inc_db *db, int64_t municipality_id, inc_policy *out, int64_t *ids, int max, int *count,
                         inc_error *e);
/* Every policy version of one municipality (code) or of all (NULL), municipalities by name, versions
 * by date. The caller frees out->arena. */
inc_status policies_list(inc_db *db, const char *municipality_code, policy_list *out, inc_error *e);

inc_status catalogue_insert(inc_db *db, const char *name, inc_date effective_from, const inc_block *blocks, int n,
                            bool if_absent, inc_error *e);
/* The catalogue in force on a day (latest effective_from <= day). */
inc_status catalogue_in_force(inc_db *db, inc_date day, int64_t *catalogue_id, inc_error *e);
/* A block by code within a catalogue; fails with INC_EINVAL naming the unknown code. */
inc_status block_by_code(inc_db *db, int64_t catalogue_id, const char *code, inc_block *out, int64_t *block_id,
                         inc_error *e);
/* All catalogues with their blocks by date (or only the one in force on `day` when day != INC_DATE_NONE;
 * INC_ENOTFOUND when none is). The caller frees out->arena. */
inc_status catalogues_list(inc_db *db, inc_date day, catalogue_list *out, inc_error *e);

#endif
