/* Authorisation, decided in this one place for every request.
 * Two questions: may this role perform the action at all (else 403), and is the resource inside
 * the user's scope (else 404, so ids outside it cannot be probed)? Scope: an opdrachtnemer its own
 * organisation; sr-team, inkoop, wsp, po and raad their municipalities; beheer everything. */
#ifndef INC_AUTHZ_H
#define INC_AUTHZ_H
#include <stdint.h>
#include "core/user.h"

typedef enum {
    ACT_REGISTER_READ,       /* read and list contracts and their realisations */
    ACT_CONTRACT_CREATE,     /* register a contract */
    ACT_CONTRACT_CONTACT,    /* record the contractor's first contact */
    ACT_YEARLY_REPORT,       /* submit a yearly report */
    ACT_REALISATION_CREATE,  /* report a realisation */
    ACT_REALISATION_DECIDE,  /* verify or reject a realisation */
    ACT_OVERDUE_READ,        /* the overdue lists */
    ACT_AGGREGATE_READ,      /* aggregate reports (SROI per municipality and year) */
    ACT_ORGANISATION_READ,   /* contractor organisations */
    ACT_REFERENCE_READ,      /* municipalities, policies, catalogues */
    ACT_USER_MANAGE,         /* users: list, create, disable, set passwords */
    ACT_AUDIT_READ,          /* the audit log */
    ACT__COUNT
} authz_action;

typedef enum { AUTHZ_ALLOW, AUTHZ_FORBIDDEN, AUTHZ_HIDDEN } authz_result;

/* The role question only (no resource yet): ALLOW or FORBIDDEN. */
authz_result authz_role(const inc_user *u, authz_action a);
/* The full question for one resource: its municipality code (NULL when it has none) and its
 * organisation id (0 when it has none). FORBIDDEN for the role, HIDDEN outside the scope. */
authz_result authz_decide(const inc_user *u, authz_action a, const char *municipality, int64_t organisation_id);

/* The scope of lists for an allowed action: *municipalities is a NULL-terminated array of the
 * user's codes (pointing into u) or NULL for all; *organisation_id the only organisation, or 0.
 * `buf` holds the array (USER_MAX_MUNICIPALITIES + 1 entries). */
void authz_scope(const inc_user *u, const char **buf, const char *const **municipalities, int64_t *organisation_id);

/* Whether the user serves this municipality (beheer: every one). */
bool authz_serves(const inc_user *u, const char *municipality);

#endif
