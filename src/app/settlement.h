/* The SR-team's follow-up after the award (issue 17): the plan van aanpak of a contract that is
 * behind, the escalation ladder and its steps, the final settlement with its unrealised value and
 * penalty or buy-off, past performance per contractor, and the yearly figures for council and
 * management. Each write owns its transaction (joining the caller's) and writes its audit entry;
 * the JSON views are built here and used by both faces. */
#ifndef INC_APP_SETTLEMENT_H
#define INC_APP_SETTLEMENT_H
#include <jansson.h>
#include <stdbool.h>
#include "app/app.h"
#include "core/date.h"
#include "core/dossier.h"
#include "core/settlement.h"

/* A milestone of the plan: by due_date (today or later, not after the contract's end) target_cents
 * realised in all. Refused once the contract is settled. */
inc_status app_plan_add(inc_db *db, int64_t contract_id, inc_date due, int64_t target_cents, const char *description,
                        int64_t *id, inc_error *e);
/* Records a step of the ladder: step_no 0 means the next one. Refused when settled. */
inc_status app_escalation_take(inc_db *db, int64_t contract_id, int step_no, inc_date on, const char *answer,
                               int64_t *id, inc_error *e);

typedef struct {
    bool exemption;
    const char *exemption_by, *exemption_reason;
    inc_date exemption_date;
    const char *remarks;
} app_settle_input;
/* Settles an ended contract once; *out is its follow-up view (app_followup_show). */
inc_status app_settle(inc_db *db, int64_t contract_id, const app_settle_input *in, inc_date today, json_t **out,
                      inc_error *e);

/* {contract, progress, plan:{milestones, status, ...}, ladder, escalations, next_step, penalty_policy,
 *  settlement (or null), settlement_preview (after the end date, while not settled)}. */
inc_status app_followup_show(inc_db *db, int64_t contract_id, inc_date today, json_t **out, inc_error *e);
/* The werkvoorraad: {date, escalation_due:[contracts whose next step is due today or earlier],
 * to_settle:[ended contracts not yet settled]} in the municipalities given (NULL: all). */
inc_status app_followup_due(inc_db *db, const char *const *municipalities, inc_date today, json_t **out, inc_error *e);

/* Past performance: {organisation:{kvk, name}, settled, counts:{voldaan,...}, unrealised, penalties,
 * items:[...]} by KvK, over the settlements in the municipalities given (NULL: all). */
inc_status app_past_performance(inc_db *db, const char *kvk, const char *const *municipalities, json_t **out,
                                inc_error *e);
/* The same for an organisation id. */
inc_status app_past_performance_of(inc_db *db, int64_t organisation_id, const char *const *municipalities, json_t **out,
                                   inc_error *e);

/* The SEBO evaluation's "past performance" criterion reads the holder's settled contracts: sets
 * holder["past_performance"] to {settled, met, short, unrealised, items} (app_past_performance's
 * figures; met = voldaan or ontheffing achteraf, short = deels or niet voldaan). */
inc_status app_sebo_past_performance(inc_db *db, const char *kvk, const char *const *municipalities, json_t *holder,
                                     inc_error *e);

/* Per year for council and management: settled by outcome, unrealised value, penalties claimed,
 * award-to-first-contact (contracts awarded in the year) and yearly reports on time (deadline in the
 * year and passed by today). */
inc_status app_settlement_report(inc_db *db, int year, const char *const *municipalities, inc_date today,
                                 json_t **out, inc_error *e);

/* The dossier's source of this area (app/dossier.c lists it): the plan's milestones, the escalation
 * steps and the settlement, each meant for the contractor too. */
inc_status dossier_settlement_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l,
                                      inc_error *e);

/* The escalation ladder of a municipality: {municipality, own, steps:[{step, code, name, days_after}]}
 * (own false: the default ladder applies). */
inc_status app_ladder_show(inc_db *db, const char *municipality, json_t **out, inc_error *e);
/* Beheer: sets (adds or changes) a step of the municipality's own ladder; the first change copies
 * the default ladder to it. Steps are numbered 1.. without gaps; days_after 0..365. */
inc_status app_ladder_step_set(inc_db *db, const char *municipality, int step_no, const char *code, const char *name,
                               int days_after, inc_error *e);

/* Beheer: the penalty or buy-off of a policy version (kind "geen", "percentage" with pct_bp,
 * "vast-bedrag" with fixed_cents). */
inc_status app_policy_penalty_set(inc_db *db, const char *municipality, const char *effective_from,
                                  const penalty_policy *p, inc_error *e);

#endif
