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
#include "store/db.h"

/* Employers. in: kvk, name, municipality (code), sector, size_class (zzp|micro|klein|middel|groot),
 * postcode, account_manager. An organisation with that KvK number is reused. */
inc_status wsp_employer_add(inc_db *db, json_t *in, int64_t *id, inc_error *e);
inc_status wsp_employers_list(inc_db *db, const char *municipality, json_t **out, inc_error *e);
/* The one view of the employer: account, contacts, contact moments, events, questions, vacancies,
 * placements, SROI obligations as contractor, SEBO status. */
inc_status wsp_employer_view(inc_db *db, int64_t id, json_t **out, inc_error *e);
/* in: name, role, email, phone */
inc_status wsp_contact_add(inc_db *db, int64_t employer_id, json_t *in, int64_t *id, inc_error *e);
/* in: kind (bezoek|telefoon|evenement|email), date, account_manager, notes, event (id, optional) */
inc_status wsp_moment_add(inc_db *db, int64_t employer_id, json_t *in, int64_t *id, inc_error *e);
/* in: title, date, municipality, location */
inc_status wsp_event_add(inc_db *db, json_t *in, int64_t *id, inc_error *e);
inc_status wsp_event_attend(inc_db *db, int64_t event_id, int64_t employer_id, bool attended, inc_error *e);
inc_status wsp_events_list(inc_db *db, json_t **out, inc_error *e);
/* Running contracts where the organisation is contractor with an SROI obligation not yet met. */
inc_status wsp_sroi_obligations(inc_db *db, int64_t organisation_id, json_t **out, inc_error *e);
/* SEBO status of an organisation; {"status": "onbekend", ...} while no SEBO register is present. */
json_t *wsp_sebo_status(inc_db *db, int64_t organisation_id);

/* Questions (48-hour answer target). in: employer, asked_at, channel, subject, question. */
inc_status wsp_question_add(inc_db *db, json_t *in, int64_t *id, inc_error *e);
/* in: answered_at (default now), answer, answered_by */
inc_status wsp_question_answer(inc_db *db, int64_t id, json_t *in, inc_error *e);
/* status: NULL, "open", "te-laat", "beantwoord"; employer_id 0 = all */
inc_status wsp_questions_list(inc_db *db, const char *status, int64_t employer_id, json_t **out, inc_error *e);
/* Per month of asking: asked, in time, late, overdue, open, share in time. */
inc_status wsp_questions_stats(inc_db *db, json_t **out, inc_error *e);
/* The same over the employers of the given municipalities only (ids NULL: all). */
inc_status wsp_questions_stats_scoped(inc_db *db, const int64_t *municipality_ids, int n_ids, json_t **out,
                                      inc_error *e);

/* The shared skills list (beheer edits it). */
inc_status wsp_skill_add(inc_db *db, const char *name, int64_t *id, inc_error *e);
inc_status wsp_skill_set_active(inc_db *db, const char *name, bool active, inc_error *e);
inc_status wsp_skills_list(inc_db *db, json_t **out, inc_error *e);
/* Comma-separated names -> sorted unique ids; an unknown or inactive name is refused. */
inc_status wsp_skills_resolve(inc_db *db, const char *list, uint16_t *ids, int max, int *n, const char *field,
                              inc_error *e);

/* Vacancies. in: employer, title, hours_min, hours_max, municipality (default the employer's), postcode,
 * education, start_date, groups, wanted, required_skills, wished_skills. */
inc_status wsp_vacancy_add(inc_db *db, json_t *in, int64_t *id, inc_error *e);
inc_status wsp_vacancies_list(inc_db *db, const char *status, json_t **out, inc_error *e);
inc_status wsp_vacancy_get(inc_db *db, int64_t id, json_t **out, inc_error *e);
/* status: open|vervuld|gesloten */
inc_status wsp_vacancy_set_status(inc_db *db, int64_t id, const char *status, inc_error *e);
inc_status wsp_vacancy_set_wanted(inc_db *db, int64_t id, int64_t wanted, inc_error *e);
inc_status wsp_vacancy_load(inc_db *db, int64_t id, match_vacancy *v, inc_error *e);

/* Candidates. in: bsn (pseudonymised, never stored), municipality, education, hours_min, hours_max,
 * postcode (only the 4 digits are kept), travel_km, groups, available_from, consent, skills. */
inc_status wsp_candidate_add(inc_db *db, json_t *in, int64_t *id, inc_error *e);
/* municipality_ids: only candidates owned by these (NULL = all). */
inc_status wsp_candidates_list(inc_db *db, const int64_t *municipality_ids, int n_ids, json_t **out, inc_error *e);
inc_status wsp_candidate_get(inc_db *db, int64_t id, json_t **out, inc_error *e);
inc_status wsp_candidate_set_consent(inc_db *db, int64_t id, bool consent, inc_error *e);
inc_status wsp_candidate_load(inc_db *db, int64_t id, match_candidate *c, inc_error *e);
int64_t wsp_candidate_municipality(inc_db *db, int64_t id); /* 0 when unknown */
/* Active candidates of a labour-market region (all regions when NULL), ordered by id. Caller frees. */
inc_status wsp_candidates_load_region(inc_db *db, const char *region, match_candidate **out, size_t *n, inc_error *e);
/* Open vacancies of a region (all when NULL), ordered by id. Caller frees. */
inc_status wsp_vacancies_load_region(inc_db *db, const char *region, match_vacancy **out, size_t *n, inc_error *e);

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
inc_status wsp_skill_set_active_id(inc_db *db, int64_t id, bool active, inc_error *e);

#endif
