/* The invitation log of onderhandse procurements, for both faces (`inclusio procurement ...`,
 * /api/v1/procurements): logging a procurement with the SEBO rule check judged on the registry as it
 * stood on the procurement date, the check alone (the form's preview), the log and its companies.
 * Reads return records (core/procurement_record.h) the caller frees with arena_free(&list.arena);
 * the *_json functions are their one JSON view. */
#ifndef INC_APP_PROCUREMENT_LOG_H
#define INC_APP_PROCUREMENT_LOG_H
#include <jansson.h>
#include <stdbool.h>
#include "app/app.h"
#include "core/procurement_record.h"
#include "core/sebo_procurement.h"
#include "core/sebo_rule.h"

/* Checks, classifies and stores one procurement with its audit entry, in the caller's transaction
 * when one is open. Refuses an unknown municipality or KvK, a duplicate reference and everything
 * sebo_proc_input_check refuses. result (may be NULL) receives the rule check. */
inc_status app_procurement_log(inc_db *db, const sebo_proc_input *in, int64_t *id, sebo_rule_result *result,
                               inc_error *e);

/* The rule check without storing anything: each invited company's class and the outcome. */
typedef struct {
    sebo_rule_input rule;
    sebo_rule_result result;
} procurement_check_result;
inc_status app_procurement_check(inc_db *db, const sebo_proc_input *in, procurement_check_result *out, inc_error *e);

/* The log, newest first. */
inc_status app_procurements(inc_db *db, const procurement_filter *f, procurement_list *out, inc_error *e);
/* One procurement (out->n == 1); INC_ENOTFOUND when there is none. */
inc_status app_procurement(inc_db *db, int64_t id, procurement_list *out, inc_error *e);
/* The municipality code of a procurement (for authorisation); INC_ENOTFOUND when there is none. */
inc_status app_procurement_municipality(inc_db *db, int64_t id, char code[48], inc_error *e);

/* Companies known to the register with their class on `day` for a procurement in `municipality`
 * (code) doing `category` (for the logging form). */
inc_status app_procurement_companies(inc_db *db, const char *municipality, inc_category category, inc_date day,
                                     procurement_company_list *out, inc_error *e);
/* Registers a company that can be invited (an organisation by KvK), established in `established`
 * (municipality code, NULL or "" = unknown/elsewhere). An existing KvK only gets its establishment
 * (and a given name) updated. */
inc_status app_procurement_company_add(inc_db *db, const char *kvk, const char *name, const char *established,
                                       bool *created, inc_error *e);

/* {id, municipality, department, reference, subject, category, estimated_value, procedure, date,
 *  winner, awarded_value, deviation_reason, rule, flagged, logged_by, invited} */
json_t *procurement_json(const procurement_rec *p);
json_t *procurements_json(const procurement_list *l);   /* [procurement_json] */
/* {outcome, expected, best_invited, local_holders_available, sebo_invited, aim_applies, aim_met,
 *  explanation, invited:[{kvk, class, holder}]} */
json_t *procurement_check_json(const sebo_proc_input *in, const procurement_check_result *r);
/* [{kvk, name, class, holder, does_category}] */
json_t *procurement_companies_json(const procurement_company_list *l);

#endif
