#include "web/authz_goals.h"

static const bool allowed[ROLE__COUNT][GA__COUNT] = {
    /*                    read  choose story */
    [ROLE_BEHEER]        = {1,    1,     1},
    [ROLE_SR_TEAM]       = {1,    0,     1},
    [ROLE_INKOOP]        = {1,    0,     0},
    [ROLE_OPDRACHTNEMER] = {0,    0,     0},
    [ROLE_WSP]           = {1,    0,     1},
    [ROLE_PO]            = {1,    0,     1},
    [ROLE_RAAD]          = {1,    0,     0},
};

authz_result authz_goals_role(const inc_user *u, goal_action a)
{
    if (!u || u->disabled || (unsigned)u->role >= ROLE__COUNT || (unsigned)a >= GA__COUNT) return AUTHZ_FORBIDDEN;
    return allowed[u->role][a] ? AUTHZ_ALLOW : AUTHZ_FORBIDDEN;
}

authz_result authz_goals(const inc_user *u, goal_action a, const char *municipality)
{
    if (authz_goals_role(u, a) != AUTHZ_ALLOW) return AUTHZ_FORBIDDEN;
    return authz_serves(u, municipality) ? AUTHZ_ALLOW : AUTHZ_HIDDEN;
}
