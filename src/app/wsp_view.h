/* The JSON of the employer service's records, one view for both faces: the API answers with it and
 * the CLI prints it (--json) or reads its text from it. Amounts and hours are json_fixed values
 * (core/json_fixed.h). Each function returns a new reference. */
#ifndef INC_APP_WSP_VIEW_H
#define INC_APP_WSP_VIEW_H
#include <jansson.h>
#include "core/wsp_records.h"

json_t *wsp_employer_json(const wsp_employer *r);
json_t *wsp_employers_json(const wsp_employer_list *l);
json_t *wsp_employer_view_json(const wsp_employer_detail *v);
json_t *wsp_events_json(const wsp_event_list *l);
json_t *wsp_sroi_json(const wsp_sroi_list *l);

json_t *wsp_questions_json(const wsp_question_list *l);
json_t *wsp_question_months_json(const wsp_month_list *l);

json_t *wsp_skills_json(const wsp_skill_list *l);
json_t *wsp_vacancy_json(const wsp_vacancy *r);
json_t *wsp_vacancies_json(const wsp_vacancy_list *l);
json_t *wsp_candidate_json(const wsp_candidate *r);
json_t *wsp_candidates_json(const wsp_candidate_list *l);
json_t *wsp_shortlist_json(const wsp_match_result *r);
json_t *wsp_best_vacancies_json(const wsp_match_result *r);
json_t *wsp_proposals_json(const wsp_proposal_list *l);
json_t *wsp_placements_json(const wsp_placement_list *l);
json_t *wsp_placement_result_json(const wsp_placement_result *r);

#endif
