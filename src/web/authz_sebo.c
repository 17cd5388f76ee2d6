#include "web/authz_sebo.h"

/* The programme manager of the SEBO mark works in the SR-team (social return / SEA programme);
 * inkoop logs procurements and sees the flags of its municipality. */
static const bool allowed[ROLE__COUNT][SACT__COUNT] = {
    /*                     reg-read manage requests proc-read proc-log report */
    [ROLE_BEHEER]        = {1,       1,     1,       1,        0,       1},
    [ROLE_SR_TEAM]       = {1,       1,     1,       1,        0,       1},
    [ROLE_INKOOP]        = {1,       0,     1,       1,        1,       1},
    [ROLE_OPDRACHTNEMER] = {0,       0,     1,       0,        0,       0},
    [ROLE_WSP]           = {1,       0,     0,       0,        0,       1},
    [ROLE_PO]            = {0,       0,     0,       0,        0,       0},
    [ROLE_RAAD]          = {0,       0,     0,       0,        0,       1},
};

authz_result authz_sebo_role(const inc_user *u, sebo_action a)
{
    if (!u || (unsigned)u->role >= ROLE__COUNT || (unsigned)a >= SACT__COUNT || u->disabled) return AUTHZ_FORBIDDEN;
    return allowed[u->role][a] ? AUTHZ_ALLOW : AUTHZ_FORBIDDEN;
}

authz_result authz_sebo_decide(const inc_user *u, sebo_action a, const char *municipality, int64_t organisation_id)
{
    if (authz_sebo_role(u, a) != AUTHZ_ALLOW) return AUTHZ_FORBIDDEN;
    if (u->role == ROLE_BEHEER) return AUTHZ_ALLOW;
    if (u->role == ROLE_OPDRACHTNEMER)
        return (organisation_id != 0 && organisation_id == u->organisation_id) ? AUTHZ_ALLOW : AUTHZ_HIDDEN;
    /* A holder's requests for quotes are region-wide facts of that holder: any municipality's
     * inkoop or SR-team may read them, like contractor organisations. */
    if (a == SACT_REQUESTS_READ && !municipality) return AUTHZ_ALLOW;
    return authz_serves(u, municipality) ? AUTHZ_ALLOW : AUTHZ_HIDDEN;
}
