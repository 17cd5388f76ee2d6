#include "web/authz.h"
#include <string.h>

/* What each role may do. Scope is applied on top of this by authz_decide. */
static const bool allowed[ROLE__COUNT][ACT__COUNT] = {
    /*                    read  create contact yearly realis decide overdue aggr  orgs  ref   users audit */
    [ROLE_BEHEER]        = {1,    0,     0,      0,     0,     0,     1,      1,    1,    1,    1,    1},
    [ROLE_SR_TEAM]       = {1,    1,     1,      1,     1,     1,     1,      1,    1,    1,    0,    0},
    [ROLE_INKOOP]        = {1,    1,     0,      0,     0,     0,     1,      1,    1,    1,    0,    0},
    [ROLE_OPDRACHTNEMER] = {1,    0,     0,      1,     1,     0,     1,      0,    1,    1,    0,    0},
    [ROLE_WSP]           = {1,    0,     0,      0,     0,     0,     0,      1,    1,    1,    0,    0},
    [ROLE_PO]            = {0,    0,     0,      0,     0,     0,     0,      1,    0,    1,    0,    0},
    [ROLE_RAAD]          = {0,    0,     0,      0,     0,     0,     0,      1,    0,    1,    0,    0},
};

authz_result authz_role(const inc_user *u, authz_action a)
{
    if (!u || (unsigned)u->role >= ROLE__COUNT || (unsigned)a >= ACT__COUNT || u->disabled) return AUTHZ_FORBIDDEN;
    return allowed[u->role][a] ? AUTHZ_ALLOW : AUTHZ_FORBIDDEN;
}

bool authz_serves(const inc_user *u, const char *municipality)
{
    if (u->role == ROLE_BEHEER) return true;
    for (int i = 0; municipality && i < u->n_municipalities; i++)
        if (strcmp(u->municipalities[i], municipality) == 0) return true;
    return false;
}

authz_result authz_decide(const inc_user *u, authz_action a, const char *municipality, int64_t organisation_id)
{
    if (authz_role(u, a) != AUTHZ_ALLOW) return AUTHZ_FORBIDDEN;
    /* Reference data is the same for everyone who may read it. */
    if (a == ACT_REFERENCE_READ || u->role == ROLE_BEHEER) return AUTHZ_ALLOW;
    if (u->role == ROLE_OPDRACHTNEMER) {
        /* Only resources of its own organisation; nothing without one. */
        return (organisation_id != 0 && organisation_id == u->organisation_id) ? AUTHZ_ALLOW : AUTHZ_HIDDEN;
    }
    if (a == ACT_ORGANISATION_READ && !municipality) return AUTHZ_ALLOW;   /* contractors work region-wide */
    return authz_serves(u, municipality) ? AUTHZ_ALLOW : AUTHZ_HIDDEN;
}

void authz_scope(const inc_user *u, const char **buf, const char *const **municipalities, int64_t *organisation_id)
{
    *organisation_id = 0;
    *municipalities = NULL;
    if (u->role == ROLE_BEHEER) return;
    if (u->role == ROLE_OPDRACHTNEMER) {
        *organisation_id = u->organisation_id;
        return;
    }
    int n = 0;
    for (; n < u->n_municipalities; n++) buf[n] = u->municipalities[n];
    buf[n] = NULL;
    *municipalities = buf;
}
