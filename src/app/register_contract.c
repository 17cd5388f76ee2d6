#include "app/register_contract.h"
#include "app/pso.h"
#include "app/audit_json.h"
#include "app/register_realisation.h"
#include "core/json_fixed.h"
#include "io/register_view.h"
#include "store/policy_store.h"
#include "store/register.h"
#include "store/sebo_store.h"
#include <string.h>

static inc_status audit_contract(inc_db *db, const char *action, int64_t id, json_t *detail, inc_error *e)
{
    return app_audit_json(db, action, "contract", id, detail, e);
}

static inc_status register_in_tx(inc_db *db, const inc_contract_input *in, int64_t *id, inc_error *e)
{
    contract_resolved r = {0};
    if (municipality_id_by_code(db, in->municipality, &r.municipality_id, e) != INC_OK) return e->status;
    inc_policy ps[MAX_POLICIES];
    int64_t pids[MAX_POLICIES];
    int np = 0;
    if (policies_load(db, r.municipality_id, ps, pids, MAX_POLICIES, &np, e) != INC_OK) return e->status;
    /* Met by SEBO: the registry's certificate on the award date, or inkoop's own record of a holder
     * (certificates from before the registry). */
    r.sebo_holder = in->sebo_holder;
    if (!r.sebo_holder && sebo_holder_check(db, in->contractor_kvk, in->award_date, &r.sebo_holder, e) != INC_OK)
        return e->status;
    inc_obligation_input oi = {in->category, in->procedure, in->value_cents, in->labour_share_bp, in->award_date,
                               r.sebo_holder, in->extra_bp, in->exempted, in->exemption_pct_bp};
    if (obligation_compute(ps, np, &oi, &r.obligation, e) != INC_OK) return e->status;
    r.policy_id = pids[policy_in_force(ps, np, in->award_date) - ps];
    if (catalogue_for_award(db, in->award_date, &r.catalogue_id, e) != INC_OK) return e->status;
    if (organisation_ensure(db, in->contractor_kvk, in->contractor_name, &r.contractor_id, e) != INC_OK)
        return e->status;
    if (contract_insert_resolved(db, in, &r, id, e) != INC_OK) return e->status;
    if (app_pso_refresh_contract(db, *id, e) != INC_OK) return e->status;
    return audit_contract(db, "create", *id,
                          json_pack("{s:s, s:s, s:s, s:o, s:o}", "municipality", in->municipality, "reference",
                                    in->reference, "contractor_kvk", in->contractor_kvk, "value",
                                    json_money(in->value_cents), "obligation", json_money(r.obligation.amount_cents)),
                          e);
}

inc_status app_contract_register(inc_db *db, const inc_contract_input *in, int64_t *id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, register_in_tx(db, in, id, e), e);
}

inc_status app_contract_contact(inc_db *db, int64_t id, inc_date day, inc_error *e)
{
    char m[48];
    int64_t org;
    if (contract_scope(db, id, m, &org, e) != INC_OK) return e->status;
    if (day > date_today()) return inc_fail(e, INC_EINVAL, "date", "datum van het contact ligt in de toekomst");
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    db_touch(db, m);   /* only this municipality's cached pages are stale (db.h) */
    inc_status s = contract_contact_store(db, id, day, e);
    if (s == INC_OK) {
        char d[11];
        date_format_iso(day, d);
        s = audit_contract(db, "contact", id, json_pack("{s:s}", "contact_date", d), e);
    }
    return db_end(db, own, s, e);
}

inc_status app_contract_yearly_report(inc_db *db, int64_t id, int year_no, const char *remarks, inc_error *e)
{
    inc_date start, end, due[CONTRACT_MAX_YEARLY_REPORTS];
    if (contract_dates(db, id, &start, &end, e) != INC_OK) return e->status;
    int n = yearly_report_due_dates(start, end, due, CONTRACT_MAX_YEARLY_REPORTS);
    if (year_no < 1 || year_no > n)
        return inc_fail(e, INC_EINVAL, "year_no",
                        n == 0 ? "deze opdracht loopt korter dan een jaar: er is geen jaarrapportage" :
                                 "jaar %d bestaat niet voor deze opdracht (1 tot en met %d)", year_no, n);
    char m[48];
    int64_t org;
    if (contract_scope(db, id, m, &org, e) != INC_OK) return e->status;
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    db_touch(db, m);
    inc_status s = yearly_report_store(db, id, year_no, remarks, e);
    if (s == INC_OK) s = audit_contract(db, "yearly-report", id, json_pack("{s:i}", "year_no", year_no), e);
    return db_end(db, own, s, e);
}

inc_status app_contract_find(inc_db *db, const char *municipality, const char *reference, int64_t *id, inc_error *e)
{
    return contract_find(db, municipality, reference, id, e);
}

inc_status app_contract_scope(inc_db *db, int64_t id, char municipality[48], int64_t *contractor_id, inc_error *e)
{
    return contract_scope(db, id, municipality, contractor_id, e);
}

/* ---- reading ---- */

/* The list's items as the records arrive: the derived flags first, so a contract the filter drops
 * or that falls outside the page is never written out. */
typedef struct {
    view_out *o;
    const inc_contract_filter *f;
    inc_date today;
    bool derived;      /* status or overdue: filtered and paged here, not in SQL */
    int64_t first, last;  /* the page, 1-based positions among the matches; last 0 = no end */
    int64_t matched;
} list_state;

static void list_item(void *user, const contract_record *c)
{
    list_state *s = user;
    contract_flags fl;
    contract_flags_of(c, s->today, &fl);
    if (s->derived) {
        if (!contract_filter_matches(s->f, &fl)) return;
        s->matched++;
        if (s->matched < s->first || (s->last && s->matched > s->last)) return;
    }
    contract_view_write(s->o, NULL, c, s->today, &fl);
}

/* Writes the array `key` of the contracts the filter selects, *total the number of matches. */
static inc_status list_items(inc_db *db, const inc_contract_filter *f, inc_date today, view_out *o, const char *key,
                             int64_t *total, inc_error *e)
{
    int page = f->page ? f->page : 1, per_page = f->per_page;
    list_state s = {.o = o, .f = f, .today = today, .derived = contract_filter_derived(f)};
    if (s.derived && per_page) {
        s.first = (int64_t)(page - 1) * per_page + 1;
        s.last = (int64_t)page * per_page;
    }
    /* Without derived conditions the page is cut and counted in SQL. */
    int limit = !s.derived ? per_page : 0;
    *total = 0;
    vo_array(o, key);
    inc_status st = contract_records(db, f, limit, (int64_t)(page - 1) * per_page, !s.derived, list_item, &s, total, e);
    vo_end(o);
    if (s.derived) *total = s.matched;
    return st;
}

inc_status app_contract_list(inc_db *db, const inc_contract_filter *f, inc_date today, view_out *o, inc_error *e)
{
    if (contract_filter_check(f, e) != INC_OK) return e->status;
    int64_t total;
    vo_object(o, NULL);
    if (list_items(db, f, today, o, "items", &total, e) != INC_OK) return e->status;
    vo_int(o, "total", total);
    vo_int(o, "page", f->page ? f->page : 1);
    vo_int(o, "per_page", f->per_page);
    vo_end(o);
    return view_out_check(o, e);
}

typedef struct {
    view_out *o;
    inc_date today;
    app_contract_gate gate;
    void *ctx;
    bool refused;
} show_state;

static void show_members(void *user, const contract_record *c)
{
    show_state *s = user;
    if (s->gate && !s->gate(s->ctx, c->municipality, c->contractor_id)) {
        s->refused = true;
        return;
    }
    contract_flags fl;
    contract_flags_of(c, s->today, &fl);
    vo_object(s->o, NULL);
    contract_view_members(s->o, c, s->today, &fl);
}

inc_status app_contract_show(inc_db *db, int64_t id, inc_date today, view_out *o, inc_error *e)
{
    return app_contract_show_if(db, id, today, NULL, NULL, o, e);
}

inc_status app_contract_show_if(inc_db *db, int64_t id, inc_date today, app_contract_gate gate, void *ctx,
                                view_out *o, inc_error *e)
{
    show_state s = {o, today, gate, ctx, false};
    if (contract_record_by_id(db, id, show_members, &s, e) != INC_OK) return e->status;
    if (s.refused) return inc_fail(e, INC_EFORBIDDEN, "", "buiten uw bereik");
    if (app_realisation_list(db, id, NULL, o, "realisations", e) != INC_OK) return e->status;
    vo_end(o);
    return view_out_check(o, e);
}

inc_status app_overdue(inc_db *db, const char *const *municipalities, int64_t contractor_id, inc_date today,
                       view_out *o, inc_error *e)
{
    static const char *const kinds[] = {"contact", "yearly-report", "behind"};
    static const char *const keys[] = {"contact", "yearly_report", "behind"};
    char d[11];
    date_format_iso(today, d);
    vo_object(o, NULL);
    vo_str(o, "date", d);
    for (int k = 0; k < 3; k++) {
        inc_contract_filter f = {.municipalities = municipalities, .contractor_id = contractor_id, .overdue = kinds[k]};
        int64_t total;
        if (list_items(db, &f, today, o, keys[k], &total, e) != INC_OK) return e->status;
    }
    vo_end(o);
    return view_out_check(o, e);
}
