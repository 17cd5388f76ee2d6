#include "app/register_realisation.h"
#include "app/audit_json.h"
#include "core/json_fixed.h"
#include "core/realisation.h"
#include "io/register_view.h"
#include "store/banen_link.h"
#include "store/contract_totals.h"
#include "store/register.h"
#include <stdio.h>
#include <string.h>

static inc_status audit_realisation(inc_db *db, const char *action, int64_t id, json_t *detail, inc_error *e)
{
    return app_audit_json(db, action, "realisation", id, detail, e);
}

/* A realisation changes only its contract's municipality's cached pages (db_touch in db.h): the
 * contract's totals and list, and the person and banenafspraak records, which no cached page shows. */
static inc_status touch_contract(inc_db *db, int64_t contract_id, inc_error *e)
{
    char m[48];
    int64_t org;
    inc_status s = contract_scope(db, contract_id, m, &org, e);
    if (s == INC_OK) db_touch(db, m);
    return s == INC_ENOTFOUND ? INC_OK : s;   /* the insert names an unknown contract as it always did */
}

static inc_status report_in_tx(inc_db *db, const inc_realisation_input *in, int64_t *id, inc_error *e)
{
    /* Named by reference: counted as changing everything (db.h). */
    if (in->contract_id && touch_contract(db, in->contract_id, e) != INC_OK) return e->status;
    realisation_stored r;
    if (realisation_insert(db, in, &r, id, e) != INC_OK) return e->status;
    /* A banenafspraak candidate is a banenafspraak job too: create or link the employment record. */
    if (r.row.person_id && strcmp(r.block, BANEN_LINK_BLOCK_CODE) == 0 &&
        banen_link_from_realisation(db, *id, e) != INC_OK)
        return e->status;
    if (contract_totals_move(db, r.row.contract_id, NULL, "gemeld", r.row.value_cents, e) != INC_OK) return e->status;
    return audit_realisation(db, "create", *id,
                             json_pack("{s:s, s:s, s:s, s:o, s:i, s:b}", "contract", r.reference, "municipality",
                                       r.municipality, "block", r.block, "value", json_money(r.row.value_cents),
                                       "counted_days", r.row.counted_days, "person", r.row.person_id != 0),
                             e);
}

inc_status app_realisation_report(inc_db *db, const inc_realisation_input *in, int64_t *id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, report_in_tx(db, in, id, e), e);
}

static inc_status decide_in_tx(inc_db *db, int64_t id, bool verify, const char *reason, inc_error *e)
{
    int64_t contract_id, value;
    char status[16], key[40];
    /* Decided once: a second server deciding the same realisation waits here, then reads the first's
     * decision and is refused. */
    snprintf(key, sizeof key, "realisation:%lld", (long long)id);
    if (db_lock(db, key, e) != INC_OK) return e->status;
    if (realisation_state(db, id, &contract_id, status, &value, e) != INC_OK) return e->status;
    if (realisation_decision_check(id, status, e) != INC_OK) return e->status;
    if (touch_contract(db, contract_id, e) != INC_OK) return e->status;
    const char *to = verify ? "geverifieerd" : "afgewezen";
    if (realisation_decision_store(db, id, to, verify ? NULL : reason, e) != INC_OK) return e->status;
    if (contract_totals_move(db, contract_id, "gemeld", to, value, e) != INC_OK) return e->status;
    json_t *d = verify ? json_pack("{s:s}", "status", to) : json_pack("{s:s, s:s}", "status", to, "reason", reason);
    return audit_realisation(db, verify ? "verify" : "reject", id, d, e);
}

static inc_status decide(inc_db *db, int64_t id, bool verify, const char *reason, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, decide_in_tx(db, id, verify, reason, e), e);
}

inc_status app_realisation_verify(inc_db *db, int64_t id, inc_error *e) { return decide(db, id, true, NULL, e); }

inc_status app_realisation_reject(inc_db *db, int64_t id, const char *reason, inc_error *e)
{
    if (realisation_reject_reason_check(reason, e) != INC_OK) return e->status;
    return decide(db, id, false, reason, e);
}

inc_status app_realisation_contract(inc_db *db, int64_t id, int64_t *contract_id, inc_error *e)
{
    return realisation_contract(db, id, contract_id, e);
}

static void write_record(void *user, const realisation_record *r) { realisation_view_write(user, NULL, r); }

inc_status app_realisation_list(inc_db *db, int64_t contract_id, const char *status, view_out *o, const char *key,
                                inc_error *e)
{
    if (realisation_status_filter_check(status, e) != INC_OK) return e->status;
    vo_array(o, key);
    inc_status st = realisation_records(db, contract_id, status, write_record, o, e);
    vo_end(o);
    if (st != INC_OK) return st;
    return view_out_check(o, e);
}

inc_status app_realisation_show(inc_db *db, int64_t id, view_out *o, inc_error *e)
{
    if (realisation_record_by_id(db, id, write_record, o, e) != INC_OK) return e->status;
    return view_out_check(o, e);
}
