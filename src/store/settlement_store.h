/* Issue 17 persistence: evidence of realisations (content in the database), plans van aanpak, the
 * escalation ladder and the steps taken, final settlements, the penalty rule of a policy version,
 * past performance and the yearly settlement figures. Typed records, no JSON. */
#ifndef INC_STORE_SETTLEMENT_STORE_H
#define INC_STORE_SETTLEMENT_STORE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/settlement.h"
#include "store/db.h"

/* The facts of one contract the follow-up needs. */
typedef struct {
    int64_t id, municipality_id, policy_id, contractor_id;
    char municipality[48], reference[96], title[200], contractor_kvk[16], contractor_name[160];
    bool applies, met_by_sebo, exempted;
    int64_t obligation_cents, sebo_covered_cents, verified_cents, reported_cents, value_cents;
    int64_t pso_covered_cents;   /* met by the contractor's PSO certificate (app/pso.h) */
    inc_date award, start, end, contact;
} followup_contract;

inc_status followup_contract_get(inc_db *db, int64_t id, followup_contract *out, inc_error *e);

/* ---- evidence ---- */
typedef struct {
    int64_t id, realisation_id, size_bytes;
    const char *filename, *mime, *sha256, *uploaded_by, *uploaded_at;
    const void *content;   /* only from evidence_get */
} evidence_row;
typedef void (*evidence_fn)(void *user, const evidence_row *r);

int64_t evidence_count(inc_db *db, int64_t realisation_id);
inc_status evidence_insert(inc_db *db, int64_t realisation_id, const char *filename, const char *mime,
                           const void *data, size_t size, const char *sha256, int64_t *id, inc_error *e);
inc_status evidence_list(inc_db *db, int64_t realisation_id, evidence_fn fn, void *user, inc_error *e);
/* One file with its content (INC_ENOTFOUND when there is none). */
inc_status evidence_get(inc_db *db, int64_t id, evidence_fn fn, void *user, inc_error *e);
inc_status evidence_realisation(inc_db *db, int64_t id, int64_t *realisation_id, inc_error *e);

/* ---- plans ---- */
#define FOLLOWUP_MAX_ROWS 32
typedef struct {
    int64_t id;
    inc_date agreed_on, due;
    int64_t target_cents;
    char description[2001], recorded_by[80];
} plan_row;
inc_status plan_insert(inc_db *db, int64_t contract_id, inc_date agreed_on, inc_date due, int64_t target_cents,
                       const char *description, int64_t *id, inc_error *e);
inc_status plan_rows(inc_db *db, int64_t contract_id, plan_row *out, int max, int *n, inc_error *e);

/* ---- escalation ---- */
typedef struct {
    int step_no, days_after;
    char code[48], name[120];
} ladder_row;
typedef struct {
    int64_t id;
    int step_no;
    inc_date taken_on;
    char code[48], taken_by[80], answer[1001];
} escalation_row;
/* The municipality's own ladder, else the default one. */
inc_status ladder_rows(inc_db *db, int64_t municipality_id, ladder_row *out, int max, int *n, inc_error *e);
/* Sets step step_no of a municipality's own ladder (made from the default ladder the first time). */
inc_status ladder_step_set(inc_db *db, int64_t municipality_id, int step_no, const char *code, const char *name,
                           int days_after, inc_error *e);
inc_status escalation_insert(inc_db *db, int64_t contract_id, int step_no, const char *code, inc_date on,
                             const char *answer, int64_t *id, inc_error *e);
inc_status escalation_rows(inc_db *db, int64_t contract_id, escalation_row *out, int max, int *n, inc_error *e);

/* ---- settlement ---- */
typedef struct {
    int64_t id, contract_id;
    char outcome[16], settled_on[11], settled_by[80], penalty_kind[16], penalty_rule[200];
    char exemption_by[120], exemption_date[11], exemption_reason[500], remarks[1001];
    int64_t due_cents, verified_cents, unrealised_cents, penalty_cents;
} settlement_row;
/* false in *found when the contract is not settled. */
inc_status settlement_get(inc_db *db, int64_t contract_id, settlement_row *out, bool *found, inc_error *e);
inc_status settlement_insert(inc_db *db, const settlement_row *r, int64_t *id, inc_error *e);

/* The penalty rule of a policy version (PENALTY_NONE when policy_id is 0). */
inc_status policy_penalty_get(inc_db *db, int64_t policy_id, penalty_policy *out, inc_error *e);
/* Sets the rule of the version of municipality_code effective on effective_from (INC_ENOTFOUND when none). */
inc_status policy_penalty_set(inc_db *db, const char *municipality_code, const char *effective_from,
                              const penalty_policy *p, int64_t *policy_id, inc_error *e);

/* ---- past performance and reports ---- */
typedef struct {
    int64_t contract_id;
    const char *municipality, *reference, *title, *outcome, *settled_on, *end_date;
    int64_t due_cents, verified_cents, unrealised_cents, penalty_cents;
} past_row;
typedef void (*past_fn)(void *user, const past_row *r);
/* The settled contracts of one organisation, newest first, in the municipalities given (NULL: all). */
inc_status past_performance_rows(inc_db *db, int64_t organisation_id, const char *const *municipalities, past_fn fn,
                                 void *user, inc_error *e);
inc_status organisation_by_kvk(inc_db *db, const char *kvk, int64_t *id, char *name, size_t size, inc_error *e);

/* Settlements in a year (settled_on), for the municipalities given (NULL: all). */
inc_status settlement_year_rows(inc_db *db, int year, const char *const *municipalities, past_fn fn, void *user,
                                inc_error *e);
/* Contracts as the yearly report needs them: award and contact dates, start, end, yearly reports. */
/* One row per contract and yearly report (year_no 0 and submitted_at NULL when it has none), in
 * contract order. */
typedef struct {
    int64_t contract_id;
    inc_date award, contact, start, end;
    int year_no;
    const char *submitted_at;
} report_contract_row;
typedef void (*report_contract_fn)(void *user, const report_contract_row *r);
inc_status report_contract_rows(inc_db *db, const char *const *municipalities, report_contract_fn fn, void *user,
                                inc_error *e);

/* Contracts that are behind today or have an escalation or plan, for the werkvoorraad. */
inc_status followup_candidate_ids(inc_db *db, const char *const *municipalities, int64_t *ids, int max, int *n,
                                  inc_error *e);

#endif
