#include "app/settlement.h"
#include "app/audit_json.h"
#include "core/contract.h"
#include "core/decimal.h"
#include "core/json_fixed.h"
#include "core/progress.h"
#include "store/settlement_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fmt_cents_nl(int64_t cents, char *out, size_t size) { decimal_format(cents, 2, true, out, (int)size); }

static json_t *json_day(inc_date d)
{
    if (d == INC_DATE_NONE) return json_null();
    char b[11];
    date_format_iso(d, b);
    return json_string(b);
}

static void contract_progress(const followup_contract *c, inc_date today, inc_progress *p)
{
    inc_progress_input in = {c->applies,         c->met_by_sebo,    c->exempted, c->obligation_cents,
                             c->sebo_covered_cents, c->verified_cents, c->reported_cents, c->start, c->end, today,
                             c->pso_covered_cents};
    progress_compute(&in, p);
}

static inc_status not_settled(inc_db *db, int64_t contract_id, inc_error *e)
{
    settlement_row s;
    bool found;
    if (settlement_get(db, contract_id, &s, &found, e) != INC_OK) return e->status;
    if (found) return inc_fail(e, INC_ECONFLICT, "contract", "deze opdracht is al afgerekend op %s", s.settled_on);
    return INC_OK;
}

/* ---- plan ---- */

static inc_status plan_in_tx(inc_db *db, int64_t cid, inc_date due, int64_t target, const char *desc, int64_t *id,
                             inc_error *e)
{
    followup_contract c;
    if (followup_contract_get(db, cid, &c, e) != INC_OK) return e->status;
    if (not_settled(db, cid, e) != INC_OK) return e->status;
    inc_date today = date_today();
    if (plan_input_check(due, today, target, desc, e) != INC_OK) return e->status;
    if (due > c.end) {
        char d[11];
        date_format_nl(c.end, d);
        return inc_fail(e, INC_EINVAL, "due_date", "de datum van het plan valt na het einde van de opdracht (%s)", d);
    }
    if (plan_insert(db, cid, today, due, target, desc, id, e) != INC_OK) return e->status;
    char d[11];
    date_format_iso(due, d);
    return app_audit_json(db, "plan", "contract", cid,
                          json_pack("{s:I, s:s, s:o, s:s}", "plan", (json_int_t)*id, "due_date", d, "target",
                                    json_money(target), "description", desc),
                          e);
}

inc_status app_plan_add(inc_db *db, int64_t contract_id, inc_date due, int64_t target_cents, const char *description,
                        int64_t *id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, plan_in_tx(db, contract_id, due, target_cents, description, id, e), e);
}

/* ---- escalation ---- */

typedef struct {
    ladder_row rows[FOLLOWUP_MAX_ROWS];
    ladder_step steps[FOLLOWUP_MAX_ROWS];
    int n;
    escalation_row taken_rows[FOLLOWUP_MAX_ROWS];
    taken_step taken[FOLLOWUP_MAX_ROWS];
    int n_taken;
} ladder_state;

static inc_status load_ladder(inc_db *db, const followup_contract *c, ladder_state *l, inc_error *e)
{
    if (ladder_rows(db, c->municipality_id, l->rows, FOLLOWUP_MAX_ROWS, &l->n, e) != INC_OK) return e->status;
    for (int i = 0; i < l->n; i++) l->steps[i] = (ladder_step){l->rows[i].step_no, l->rows[i].days_after};
    if (escalation_rows(db, c->id, l->taken_rows, FOLLOWUP_MAX_ROWS, &l->n_taken, e) != INC_OK) return e->status;
    for (int i = 0; i < l->n_taken; i++) l->taken[i] = (taken_step){l->taken_rows[i].step_no, l->taken_rows[i].taken_on};
    return INC_OK;
}

static inc_status escalate_in_tx(inc_db *db, int64_t cid, int step_no, inc_date on, const char *answer, int64_t *id,
                                 inc_error *e)
{
    followup_contract c;
    if (followup_contract_get(db, cid, &c, e) != INC_OK) return e->status;
    if (not_settled(db, cid, e) != INC_OK) return e->status;
    if (answer && strlen(answer) > 1000)
        return inc_fail(e, INC_EINVAL, "answer", "het antwoord is te lang (hoogstens 1000 tekens)");
    ladder_state *ls = malloc(sizeof *ls);   /* large: off the stack of a server thread */
    if (!ls) return inc_fail(e, INC_EINTERNAL, "", "onvoldoende geheugen");
    inc_status s = load_ladder(db, &c, ls, e);
    if (s == INC_OK && ls->n == 0) s = inc_fail(e, INC_ENOTFOUND, "step", "er is geen escalatieladder");
    if (s == INC_OK && step_no == 0) {
        int idx;
        inc_date due;
        if (escalation_next(ls->steps, ls->n, ls->taken, ls->n_taken, on, &idx, &due)) step_no = ls->steps[idx].step_no;
        else s = inc_fail(e, INC_ECONFLICT, "step", "alle stappen van de escalatieladder zijn al gezet");
    }
    if (s == INC_OK) s = escalation_take_check(ls->steps, ls->n, ls->taken, ls->n_taken, step_no, on, date_today(), e);
    const char *code = "";
    for (int i = 0; s == INC_OK && i < ls->n; i++)
        if (ls->rows[i].step_no == step_no) code = ls->rows[i].code;
    if (s == INC_OK) s = escalation_insert(db, cid, step_no, code, on, answer, id, e);
    if (s == INC_OK) {
        char d[11];
        date_format_iso(on, d);
        s = app_audit_json(db, "escalate", "contract", cid,
                           json_pack("{s:i, s:s, s:s, s:s}", "step", step_no, "code", code, "date", d, "answer",
                                     answer ? answer : ""),
                           e);
    }
    free(ls);
    return s;
}

inc_status app_escalation_take(inc_db *db, int64_t contract_id, int step_no, inc_date on, const char *answer,
                               int64_t *id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, escalate_in_tx(db, contract_id, step_no, on, answer, id, e), e);
}

/* ---- settlement ---- */

static json_t *penalty_json(const penalty_policy *p)
{
    return json_pack("{s:s, s:o, s:o}", "kind", penalty_kind_code(p->kind), "percentage",
                     p->kind == PENALTY_PERCENTAGE ? json_pct(p->pct_bp) : json_null(), "amount",
                     p->kind == PENALTY_FIXED ? json_money(p->fixed_cents) : json_null());
}

static json_t *settlement_json(const settlement_row *s)
{
    settlement_outcome o = SETTLE_MET;
    settlement_outcome_parse(s->outcome, &o);
    return json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:s, s:o, s:s, s:o, s:s}", "outcome", s->outcome,
                     "outcome_label", settlement_outcome_label(o), "settled_on", s->settled_on, "settled_by",
                     s->settled_by, "due", json_money(s->due_cents), "verified", json_money(s->verified_cents),
                     "unrealised", json_money(s->unrealised_cents), "penalty_kind", s->penalty_kind, "penalty",
                     json_money(s->penalty_cents), "penalty_rule", s->penalty_rule, "exemption",
                     s->exemption_by[0] ? json_pack("{s:s, s:s, s:s}", "by", s->exemption_by, "date",
                                                    s->exemption_date, "reason", s->exemption_reason)
                                        : json_null(),
                     "remarks", s->remarks);
}

static inc_status compute(inc_db *db, const followup_contract *c, const app_settle_input *in, inc_date today,
                          bool settled, settlement_input *si, settlement_result *r, inc_error *e)
{
    inc_progress p;
    contract_progress(c, today, &p);
    penalty_policy pen;
    if (policy_penalty_get(db, c->policy_id, &pen, e) != INC_OK) return e->status;
    *si = (settlement_input){.due_cents = c->applies ? p.due_cents : 0, .verified_cents = c->verified_cents,
                             .end = c->end, .today = today, .already_settled = settled,
                             .exemption = in && in->exemption, .exemption_by = in ? in->exemption_by : NULL,
                             .exemption_reason = in ? in->exemption_reason : NULL,
                             .exemption_date = in ? in->exemption_date : INC_DATE_NONE, .penalty = pen};
    return settlement_compute(si, r, e);
}

static inc_status settle_in_tx(inc_db *db, int64_t cid, const app_settle_input *in, inc_date today, inc_error *e)
{
    followup_contract c;
    if (followup_contract_get(db, cid, &c, e) != INC_OK) return e->status;
    settlement_row old;
    bool found;
    if (settlement_get(db, cid, &old, &found, e) != INC_OK) return e->status;
    if (in->remarks && strlen(in->remarks) > 1000)
        return inc_fail(e, INC_EINVAL, "remarks", "de toelichting is te lang (hoogstens 1000 tekens)");
    settlement_input si;
    settlement_result r;
    if (compute(db, &c, in, today, found, &si, &r, e) != INC_OK) return e->status;
    settlement_row row = {.contract_id = cid, .due_cents = si.due_cents, .verified_cents = si.verified_cents,
                          .unrealised_cents = r.unrealised_cents, .penalty_cents = r.penalty_cents};
    snprintf(row.outcome, sizeof row.outcome, "%s", settlement_outcome_code(r.outcome));
    date_format_iso(today, row.settled_on);
    const char *actor = db_actor(db) ? db_actor(db) : "";
    const char *sp = strncmp(actor, "user:", 5) == 0 ? strchr(actor, ' ') : NULL;
    snprintf(row.settled_by, sizeof row.settled_by, "%s", sp ? sp + 1 : actor);
    snprintf(row.penalty_kind, sizeof row.penalty_kind, "%s",
             r.outcome == SETTLE_EXEMPTED ? "geen" : penalty_kind_code(si.penalty.kind));
    snprintf(row.penalty_rule, sizeof row.penalty_rule, "%s", r.rule);
    if (in->exemption) {
        snprintf(row.exemption_by, sizeof row.exemption_by, "%s", in->exemption_by);
        date_format_iso(in->exemption_date, row.exemption_date);
        snprintf(row.exemption_reason, sizeof row.exemption_reason, "%s", in->exemption_reason);
    }
    snprintf(row.remarks, sizeof row.remarks, "%s", in->remarks ? in->remarks : "");
    int64_t id;
    if (settlement_insert(db, &row, &id, e) != INC_OK) return e->status;
    return app_audit_json(db, "settle", "contract", cid, settlement_json(&row), e);
}

inc_status app_settle(inc_db *db, int64_t contract_id, const app_settle_input *in, inc_date today, json_t **out,
                      inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    if (db_end(db, own, settle_in_tx(db, contract_id, in, today, e), e) != INC_OK) return e->status;
    return app_followup_show(db, contract_id, today, out, e);
}

/* ---- the follow-up view ---- */

static json_t *contract_json(const followup_contract *c)
{
    return json_pack("{s:I, s:s, s:s, s:s, s:{s:s, s:s}, s:o, s:o, s:o, s:o}", "id", (json_int_t)c->id, "municipality",
                     c->municipality, "reference", c->reference, "title", c->title, "contractor", "kvk",
                     c->contractor_kvk, "name", c->contractor_name, "award_date", json_day(c->award), "start_date",
                     json_day(c->start), "end_date", json_day(c->end), "contact_date", json_day(c->contact));
}

/* The plan's progress and the next step due for a contract, as of today. */
typedef struct {
    inc_progress progress;
    plan_progress plan;
    bool escalating;        /* behind on the obligation and not on schedule by a plan */
    bool has_next;
    int next_index;
    inc_date next_due;
} followup_facts;

static inc_status facts(inc_db *db, const followup_contract *c, inc_date today, plan_row *plans, int *n_plans,
                        ladder_state *l, followup_facts *f, inc_error *e)
{
    memset(f, 0, sizeof *f);
    contract_progress(c, today, &f->progress);
    if (plan_rows(db, c->id, plans, FOLLOWUP_MAX_ROWS, n_plans, e) != INC_OK) return e->status;
    plan_milestone m[FOLLOWUP_MAX_ROWS];
    for (int i = 0; i < *n_plans; i++) m[i] = (plan_milestone){plans[i].due, plans[i].target_cents};
    plan_progress_compute(m, *n_plans, c->verified_cents, today, &f->plan);
    if (load_ladder(db, c, l, e) != INC_OK) return e->status;
    bool behind = f->progress.status == PS_BEHIND;
    f->escalating = behind && (f->plan.status == PLAN_NONE || f->plan.status == PLAN_BEHIND);
    if (f->escalating)
        f->has_next = escalation_next(l->steps, l->n, l->taken, l->n_taken, today, &f->next_index, &f->next_due);
    return INC_OK;
}

inc_status app_followup_show(inc_db *db, int64_t contract_id, inc_date today, json_t **out, inc_error *e)
{
    followup_contract c;
    if (followup_contract_get(db, contract_id, &c, e) != INC_OK) return e->status;
    plan_row *plans = malloc(sizeof(plan_row) * FOLLOWUP_MAX_ROWS);
    ladder_state *l = malloc(sizeof *l);
    if (!plans || !l) {
        free(plans);
        free(l);
        return inc_fail(e, INC_EINTERNAL, "", "onvoldoende geheugen");
    }
    int n_plans = 0;
    followup_facts f;
    inc_status s = facts(db, &c, today, plans, &n_plans, l, &f, e);
    settlement_row srow;
    bool settled = false;
    penalty_policy pen = {PENALTY_NONE, 0, 0};
    if (s == INC_OK) s = settlement_get(db, contract_id, &srow, &settled, e);
    if (s == INC_OK) s = policy_penalty_get(db, c.policy_id, &pen, e);
    if (s != INC_OK) goto done;
    json_t *milestones = json_array();
    for (int i = 0; i < n_plans; i++)
        json_array_append_new(milestones,
                              json_pack("{s:I, s:o, s:o, s:o, s:s, s:s}", "id", (json_int_t)plans[i].id, "agreed_on",
                                        json_day(plans[i].agreed_on), "due_date", json_day(plans[i].due), "target",
                                        json_money(plans[i].target_cents), "description", plans[i].description,
                                        "recorded_by", plans[i].recorded_by));
    json_t *ladder = json_array(), *steps = json_array();
    for (int i = 0; i < l->n; i++)
        json_array_append_new(ladder, json_pack("{s:i, s:s, s:s, s:i}", "step", l->rows[i].step_no, "code",
                                                l->rows[i].code, "name", l->rows[i].name, "days_after",
                                                l->rows[i].days_after));
    for (int i = 0; i < l->n_taken; i++) {
        const char *name = l->taken_rows[i].code;
        for (int k = 0; k < l->n; k++)
            if (l->rows[k].step_no == l->taken_rows[i].step_no) name = l->rows[k].name;
        json_array_append_new(steps, json_pack("{s:I, s:i, s:s, s:s, s:o, s:s, s:s}", "id",
                                               (json_int_t)l->taken_rows[i].id, "step", l->taken_rows[i].step_no,
                                               "code", l->taken_rows[i].code, "name", name, "date",
                                               json_day(l->taken_rows[i].taken_on), "taken_by",
                                               l->taken_rows[i].taken_by, "answer", l->taken_rows[i].answer));
    }
    json_t *next = json_null();
    if (!settled && f.has_next)
        next = json_pack("{s:i, s:s, s:s, s:o, s:b}", "step", l->rows[f.next_index].step_no, "code",
                         l->rows[f.next_index].code, "name", l->rows[f.next_index].name, "due_date",
                         json_day(f.next_due), "due", f.next_due <= today);
    json_t *preview = json_null();
    if (!settled && today > c.end) {
        settlement_input si;
        settlement_result r;
        inc_error ignore = {0};
        if (compute(db, &c, NULL, today, false, &si, &r, &ignore) == INC_OK)
            preview = json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:s}", "outcome", settlement_outcome_code(r.outcome),
                                "outcome_label", settlement_outcome_label(r.outcome), "due", json_money(si.due_cents),
                                "verified", json_money(si.verified_cents), "unrealised",
                                json_money(r.unrealised_cents), "penalty", json_money(r.penalty_cents),
                                "penalty_rule", r.rule);
    }
    *out = json_pack(
        "{s:o, s:{s:s, s:s, s:o, s:o, s:o}, s:{s:s, s:o, s:o, s:o, s:o}, s:o, s:o, s:o, s:o, s:o, s:o, s:b}",
        "contract", contract_json(&c), "progress", "status", progress_status_code(f.progress.status), "status_label",
        progress_status_label(f.progress.status), "due", json_money(f.progress.due_cents), "expected",
        json_money(f.progress.expected_cents), "verified", json_money(c.verified_cents), "plan", "status",
        plan_status_code(f.plan.status), "expected", json_money(f.plan.expected_cents), "next_due",
        f.plan.has_next ? json_day(f.plan.next_due) : json_null(), "next_target",
        f.plan.has_next ? json_money(f.plan.next_target_cents) : json_null(), "milestones", milestones, "ladder", ladder,
        "escalations", steps, "next_step", next, "penalty_policy", penalty_json(&pen), "settlement",
        settled ? settlement_json(&srow) : json_null(), "settlement_preview", preview, "ended", today > c.end);
done:
    free(plans);
    free(l);
    return s;
}

inc_status app_followup_due(inc_db *db, const char *const *municipalities, inc_date today, json_t **out, inc_error *e)
{
    enum { MAX_IDS = 20000 };
    int64_t *ids = malloc(sizeof(int64_t) * MAX_IDS);
    plan_row *plans = malloc(sizeof(plan_row) * FOLLOWUP_MAX_ROWS);
    ladder_state *l = malloc(sizeof *l);
    inc_status s = INC_OK;
    if (!ids || !plans || !l) s = inc_fail(e, INC_EINTERNAL, "", "onvoldoende geheugen");
    int n = 0;
    if (s == INC_OK) s = followup_candidate_ids(db, municipalities, ids, MAX_IDS, &n, e);
    json_t *due = json_array(), *settle = json_array();
    for (int i = 0; s == INC_OK && i < n; i++) {
        followup_contract c;
        if ((s = followup_contract_get(db, ids[i], &c, e)) != INC_OK) break;
        int n_plans;
        followup_facts f;
        if ((s = facts(db, &c, today, plans, &n_plans, l, &f, e)) != INC_OK) break;
        if (today > c.end) {
            json_array_append_new(settle, json_pack("{s:o, s:o}", "contract", contract_json(&c), "verified",
                                                    json_money(c.verified_cents)));
            continue;
        }
        if (f.has_next && f.next_due <= today)
            json_array_append_new(due, json_pack("{s:o, s:s, s:o, s:o, s:{s:i, s:s, s:o}}", "contract",
                                                 contract_json(&c), "plan_status", plan_status_code(f.plan.status),
                                                 "expected", json_money(f.progress.expected_cents), "verified",
                                                 json_money(c.verified_cents), "next_step", "step",
                                                 l->rows[f.next_index].step_no, "name", l->rows[f.next_index].name,
                                                 "due_date", json_day(f.next_due)));
    }
    free(ids);
    free(plans);
    free(l);
    if (s != INC_OK) {
        json_decref(due);
        json_decref(settle);
        return s;
    }
    *out = json_pack("{s:o, s:o, s:o}", "date", json_day(today), "escalation_due", due, "to_settle", settle);
    return INC_OK;
}

/* ---- past performance ---- */

typedef struct {
    json_t *items;
    int counts[SETTLE__COUNT];
    int64_t unrealised, penalties;
} past_state;

static void past_row_in(void *user, const past_row *r)
{
    past_state *p = user;
    settlement_outcome o = SETTLE_MET;
    settlement_outcome_parse(r->outcome, &o);
    p->counts[o]++;
    p->unrealised += r->unrealised_cents;
    p->penalties += r->penalty_cents;
    json_array_append_new(p->items,
                          json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o}", "contract_id",
                                    (json_int_t)r->contract_id, "municipality", r->municipality, "reference",
                                    r->reference, "title", r->title, "outcome", r->outcome, "outcome_label",
                                    settlement_outcome_label(o), "end_date", r->end_date, "settled_on", r->settled_on,
                                    "due", json_money(r->due_cents), "verified", json_money(r->verified_cents),
                                    "unrealised", json_money(r->unrealised_cents), "penalty",
                                    json_money(r->penalty_cents)));
}

static json_t *counts_json(const int *counts)
{
    json_t *o = json_object();
    for (int i = 0; i < SETTLE__COUNT; i++)
        json_object_set_new(o, settlement_outcome_code((settlement_outcome)i), json_integer(counts[i]));
    return o;
}

static inc_status past_of(inc_db *db, int64_t org, const char *kvk, const char *name, const char *const *munis,
                          json_t **out, inc_error *e)
{
    past_state p = {.items = json_array()};
    if (past_performance_rows(db, org, munis, past_row_in, &p, e) != INC_OK) {
        json_decref(p.items);
        return e->status;
    }
    *out = json_pack("{s:{s:s, s:s}, s:i, s:o, s:o, s:o, s:o}", "organisation", "kvk", kvk, "name", name, "settled",
                     (int)json_array_size(p.items), "counts", counts_json(p.counts), "unrealised",
                     json_money(p.unrealised), "penalties", json_money(p.penalties), "items", p.items);
    return INC_OK;
}

inc_status app_past_performance(inc_db *db, const char *kvk, const char *const *municipalities, json_t **out,
                                inc_error *e)
{
    int64_t org;
    char name[160] = "";
    if (!kvk || strlen(kvk) != 8 || strspn(kvk, "0123456789") != 8)
        return inc_fail(e, INC_EINVAL, "kvk", "KvK-nummer moet uit precies 8 cijfers bestaan");
    if (organisation_by_kvk(db, kvk, &org, name, sizeof name, e) != INC_OK) return e->status;
    return past_of(db, org, kvk, name, municipalities, out, e);
}

inc_status app_past_performance_of(inc_db *db, int64_t organisation_id, const char *const *municipalities, json_t **out,
                                   inc_error *e)
{
    inc_stmt *st;
    char kvk[16] = "", name[160] = "";
    if (db_prepare(db, "SELECT kvk, name FROM organisations WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        db_column_text(st, 0, kvk, sizeof kvk);
        db_column_text(st, 1, name, sizeof name);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "organisation", "organisatie niet gevonden");
    return past_of(db, organisation_id, kvk, name, municipalities, out, e);
}

inc_status app_sebo_past_performance(inc_db *db, const char *kvk, const char *const *municipalities, json_t *holder,
                                     inc_error *e)
{
    json_t *pp;
    if (app_past_performance(db, kvk, municipalities, &pp, e) != INC_OK) return e->status;
    json_t *c = json_object_get(pp, "counts");
    json_int_t met = json_integer_value(json_object_get(c, "voldaan")) + json_integer_value(json_object_get(c, "ontheffing"));
    json_int_t shortfall =
        json_integer_value(json_object_get(c, "deels-voldaan")) + json_integer_value(json_object_get(c, "niet-voldaan"));
    json_object_set_new(pp, "met", json_integer(met));
    json_object_set_new(pp, "short", json_integer(shortfall));
    json_object_del(pp, "organisation");
    json_object_set_new(holder, "past_performance", pp);
    return INC_OK;
}

/* ---- the yearly report ---- */

typedef struct {
    int year;
    inc_date today;
    int counts[SETTLE__COUNT];
    int64_t unrealised, penalties;
    int settled;
    /* award to first contact, contracts awarded in the year */
    int awarded, contacted, within_deadline;
    int *days;
    int n_days, cap_days;
    /* yearly reports whose deadline fell in the year and has passed */
    int reports_due, reports_on_time;
    /* the contract being read */
    int64_t cur;
    report_contract_row row;
    char submitted[CONTRACT_MAX_YEARLY_REPORTS + 1][11];
} report_state;

static void year_settled(void *user, const past_row *r)
{
    report_state *s = user;
    settlement_outcome o = SETTLE_MET;
    settlement_outcome_parse(r->outcome, &o);
    s->counts[o]++;
    s->settled++;
    s->unrealised += r->unrealised_cents;
    s->penalties += r->penalty_cents;
}

static int year_of(inc_date d)
{
    int y, m, dd;
    date_to_ymd(d, &y, &m, &dd);
    return y;
}

static void flush_contract(report_state *s)
{
    if (!s->cur) return;
    const report_contract_row *c = &s->row;
    if (c->award != INC_DATE_NONE && year_of(c->award) == s->year) {
        s->awarded++;
        if (c->contact != INC_DATE_NONE) {
            s->contacted++;
            if (c->contact <= contact_deadline(c->award)) s->within_deadline++;
            if (s->n_days == s->cap_days) {
                int cap = s->cap_days ? s->cap_days * 2 : 64;
                int *nd = realloc(s->days, sizeof(int) * (size_t)cap);
                if (nd) { s->days = nd; s->cap_days = cap; }
            }
            if (s->n_days < s->cap_days) s->days[s->n_days++] = c->contact - c->award;
        }
    }
    inc_date due[CONTRACT_MAX_YEARLY_REPORTS];
    int n = c->start != INC_DATE_NONE && c->end != INC_DATE_NONE
                ? yearly_report_due_dates(c->start, c->end, due, CONTRACT_MAX_YEARLY_REPORTS)
                : 0;
    for (int k = 0; k < n; k++) {
        inc_date deadline = date_add_months(due[k], YEARLY_REPORT_GRACE_MONTHS);
        if (year_of(deadline) != s->year || deadline > s->today) continue;
        s->reports_due++;
        inc_date at = INC_DATE_NONE;
        if (s->submitted[k + 1][0]) date_parse(s->submitted[k + 1], &at, "", NULL);
        if (at != INC_DATE_NONE && at <= deadline) s->reports_on_time++;
    }
}

static void year_contract(void *user, const report_contract_row *r)
{
    report_state *s = user;
    if (r->contract_id != s->cur) {
        flush_contract(s);
        s->cur = r->contract_id;
        s->row = *r;
        memset(s->submitted, 0, sizeof s->submitted);
    }
    if (r->year_no >= 1 && r->year_no <= CONTRACT_MAX_YEARLY_REPORTS && r->submitted_at)
        snprintf(s->submitted[r->year_no], sizeof s->submitted[0], "%.10s", r->submitted_at);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

inc_status app_settlement_report(inc_db *db, int year, const char *const *municipalities, inc_date today,
                                 json_t **out, inc_error *e)
{
    if (year < 2000 || year > 2100) return inc_fail(e, INC_EINVAL, "year", "geef een jaar tussen 2000 en 2100");
    report_state *s = calloc(1, sizeof *s);
    if (!s) return inc_fail(e, INC_EINTERNAL, "", "onvoldoende geheugen");
    s->year = year;
    s->today = today;
    inc_status st = settlement_year_rows(db, year, municipalities, year_settled, s, e);
    if (st == INC_OK) st = report_contract_rows(db, municipalities, year_contract, s, e);
    if (st == INC_OK) {
        flush_contract(s);
        json_t *median = json_null();
        if (s->n_days) {
            qsort(s->days, (size_t)s->n_days, sizeof(int), cmp_int);
            median = json_integer(s->days[s->n_days / 2]);
            if (s->n_days % 2 == 0) {
                int64_t sum = (int64_t)s->days[s->n_days / 2 - 1] + s->days[s->n_days / 2];
                median = (json_decref(median), json_fixed(sum * 5, 1));
            }
        }
        *out = json_pack(
            "{s:i, s:{s:i, s:o, s:o, s:o}, s:{s:i, s:i, s:i, s:o}, s:{s:i, s:i, s:o}}", "year", year, "settlements",
            "total", s->settled, "by_outcome", counts_json(s->counts), "unrealised", json_money(s->unrealised),
            "penalties", json_money(s->penalties), "first_contact", "awarded", s->awarded, "contacted", s->contacted,
            "within_deadline", s->within_deadline, "median_days", median, "yearly_reports", "due", s->reports_due,
            "on_time", s->reports_on_time, "on_time_pct",
            s->reports_due ? json_pct((int32_t)((s->reports_on_time * 10000LL + s->reports_due / 2) / s->reports_due))
                           : json_null());
    }
    free(s->days);
    free(s);
    return st;
}

/* ---- the dossier ---- */

static const char *dup(dossier_list *l, const char *s) { return s && *s ? arena_strdup(&l->arena, s) : NULL; }

inc_status dossier_settlement_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l,
                                      inc_error *e)
{
    (void)contractor_view;   /* every entry here is meant for the contractor too */
    followup_contract c;
    if (followup_contract_get(db, contract_id, &c, e) != INC_OK) return e->status;
    plan_row *plans = malloc(sizeof(plan_row) * FOLLOWUP_MAX_ROWS);
    ladder_state *ls = malloc(sizeof *ls);
    inc_status s = plans && ls ? INC_OK : inc_fail(e, INC_EINTERNAL, "", "onvoldoende geheugen");
    int n = 0;
    if (s == INC_OK) s = plan_rows(db, contract_id, plans, FOLLOWUP_MAX_ROWS, &n, e);
    char d[11], nl[11], amount[40], title[200], text[1600];
    for (int i = 0; s == INC_OK && i < n; i++) {
        date_format_iso(plans[i].agreed_on, d);
        date_format_nl(plans[i].due, nl);
        fmt_cents_nl(plans[i].target_cents, amount, sizeof amount);
        snprintf(title, sizeof title, "Plan van aanpak: EUR %s gerealiseerd uiterlijk %s", amount, nl);
        dossier_entry *x = ARENA_LIST_PUSH(l);
        *x = (dossier_entry){dup(l, d), "plan", "contract_plans", plans[i].id, dup(l, title), dup(l, plans[i].description),
                             dup(l, plans[i].recorded_by), true};
    }
    if (s == INC_OK) s = load_ladder(db, &c, ls, e);
    for (int i = 0; s == INC_OK && i < ls->n_taken; i++) {
        const escalation_row *t = &ls->taken_rows[i];
        const char *name = t->code;
        for (int k = 0; k < ls->n; k++)
            if (ls->rows[k].step_no == t->step_no) name = ls->rows[k].name;
        date_format_iso(t->taken_on, d);
        snprintf(title, sizeof title, "Escalatie, stap %d: %s", t->step_no, name);
        dossier_entry *x = ARENA_LIST_PUSH(l);
        *x = (dossier_entry){dup(l, d), "escalatie", "contract_escalations", t->id, dup(l, title), dup(l, t->answer),
                             dup(l, t->taken_by), true};
    }
    settlement_row srow;
    bool settled = false;
    if (s == INC_OK) s = settlement_get(db, contract_id, &srow, &settled, e);
    if (s == INC_OK && settled) {
        settlement_outcome o = SETTLE_MET;
        settlement_outcome_parse(srow.outcome, &o);
        char pen[40];
        fmt_cents_nl(srow.unrealised_cents, amount, sizeof amount);
        fmt_cents_nl(srow.penalty_cents, pen, sizeof pen);
        snprintf(title, sizeof title, "Afgerekend: %s", settlement_outcome_label(o));
        snprintf(text, sizeof text, "Niet gerealiseerd EUR %s; boete of afkoop EUR %s (%s)%s%s", amount, pen,
                 srow.penalty_rule, srow.remarks[0] ? ". " : "", srow.remarks);
        dossier_entry *x = ARENA_LIST_PUSH(l);
        *x = (dossier_entry){dup(l, srow.settled_on), "afrekening", "contract_settlements", srow.id, dup(l, title),
                             dup(l, text), dup(l, srow.settled_by), true};
    }
    free(plans);
    free(ls);
    return s;
}

/* ---- the ladder as data ---- */

static inc_status municipality_id_of(inc_db *db, const char *code, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM municipalities WHERE code = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, code ? code : "", -1, DB_COPY);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return rc == DB_ROW ? INC_OK : inc_fail(e, INC_EINVAL, "municipality", "onbekende gemeente '%s'", code ? code : "");
}

inc_status app_ladder_show(inc_db *db, const char *municipality, json_t **out, inc_error *e)
{
    int64_t mid;
    if (municipality_id_of(db, municipality, &mid, e) != INC_OK) return e->status;
    ladder_row *rows = malloc(sizeof(ladder_row) * FOLLOWUP_MAX_ROWS);
    if (!rows) return inc_fail(e, INC_EINTERNAL, "", "onvoldoende geheugen");
    int n = 0;
    inc_stmt *st;
    bool own = false;
    inc_status s = db_prepare(db, "SELECT count(*) FROM escalation_ladder WHERE municipality_id = ?", &st, e);
    if (s == INC_OK) {
        db_bind_int64(st, 1, mid);
        own = db_step_rc(st) == DB_ROW && db_col_int64(st, 0) > 0;
        db_finalize(st);
        s = ladder_rows(db, mid, rows, FOLLOWUP_MAX_ROWS, &n, e);
    }
    if (s == INC_OK) {
        json_t *steps = json_array();
        for (int i = 0; i < n; i++)
            json_array_append_new(steps, json_pack("{s:i, s:s, s:s, s:i}", "step", rows[i].step_no, "code", rows[i].code,
                                                   "name", rows[i].name, "days_after", rows[i].days_after));
        *out = json_pack("{s:s, s:b, s:o}", "municipality", municipality, "own", own, "steps", steps);
    }
    free(rows);
    return s;
}

static inc_status ladder_set_in_tx(inc_db *db, const char *municipality, int step_no, const char *code,
                                   const char *name, int days_after, inc_error *e)
{
    int64_t mid;
    if (municipality_id_of(db, municipality, &mid, e) != INC_OK) return e->status;
    ladder_row *rows = malloc(sizeof(ladder_row) * FOLLOWUP_MAX_ROWS);
    if (!rows) return inc_fail(e, INC_EINTERNAL, "", "onvoldoende geheugen");
    int n = 0;
    inc_status s = ladder_rows(db, mid, rows, FOLLOWUP_MAX_ROWS, &n, e);
    free(rows);
    if (s != INC_OK) return s;
    if (step_no < 1 || step_no > n + 1 || step_no > 20)
        return inc_fail(e, INC_EINVAL, "step", "stap moet tussen 1 en %d liggen (de ladder slaat geen nummer over)",
                        n + 1 > 20 ? 20 : n + 1);
    if (s == INC_OK) s = ladder_step_set(db, mid, step_no, code, name, days_after, e);
    if (s == INC_OK)
        s = app_audit_json(db, "update", "escalation_ladder", mid,
                           json_pack("{s:s, s:i, s:s, s:s, s:i}", "municipality", municipality, "step", step_no, "code",
                                     code, "name", name, "days_after", days_after),
                           e);
    return s;
}

inc_status app_ladder_step_set(inc_db *db, const char *municipality, int step_no, const char *code, const char *name,
                               int days_after, inc_error *e)
{
    inc_checks c;
    inc_checks_begin(&c, e);
    if (!code || !*code || strlen(code) > 40 || strspn(code, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(code))
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "code", "code: kleine letters, cijfers en '-', hoogstens 40 tekens"));
    if (!name || !*name || strlen(name) > 100)
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "name", "geef de naam van de stap (hoogstens 100 tekens)"));
    if (days_after < 0 || days_after > 365)
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "days_after", "dagen na de vorige stap: 0 tot en met 365"));
    if (inc_checks_end(&c) != INC_OK) return c.status;
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, ladder_set_in_tx(db, municipality, step_no, code, name, days_after, e), e);
}

/* ---- penalty policy ---- */

inc_status app_policy_penalty_set(inc_db *db, const char *municipality, const char *effective_from,
                                  const penalty_policy *p, inc_error *e)
{
    if (p->kind == PENALTY_PERCENTAGE && (p->pct_bp <= 0 || p->pct_bp > 10000))
        return inc_fail(e, INC_EINVAL, "percentage", "het percentage moet groter dan 0 en hoogstens 100 zijn");
    if (p->kind == PENALTY_FIXED && p->fixed_cents <= 0)
        return inc_fail(e, INC_EINVAL, "amount", "het vaste bedrag moet groter dan 0 zijn");
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    int64_t pid = 0;
    inc_status s = policy_penalty_set(db, municipality, effective_from, p, &pid, e);
    if (s == INC_OK)
        s = app_audit_json(db, "update", "policy", pid,
                           json_pack("{s:s, s:s, s:o}", "municipality", municipality, "effective_from", effective_from,
                                     "penalty", penalty_json(p)),
                           e);
    return db_end(db, own, s, e);
}
