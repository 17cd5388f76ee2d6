/* Who may use the employer-service (WSP) endpoints. Kept beside authz.c so the WSP rules sit in one
 * place: READ (employers, events, questions, vacancies) for wsp, sr-team and beheer; WRITE (create
 * and change them) for wsp; CANDIDATES (candidate profiles, shortlists, proposals, placements) for
 * wsp and sr-team, and only for candidates owned by the municipalities they serve; SKILLS (edit the
 * shared skills list) for beheer. Outside the user's municipalities a record is "niet gevonden". */
#ifndef INC_WSP_GUARD_H
#define INC_WSP_GUARD_H
#include "web/guard.h"

typedef enum { WSP_READ, WSP_WRITE, WSP_CANDIDATES, WSP_SKILLS, WSP__COUNT } wsp_action;

bool wsp_role_allows(inc_role role, wsp_action a);
/* 403 when the role may not; else true. */
bool wsp_guard_role(web_req *req, wsp_action a);
/* Role check, then scope: the municipality (code) must be served (404 otherwise; beheer serves all). */
bool wsp_guard(web_req *req, wsp_action a, const char *municipality);
/* Role check, then scope of a stored record ("employer", "vacancy", "question", "candidate", "proposal",
 * "event"). */
bool wsp_guard_record(web_req *req, wsp_action a, const char *kind, int64_t id);
/* Keeps the items of a JSON array whose "municipality" the user serves. Returns arr. */
json_t *wsp_filter_scope(web_req *req, json_t *arr);
/* The same by another key holding a municipality code (e.g. "candidate_municipality"). */
json_t *wsp_filter_scope_by(web_req *req, json_t *arr, const char *key);

#endif
