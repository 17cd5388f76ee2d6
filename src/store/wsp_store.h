/* Employer services (WSP) store: employer accounts, contact persons, contact moments, events,
 * questions, the shared skills list, vacancies, candidates, matching, proposals, placements.
 * Inputs are JSON objects (the API body, or built by the CLI from its options); every change is
 * one transaction with its audit-log line; bad input changes nothing. */
#ifndef INC_WSP_STORE_H
#define INC_WSP_STORE_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/match.h"
#include "core/wsp_records.h"
#include "store/db.h"

/* ---- Lookups ---- */
/* Municipality id by code ('zoetermeer'); an unknown code is INC_EINVAL naming "municipality". */
inc_status wsp_municipality_id(inc_db *db, const char *code, int64_t *id, inc_error *e);
bool wsp_store_employer_exists(inc_db *db, int64_t id);
bool wsp_store_event_exists(inc_db *db, int64_t id);

/* ---- Employers, contact persons, contact moments, events ---- */
/* The organisation with this KvK number (made when new, with name, municipality and postcode). */
inc_status wsp_store_organisation_ensure(inc_db *db, const char *kvk, const char *name, int64_t municipality_id,
                                         const char *postcode, int64_t *org, inc_error *e);
bool wsp_store_organisation_has_employer(inc_db *db, int64_t organisation_id);
inc_status wsp_store_employer_insert(inc_db *db, int64_t organisation_id, int64_t municipality_id,
                                     const wsp_employer_in *in, int64_t *id, inc_error *e);
/* By name; municipality (code) NULL: all. */
inc_status wsp_store_employers_select(inc_db *db, const char *municipality, wsp_employer_list *out, inc_error *e);
/* INC_ENOTFOUND when there is no such employer. Texts into pool. */
inc_status wsp_store_employer_select(inc_db *db, int64_t id, wsp_employer *out, wsp_pool *pool, inc_error *e);
inc_status wsp_store_contacts_select(inc_db *db, int64_t employer_id, wsp_contact_list *out, inc_error *e);
/* Newest first. */
inc_status wsp_store_moments_select(inc_db *db, int64_t employer_id, wsp_moment_list *out, inc_error *e);
/* The events the employer registered for, newest first. */
inc_status wsp_store_attendance_select(inc_db *db, int64_t employer_id, wsp_attendance_list *out, inc_error *e);
inc_status wsp_store_employer_vacancies_select(inc_db *db, int64_t employer_id, wsp_vacancy_brief_list *out,
                                               inc_error *e);
inc_status wsp_store_employer_placements_select(inc_db *db, int64_t employer_id, wsp_placement_brief_list *out,
                                                inc_error *e);
/* Contracts running on `today` where the organisation is contractor with an SROI obligation not yet met. */
inc_status wsp_store_sroi_select(inc_db *db, int64_t organisation_id, inc_date today, wsp_sroi_list *out, inc_error *e);
/* Whether the organisation is in the SEBO register and, if it has one, its last certificate's stored
 * status and valid_until ("" when none). */
inc_status wsp_store_sebo_certificate(inc_db *db, int64_t organisation_id, bool *holder, bool *certificate,
                                      char status[24], char valid_until[11], inc_error *e);
inc_status wsp_store_contact_insert(inc_db *db, int64_t employer_id, const wsp_contact_in *in, int64_t *id,
                                    inc_error *e);
inc_status wsp_store_moment_insert(inc_db *db, int64_t employer_id, const wsp_moment_in *in, int64_t *id, inc_error *e);
inc_status wsp_store_event_insert(inc_db *db, int64_t municipality_id, const wsp_event_in *in, int64_t *id,
                                  inc_error *e);
/* Registers the employer for the event, or changes whether it came. */
inc_status wsp_store_attendance_set(inc_db *db, int64_t event_id, int64_t employer_id, bool attended, inc_error *e);
/* Newest first, with the numbers registered and attended. */
inc_status wsp_store_events_select(inc_db *db, wsp_event_list *out, inc_error *e);

/* ---- Questions ---- */
inc_status wsp_store_question_insert(inc_db *db, const wsp_question_in *in, int64_t *id, inc_error *e);
inc_status wsp_store_question_state(inc_db *db, int64_t id, bool *found, inc_minute *asked, bool *answered,
                                    inc_error *e);
/* in->answered_by must be set. */
inc_status wsp_store_question_answer(inc_db *db, int64_t id, const wsp_answer_in *in, inc_error *e);
/* Newest first; employer_id 0: all. The state against the target is left to the caller. */
inc_status wsp_store_questions_select(inc_db *db, int64_t employer_id, wsp_question_list *out, inc_error *e);
/* When every question was asked and answered, oldest first. */
inc_status wsp_store_question_times(inc_db *db, wsp_question_time_list *out, inc_error *e);

/* ---- The shared skills list ---- */
/* The id a new skill gets. */
inc_status wsp_store_skill_next_id(inc_db *db, int64_t *next, inc_error *e);
/* *inserted false when a skill of that name exists already. */
inc_status wsp_store_skill_insert(inc_db *db, int64_t id, const char *name, bool *inserted, inc_error *e);
inc_status wsp_store_skill_set_active(inc_db *db, const char *name, bool active, bool *found, int64_t *id, inc_error *e);
inc_status wsp_store_skill_name(inc_db *db, int64_t id, char *name, size_t size, bool *found, inc_error *e);
/* By name. */
inc_status wsp_store_skills_select(inc_db *db, wsp_skill_list *out, inc_error *e);
/* The skill of that name (the first len bytes). */
inc_status wsp_store_skill_find(inc_db *db, const char *name, int len, bool *found, int64_t *id, bool *active,
                                inc_error *e);

/* ---- Vacancies ---- */
/* The employer's municipality; false when there is no such employer. */
bool wsp_store_employer_municipality(inc_db *db, int64_t employer_id, int64_t *municipality_id);
inc_status wsp_store_vacancy_insert(inc_db *db, int64_t municipality_id, const wsp_vacancy_in *in, int64_t *id,
                                    inc_error *e);
inc_status wsp_store_vacancy_skills_insert(inc_db *db, int64_t vacancy_id, const uint16_t *ids, int n, bool required,
                                           inc_error *e);
/* status NULL: all. By id. */
inc_status wsp_store_vacancies_select(inc_db *db, const char *status, wsp_vacancy_list *out, inc_error *e);
/* INC_ENOTFOUND when there is no such vacancy. Texts into pool. */
inc_status wsp_store_vacancy_select(inc_db *db, int64_t id, wsp_vacancy *out, wsp_pool *pool, inc_error *e);
inc_status wsp_store_vacancy_set_status(inc_db *db, int64_t id, const char *status, bool *found, inc_error *e);
inc_status wsp_store_vacancy_set_wanted(inc_db *db, int64_t id, int64_t wanted, bool *found, inc_error *e);
/* The vacancy as matching sees it. */
inc_status wsp_store_vacancy_load(inc_db *db, int64_t id, match_vacancy *v, inc_error *e);
/* Open vacancies of a region (all when NULL), ordered by id. Caller frees. */
inc_status wsp_store_vacancies_load_region(inc_db *db, const char *region, match_vacancy **out, size_t *n,
                                           inc_error *e);

/* ---- Candidates ---- */
/* The candidate of a person; false when the person is none. */
bool wsp_store_candidate_of_person(inc_db *db, int64_t person_id, int64_t *candidate_id);
/* consent_date is today when consent is given. */
inc_status wsp_store_candidate_insert(inc_db *db, int64_t person_id, int64_t municipality_id,
                                      const wsp_candidate_in *in, inc_date today, int64_t *id, inc_error *e);
inc_status wsp_store_candidate_skills_insert(inc_db *db, int64_t candidate_id, const uint16_t *ids, int n, inc_error *e);
/* municipality_ids: only candidates owned by these (NULL = all). By id. */
inc_status wsp_store_candidates_select(inc_db *db, const int64_t *municipality_ids, int n_ids, wsp_candidate_list *out,
                                       inc_error *e);
/* INC_ENOTFOUND when there is no such candidate. Texts into pool. */
inc_status wsp_store_candidate_select(inc_db *db, int64_t id, wsp_candidate *out, wsp_pool *pool, inc_error *e);
inc_status wsp_store_candidate_set_consent(inc_db *db, int64_t id, bool consent, inc_date today, bool *found,
                                           inc_error *e);
/* The candidate as matching sees it. */
inc_status wsp_store_candidate_load(inc_db *db, int64_t id, match_candidate *c, inc_error *e);
/* Active candidates of a labour-market region (all regions when NULL), ordered by id. Caller frees. */
inc_status wsp_store_candidates_load_region(inc_db *db, const char *region, match_candidate **out, size_t *n,
                                            inc_error *e);

/* Matching configuration: defaults, overridden by settings 'match.weight.<criterion>' and 'match.min_score'. */
inc_status wsp_match_config(inc_db *db, match_config *cfg, inc_error *e);
/* The shortlist for a vacancy as JSON: {vacancy, wanted, count, shortfall, items:[{candidate, score, reasons}]},
 * over the active candidates of the vacancy's labour-market region; with municipality_ids only those
 * owned by these municipalities (the user's scope). */
inc_status wsp_shortlist_json(inc_db *db, int64_t vacancy_id, json_t **out, inc_error *e);
inc_status wsp_shortlist_scoped_json(inc_db *db, int64_t vacancy_id, const int64_t *municipality_ids, int n_ids,
                                     json_t **out, inc_error *e);
/* The best open vacancies for a candidate (limit 1..50). */
inc_status wsp_best_vacancies_json(inc_db *db, int64_t candidate_id, int limit, json_t **out, inc_error *e);
/* The same over the vacancies of the given municipalities only (the user's scope; ids NULL: all). */
inc_status wsp_best_vacancies_scoped_json(inc_db *db, int64_t candidate_id, int limit, const int64_t *municipality_ids,
                                          int n_ids, json_t **out, inc_error *e);

/* Proposals: the account manager proposes, the employer decides. Refused: no consent, any other hard
 * constraint, a vacancy not open, a duplicate. */
inc_status wsp_propose(inc_db *db, int64_t vacancy_id, int64_t candidate_id, int64_t *id, inc_error *e);
/* outcome: uitgenodigd|aangenomen|afgewezen|ingetrokken */
inc_status wsp_proposal_outcome(inc_db *db, int64_t id, const char *outcome, const char *reason, inc_error *e);
inc_status wsp_proposals_list(inc_db *db, int64_t vacancy_id, json_t **out, inc_error *e);

/* Placement. in: vacancy, candidate, start_date, hours, contract_type, instrument. Refused for a
 * vacancy that is not open. Creates the banenafspraak employment record through the hook (when
 * the person is in the doelgroepregister) and reports the employer's SROI obligations. */
inc_status wsp_place(inc_db *db, json_t *in, json_t **result, inc_error *e);
inc_status wsp_placements_list(inc_db *db, json_t **out, inc_error *e);

/* The banenafspraak side of a placement (inside the placement's transaction): when the candidate is
 * in the doelgroepregister (target group banenafspraak, wajong or oud-sw), creates the employment
 * record (source wsp), or links an existing record of the same person at the same employer whose
 * period overlaps. Returns {in_register, created, employment, note}. */
typedef struct {
    int64_t person_id, organisation_id, municipality_id, placement_id;
    uint32_t groups;
    inc_date start;
    int64_t hours_centi;
    const char *contract_type, *instrument;
} wsp_placement_info;
inc_status wsp_banen_record_placement(inc_db *db, const wsp_placement_info *p, int64_t *employment_id, json_t **out,
                                      inc_error *e);

/* The municipality a WSP record belongs to, for authorisation: kind "employer", "vacancy", "question",
 * "candidate" or "proposal"; code gets the municipality code. INC_ENOTFOUND when there is no such record. */
inc_status wsp_scope_of(inc_db *db, const char *kind, int64_t id, char *code, size_t size, inc_error *e);

#endif
