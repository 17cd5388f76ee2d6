#include "app/pso.h"
#include "app/audit_json.h"
#include "core/decimal.h"
#include "store/municipality.h"
#include "store/policy_store.h"
#include "store/pso_store.h"
#include "store/reference_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inc_status org_of(inc_db *db, const char *kvk, int64_t *id, inc_error *e)
{
    inc_status s = organisation_id_by_kvk(db, kvk, id, e);
    if (s == INC_OK && *id > 0) return INC_OK;
    if (s == INC_OK || s == INC_ENOTFOUND) return inc_fail(e, INC_ENOTFOUND, "kvk", "onbekend KvK-nummer %s", kvk);
    return s;
}

inc_status app_pso_certificates(inc_db *db, const char *kvk, pso_certificate *out, int max, int *n, inc_error *e)
{
    *n = 0;
    int64_t org;
    if (org_of(db, kvk, &org, e) != INC_OK) return e->status;
    return pso_certificates_load(db, org, out, max, n, e);
}

/* The policy versions of a municipality (code or name) with their ids, in the order they took effect. */
static inc_status municipality_policies(inc_db *db, const char *municipality, inc_policy ps[MAX_POLICIES],
                                        int64_t ids[MAX_POLICIES], int *n, inc_error *e)
{
    int64_t mid;
    if (municipality_resolve_id(db, municipality, &mid, "municipality", e) != INC_OK) return e->status;
    return policies_load(db, mid, ps, ids, MAX_POLICIES, n, e);
}

inc_status app_pso_tables(inc_db *db, const char *municipality, pso_policy_table *out, int max, int *n, inc_error *e)
{
    *n = 0;
    inc_policy ps[MAX_POLICIES];
    int64_t ids[MAX_POLICIES];
    int np;
    if (municipality_policies(db, municipality, ps, ids, &np, e) != INC_OK) return e->status;
    for (int i = 0; i < np && *n < max; i++) {   /* policies_load: in the order they took effect */
        pso_policy_table *t = &out[(*n)++];
        memcpy(t->policy, ps[i].name, sizeof t->policy);   /* same size (core/obligation.h) */
        t->policy[sizeof t->policy - 1] = '\0';
        t->effective_from = ps[i].effective_from;
        if (pso_table_load(db, ids[i], &t->table, e) != INC_OK) return e->status;
    }
    return INC_OK;
}

inc_status app_pso_certificate_add(inc_db *db, const char *kvk, pso_level level, inc_date from, inc_date until,
                                   inc_error *e)
{
    if (until < from) return inc_fail(e, INC_EINVAL, "valid_until", "geldig tot ligt vóór geldig vanaf");
    int64_t org;
    if (org_of(db, kvk, &org, e) != INC_OK) return e->status;
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    pso_certificate c = {level, from, until, INC_DATE_NONE};
    int64_t id;
    char f[11], u[11];
    date_format_iso(from, f);
    date_format_iso(until, u);
    inc_status s = pso_certificate_insert(db, org, &c, &id, e);
    if (s == INC_OK) s = app_pso_refresh(db, org, e);
    if (s == INC_OK)
        s = app_audit_json(db, "create", "pso_certificate", id,
                           json_pack("{s:s, s:s, s:s, s:s}", "kvk", kvk, "level", pso_level_code(level), "valid_from", f,
                                     "valid_until", u), e);
    return db_end(db, own, s, e);
}

static inc_status effect_of(inc_db *db, const pso_contract *c, pso_effect *out, inc_error *e)
{
    pso_table t;
    if (pso_table_load(db, c->policy_id, &t, e) != INC_OK) return e->status;
    pso_certificate certs[PSO_MAX_CERTS];
    int n = 0;   /* a policy without PSO (every seeded one): no certificate to read */
    if (pso_table_accepts(&t) && pso_certificates_load(db, c->contractor_id, certs, PSO_MAX_CERTS, &n, e) != INC_OK)
        return e->status;
    return pso_apply(&t, certs, n, c->obligation_cents, c->start, c->end, out, e);
}

/* Stores the contract's cover when it changed (a write only where a figure moves). */
static inc_status refresh_loaded(inc_db *db, const pso_contract *c, inc_error *e)
{
    pso_effect f;
    if (effect_of(db, c, &f, e) != INC_OK) return e->status;
    int64_t covered = f.applies ? f.covered_cents : 0;
    if (covered == c->pso_covered_cents) return INC_OK;
    return pso_covered_store(db, c->id, covered, e);
}

inc_status app_pso_refresh_contract(inc_db *db, int64_t contract_id, inc_error *e)
{
    pso_contract c;
    if (pso_contract_load(db, contract_id, &c, e) != INC_OK) return e->status;
    return refresh_loaded(db, &c, e);
}

inc_status app_pso_refresh(inc_db *db, int64_t organisation_id, inc_error *e)
{
    int64_t *ids;
    int n;
    if (pso_contracts_to_refresh(db, organisation_id, &ids, &n, e) != INC_OK) return e->status;
    inc_status s = INC_OK;
    for (int i = 0; i < n && s == INC_OK; i++) s = app_pso_refresh_contract(db, ids[i], e);
    free(ids);
    return s;
}

static inc_status withdraw_tx(inc_db *db, const char *kvk, int64_t org, inc_date day, int *withdrawn, int *notices,
                              inc_error *e)
{
    if (pso_certificate_withdraw(db, org, day, withdrawn, e) != INC_OK) return e->status;
    if (*withdrawn == 0) return inc_fail(e, INC_ENOTFOUND, "kvk", "KvK %s heeft op die dag geen geldig PSO-certificaat", kvk);
    if (app_pso_refresh(db, org, e) != INC_OK) return e->status;
    int64_t ids[256];
    int n;
    if (pso_contracts_running(db, org, day, ids, 256, &n, e) != INC_OK) return e->status;
    for (int i = 0; i < n; i++) {
        pso_contract c;
        pso_effect f;
        if (pso_contract_load(db, ids[i], &c, e) != INC_OK) return e->status;
        if (effect_of(db, &c, &f, e) != INC_OK) return e->status;
        if (!f.lapsed || f.lapsed_on != day) continue;
        char d[11], rest[32], msg[400];
        date_format_nl(day, d);
        decimal_format(f.remaining_cents, 2, true, rest, sizeof rest);
        snprintf(msg, sizeof msg,
                 "Het PSO-certificaat (%s) van KvK %s is vervallen op %s: de verplichting van opdracht %s geldt weer "
                 "vanaf die dag; nog te realiseren EUR %s.", pso_level_label(f.level), kvk, d, c.reference, rest);
        if (sr_notice_insert(db, c.id, "pso-vervallen", day, msg, e) != INC_OK) return e->status;
        (*notices)++;
    }
    char iso[11];
    date_format_iso(day, iso);
    return app_audit_json(db, "withdraw", "pso_certificate", org,
                          json_pack("{s:s, s:s, s:i, s:i}", "kvk", kvk, "on", iso, "certificates", *withdrawn, "notices",
                                    *notices), e);
}

inc_status app_pso_withdraw(inc_db *db, const char *kvk, inc_date day, int *withdrawn, int *notices, inc_error *e)
{
    *withdrawn = *notices = 0;
    int64_t org;
    if (org_of(db, kvk, &org, e) != INC_OK) return e->status;
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, withdraw_tx(db, kvk, org, day, withdrawn, notices, e), e);
}

inc_status app_pso_table_set(inc_db *db, const char *municipality, inc_date policy_from, pso_level level,
                             int32_t covers_bp, inc_error *e)
{
    if (covers_bp > 10000) return inc_fail(e, INC_EINVAL, "covers", "een trede dekt ten hoogste 100 %% van de verplichting");
    inc_policy ps[MAX_POLICIES];
    int64_t ids[MAX_POLICIES];
    int n;
    if (municipality_policies(db, municipality, ps, ids, &n, e) != INC_OK) return e->status;
    int64_t pid = 0;
    for (int i = 0; i < n; i++)
        if (ps[i].effective_from == policy_from) pid = ids[i];
    char d[11];
    date_format_nl(policy_from, d);
    if (!pid) return inc_fail(e, INC_ENOTFOUND, "policy", "geen beleid van %s dat ingaat op %s", municipality, d);
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    inc_status s = pso_table_set(db, pid, level, covers_bp, e);
    if (s == INC_OK) s = app_pso_refresh(db, 0, e);
    if (s == INC_OK)
        s = app_audit_json(db, covers_bp < 0 ? "delete" : "update", "policy_pso", pid,
                           json_pack("{s:s, s:i}", "level", pso_level_code(level), "covers_bp", (int)covers_bp), e);
    return db_end(db, own, s, e);
}

inc_status app_pso_effect_for(inc_db *db, int64_t policy_id, const char *kvk, int64_t obligation_cents, inc_date start,
                              inc_date end, pso_effect *out, inc_error *e)
{
    pso_contract c = {.policy_id = policy_id, .obligation_cents = obligation_cents, .start = start, .end = end};
    int64_t org = 0;
    inc_status s = organisation_id_by_kvk(db, kvk, &org, e);
    if (s != INC_OK && s != INC_ENOTFOUND) return s;
    c.contractor_id = org > 0 ? org : -1;   /* -1: no organisation, so no certificates */
    return effect_of(db, &c, out, e);
}

inc_status app_pso_contract_effect(inc_db *db, int64_t contract_id, char municipality[48], pso_effect *out,
                                   inc_error *e)
{
    pso_contract c;
    if (pso_contract_load(db, contract_id, &c, e) != INC_OK) return e->status;
    snprintf(municipality, 48, "%s", c.municipality);
    return effect_of(db, &c, out, e);
}
