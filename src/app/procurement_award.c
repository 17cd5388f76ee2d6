#include "app/procurement_award.h"
#include "app/audit_json.h"
#include "app/pso.h"
#include "app/register_contract.h"
#include "core/ident.h"
#include "core/json_fixed.h"
#include "core/obligation.h"
#include "core/sebo_procurement.h"
#include "store/award_store.h"
#include "store/procurement_log.h"
#include "store/policy_store.h"
#include "store/register.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FULL_LABOUR_BP 10000   /* a provisional obligation assumes the whole value is labour */

void award_draft_options_init(award_draft_options *o)
{
    memset(o, 0, sizeof *o);
    o->labour_share_bp = -1;
    o->start_date = o->end_date = INC_DATE_NONE;
}

/* The obligation of an award by the policy in force on its award date. */
static inc_status award_obligation(inc_db *db, int64_t municipality_id, const char *category, const char *procedure,
                                   int64_t value_cents, int32_t labour_bp, const char *kvk, inc_date award,
                                   inc_obligation *out, inc_error *e)
{
    return award_obligation_compute(db, municipality_id, category, procedure, value_cents, labour_bp, kvk, award, out, e);
}

static json_t *obligation_json(const inc_obligation *o, bool provisional)
{
    return json_pack("{s:b, s:o, s:o, s:b, s:b, s:s}", "applies", o->applies, "percentage",
                     json_fixed(o->percentage_bp, 2), "amount", json_money(o->amount_cents), "met_by_sebo",
                     o->met_by_sebo, "provisional", provisional, "reason", o->reason);
}

/* ---- award -> draft ---- */

static inc_status draft_tx(inc_db *db, const inc_contract_input *in0, bool provisional, int64_t procurement_id,
                           int64_t *contract_id, inc_error *e)
{
    inc_contract_input in = *in0;
    if (provisional) in.labour_share_bp = FULL_LABOUR_BP;
    inc_status s = app_contract_register(db, &in, contract_id, e);
    if (s == INC_ECONFLICT)
        return inc_fail(e, INC_ECONFLICT, "reference",
                        "kenmerk '%s' staat al in het register van %s: deze gunning is al geregistreerd",
                        in.reference, in.municipality);
    if (s) return s;
    if (contract_draft_mark(db, *contract_id, procurement_id, provisional, e) != INC_OK) return e->status;
    return app_audit_json(db, "draft", "contract", *contract_id,
                          json_pack("{s:s, s:I, s:b}", "reference", in.reference, "procurement_id",
                                    (json_int_t)procurement_id, "provisional", provisional),
                          e);
}

inc_status app_award_draft_create(inc_db *db, const inc_contract_input *in, bool provisional, int64_t procurement_id,
                                  int64_t *contract_id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, draft_tx(db, in, provisional, procurement_id, contract_id, e), e);
}

static const char *proc_name(const procurement_award *a, char buf[80])
{
    if (a->reference[0]) snprintf(buf, 80, "%s", a->reference);
    else snprintf(buf, 80, "%lld", (long long)a->id);
    return buf;
}

static inc_status award_to_draft_tx(inc_db *db, int64_t id, const award_draft_options *opt, int64_t *contract_id,
                                    inc_error *e)
{
    procurement_award a;
    if (procurement_award_read(db, id, &a, e) != INC_OK) return e->status;
    char name[80];
    proc_name(&a, name);
    if (!a.winner_org_id) return inc_fail(e, INC_EINVAL, "id", "inkoop %s is nog niet gegund", name);
    if (a.contract_id)
        return inc_fail(e, INC_ECONFLICT, "id", "inkoop %s staat al in het register (contract %s, %s)", name,
                        a.contract_reference, a.contract_status);
    if (a.exempt)
        return inc_fail(e, INC_EINVAL, "id", "voor inkoop %s is een ontheffing van social return vastgelegd", name);
    inc_date award = a.award_date != INC_DATE_NONE ? a.award_date : a.procurement_date;
    int64_t value = a.awarded_set ? a.awarded_cents : 0;
    bool provisional = opt->labour_share_bp < 0;
    inc_obligation ob;
    if (award_obligation(db, a.municipality_id, a.category, a.procedure, value,
                         provisional ? FULL_LABOUR_BP : opt->labour_share_bp, a.winner_kvk, award, &ob, e) != INC_OK)
        return e->status;
    if (!ob.applies)
        return inc_fail(e, INC_EINVAL, "id", "volgens het beleid geldt voor inkoop %s geen social return: %s", name,
                        ob.reason);
    inc_contract_input in;
    memset(&in, 0, sizeof in);
    snprintf(in.municipality, sizeof in.municipality, "%s", a.municipality);
    snprintf(in.department, sizeof in.department, "%.95s", a.department);
    if (a.reference[0]) snprintf(in.reference, sizeof in.reference, "%s", a.reference);
    else snprintf(in.reference, sizeof in.reference, "INK-%lld", (long long)a.id);
    snprintf(in.title, sizeof in.title, "%.255s", a.subject);
    category_parse(a.category, &in.category);
    procedure_parse(a.procedure, &in.procedure);
    in.value_cents = value;
    in.labour_share_bp = provisional ? FULL_LABOUR_BP : opt->labour_share_bp;
    in.award_date = award;
    in.start_date = opt->start_date != INC_DATE_NONE ? opt->start_date : award;
    in.end_date = opt->end_date != INC_DATE_NONE ? opt->end_date : date_add_months(in.start_date, 12) - 1;
    if (in.end_date < in.start_date)
        return inc_fail(e, INC_EINVAL, "end_date", "de einddatum ligt voor de begindatum");
    snprintf(in.contractor_kvk, sizeof in.contractor_kvk, "%.8s", a.winner_kvk);
    snprintf(in.contractor_name, sizeof in.contractor_name, "%s", a.winner_name);
    snprintf(in.cpv, sizeof in.cpv, "%s", opt->cpv);
    return draft_tx(db, &in, provisional, a.id, contract_id, e);
}

inc_status app_procurement_award_to_draft(inc_db *db, int64_t procurement_id, const award_draft_options *opt,
                                          int64_t *contract_id, inc_error *e)
{
    award_draft_options defaults;
    award_draft_options_init(&defaults);
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, award_to_draft_tx(db, procurement_id, opt ? opt : &defaults, contract_id, e), e);
}

static inc_status confirm_tx(inc_db *db, int64_t id, int32_t labour_bp, inc_date start, inc_date end, inc_error *e)
{
    contract_draft_facts f;
    if (contract_draft_read(db, id, &f, e) != INC_OK) return e->status;
    if (strcmp(f.status, "concept") != 0)
        return inc_fail(e, INC_ECONFLICT, "id", "contract %s is al bevestigd", f.reference);
    if (labour_bp < 0 && f.provisional)
        return inc_fail(e, INC_EINVAL, "labour_share_pct",
                        "de verplichting is voorlopig: geef het loonsomaandeel op (percentage van de opdrachtwaarde)");
    if (labour_bp > 10000) return inc_fail(e, INC_EINVAL, "labour_share_pct", "het loonsomaandeel ligt tussen 0 en 100 %%");
    if (labour_bp >= 0) f.ob.labour_share_bp = labour_bp;
    if (start != INC_DATE_NONE) f.start_date = start;
    if (end != INC_DATE_NONE) f.end_date = end;
    if (f.end_date < f.start_date) return inc_fail(e, INC_EINVAL, "end_date", "de einddatum ligt voor de begindatum");
    inc_policy ps[MAX_POLICIES];
    int64_t ids[MAX_POLICIES];
    int n = 0;
    if (policies_load(db, f.municipality_id, ps, ids, MAX_POLICIES, &n, e) != INC_OK) return e->status;
    inc_obligation ob;
    if (obligation_compute(ps, n, &f.ob, &ob, e) != INC_OK) return e->status;
    if (contract_confirm_store(db, id, f.ob.labour_share_bp, f.start_date, f.end_date, &ob, e) != INC_OK)
        return e->status;
    if (app_pso_refresh_contract(db, id, e) != INC_OK) return e->status;   /* a new obligation or period */
    return app_audit_json(db, "confirm", "contract", id,
                          json_pack("{s:s, s:o, s:o}", "reference", f.reference, "labour_share",
                                    json_fixed(f.ob.labour_share_bp, 2), "obligation", json_money(ob.amount_cents)),
                          e);
}

inc_status app_award_confirm(inc_db *db, int64_t contract_id, int32_t labour_share_bp, inc_date start, inc_date end,
                             inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, confirm_tx(db, contract_id, labour_share_bp, start, end, e), e);
}

/* ---- completion ---- */

inc_status procurement_completion_from_json(const json_t *j, procurement_completion *c, inc_error *e)
{
    memset(c, 0, sizeof *c);
    if (!json_is_object(j)) return inc_fail(e, INC_EINVAL, NULL, "verwacht een JSON-object");
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)j, key, v) {
        if (strcmp(key, "winner") == 0) {
            if (!json_is_null(v) && !json_is_string(v))
                return inc_fail(e, INC_EINVAL, key, "winner is een KvK-nummer of null");
            c->winner_set = true;
            snprintf(c->winner, sizeof c->winner, "%s", json_is_string(v) ? json_string_value(v) : "");
            if (c->winner[0] && kvk_check(c->winner, "winner", e) != INC_OK) return INC_EINVAL;
        } else if (strcmp(key, "awarded_value") == 0) {
            if (sebo_amount_from_json(v, &c->awarded_cents, key, e) != INC_OK) return INC_EINVAL;
            c->awarded_set = true;
        } else if (strcmp(key, "award_date") == 0) {
            if (!json_is_string(v)) return inc_fail(e, INC_EINVAL, key, "award_date is een datum (JJJJ-MM-DD)");
            if (date_parse(json_string_value(v), &c->award_date, key, e) != INC_OK) return INC_EINVAL;
            c->award_date_set = true;
        } else if (strcmp(key, "deviation_reason") == 0) {
            if (!json_is_null(v) && !json_is_string(v))
                return inc_fail(e, INC_EINVAL, key, "deviation_reason is tekst");
            const char *s = json_is_string(v) ? json_string_value(v) : "";
            if (strlen(s) >= sizeof c->reason)
                return inc_fail(e, INC_EINVAL, key, "de reden is te lang (ten hoogste %zu tekens)", sizeof c->reason - 1);
            c->reason_set = true;
            snprintf(c->reason, sizeof c->reason, "%s", s);
        } else if (strcmp(key, "quotes") == 0) {
            if (!json_is_array(v)) return inc_fail(e, INC_EINVAL, key, "quotes is een lijst van {kvk, amount}");
            size_t i;
            json_t *q;
            json_array_foreach(v, i, q) {
                if (c->quote_count >= AWARD_MAX_QUOTES)
                    return inc_fail(e, INC_EINVAL, key, "ten hoogste %d offertes", AWARD_MAX_QUOTES);
                json_t *k = json_object_get(q, "kvk");
                if (!json_is_string(k) || kvk_check(json_string_value(k), "quotes", e) != INC_OK)
                    return inc_fail(e, INC_EINVAL, key, "elke offerte heeft een geldig KvK-nummer (kvk)");
                snprintf(c->quote_kvk[c->quote_count], 16, "%s", json_string_value(k));
                json_t *a = json_object_get(q, "amount");
                c->quote_cents[c->quote_count] = -1;
                if (a && !json_is_null(a) && sebo_amount_from_json(a, &c->quote_cents[c->quote_count], key, e))
                    return INC_EINVAL;
                c->quote_count++;
            }
        } else {
            return inc_fail(e, INC_EINVAL, key, "onbekend veld '%s'", key);
        }
    }
    return INC_OK;
}

static inc_status complete_tx(inc_db *db, int64_t id, const procurement_completion *c, int64_t *contract_id,
                              inc_error *e)
{
    *contract_id = 0;
    procurement_award a;
    if (procurement_award_read(db, id, &a, e) != INC_OK) return e->status;
    char name[80];
    proc_name(&a, name);
    int64_t winner = a.winner_org_id;
    if (c->winner_set) {
        winner = 0;
        if (c->winner[0] && procurement_invited_org(db, id, c->winner, &winner, e) != INC_OK) return e->status;
        if (c->winner[0] && !winner)
            return inc_fail(e, INC_EINVAL, "winner", "de winnaar %s is niet uitgenodigd voor inkoop %s", c->winner,
                            name);
    }
    bool award_changes = c->winner_set || c->awarded_set || c->quote_count;
    /* a registered award keeps its winner and value (a hand-registered contract may get its winner once) */
    if (a.contract_id && award_changes && a.winner_org_id && (winner != a.winner_org_id || c->awarded_set))
        return inc_fail(e, INC_ECONFLICT, "winner",
                        "inkoop %s staat al in het register (contract %s): wijzig de gunning daar", name,
                        a.contract_reference);
    for (int i = 0; i < c->quote_count; i++) {
        int64_t org = 0;
        if (procurement_invited_org(db, id, c->quote_kvk[i], &org, e) != INC_OK) return e->status;
        if (!org)
            return inc_fail(e, INC_EINVAL, "quotes", "offerte van %s: die onderneming is niet uitgenodigd",
                            c->quote_kvk[i]);
        if (procurement_quote_store(db, id, org, c->quote_cents[i], e) != INC_OK) return e->status;
    }
    inc_date award_date = c->award_date_set ? c->award_date : a.award_date;
    if (winner && award_date == INC_DATE_NONE)
        return inc_fail(e, INC_EINVAL, "award_date", "geef de gunningsdatum op");
    if (award_date != INC_DATE_NONE) {
        if (award_date < a.procurement_date)
            return inc_fail(e, INC_EINVAL, "award_date", "de gunningsdatum ligt voor de datum van de uitnodiging");
        if (award_date > date_today())
            return inc_fail(e, INC_EINVAL, "award_date", "de gunningsdatum ligt in de toekomst");
    }
    if (!winner) award_date = c->award_date_set ? award_date : INC_DATE_NONE;
    /* the value: as given, else kept when the winner stays, else the winner's quote, else the estimate */
    int64_t value = -1;
    if (winner) {
        if (c->awarded_set) value = c->awarded_cents;
        else if (winner == a.winner_org_id && a.awarded_set && !c->quote_count) value = a.awarded_cents;
        else {
            inc_stmt *st;
            if (db_prepare(db, "SELECT COALESCE(i.quote_cents, p.estimated_cents) FROM procurements p"
                               " JOIN procurement_invitations i ON i.procurement_id = p.id"
                               " WHERE p.id = ? AND i.organisation_id = ?", &st, e))
                return INC_EIO;
            db_bind_int64(st, 1, id);
            db_bind_int64(st, 2, winner);
            if (db_step(db, st, e) == DB_ROW) value = db_col_int64(st, 0);
            db_finalize(st);
        }
    }
    const char *reason = c->reason_set ? c->reason : a.deviation_reason;
    /* the rule judged again on the invitations as logged, now with or without the reason */
    sebo_rule_input ri;
    if (procurement_rule_input(db, id, &ri, e) != INC_OK) return e->status;
    ri.has_reason = reason[0] != 0;
    sebo_thresholds th;
    sebo_thresholds_load(db, &th);
    sebo_rule_result rr;
    if (sebo_rule_check(&th, &ri, &rr, e) != INC_OK) return e->status;
    if (rr.outcome == SEBO_RULE_FLAGGED)
        return inc_fail(e, INC_EINVAL, "deviation_reason",
                        "inkoop %s is gemarkeerd: de voorkeursvolgorde van SEBO is niet gevolgd. Geef de reden "
                        "van de afwijking op", name);
    const char *outcome = sebo_rule_outcome_code(rr.outcome);
    if (procurement_completion_store(db, id, winner, value, award_date, reason, outcome, rr.explanation, e) != INC_OK)
        return e->status;
    char d[11] = "";
    if (award_date != INC_DATE_NONE) date_format_iso(award_date, d);
    if (app_audit_json(db, "complete", "procurement", id,
                       json_pack("{s:s, s:o, s:s, s:s, s:i}", "winner", c->winner_set ? c->winner : a.winner_kvk,
                                 "awarded_value", value >= 0 ? json_money(value) : json_null(), "award_date", d,
                                 "rule", outcome, "quotes", c->quote_count),
                       e) != INC_OK)
        return e->status;
    /* the award reaches the register as a draft when it carries social return */
    if (!winner || a.contract_id || a.exempt) return INC_OK;
    procurement_award now;
    if (procurement_award_read(db, id, &now, e) != INC_OK) return e->status;
    if (now.contract_id) return INC_OK;   /* registered by reference already */
    inc_obligation ob;
    if (award_obligation(db, now.municipality_id, now.category, now.procedure, value, FULL_LABOUR_BP, now.winner_kvk,
                         award_date, &ob, e) != INC_OK)
        return e->status;
    if (!ob.applies) return INC_OK;
    return award_to_draft_tx(db, id, &(award_draft_options){.labour_share_bp = -1, .start_date = INC_DATE_NONE,
                                                            .end_date = INC_DATE_NONE}, contract_id, e);
}

inc_status app_procurement_complete(inc_db *db, int64_t id, const procurement_completion *c, int64_t *contract_id,
                                    inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, complete_tx(db, id, c, contract_id, e), e);
}

static inc_status exempt_tx(inc_db *db, int64_t id, const char *by, inc_date on, const char *reason, inc_error *e)
{
    procurement_award a;
    if (procurement_award_read(db, id, &a, e) != INC_OK) return e->status;
    char name[80];
    proc_name(&a, name);
    if (!by || !*by) return inc_fail(e, INC_EINVAL, "granted_by", "geef op wie de ontheffing heeft verleend");
    if (!reason || !*reason) return inc_fail(e, INC_EINVAL, "reason", "geef de reden van de ontheffing op");
    if (strlen(by) > 127) return inc_fail(e, INC_EINVAL, "granted_by", "te lang (ten hoogste 127 tekens)");
    if (strlen(reason) > 499) return inc_fail(e, INC_EINVAL, "reason", "te lang (ten hoogste 499 tekens)");
    if (on == INC_DATE_NONE) return inc_fail(e, INC_EINVAL, "granted_on", "geef de datum van de ontheffing op");
    if (on > date_today()) return inc_fail(e, INC_EINVAL, "granted_on", "de datum van de ontheffing ligt in de toekomst");
    if (a.contract_id && strcmp(a.contract_status, "bevestigd") == 0)
        return inc_fail(e, INC_ECONFLICT, "id", "inkoop %s staat al bevestigd in het register (contract %s)", name,
                        a.contract_reference);
    if (sr_exemption_insert(db, a.municipality_id, id, 0, by, on, reason, e) != INC_OK) return e->status;
    char d[11];
    date_format_iso(on, d);
    return app_audit_json(db, "exempt", "procurement", id,
                          json_pack("{s:s, s:s, s:s}", "granted_by", by, "granted_on", d, "reason", reason), e);
}

inc_status app_procurement_exempt(inc_db *db, int64_t id, const char *granted_by, inc_date granted_on,
                                  const char *reason, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, exempt_tx(db, id, granted_by, granted_on, reason, e), e);
}

inc_status app_procurement_award_json(inc_db *db, int64_t id, json_t **out, inc_error *e)
{
    procurement_award a;
    if (procurement_award_read(db, id, &a, e) != INC_OK) return e->status;
    json_t *j = json_object();
    char d[11] = "";
    if (a.award_date != INC_DATE_NONE) date_format_iso(a.award_date, d);
    json_object_set_new(j, "award_date", d[0] ? json_string(d) : json_null());
    if (a.contract_id) {
        contract_draft_facts f;
        if (contract_draft_read(db, a.contract_id, &f, e) != INC_OK) {
            json_decref(j);
            return e->status;
        }
        json_object_set_new(j, "contract", json_pack("{s:I, s:s, s:s, s:b}", "id", (json_int_t)a.contract_id,
                                                      "reference", a.contract_reference, "status", a.contract_status,
                                                      "provisional", f.provisional));
    } else {
        json_object_set_new(j, "contract", json_null());
    }
    json_object_set_new(j, "exemption", a.exempt ? json_pack("{s:s, s:s, s:s}", "granted_by", a.exempt_by,
                                                            "granted_on", a.exempt_on, "reason", a.exempt_reason)
                                                 : json_null());
    json_t *ob = json_null();
    if (a.winner_org_id && a.awarded_set) {
        inc_obligation o;
        inc_date award = a.award_date != INC_DATE_NONE ? a.award_date : a.procurement_date;
        inc_error tmp = {0};
        if (award_obligation(db, a.municipality_id, a.category, a.procedure, a.awarded_cents, FULL_LABOUR_BP,
                             a.winner_kvk, award, &o, &tmp) == INC_OK)
            ob = obligation_json(&o, true);
    }
    json_object_set_new(j, "obligation", ob);
    *out = j;
    return INC_OK;
}

/* ---- missing social return ---- */

typedef struct {
    inc_db *db;
    inc_error *e;
    inc_status status;
    json_t *items, *groups;
    int64_t with_obligation, registered, exempted, missing, obligation_missing;
} missing_state;

static json_t *group_for(json_t *groups, const char *mun, const char *dep, int year)
{
    size_t i;
    json_t *g;
    json_array_foreach(groups, i, g) {
        if (strcmp(json_string_value(json_object_get(g, "municipality")), mun) == 0 &&
            strcmp(json_string_value(json_object_get(g, "department")), dep) == 0 &&
            json_integer_value(json_object_get(g, "year")) == year)
            return g;
    }
    g = json_pack("{s:s, s:s, s:i, s:i, s:i, s:i, s:i, s:I}", "municipality", mun, "department", dep, "year", year,
                  "awards", 0, "registered", 0, "exempted", 0, "missing", 0, "obligation_missing_cents", (json_int_t)0);
    json_array_append_new(groups, g);
    return g;
}

static void bump(json_t *g, const char *key, int64_t by)
{
    json_object_set_new(g, key, json_integer(json_integer_value(json_object_get(g, key)) + by));
}

static void missing_row(void *user, const award_row *r)
{
    missing_state *s = user;
    if (s->status != INC_OK) return;
    award_class k;
    if (award_classify(s->db, r, &k, s->e) != INC_OK) {
        s->status = s->e->status ? s->e->status : INC_EIO;
        return;
    }
    if (!k.applies) return;
    int64_t amount = k.obligation_cents;
    bool met_by_sebo = k.met_by_sebo, provisional = k.provisional;
    int32_t pct = k.percentage_bp;
    int y, m, d;
    date_to_ymd(r->award_date, &y, &m, &d);
    json_t *g = group_for(s->groups, r->municipality, r->department, y);
    bump(g, "awards", 1);
    if (k.exempt) {
        bump(g, "exempted", 1);
        s->exempted++;
        return;
    }
    s->with_obligation++;
    if (k.registered) {
        bump(g, "registered", 1);
        s->registered++;
        return;
    }
    bump(g, "missing", 1);
    bump(g, "obligation_missing_cents", amount);
    s->missing++;
    s->obligation_missing += amount;
    char ad[11];
    date_format_iso(r->award_date, ad);
    json_t *it = json_pack("{s:s, s:o, s:o, s:s, s:s, s:i, s:s, s:s, s:s, s:s, s:{s:s, s:s}, s:s, s:o, s:o, s:b, s:b, s:s}",
                           "source", r->source, "procurement_id",
                           r->procurement_id ? json_integer(r->procurement_id) : json_null(), "contract_id",
                           r->contract_id ? json_integer(r->contract_id) : json_null(), "municipality",
                           r->municipality, "department", r->department, "year", y, "reference", r->reference,
                           "subject", r->subject, "category", r->category, "procedure", r->procedure, "contractor",
                           "kvk", r->contractor_kvk, "name", r->contractor_name, "award_date", ad, "value",
                           json_money(r->value_cents), "obligation", json_money(amount), "met_by_sebo", met_by_sebo,
                           "provisional", provisional, "status", r->contract_status ? "concept" : "ontbreekt");
    if (pct) json_object_set_new(it, "percentage", json_fixed(pct, 2));
    json_array_append_new(s->items, it);
}

static inc_status missing_collect(inc_db *db, const missing_sr_filter *f, missing_state *s, inc_error *e)
{
    memset(s, 0, sizeof *s);
    s->db = db;
    s->e = e;
    s->items = json_array();
    s->groups = json_array();
    const char *const all[] = {NULL, NULL};
    const char *const *ms = f->municipalities ? f->municipalities : all;
    for (int i = 0; f->municipalities ? ms[i] != NULL : i == 0; i++) {
        if (awards_read(db, ms[i], f->year, f->department, missing_row, s, e) != INC_OK) s->status = INC_EIO;
        if (s->status != INC_OK) break;
    }
    if (s->status != INC_OK) {
        json_decref(s->items);
        json_decref(s->groups);
        return s->status;
    }
    return INC_OK;
}

inc_status app_missing_sr(inc_db *db, const missing_sr_filter *f, json_t **out, inc_error *e)
{
    missing_state s;
    if (missing_collect(db, f, &s, e) != INC_OK) return e->status ? e->status : INC_EIO;
    size_t i;
    json_t *g;
    json_array_foreach(s.groups, i, g) {
        json_object_set_new(g, "obligation_missing", json_money(json_integer_value(json_object_get(g, "obligation_missing_cents"))));
        json_object_del(g, "obligation_missing_cents");
    }
    *out = json_pack("{s:o, s:o, s:{s:I, s:I, s:I, s:I, s:o}}", "items", s.items, "groups", s.groups, "totals",
                     "with_obligation", (json_int_t)s.with_obligation, "registered", (json_int_t)s.registered,
                     "exempted", (json_int_t)s.exempted, "missing", (json_int_t)s.missing, "obligation_missing",
                     json_money(s.obligation_missing));
    return INC_OK;
}

inc_status app_missing_sr_counts(inc_db *db, const char *const *municipalities, int year, int64_t *with_obligation,
                                 int64_t *registered, inc_error *e)
{
    *with_obligation = *registered = 0;
    const char *const all[] = {NULL, NULL};
    const char *const *ms = municipalities ? municipalities : all;
    for (int i = 0; municipalities ? ms[i] != NULL : i == 0; i++) {
        int64_t w, r;
        if (awards_count(db, ms[i], year, INC_DATE_NONE, &w, &r, e) != INC_OK) return e->status ? e->status : INC_EIO;
        *with_obligation += w;
        *registered += r;
    }
    return INC_OK;
}

/* ---- the report as a document ---- */

static int64_t cents_of(const json_t *j)
{
    int64_t v = 0;
    json_fixed_get(j, 2, &v);
    return v;
}

static const char *text_of(const json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

void missing_sr_doc(const json_t *report, report_doc *d)
{
    report_init(d, "Ontbrekende social return",
                "Gunningen die volgens het beleid social return dragen, zonder bevestigd contract in het register en "
                "zonder ontheffing, met de verplichting die ze zouden hebben gehad");
    const json_t *t = json_object_get(report, "totals");
    char buf[300], om[40];
    json_fixed_nl(json_object_get(t, "obligation_missing"), 2, om, sizeof om);
    snprintf(buf, sizeof buf,
             "Aanbestedingen met SROI-verplichting: geregistreerd %lld van %lld. Ontbrekend: %lld (EUR %s). "
             "Met ontheffing: %lld.",
             (long long)json_integer_value(json_object_get(t, "registered")),
             (long long)json_integer_value(json_object_get(t, "with_obligation")),
             (long long)json_integer_value(json_object_get(t, "missing")), om,
             (long long)json_integer_value(json_object_get(t, "exempted")));
    report_paragraph(d, buf);
    static const char *const cols[] = {"Gemeente", "Afdeling", "Jaar", "Kenmerk", "Onderwerp", "Opdrachtnemer",
                                       "KvK", "Gunningsdatum", "Waarde (EUR)", "Verplichting (EUR)", "Voorlopig",
                                       "Voldaan met SEBO", "Status", NULL};
    report_heading(d, "Ontbrekend");
    int k = report_table_add(d, "ontbrekend", "Gunningen zonder geregistreerde social return", cols);
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(report, "items"), i, it) {
        report_row(d, k);
        report_text(d, k, text_of(it, "municipality"));
        report_text(d, k, text_of(it, "department"));
        report_number(d, k, json_integer_value(json_object_get(it, "year")), 0, 0);
        report_text(d, k, text_of(it, "reference"));
        report_text(d, k, text_of(it, "subject"));
        report_text(d, k, text_of(json_object_get(it, "contractor"), "name"));
        report_text(d, k, text_of(json_object_get(it, "contractor"), "kvk"));
        report_text(d, k, text_of(it, "award_date"));
        report_number(d, k, cents_of(json_object_get(it, "value")), 2, 2);
        report_number(d, k, cents_of(json_object_get(it, "obligation")), 2, 2);
        report_text(d, k, json_is_true(json_object_get(it, "provisional")) ? "ja" : "nee");
        report_text(d, k, json_is_true(json_object_get(it, "met_by_sebo")) ? "ja" : "nee");
        report_text(d, k, text_of(it, "status"));
    }
    static const char *const gcols[] = {"Gemeente", "Afdeling", "Jaar", "Gunningen met SROI", "Geregistreerd",
                                        "Ontheffing", "Ontbrekend", "Verplichting ontbrekend (EUR)", NULL};
    report_heading(d, "Per gemeente, afdeling en jaar");
    int g = report_table_add(d, "per-afdeling", "Per gemeente, afdeling en jaar", gcols);
    json_array_foreach(json_object_get(report, "groups"), i, it) {
        report_row(d, g);
        report_text(d, g, text_of(it, "municipality"));
        report_text(d, g, text_of(it, "department"));
        report_number(d, g, json_integer_value(json_object_get(it, "year")), 0, 0);
        report_number(d, g, json_integer_value(json_object_get(it, "awards")), 0, 0);
        report_number(d, g, json_integer_value(json_object_get(it, "registered")), 0, 0);
        report_number(d, g, json_integer_value(json_object_get(it, "exempted")), 0, 0);
        report_number(d, g, json_integer_value(json_object_get(it, "missing")), 0, 0);
        report_number(d, g, cents_of(json_object_get(it, "obligation_missing")), 2, 2);
    }
}
