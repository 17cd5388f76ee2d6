/* The invitation log of onderhandse procurements: stores who was invited (classified on the
 * procurement date as local SEBO holder / local / other), the quotes, the winner and the reason for
 * a deviation, and the SEBO rule check judged with the registry as it stood on that date. */
#ifndef INC_PROCUREMENT_LOG_H
#define INC_PROCUREMENT_LOG_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/sebo_procurement.h"
#include "core/sebo_rule.h"
#include "store/db.h"

/* The thresholds in force: defaults overridden by settings sebo.max_werken_cents,
 * sebo.max_diensten_cents, sebo.max_leveringen_cents, sebo.aim_max_cents. */
void sebo_thresholds_load(inc_db *db, sebo_thresholds *t);

/* Checks and stores one procurement. Refuses an unknown municipality or KvK, a duplicate reference
 * and everything sebo_proc_input_check refuses. Runs in the caller's transaction when one is open.
 * result (may be NULL) receives the rule check. */
inc_status procurement_log(inc_db *db, const sebo_proc_input *in, int64_t *id, sebo_rule_result *result, inc_error *e);

/* The rule check without storing anything (the UI's preview while filling in the form). */
inc_status procurement_check(inc_db *db, const sebo_proc_input *in, sebo_rule_result *result, json_t **invited,
                             inc_error *e);

typedef struct {
    const char *municipality;  /* NULL = all */
    int year;                  /* 0 = all */
    const char *department;    /* NULL = all */
    bool flagged_only;
} procurement_filter;

inc_status procurement_list_json(inc_db *db, const procurement_filter *f, json_t **out, inc_error *e);
inc_status procurement_show_json(inc_db *db, int64_t id, json_t **out, inc_error *e);
/* The municipality code of a procurement (for authorisation). */
inc_status procurement_municipality(inc_db *db, int64_t id, char code[48], inc_error *e);

/* Companies known to the register with their class on `day` for a procurement in `municipality`
 * doing `category` (for the logging form): [{kvk, name, class, holder, does_category}]. */
inc_status procurement_companies_json(inc_db *db, const char *municipality, inc_category category, inc_date day,
                                      json_t **out, inc_error *e);

/* Registers a company that can be invited (an organisation by KvK), established in `established`
 * (municipality code, "" = unknown/elsewhere). An existing KvK only gets its establishment updated. */
inc_status procurement_company_add(inc_db *db, const char *kvk, const char *name, const char *established,
                                   bool *created, inc_error *e);

#endif
