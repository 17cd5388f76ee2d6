#include "app/audit_json.h"
#include "app/sebo_registry.h"
#include "core/code_text.h"
#include "core/ident.h"
#include "core/json_fixed.h"
#include "store/reference_store.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inc_status holder_by_kvk(inc_db *db, const char *kvk, int64_t *holder_id, bool *self_employed, inc_error *e)
{
    if (kvk_check(kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    bool found;
    if (sebo_holder_find(db, kvk, holder_id, self_employed, &found, e)) return INC_EIO;
    if (!found) return inc_fail(e, INC_ENOTFOUND, "kvk", "KvK-nummer %s staat niet in het SEBO-register", kvk);
    return INC_OK;
}

static inc_status latest_cert(inc_db *db, int64_t holder_id, int64_t *cert_id, sebo_cert_state *cur, inc_error *e)
{
    bool found;
    if (sebo_certificate_latest(db, holder_id, cert_id, cur, &found, e)) return INC_EIO;
    if (!found)
        return inc_fail(e, INC_ECONFLICT, "status", "deze houder heeft nog geen aanvraag; vraag eerst het keurmerk aan");
    return INC_OK;
}

static inc_status apply_in_tx(inc_db *db, int64_t holder_id, inc_date day, int64_t *cert_id, inc_error *e)
{
    int open, certified;
    if (sebo_application_counts(db, holder_id, &open, &certified, e)) return INC_EIO;
    const char *kind;
    if (sebo_application_kind(open, certified, &kind, e)) return INC_ECONFLICT;
    if (sebo_certificate_insert(db, holder_id, kind, day, cert_id, e)) return INC_EIO;
    if (sebo_history_add(db, *cert_id, SEBO_ST_APPLIED, day, kind, e)) return e ? e->status : INC_EIO;
    char d[11];
    date_format_iso(day, d);
    return app_audit_json(db, "apply", "sebo_certificate", *cert_id,
                        json_pack("{s:I, s:s, s:s}", "holder_id", (json_int_t)holder_id, "kind", kind, "applied_on", d),
                        e);
}

static inc_status holder_add_tx(inc_db *db, const sebo_holder_input *in, int64_t *holder_id, inc_error *e)
{
    const char *mun = in->municipality[0] ? in->municipality : "zoetermeer";
    int64_t mun_id, est_id = 0;
    if (sebo_municipality_id(db, mun, &mun_id, e)) return e ? e->status : INC_EINVAL;
    if (in->established[0] && sebo_municipality_id(db, in->established, &est_id, e)) {
        if (e) snprintf(e->field, sizeof e->field, "established");
        return INC_EINVAL;
    }
    if (sebo_holder_input_check(in, e)) return INC_EINVAL;
    int64_t org_id = 0;
    inc_error tmp = {0};
    inc_status s = sebo_org_by_kvk(db, in->kvk, "kvk", &org_id, NULL, &tmp);
    if (s == INC_EINVAL) {  /* unknown KvK (the number itself was checked above) */
        if (!in->name[0]) {
            if (e) *e = tmp;
            return INC_EINVAL;
        }
        if (organisation_insert(db, in->kvk, in->name, est_id, &org_id, e)) return INC_EIO;
        if (app_audit_json(db, "create", "organisation", org_id, json_pack("{s:s, s:s}", "kvk", in->kvk, "name", in->name),
                         e))
            return INC_EIO;
    } else if (s != INC_OK) {
        if (e) *e = tmp;
        return s;
    } else if (est_id) {
        if (organisation_update(db, org_id, NULL, est_id, e)) return INC_EIO;
    }
    if ((s = sebo_holder_insert(db, org_id, mun_id, in, holder_id, e))) return s;
    json_t *kinds = json_array();
    for (int c = 0; c < CAT__COUNT; c++)
        if (in->kinds[c]) json_array_append_new(kinds, json_string(category_code((inc_category)c)));
    if (app_audit_json(db, "create", "sebo_holder", *holder_id,
                     json_pack("{s:s, s:s, s:b, s:o}", "kvk", in->kvk, "municipality", mun, "self_employed",
                               in->self_employed, "kinds", kinds),
                     e))
        return INC_EIO;
    if (in->applied_on != INC_DATE_NONE) {
        int64_t cert;
        return apply_in_tx(db, *holder_id, in->applied_on, &cert, e);
    }
    return INC_OK;
}

inc_status app_sebo_holder_add(inc_db *db, const sebo_holder_input *in, int64_t *holder_id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e)) return INC_EIO;
    return db_end(db, own, holder_add_tx(db, in, holder_id, e), e);
}

inc_status app_sebo_apply(inc_db *db, const char *kvk, inc_date day, int64_t *certificate_id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e)) return INC_EIO;
    int64_t holder_id;
    inc_status s = holder_by_kvk(db, kvk, &holder_id, NULL, e);
    if (s == INC_OK) s = apply_in_tx(db, holder_id, day, certificate_id, e);
    return db_end(db, own, s, e);
}

static inc_status transition_tx(inc_db *db, const char *kvk, const sebo_transition_input *in, inc_error *e)
{
    int64_t holder_id, cert_id;
    sebo_cert_state cur;
    memset(&cur, 0, sizeof cur);
    if (holder_by_kvk(db, kvk, &holder_id, &cur.self_employed, e)) return e ? e->status : INC_ENOTFOUND;
    if (latest_cert(db, holder_id, &cert_id, &cur, e)) return e ? e->status : INC_ECONFLICT;
    int months = SEBO_DEFAULT_VALIDITY_MONTHS;
    if (in->to == SEBO_ST_CERTIFIED) {
        if (sebo_evidence_read(db, cert_id, cur.evidence, e)) return INC_EIO;
        months = (int)sebo_setting_int(db, "sebo.validity_months", SEBO_DEFAULT_VALIDITY_MONTHS);
    }
    sebo_cert_change ch;
    inc_status s = sebo_transition_plan(&cur, in, date_today(), months, &ch, e);
    if (s) return s;
    if (sebo_certificate_change(db, cert_id, &ch, e)) return e ? e->status : INC_EIO;
    if (sebo_history_add(db, cert_id, ch.to, ch.day, ch.note, e)) return INC_EIO;
    char d[11], a[11], b[11];
    date_format_iso(ch.day, d);
    json_t *detail = json_pack("{s:s, s:s, s:s}", "from", sebo_status_code(ch.from), "to", sebo_status_code(ch.to),
                               "day", d);
    if (ch.to == SEBO_ST_IN_AUDIT) {
        json_object_set_new(detail, "audit_body", json_string(ch.audit_body));
        if (ch.cost_set) json_object_set_new(detail, "audit_cost", json_money(ch.audit_cost_cents));
    } else if (ch.to == SEBO_ST_CERTIFIED) {
        date_format_iso(ch.certified_from, a);
        date_format_iso(ch.valid_until, b);
        json_object_set_new(detail, "certified_from", json_string(a));
        json_object_set_new(detail, "valid_until", json_string(b));
    }
    if (ch.note) json_object_set_new(detail, "note", json_string(ch.note));
    return app_audit_json(db, "status", "sebo_certificate", cert_id, detail, e);
}

inc_status app_sebo_transition(inc_db *db, const char *kvk, const sebo_transition_input *in, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e)) return INC_EIO;
    return db_end(db, own, transition_tx(db, kvk, in, e), e);
}

static inc_status evidence_tx(inc_db *db, const char *kvk, sebo_criterion c, const char *text, bool not_applicable,
                              inc_date day, inc_error *e)
{
    int64_t holder_id, cert_id;
    sebo_cert_state cur;
    memset(&cur, 0, sizeof cur);
    if (holder_by_kvk(db, kvk, &holder_id, &cur.self_employed, e)) return e ? e->status : INC_ENOTFOUND;
    if (latest_cert(db, holder_id, &cert_id, &cur, e)) return INC_ECONFLICT;
    const char *stored;
    inc_status s = sebo_evidence_plan(cur.status, cur.self_employed, c, text, not_applicable, &stored, e);
    if (s) return s;
    if (sebo_evidence_put(db, cert_id, c, stored, not_applicable, day == INC_DATE_NONE ? date_today() : day, e))
        return INC_EIO;
    return app_audit_json(db, "evidence", "sebo_certificate", cert_id,
                        json_pack("{s:s, s:b}", "criterion", sebo_criterion_code(c), "not_applicable", not_applicable),
                        e);
}

inc_status app_sebo_evidence_set(inc_db *db, const char *kvk, sebo_criterion c, const char *text, bool not_applicable,
                                 inc_date day, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e)) return INC_EIO;
    return db_end(db, own, evidence_tx(db, kvk, c, text, not_applicable, day, e), e);
}

/* ---- Reads ---- */

inc_status app_sebo_holders(inc_db *db, const sebo_holder_filter *f, inc_date today, sebo_holder_list *out,
                            inc_error *e)
{
    if (sebo_holders_read(db, f ? f->municipality : NULL, f ? f->municipalities : NULL, out, e)) return INC_EIO;
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++) {
        sebo_holder_rec *h = &out->items[i];
        sebo_holder_facts_of(h->certs, h->n_certs, today, &h->facts);
        if (sebo_holder_listed(&h->facts, f ? f->status : NULL, f && f->public_only)) out->items[kept++] = *h;
    }
    out->n = kept;
    return INC_OK;
}

inc_status app_sebo_holder(inc_db *db, const char *kvk, inc_date today, sebo_holder_detail *out, inc_error *e)
{
    if (kvk_check(kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    inc_status s = sebo_holder_read(db, kvk, out, e);
    if (s) return s;
    sebo_holder_facts_of(out->holder.certs, out->holder.n_certs, today, &out->holder.facts);
    return INC_OK;
}

inc_status app_sebo_expiring(inc_db *db, const char *const *municipalities, inc_date today, int days,
                             sebo_expiring_list *out, inc_error *e)
{
    return sebo_expiring_read(db, municipalities, today, days, out, e);
}

/* Whether code is in the NULL-terminated list; a NULL list holds every code. */
inc_status app_sebo_requests(inc_db *db, const char *kvk, const char *const *full_figures, sebo_request_list *out,
                             inc_error *e)
{
    int64_t org_id;
    if (sebo_org_by_kvk(db, kvk, "kvk", &org_id, NULL, e)) return e ? e->status : INC_EINVAL;
    if (sebo_requests_read(db, org_id, out, e)) return INC_EIO;
    /* Another municipality's commercial figures are not the caller's to see. */
    for (size_t i = 0; i < out->n; i++) out->items[i].figures = code_in_scope(full_figures, out->items[i].municipality);
    return INC_OK;
}

/* ---- JSON views ---- */

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *day_or_null(inc_date d)
{
    if (d == INC_DATE_NONE) return json_null();
    char s[11];
    date_format_iso(d, s);
    return json_string(s);
}

static json_t *holder_json(const sebo_holder_rec *r, bool public_only, inc_date today)
{
    json_t *kinds = json_array();
    for (int c = 0; c < CAT__COUNT; c++)
        if (r->kinds[c]) json_array_append_new(kinds, json_string(category_code((inc_category)c)));
    json_t *h = json_object();
    json_object_set_new(h, "kvk", json_string(r->kvk));
    json_object_set_new(h, "name", json_string(r->name));
    if (!public_only) json_object_set_new(h, "municipality", json_string(r->municipality));
    json_object_set_new(h, "established", str_or_null(r->established));
    json_object_set_new(h, "local", json_boolean(r->local));
    json_object_set_new(h, "self_employed", json_boolean(r->self_employed));
    json_object_set_new(h, "profile", json_string(r->profile));
    json_object_set_new(h, "website", str_or_null(r->website));
    json_object_set_new(h, "kinds", kinds);
    const sebo_holder_facts *f = &r->facts;
    json_object_set_new(h, "status", json_string(f->status));
    if (!public_only) json_object_set_new(h, "valid_today", json_boolean(f->valid_today));
    json_object_set_new(h, "certified_from", day_or_null(f->certified_from));
    json_object_set_new(h, "valid_until", day_or_null(f->valid_until));
    if (!public_only) {
        json_object_set_new(h, "application", str_or_null(f->application));
        json_object_set_new(h, "certifications", json_integer(f->certifications));
        json_object_set_new(h, "expiring_in_days", f->valid_today ? json_integer(f->valid_until - today) : json_null());
    }
    return h;
}

json_t *sebo_holders_json(const sebo_holder_list *l, bool public_only, inc_date today)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) json_array_append_new(arr, holder_json(&l->items[i], public_only, today));
    return arr;
}

json_t *sebo_holder_json(const sebo_holder_detail *d, inc_date today)
{
    json_t *h = holder_json(&d->holder, false, today);
    json_t *certs = json_array();
    json_object_set_new(h, "certificates", certs);
    for (size_t i = 0; i < d->n_certificates; i++) {
        const sebo_certificate_rec *r = &d->certificates[i];
        json_t *c = json_object();
        json_object_set_new(c, "id", json_integer(r->id));
        json_object_set_new(c, "kind", json_string(r->kind));
        json_object_set_new(c, "status", json_string(sebo_status_code(sebo_effective_status(r->status, r->valid_until_day,
                                                                                            today))));
        json_object_set_new(c, "applied_on", str_or_null(r->applied_on));
        json_t *audit = json_object();
        json_object_set_new(audit, "body", str_or_null(r->audit_body));
        json_object_set_new(audit, "date", str_or_null(r->audit_date));
        json_object_set_new(audit, "outcome", str_or_null(r->audit_outcome));
        json_object_set_new(audit, "cost", r->cost_set ? json_money(r->audit_cost_cents) : json_null());
        json_object_set_new(c, "audit", audit);
        json_object_set_new(c, "certified_from", str_or_null(r->certified_from));
        json_object_set_new(c, "valid_until", str_or_null(r->valid_until));
        json_object_set_new(c, "withdrawn_on", str_or_null(r->withdrawn_on));
        json_object_set_new(c, "withdrawal_reason", str_or_null(r->withdrawal_reason));
        json_t *ev = json_array(), *hist = json_array();
        for (size_t k = 0; k < r->n_evidence; k++) {
            const sebo_evidence_rec *x = &r->evidence[k];
            json_array_append_new(ev, json_pack("{s:s, s:s, s:b, s:s}", "criterion", x->criterion, "evidence",
                                                x->evidence, "not_applicable", x->not_applicable, "recorded_on",
                                                x->recorded_on));
        }
        for (size_t k = 0; k < r->n_history; k++) {
            const sebo_history_rec *x = &r->history[k];
            json_array_append_new(hist, json_pack("{s:s, s:s, s:o, s:s, s:s}", "status", x->status, "on", x->on, "note",
                                                  str_or_null(x->note), "actor", x->actor, "at", x->at));
        }
        json_object_set_new(c, "evidence", ev);
        json_object_set_new(c, "history", hist);
        json_array_append_new(certs, c);
    }
    return h;
}

json_t *sebo_expiring_json(const sebo_expiring_list *l, inc_date today, int days)
{
    char a[11];
    date_format_iso(today, a);
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const sebo_expiring_rec *r = &l->items[i];
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:i, s:s, s:o}", "kvk", r->kvk, "name", r->name,
                                             "valid_until", r->valid_until, "days_left",
                                             (int)(r->valid_until_day - today), "kind", r->kind, "recertification",
                                             str_or_null(r->recertification)));
    }
    return json_pack("{s:s, s:i, s:o}", "today", a, "days", days, "items", arr);
}

json_t *sebo_requests_json(const char *kvk, const sebo_request_list *l)
{
    json_t *arr = json_array();
    int won = 0;
    for (size_t i = 0; i < l->n; i++) {
        const sebo_request_rec *x = &l->items[i];
        won += x->won;
        json_t *r = json_pack("{s:I, s:s, s:s, s:o, s:s, s:s, s:s, s:s}", "procurement_id",
                              (json_int_t)x->procurement_id, "municipality", x->municipality, "department",
                              x->department, "reference", str_or_null(x->reference), "subject", x->subject, "category",
                              x->category, "procedure", x->procedure, "date", x->date);
        if (x->figures) json_object_set_new(r, "estimated_value", json_money(x->estimated_cents));
        json_object_set_new(r, "class", json_string(x->class_code));
        json_object_set_new(r, "quoted", json_boolean(x->quoted));
        if (x->figures) json_object_set_new(r, "quote", x->quote_set ? json_money(x->quote_cents) : json_null());
        json_object_set_new(r, "won", json_boolean(x->won));
        if (x->figures && x->won && x->awarded_set) json_object_set_new(r, "awarded_value", json_money(x->awarded_cents));
        if (!x->figures) json_object_set_new(r, "figures_hidden", json_true());
        json_array_append_new(arr, r);
    }
    return json_pack("{s:s, s:i, s:i, s:o}", "kvk", kvk, "requests", (int)json_array_size(arr), "won", won, "items",
                     arr);
}
