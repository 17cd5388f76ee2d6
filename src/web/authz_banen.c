#include "web/authz_banen.h"
#include "app/region.h"
#include <stdio.h>
#include <string.h>

static const bool allowed[ROLE__COUNT][BA__COUNT] = {
    /*                    read  write report targets link uwv */
    [ROLE_BEHEER]        = {1,    0,    1,     1,      0,   1},
    [ROLE_SR_TEAM]       = {0,    0,    1,     0,      1,   0},
    [ROLE_INKOOP]        = {0,    0,    1,     0,      0,   0},
    [ROLE_OPDRACHTNEMER] = {0,    0,    0,     0,      0,   0},
    [ROLE_WSP]           = {1,    1,    1,     0,      1,   0},
    [ROLE_PO]            = {1,    1,    1,     1,      1,   0},
    [ROLE_RAAD]          = {0,    0,    1,     0,      0,   0},
};

authz_result authz_banen_role(const inc_user *u, banen_action a)
{
    if (!u || u->disabled || (unsigned)u->role >= ROLE__COUNT || (unsigned)a >= BA__COUNT) return AUTHZ_FORBIDDEN;
    return allowed[u->role][a] ? AUTHZ_ALLOW : AUTHZ_FORBIDDEN;
}

/* Whether one of the user's municipalities lies in the region. */
static bool serves_region(inc_db *db, const inc_user *u, const char *region)
{
    for (int i = 0; region && i < u->n_municipalities; i++) {
        char r[64];
        if (app_region_of(db, u->municipalities[i], r, NULL) == INC_OK && strcmp(r, region) == 0) return true;
    }
    return false;
}

authz_result authz_banen(inc_db *db, const inc_user *u, banen_action a, const char *municipality, const char *region)
{
    if (authz_banen_role(u, a) != AUTHZ_ALLOW) return AUTHZ_FORBIDDEN;
    if (u->role == ROLE_BEHEER) return AUTHZ_ALLOW;
    bool region_wide = u->role == ROLE_WSP || a == BA_REPORT_READ;
    if (municipality) {
        if (authz_serves(u, municipality)) return AUTHZ_ALLOW;
        if (u->role == ROLE_WSP) {
            char r[64];
            if (app_region_of(db, municipality, r, NULL) == INC_OK && serves_region(db, u, r)) return AUTHZ_ALLOW;
        }
        return AUTHZ_HIDDEN;
    }
    if (region) return region_wide && serves_region(db, u, region) ? AUTHZ_ALLOW : AUTHZ_HIDDEN;
    return AUTHZ_HIDDEN;   /* everything: beheer only */
}

void authz_banen_default(inc_db *db, const inc_user *u, char municipality[64], char region[64])
{
    municipality[0] = region[0] = 0;
    if (u->role == ROLE_BEHEER || u->n_municipalities == 0) return;
    if (u->role == ROLE_WSP) {
        if (app_region_of(db, u->municipalities[0], region, NULL) != INC_OK) region[0] = 0;
        return;
    }
    snprintf(municipality, 64, "%s", u->municipalities[0]);
}
