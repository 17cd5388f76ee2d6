#include "web/permissions.h"
#include "web/authz.h"
#include "web/authz_banen.h"
#include "web/authz_goals.h"
#include "web/authz_sebo.h"
#include "web/wsp_guard.h"

/* Names are stable strings the browser refers to (web/js/routes.js); one per action of each table. */
static const char *const register_names[ACT__COUNT] = {
    [ACT_REGISTER_READ] = "register.read",           [ACT_CONTRACT_CREATE] = "contract.create",
    [ACT_CONTRACT_CONTACT] = "contract.contact",     [ACT_YEARLY_REPORT] = "yearly-report.create",
    [ACT_REALISATION_CREATE] = "realisation.create", [ACT_REALISATION_DECIDE] = "realisation.decide",
    [ACT_OVERDUE_READ] = "overdue.read",             [ACT_AGGREGATE_READ] = "aggregate.read",
    [ACT_ORGANISATION_READ] = "organisation.read",   [ACT_REFERENCE_READ] = "reference.read",
    [ACT_USER_MANAGE] = "user.manage",               [ACT_AUDIT_READ] = "audit.read",
};
static const char *const banen_names[BA__COUNT] = {
    [BA_RECORDS_READ] = "banen.records.read", [BA_RECORDS_WRITE] = "banen.records.write",
    [BA_REPORT_READ] = "banen.report.read",   [BA_TARGETS_WRITE] = "banen.targets.write",
    [BA_LINK] = "banen.link",                 [BA_UWV_IMPORT] = "banen.uwv.import",
};
static const char *const sebo_names[SACT__COUNT] = {
    [SACT_REGISTRY_READ] = "sebo.registry.read",       [SACT_REGISTRY_MANAGE] = "sebo.registry.manage",
    [SACT_REQUESTS_READ] = "sebo.requests.read",       [SACT_PROCUREMENT_READ] = "sebo.procurement.read",
    [SACT_PROCUREMENT_LOG] = "sebo.procurement.log",   [SACT_REPORT_READ] = "sebo.report.read",
};
static const char *const goal_names[GA__COUNT] = {
    [GA_READ] = "goals.read", [GA_CHOOSE] = "goals.choose", [GA_STORY_ADD] = "goals.story.add",
};
static const char *const wsp_names[WSP__COUNT] = {
    [WSP_READ] = "wsp.read", [WSP_WRITE] = "wsp.write", [WSP_CANDIDATES] = "wsp.candidates", [WSP_SKILLS] = "wsp.skills",
};

json_t *permissions_json(const inc_user *u)
{
    json_t *out = json_array();
    if (!u || u->disabled) return out;
    for (int a = 0; a < ACT__COUNT; a++)
        if (authz_role(u, (authz_action)a) == AUTHZ_ALLOW) json_array_append_new(out, json_string(register_names[a]));
    for (int a = 0; a < BA__COUNT; a++)
        if (authz_banen_role(u, (banen_action)a) == AUTHZ_ALLOW) json_array_append_new(out, json_string(banen_names[a]));
    for (int a = 0; a < SACT__COUNT; a++)
        if (authz_sebo_role(u, (sebo_action)a) == AUTHZ_ALLOW) json_array_append_new(out, json_string(sebo_names[a]));
    for (int a = 0; a < GA__COUNT; a++)
        if (authz_goals_role(u, (goal_action)a) == AUTHZ_ALLOW) json_array_append_new(out, json_string(goal_names[a]));
    for (int a = 0; a < WSP__COUNT; a++)
        if (wsp_role_allows(u->role, (wsp_action)a)) json_array_append_new(out, json_string(wsp_names[a]));
    return out;
}
