/* The employer service (WSP): one function per user action, shared by the command line (inclusio
 * employer|question|skill|vacancy|candidate|match|propose|place) and the API (/api/v1/employers,
 * events, questions, skills, vacancies, candidates, proposals, placements). Each change is one
 * transaction with its audit-log line; bad input changes nothing. Inputs come checked from
 * app/wsp_input.h; the records (core/wsp_records.h) have their JSON in app/wsp_view.h. Who may act
 * is the face's to decide (web/wsp_guard.c); the record's municipality for that is wsp_scope_of. */
#ifndef INC_APP_WSP_ACTIONS_H
#define INC_APP_WSP_ACTIONS_H
#include <stdbool.h>
#include <stdint.h>
#include "app/app.h"
#include "core/wsp_records.h"

/* The municipality a WSP record belongs to, for authorisation: kind "employer", "vacancy", "question",
 * "candidate", "proposal" or "event"; code gets the municipality code. INC_ENOTFOUND when there is no
 * such record. */
inc_status wsp_record_municipality(inc_db *db, const char *kind, int64_t id, char *code, size_t size, inc_error *e);
/* Municipality id by code; an unknown code is INC_EINVAL. */
inc_status wsp_municipality_lookup(inc_db *db, const char *code, int64_t *id, inc_error *e);

/* ---- Employers, contact persons, contact moments, events ---- */
/* An organisation with that KvK number is reused; one employer account per organisation. */
inc_status wsp_employer_add(inc_db *db, const wsp_employer_in *in, int64_t *id, inc_error *e);
/* municipality (code) NULL: all. Free with WSP_LIST_FREE. */
inc_status wsp_employers_list(inc_db *db, const char *municipality, wsp_employer_list *out, inc_error *e);
/* The one view of the employer: account, contacts, contact moments, events, questions, vacancies,
 * placements, SROI obligations as contractor, SEBO status. Free with wsp_employer_view_free. */
inc_status wsp_employer_view(inc_db *db, int64_t id, wsp_employer_detail *out, inc_error *e);
void wsp_employer_view_free(wsp_employer_detail *v);
inc_status wsp_contact_add(inc_db *db, int64_t employer_id, const wsp_contact_in *in, int64_t *id, inc_error *e);
inc_status wsp_moment_add(inc_db *db, int64_t employer_id, const wsp_moment_in *in, int64_t *id, inc_error *e);
inc_status wsp_event_add(inc_db *db, const wsp_event_in *in, int64_t *id, inc_error *e);
inc_status wsp_event_attend(inc_db *db, int64_t event_id, int64_t employer_id, bool attended, inc_error *e);
inc_status wsp_events_list(inc_db *db, wsp_event_list *out, inc_error *e);

/* ---- Questions (48-hour answer target) ---- */
inc_status wsp_question_add(inc_db *db, const wsp_question_in *in, int64_t *id, inc_error *e);
/* answered_by NULL: the acting user. */
inc_status wsp_question_answer(inc_db *db, int64_t id, const wsp_answer_in *in, inc_error *e);
/* filter: NULL, "open", "te-laat", "beantwoord"; employer_id 0 = all. Newest first. */
inc_status wsp_questions_list(inc_db *db, const char *filter, int64_t employer_id, wsp_question_list *out,
                              inc_error *e);
/* Per month of asking: asked, in time, late, overdue, open; over the employers of the given
 * municipalities only (ids NULL: all). */
inc_status wsp_questions_stats(inc_db *db, const int64_t *municipality_ids, int n_ids, wsp_month_list *out,
                               inc_error *e);

/* ---- The shared skills list (beheer edits it) ---- */
inc_status wsp_skill_add(inc_db *db, const char *name, int64_t *id, inc_error *e);
inc_status wsp_skill_set_active(inc_db *db, const char *name, bool active, inc_error *e);
inc_status wsp_skill_set_active_id(inc_db *db, int64_t id, bool active, inc_error *e);
inc_status wsp_skills_list(inc_db *db, wsp_skill_list *out, inc_error *e);

/* ---- Vacancies ---- */
/* municipality NULL: the employer's. */
inc_status wsp_vacancy_add(inc_db *db, const wsp_vacancy_in *in, int64_t *id, inc_error *e);
/* status: NULL (all), open, vervuld, gesloten. */
inc_status wsp_vacancies_list(inc_db *db, const char *status, wsp_vacancy_list *out, inc_error *e);
/* Texts into arena (free with arena_free). INC_ENOTFOUND when there is no such vacancy. */
inc_status wsp_vacancy_get(inc_db *db, int64_t id, wsp_vacancy *out, inc_arena *arena, inc_error *e);
/* status: open|vervuld|gesloten */
inc_status wsp_vacancy_set_status(inc_db *db, int64_t id, const char *status, inc_error *e);
inc_status wsp_vacancy_set_wanted(inc_db *db, int64_t id, int64_t wanted, inc_error *e);

/* ---- Candidates ---- */
/* The BSN only forms the pseudonym (never stored); a person is a candidate once. */
inc_status wsp_candidate_add(inc_db *db, const wsp_candidate_in *in, int64_t *id, inc_error *e);
/* municipality_ids: only candidates owned by these (NULL = all). */
inc_status wsp_candidates_list(inc_db *db, const int64_t *municipality_ids, int n_ids, wsp_candidate_list *out,
                               inc_error *e);
/* Texts into arena (free with arena_free). INC_ENOTFOUND when there is no such candidate. */
inc_status wsp_candidate_get(inc_db *db, int64_t id, wsp_candidate *out, inc_arena *arena, inc_error *e);
inc_status wsp_candidate_set_consent(inc_db *db, int64_t id, bool consent, inc_error *e);

/* ---- Matching ---- */
/* The shortlist for a vacancy: exactly the number the employer wants of the active candidates of the
 * vacancy's labour-market region, best first, fewer only when fewer are suitable (why in note); with
 * municipality_ids only the candidates owned by these (the user's scope; NULL: all). */
inc_status wsp_shortlist(inc_db *db, int64_t vacancy_id, const int64_t *municipality_ids, int n_ids,
                         wsp_match_result **out, inc_error *e);
/* The best open vacancies of the candidate's region for a candidate (limit 1..50); with municipality_ids
 * only the vacancies of these (NULL: all). */
inc_status wsp_best_vacancies(inc_db *db, int64_t candidate_id, int limit, const int64_t *municipality_ids, int n_ids,
                              wsp_match_result **out, inc_error *e);
void wsp_match_result_free(wsp_match_result *r);

/* ---- Proposals and placements ---- */
/* The account manager proposes, the employer decides. Refused: no consent, any other hard constraint,
 * a vacancy not open, a candidate not active, a duplicate. Not on the current shortlist: by hand. */
inc_status wsp_propose(inc_db *db, int64_t vacancy_id, int64_t candidate_id, int64_t *id, inc_error *e);
/* outcome: uitgenodigd|aangenomen|afgewezen|ingetrokken; reason may be NULL. */
inc_status wsp_proposal_outcome(inc_db *db, int64_t id, const char *outcome, const char *reason, inc_error *e);
/* vacancy_id 0: all. */
inc_status wsp_proposals_list(inc_db *db, int64_t vacancy_id, wsp_proposal_list *out, inc_error *e);
/* Refused for a vacancy that is not open or a candidate not active. Makes (or links) the banenafspraak
 * employment record when the candidate is in the doelgroepregister and reports the employer's SROI
 * obligations. Free with wsp_placement_result_free. */
inc_status wsp_place(inc_db *db, const wsp_placement_in *in, wsp_placement_result *out, inc_error *e);
void wsp_placement_result_free(wsp_placement_result *r);
inc_status wsp_placements_list(inc_db *db, wsp_placement_list *out, inc_error *e);

#endif
