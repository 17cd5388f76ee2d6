/* Who may do what with goals and the council dashboard (kept beside authz.c, same answers: allow,
 * forbidden for the role, hidden outside the scope).
 *   read (dashboard, goals, reports): every role that reads aggregates - beheer, sr-team, inkoop,
 *        wsp, po, raad - for their municipalities; not opdrachtnemer.
 *   choose the steering parameters: beheer.
 *   add a story ("the people behind the numbers"): beheer, sr-team, wsp, po - the staff who know
 *        the people - for their municipalities; not raad, inkoop or opdrachtnemer. */
#ifndef INC_AUTHZ_GOALS_H
#define INC_AUTHZ_GOALS_H
#include "web/authz.h"

typedef enum { GA_READ, GA_CHOOSE, GA_STORY_ADD, GA__COUNT } goal_action;

/* The role question only: ALLOW or FORBIDDEN. */
authz_result authz_goals_role(const inc_user *u, goal_action a);
/* The full question for a municipality: FORBIDDEN for the role, HIDDEN outside the scope. */
authz_result authz_goals(const inc_user *u, goal_action a, const char *municipality);

#endif
