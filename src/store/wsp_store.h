/* Employer services (WSP) store: the SQL of employer accounts, contact persons, contact moments,
 * events, questions, the shared skills list, vacancies, candidates, matching, proposals, placements
 * and the banenafspraak record of a placement. Typed in and out (core/wsp_records.h); persistence
 * only: the transactions, the checks, the audit-log lines and the decisions are the application
 * layer's (app/wsp_*.c). Selects into a list start it afresh and leave it empty on failure. */
#ifndef INC_WSP_STORE_H
#define INC_WSP_STORE_H
#include <stdbool.h>
#include <stddef.h>
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
/* INC_ENOTFOUND when there is no such employer. Texts into arena. */
inc_status wsp_store_employer_select(inc_db *db, int64_t id, wsp_employer *out, inc_arena *arena, inc_error *e);
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
/* INC_ENOTFOUND when there is no such vacancy. Texts into arena. */
inc_status wsp_store_vacancy_select(inc_db *db, int64_t id, wsp_vacancy *out, inc_arena *arena, inc_error *e);
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
/* INC_ENOTFOUND when there is no such candidate. Texts into arena. */
inc_status wsp_store_candidate_select(inc_db *db, int64_t id, wsp_candidate *out, inc_arena *arena, inc_error *e);
inc_status wsp_store_candidate_set_consent(inc_db *db, int64_t id, bool consent, inc_date today, bool *found,
                                           inc_error *e);
/* The candidate as matching sees it. */
inc_status wsp_store_candidate_load(inc_db *db, int64_t id, match_candidate *c, inc_error *e);
/* Active candidates of a labour-market region (all regions when NULL), ordered by id. Caller frees. */
inc_status wsp_store_candidates_load_region(inc_db *db, const char *region, match_candidate **out, size_t *n,
                                            inc_error *e);

/* ---- Matching ---- */
/* The defaults, overridden by settings 'match.weight.<criterion>' and 'match.min_score' (unchecked). */
inc_status wsp_store_match_config(inc_db *db, match_config *cfg, inc_error *e);
/* The labour-market region of a municipality; false when unknown. */
bool wsp_store_region_of(inc_db *db, int64_t municipality_id, char *region, size_t size);
/* The proposal of this candidate for this vacancy, if one was made (id, outcome may be NULL). */
bool wsp_store_proposal_of(inc_db *db, int64_t vacancy_id, int64_t candidate_id, int64_t *id, char *outcome,
                           size_t size);

/* ---- Proposals and placements ---- */
/* The status of a vacancy (open|vervuld|gesloten) or a candidate (actief|geplaatst|uitgeschreven). */
inc_status wsp_store_vacancy_status(inc_db *db, int64_t id, char *status, size_t size, bool *found, inc_error *e);
inc_status wsp_store_candidate_status(inc_db *db, int64_t id, char *status, size_t size, bool *found, inc_error *e);
inc_status wsp_store_proposal_insert(inc_db *db, int64_t vacancy_id, int64_t candidate_id, inc_date day,
                                     const char *by, int32_t score, bool by_hand, int64_t *id, inc_error *e);
inc_status wsp_store_proposal_set_outcome(inc_db *db, int64_t id, const char *outcome, inc_date day, const char *reason,
                                          bool *found, inc_error *e);
/* vacancy_id 0: all. By id. */
inc_status wsp_store_proposals_select(inc_db *db, int64_t vacancy_id, wsp_proposal_list *out, inc_error *e);

/* What a placement needs to know of its vacancy and candidate (0 where unknown). */
typedef struct {
    int64_t person_id, organisation_id, employer_municipality_id, proposal_id;
    uint32_t groups;
} wsp_placement_facts;
void wsp_store_placement_facts(inc_db *db, int64_t vacancy_id, int64_t candidate_id, wsp_placement_facts *f);
inc_status wsp_store_placement_insert(inc_db *db, const wsp_placement_in *in, int64_t proposal_id, int64_t *id,
                                      inc_error *e);
/* The proposal's outcome becomes aangenomen on day. */
inc_status wsp_store_proposal_accept(inc_db *db, int64_t proposal_id, inc_date day, inc_error *e);
/* The candidate leaves the pool (status geplaatst). */
inc_status wsp_store_candidate_placed(inc_db *db, int64_t candidate_id, inc_error *e);
inc_status wsp_store_placement_set_employment(inc_db *db, int64_t placement_id, int64_t employment_id, inc_error *e);
/* By id. */
inc_status wsp_store_placements_select(inc_db *db, wsp_placement_list *out, inc_error *e);

/* ---- The banenafspraak record of a placement ---- */
/* A record of the same person at the same employer still running on start (the earliest). */
bool wsp_store_employment_covering(inc_db *db, int64_t person_id, int64_t organisation_id, inc_date start,
                                   int64_t *employment_id);
/* The organisation is a municipality's own (sector overheid). */
bool wsp_store_organisation_is_municipal(inc_db *db, int64_t organisation_id);
/* An employment record from a placement (source wsp); the texts are banen codes. */
typedef struct {
    int64_t municipality_id, organisation_id, person_id, hours_centi;
    const char *sector, *target_group, *contract_type, *instrument;
    inc_date start;
} wsp_employment_row;
inc_status wsp_store_employment_insert(inc_db *db, const wsp_employment_row *r, int64_t *id, inc_error *e);

/* The municipality a WSP record belongs to, for authorisation: kind "employer", "vacancy", "question",
 * "candidate" or "proposal"; code gets the municipality code. INC_ENOTFOUND when there is no such record. */
inc_status wsp_scope_of(inc_db *db, const char *kind, int64_t id, char *code, size_t size, inc_error *e);

#endif
