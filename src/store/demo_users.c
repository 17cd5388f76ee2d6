/* Demo users: one per role, with the passwords documented in docs/web.md. The opdrachtnemers act
 * for two contractors of the register demo (created here when that demo is absent). */
#include "store/register.h"
#include "store/demo.h"
#include "store/user_store.h"

static const char *const sr_region[] = {"zoetermeer", "lansingerland", "pijnacker-nootdorp"};
static const char *const zoetermeer[] = {"zoetermeer"};

static const struct {
    const char *username, *password;
    inc_role role;
    const char *kvk, *org_name;
    const char *const *munis;
    int n_munis;
} demo_users[] = {
    {"beheer", "beheer-demo-2026", ROLE_BEHEER, NULL, NULL, NULL, 0},
    {"srteam", "srteam-demo-2026", ROLE_SR_TEAM, NULL, NULL, sr_region, 3},
    {"inkoop", "inkoop-demo-2026", ROLE_INKOOP, NULL, NULL, zoetermeer, 1},
    {"groenwerk", "groenwerk-demo-2026", ROLE_OPDRACHTNEMER, "27362514", "Groenwerk Zoetermeer BV", NULL, 0},
    {"schoonsociaal", "schoon-demo-2026", ROLE_OPDRACHTNEMER, "58221904", "Schoon & Sociaal Schoonmaak BV", NULL, 0},
    {"wsp", "wsp-demo-2026", ROLE_WSP, NULL, NULL, sr_region, 3},
    {"po", "po-demo-2026", ROLE_PO, NULL, NULL, zoetermeer, 1},
    {"raad", "raad-demo-2026", ROLE_RAAD, NULL, NULL, zoetermeer, 1},
};

inc_status demo_users_load(inc_db *db, inc_error *e)
{
    for (size_t i = 0; i < sizeof demo_users / sizeof demo_users[0]; i++) {
        inc_user existing;
        if (user_load_by_name(db, demo_users[i].username, &existing, NULL) == INC_OK) continue;
        if (demo_users[i].kvk) {
            int64_t org;
            if (organisation_ensure(db, demo_users[i].kvk, demo_users[i].org_name, &org, e) != INC_OK) return e->status;
        }
        inc_user_new u = {.username = demo_users[i].username,
                          .role = demo_users[i].role,
                          .organisation_kvk = demo_users[i].kvk,
                          .municipalities = demo_users[i].munis,
                          .n_municipalities = demo_users[i].n_munis,
                          .password = demo_users[i].password};
        int64_t id;
        if (user_create(db, &u, &id, e) != INC_OK) return e->status;
    }
    return INC_OK;
}
