/* Authorisation (src/web/authz.c): the role matrix and the scope rules, 403 vs 404. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "web/authz.h"

static inc_user make(inc_role role, int64_t org, const char *m1, const char *m2)
{
    inc_user u;
    memset(&u, 0, sizeof u);
    u.id = 1;
    u.role = role;
    u.organisation_id = org;
    if (m1) snprintf(u.municipalities[u.n_municipalities++], sizeof u.municipalities[0], "%s", m1);
    if (m2) snprintf(u.municipalities[u.n_municipalities++], sizeof u.municipalities[0], "%s", m2);
    return u;
}

static void opdrachtnemer_only_own_organisation(void **s)
{
    (void)s;
    inc_user u = make(ROLE_OPDRACHTNEMER, 7, NULL, NULL);
    assert_int_equal(authz_decide(&u, ACT_REGISTER_READ, "zoetermeer", 7), AUTHZ_ALLOW);
    assert_int_equal(authz_decide(&u, ACT_REGISTER_READ, "zoetermeer", 8), AUTHZ_HIDDEN);
    assert_int_equal(authz_decide(&u, ACT_REALISATION_CREATE, "delft", 7), AUTHZ_ALLOW);
    assert_int_equal(authz_decide(&u, ACT_REALISATION_CREATE, "delft", 8), AUTHZ_HIDDEN);
    assert_int_equal(authz_decide(&u, ACT_YEARLY_REPORT, "zoetermeer", 8), AUTHZ_HIDDEN);
    /* A resource without an organisation is never its own. */
    assert_int_equal(authz_decide(&u, ACT_REGISTER_READ, "zoetermeer", 0), AUTHZ_HIDDEN);
    /* Role-forbidden actions are 403 even on its own contracts. */
    assert_int_equal(authz_decide(&u, ACT_REALISATION_DECIDE, "zoetermeer", 7), AUTHZ_FORBIDDEN);
    assert_int_equal(authz_decide(&u, ACT_CONTRACT_CREATE, "zoetermeer", 7), AUTHZ_FORBIDDEN);
    assert_int_equal(authz_decide(&u, ACT_AGGREGATE_READ, "zoetermeer", 7), AUTHZ_FORBIDDEN);
    assert_int_equal(authz_role(&u, ACT_USER_MANAGE), AUTHZ_FORBIDDEN);
}

static void municipality_scope_for_sr_team_and_inkoop(void **s)
{
    (void)s;
    inc_user sr = make(ROLE_SR_TEAM, 0, "zoetermeer", "lansingerland");
    assert_int_equal(authz_decide(&sr, ACT_REALISATION_DECIDE, "lansingerland", 3), AUTHZ_ALLOW);
    assert_int_equal(authz_decide(&sr, ACT_REALISATION_DECIDE, "delft", 3), AUTHZ_HIDDEN);
    assert_int_equal(authz_decide(&sr, ACT_REGISTER_READ, NULL, 3), AUTHZ_HIDDEN);
    assert_int_equal(authz_role(&sr, ACT_AUDIT_READ), AUTHZ_FORBIDDEN);
    inc_user ink = make(ROLE_INKOOP, 0, "zoetermeer", NULL);
    assert_int_equal(authz_decide(&ink, ACT_CONTRACT_CREATE, "zoetermeer", 0), AUTHZ_ALLOW);
    assert_int_equal(authz_decide(&ink, ACT_CONTRACT_CREATE, "lansingerland", 0), AUTHZ_HIDDEN);
    assert_int_equal(authz_decide(&ink, ACT_REALISATION_DECIDE, "zoetermeer", 0), AUTHZ_FORBIDDEN);
    assert_int_equal(authz_decide(&ink, ACT_CONTRACT_CONTACT, "zoetermeer", 0), AUTHZ_FORBIDDEN);
}

static void raad_and_po_only_aggregates(void **s)
{
    (void)s;
    inc_role roles[] = {ROLE_RAAD, ROLE_PO};
    for (int i = 0; i < 2; i++) {
        inc_user u = make(roles[i], 0, "zoetermeer", NULL);
        assert_int_equal(authz_decide(&u, ACT_AGGREGATE_READ, "zoetermeer", 0), AUTHZ_ALLOW);
        assert_int_equal(authz_decide(&u, ACT_AGGREGATE_READ, "delft", 0), AUTHZ_HIDDEN);
        for (int a = 0; a < ACT__COUNT; a++)
            if (a != ACT_AGGREGATE_READ && a != ACT_REFERENCE_READ)
                assert_int_equal(authz_decide(&u, (authz_action)a, "zoetermeer", 1), AUTHZ_FORBIDDEN);
    }
}

static void only_beheer_manages_users_and_reads_audit(void **s)
{
    (void)s;
    for (int r = 0; r < ROLE__COUNT; r++) {
        inc_user u = make((inc_role)r, r == ROLE_OPDRACHTNEMER ? 5 : 0, "zoetermeer", NULL);
        authz_result want = r == ROLE_BEHEER ? AUTHZ_ALLOW : AUTHZ_FORBIDDEN;
        assert_int_equal(authz_role(&u, ACT_USER_MANAGE), want);
        assert_int_equal(authz_role(&u, ACT_AUDIT_READ), want);
    }
    inc_user b = make(ROLE_BEHEER, 0, NULL, NULL);
    assert_int_equal(authz_decide(&b, ACT_REGISTER_READ, "delft", 99), AUTHZ_ALLOW);
    assert_int_equal(authz_decide(&b, ACT_REALISATION_DECIDE, "delft", 99), AUTHZ_FORBIDDEN);
}

static void disabled_user_may_do_nothing(void **s)
{
    (void)s;
    inc_user u = make(ROLE_BEHEER, 0, NULL, NULL);
    u.disabled = true;
    assert_int_equal(authz_role(&u, ACT_REFERENCE_READ), AUTHZ_FORBIDDEN);
    assert_int_equal(authz_decide(&u, ACT_USER_MANAGE, NULL, 0), AUTHZ_FORBIDDEN);
}

static void list_scope(void **s)
{
    (void)s;
    const char *buf[USER_MAX_MUNICIPALITIES + 1];
    const char *const *m;
    int64_t org;
    inc_user sr = make(ROLE_SR_TEAM, 0, "zoetermeer", "lansingerland");
    authz_scope(&sr, buf, &m, &org);
    assert_non_null(m);
    assert_string_equal(m[0], "zoetermeer");
    assert_string_equal(m[1], "lansingerland");
    assert_null(m[2]);
    assert_int_equal(org, 0);
    inc_user on = make(ROLE_OPDRACHTNEMER, 42, NULL, NULL);
    authz_scope(&on, buf, &m, &org);
    assert_null(m);
    assert_int_equal(org, 42);
    inc_user b = make(ROLE_BEHEER, 0, NULL, NULL);
    authz_scope(&b, buf, &m, &org);
    assert_null(m);
    assert_int_equal(org, 0);
    /* A scoped role without municipalities sees nothing, not everything. */
    inc_user none = make(ROLE_WSP, 0, NULL, NULL);
    authz_scope(&none, buf, &m, &org);
    assert_non_null(m);
    assert_null(m[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(opdrachtnemer_only_own_organisation),
        cmocka_unit_test(municipality_scope_for_sr_team_and_inkoop),
        cmocka_unit_test(raad_and_po_only_aggregates),
        cmocka_unit_test(only_beheer_manages_users_and_reads_audit),
        cmocka_unit_test(disabled_user_may_do_nothing),
        cmocka_unit_test(list_scope),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
