/* Authorisation for the SEBO registry and the procurement invitation log, next to authz.c and in
 * the same two steps: may the role do it at all (403), and is the resource in the user's scope
 * (404)? Scope: the registry's or procurement's municipality (beheer: all); an opdrachtnemer only
 * its own organisation's requests for quotes. */
#ifndef INC_AUTHZ_SEBO_H
#define INC_AUTHZ_SEBO_H
#include <stdint.h>
#include "web/authz.h"

typedef enum {
    SACT_REGISTRY_READ,     /* holders with status, history, expiring certificates */
    SACT_REGISTRY_MANAGE,   /* add holders, applications, audit, evidence, status changes (programme manager) */
    SACT_REQUESTS_READ,     /* the requests for quotes a holder received */
    SACT_PROCUREMENT_READ,  /* the invitation log with its flags */
    SACT_PROCUREMENT_LOG,   /* log a procurement */
    SACT_REPORT_READ,       /* the SEBO report (aggregates) */
    SACT__COUNT
} sebo_action;

authz_result authz_sebo_role(const inc_user *u, sebo_action a);
authz_result authz_sebo_decide(const inc_user *u, sebo_action a, const char *municipality, int64_t organisation_id);

#endif
