/* Realisations: valued by the building-block catalogue, checked against double counting, verified
 * or rejected by the SR-team. Contract running totals are kept in step. */
#include "store/contract_totals.h"
#include "store/audit.h"
#include "core/json_fixed.h"
#include <stdlib.h>
#include "store/banen_link.h"
#include "store/person_store.h"
#include "store/policy_store.h"
#include "store/register.h"
#include "store/register_write.h"
#include <stdio.h>
#include <string.h>

/* Contract facts read for one realisation (the bulk path caches them instead). */
typedef struct {
    contract_facts f;
    char reference[64], municipality[48];
} contract_row;

static inc_status load_contract(inc_db *db, const inc_realisation_input *in, contract_row *row, inc_error *e)
{
    int64_t id = in->contract_id;
    if (!id && contract_find(db, in->municipality, in->contract_reference, &id, e) != INC_OK) return e->status;
    static const char sql[] =
        "SELECT c.catalogue_id, c.start_date, c.end_date, c.applies, c.reference, m.code"
        " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        contract_facts *c = &row->f;
        c->id = id;
        c->catalogue_id = db_col_int64(st, 0);
        date_parse(db_col_text(st, 1), &c->start, "", NULL);
        date_parse(db_col_text(st, 2), &c->end, "", NULL);
        c->applies = db_col_int(st, 3);
        db_column_text(st, 4, row->reference, sizeof row->reference);
        db_column_text(st, 5, row->municipality, sizeof row->municipality);
        c->reference = row->reference;
        c->municipality = row->municipality;
    }
    db_reset(st);
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "contract_id", "opdracht %lld bestaat niet", (long long)id);
    return INC_OK;
}

/* Days this person already counts on this contract under the same cap: the same block, or any
 * person-exclusive job block when this one is exclusive too. */
static inc_status days_already_counted(inc_db *db, int64_t contract_id, int64_t person_id, int64_t block_id,
                                       bool exclusive, int *days, inc_error *e)
{
    static const char sql[] =
        "SELECT coalesce(sum(r.counted_days), 0) FROM realisations r JOIN blocks b ON b.id = r.block_id"
        " WHERE r.contract_id = ? AND r.person_id = ? AND r.status <> 'afgewezen'"
        " AND (r.block_id = ? OR (? AND b.person_exclusive = 1))";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    db_bind_int64(st, 2, person_id);
    db_bind_int64(st, 3, block_id);
    db_bind_int(st, 4, exclusive);
    int rc = db_step_rc(st);
    *days = rc == DB_ROW ? db_col_int(st, 0) : 0;
    db_reset(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}

/* The same person may not count twice for the same days, on any contract in the region. */
static inc_status check_double_counting(inc_db *db, int64_t person_id, inc_date from, inc_date to, inc_error *e)
{
    static const char sql[] =
        "SELECT c.reference, m.name, max(r.counted_from, ?1), min(r.counted_to, ?2), m.code, c.contractor_id"
        " FROM realisations r JOIN blocks b ON b.id = r.block_id JOIN contracts c ON c.id = r.contract_id"
        " JOIN municipalities m ON m.id = c.municipality_id"
        " WHERE r.person_id = ?3 AND r.status <> 'afgewezen' AND b.person_exclusive = 1"
        " AND r.counted_from <= ?2 AND r.counted_to >= ?1 LIMIT 1";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    char f[11], t[11];
    date_format_iso(from, f);
    date_format_iso(to, t);
    db_bind_text(st, 1, f, -1, DB_COPY);
    db_bind_text(st, 2, t, -1, DB_COPY);
    db_bind_int64(st, 3, person_id);
    int rc = db_step_rc(st);
    if (rc != DB_ROW) {
        db_reset(st);
        return rc == DB_DONE ? INC_OK : db_fail(db, e);
    }
    inc_date of, ot;
    date_parse(db_col_text(st, 2), &of, "", NULL);
    date_parse(db_col_text(st, 3), &ot, "", NULL);
    char ref[64], mun[64], code[64], a[11], b[11];
    db_column_text(st, 0, ref, sizeof ref);
    db_column_text(st, 1, mun, sizeof mun);
    db_column_text(st, 4, code, sizeof code);
    int64_t contractor = db_col_int64(st, 5);
    db_reset(st);
    date_format_nl(of, a);
    date_format_nl(ot, b);
    /* Refused either way; the other contract is named only to whom may read it. */
    if (!db_viewer_sees(db, DB_SEE_CONTRACT, code, contractor))
        return inc_fail(e, INC_ECONFLICT, "bsn",
                        "deze kandidaat telt al mee op een andere opdracht voor %d overlappende dag(en): %s tot en met %s",
                        ot - of + 1, a, b);
    return inc_fail(e, INC_ECONFLICT, "bsn",
                    "deze kandidaat telt al mee op opdracht %s (%s) voor %d overlappende dag(en): %s tot en met %s", ref,
                    mun, ot - of + 1, a, b);
}

static inc_status add_in_tx(inc_db *db, const inc_realisation_input *in, int flags, int64_t *id, inc_error *e)
{
    contract_row row;
    if (load_contract(db, in, &row, e) != INC_OK) return e->status;
    inc_block b;
    int64_t block_id;
    if (block_by_code(db, row.f.catalogue_id, in->block, &b, &block_id, e) != INC_OK) return e->status;
    return realisation_insert_resolved(db, &row.f, &b, block_id, in, flags, id, e);
}

static void iso_or_empty(inc_date d, char out[11])
{
    if (d == INC_DATE_NONE) out[0] = 0;
    else date_format_iso(d, out);
}

/* Valuation and the checks on its outcome, for `already` days counted before; fills the row but the
 * person. */
static inc_status value_checked(const contract_facts *c, const inc_block *b, int64_t block_id,
                                const inc_realisation_input *in, int already, realisation_row *out, inc_value *v,
                                inc_error *e)
{
    inc_value_input vi = {b, in->hours_centi, in->start, in->end, c->start, c->end, in->amount_cents, already,
                          in->subsidy_end};
    if (valuation_compute(&vi, v, e) != INC_OK) return e ? e->status : INC_EINVAL;
    if (v->value_cents == 0 && v->counted_days == 0 && b->kind == BLOCK_PER_YEAR)
        return inc_fail(e, INC_EINVAL, "start", "deze realisatie telt niet mee: %s",
                        v->note[0] ? v->note : "geen dagen binnen de telbare periode");
    if (v->counted_from == INC_DATE_NONE)
        return inc_fail(e, INC_EINVAL, "start", "deze realisatie telt niet mee: %s", v->note);
    out->contract_id = c->id;
    out->block_id = block_id;
    out->person_id = 0;
    snprintf(out->candidate_ref, sizeof out->candidate_ref, "%s", in->candidate_ref);
    out->hours_centi = in->hours_centi;
    out->amount_cents = in->amount_cents;
    out->value_cents = v->value_cents;
    out->counted_days = v->counted_days;
    out->capped = v->capped;
    date_format_iso(in->start, out->start);
    date_format_iso(in->end, out->end);
    iso_or_empty(in->subsidy_end, out->subsidy_end);
    date_format_iso(v->counted_from, out->counted_from);
    date_format_iso(v->counted_to, out->counted_to);
    return INC_OK;
}

void realisation_prevalue(const contract_facts *c, const inc_block *b, int64_t block_id,
                          const inc_realisation_input *in, realisation_pre *pre)
{
    memset(&pre->error, 0, sizeof pre->error);
    pre->first_seen = INC_EINVAL;
    pre->before_person = INC_OK;
    if (!c->applies)
        pre->before_person = inc_fail(&pre->error, INC_EINVAL, "contract_id",
                                      "op opdracht %s rust geen social-returnverplichting", c->reference);
    else if (b->kind == BLOCK_PER_YEAR && !in->bsn[0])
        pre->before_person = inc_fail(&pre->error, INC_EINVAL, "bsn",
                                      "BSN van de kandidaat ontbreekt (nodig voor bouwblok %s)", b->code);
    else if (b->kind == BLOCK_PER_YEAR && in->hours_centi <= 0)
        pre->before_person = inc_fail(&pre->error, INC_EINVAL, "hours_per_week", "uren per week ontbreken");
    if (pre->before_person != INC_OK) return;
    inc_value v;
    pre->first_seen = value_checked(c, b, block_id, in, 0, &pre->row, &v, &pre->error);
}

static inc_status pre_failed(inc_status s, const realisation_pre *pre, inc_error *e)
{
    if (e) *e = pre->error;
    return s;
}

inc_status realisation_resolve_pre(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                                   const inc_realisation_input *in, const realisation_pre *pre,
                                   const history_hook *hook, realisation_row *out, inc_error *e)
{
    if (pre->before_person != INC_OK) return pre_failed(pre->before_person, pre, e);
    int64_t person_id = 0;
    bool new_person = false;
    if (in->bsn[0]) {
        inc_status ps = in->pseudonym ? person_ensure_pseudonym(db, in->pseudonym, &person_id, &new_person, e)
                                       : person_ensure(db, in->bsn, "bsn", &person_id, &new_person, e);
        if (ps != INC_OK) return ps;
    }
    if (!person_id || new_person) {  /* nothing counted before: the outcome worked out ahead holds */
        if (pre->first_seen != INC_OK) return pre_failed(pre->first_seen, pre, e);
        *out = pre->row;
        out->person_id = person_id;
        return INC_OK;
    }
    /* A person seen before: the cap and double counting read the earlier realisations, including
     * any the caller still holds back. */
    if (hook && hook->flush(hook->ctx, e) != INC_OK) return e->status;
    int already = 0;
    if (b->kind == BLOCK_PER_YEAR &&
        days_already_counted(db, c->id, person_id, block_id, b->person_exclusive, &already, e) != INC_OK)
        return e->status;
    inc_value v;
    if (value_checked(c, b, block_id, in, already, out, &v, e) != INC_OK) return e->status;
    if (b->person_exclusive && check_double_counting(db, person_id, v.counted_from, v.counted_to, e) != INC_OK)
        return e->status;
    out->person_id = person_id;
    return INC_OK;
}

inc_status realisation_resolve(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                               const inc_realisation_input *in, const history_hook *hook, realisation_row *out,
                               inc_error *e)
{
    realisation_pre pre;
    realisation_prevalue(c, b, block_id, in, &pre);
    return realisation_resolve_pre(db, c, b, block_id, in, &pre, hook, out, e);
}

int realisation_bind(inc_stmt *st, int i, const realisation_row *r, inc_db *db)
{
    db_bind_int64(st, i++, r->contract_id);
    db_bind_int64(st, i++, r->block_id);
    if (r->person_id) db_bind_int64(st, i++, r->person_id);
    else db_bind_null(st, i++);
    if (r->candidate_ref[0]) db_bind_text(st, i++, r->candidate_ref, -1, DB_STATIC);
    else db_bind_null(st, i++);
    db_bind_int(st, i++, r->hours_centi);
    db_bind_text(st, i++, r->start, 10, DB_STATIC);
    db_bind_text(st, i++, r->end, 10, DB_STATIC);
    db_bind_int64(st, i++, r->amount_cents);
    if (r->subsidy_end[0]) db_bind_text(st, i++, r->subsidy_end, 10, DB_STATIC);
    else db_bind_null(st, i++);
    db_bind_int64(st, i++, r->value_cents);
    db_bind_int(st, i++, r->counted_days);
    db_bind_text(st, i++, r->counted_from, 10, DB_STATIC);
    db_bind_text(st, i++, r->counted_to, 10, DB_STATIC);
    db_bind_int(st, i++, r->capped);
    db_bind_text(st, i++, db_actor(db), -1, DB_STATIC);
    db_bind_text(st, i++, db_timestamp(db), -1, DB_STATIC);
    return i;
}

inc_status realisation_insert_resolved(inc_db *db, const contract_facts *contract, const inc_block *block,
                                       int64_t block_id, const inc_realisation_input *in, int flags, int64_t *id,
                                       inc_error *e)
{
    const contract_facts c = *contract;
    const inc_block b = *block;
    realisation_row row;
    if (realisation_resolve(db, contract, block, block_id, in, NULL, &row, e) != INC_OK) return e->status;
    static const char sql[] = REALISATION_INSERT_SQL;
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    realisation_bind(st, 1, &row, db);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    if (flags & REG_BULK) return INC_OK;
    /* A banenafspraak candidate is a banenafspraak job too: create or link the employment record. */
    if (row.person_id && strcmp(b.code, BANEN_LINK_BLOCK_CODE) == 0 && banen_link_from_realisation(db, *id, e) != INC_OK)
        return e->status;

    if (contract_totals_move(db, c.id, NULL, "gemeld", row.value_cents, e) != INC_OK) return e->status;
    json_t *d = json_pack("{s:s, s:s, s:s, s:o, s:i, s:b}", "contract", c.reference, "municipality", c.municipality,
                          "block", b.code, "value", json_money(row.value_cents), "counted_days", row.counted_days,
                          "person", row.person_id != 0);
    char *txt = json_dump_fixed(d, JSON_COMPACT);
    json_decref(d);
    inc_status as = audit_write(db, "create", "realisation", *id, txt, e);
    free(txt);
    return as;
}

inc_status realisation_add(inc_db *db, const inc_realisation_input *in, int flags, int64_t *id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, add_in_tx(db, in, flags, id, e), e);
}

static inc_status decide_in_tx(inc_db *db, int64_t id, bool verify, const char *reason, inc_error *e)
{
    static const char sel[] = "SELECT contract_id, status, value_cents FROM realisations WHERE id = ?";
    inc_stmt *st = db_stmt(db, sel, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    if (db_step_rc(st) != DB_ROW) {
        db_reset(st);
        return inc_fail(e, INC_ENOTFOUND, "id", "realisatie %lld bestaat niet", (long long)id);
    }
    int64_t contract_id = db_col_int64(st, 0), value = db_col_int64(st, 2);
    char status[16];
    db_column_text(st, 1, status, sizeof status);
    db_reset(st);
    if (strcmp(status, "gemeld") != 0)
        return inc_fail(e, INC_ECONFLICT, "status", "realisatie %lld is al beoordeeld (%s)", (long long)id, status);

    static const char upd[] =
        "UPDATE realisations SET status = ?, reject_reason = ?, decided_by = ?,"
        " decided_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?";
    if (!(st = db_stmt(db, upd, e))) return INC_EIO;
    db_bind_text(st, 1, verify ? "geverifieerd" : "afgewezen", -1, DB_STATIC);
    db_bind_text_or_null(st, 2, verify ? NULL : reason);
    db_bind_text(st, 3, db_actor(db), -1, DB_COPY);
    db_bind_int64(st, 4, id);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);

    if (contract_totals_move(db, contract_id, "gemeld", verify ? "geverifieerd" : "afgewezen", value, e) != INC_OK)
        return e->status;
    json_t *d = verify ? json_pack("{s:s}", "status", "geverifieerd")
                       : json_pack("{s:s, s:s}", "status", "afgewezen", "reason", reason);
    char *txt = json_dump_fixed(d, JSON_COMPACT);
    json_decref(d);
    inc_status as = audit_write(db, verify ? "verify" : "reject", "realisation", id, txt, e);
    free(txt);
    return as;
}

inc_status realisation_verify(inc_db *db, int64_t id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, decide_in_tx(db, id, true, NULL, e), e);
}

inc_status realisation_reject(inc_db *db, int64_t id, const char *reason, inc_error *e)
{
    if (!reason || !*reason) return inc_fail(e, INC_EINVAL, "reason", "geef een reden voor de afwijzing");
    if (strlen(reason) > 500) return inc_fail(e, INC_EINVAL, "reason", "reden is te lang (maximaal 500 tekens)");
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, decide_in_tx(db, id, false, reason, e), e);
}

inc_status realisation_contract(inc_db *db, int64_t id, int64_t *contract_id, inc_error *e)
{
    static const char sql[] = "SELECT contract_id FROM realisations WHERE id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *contract_id = db_col_int64(st, 0);
    db_reset(st);
    return rc == DB_ROW ? INC_OK : inc_fail(e, INC_ENOTFOUND, "id", "realisatie %lld bestaat niet", (long long)id);
}

#define REALISATION_LIST_SQL(contract_cond)                                                                      \
    "SELECT r.id, r.contract_id, b.code, b.name, r.candidate_ref, r.person_id IS NOT NULL, r.hours_centi,"        \
    " r.start_date, r.end_date, r.amount_cents, r.value_cents, r.counted_days, r.counted_from, r.counted_to,"    \
    " r.capped, r.status, r.reject_reason, r.reported_by, r.decided_by, r.decided_at, r.created_at, b.kind"     \
    " FROM realisations r JOIN blocks b ON b.id = r.block_id"                                                   \
    " WHERE " contract_cond " AND (?2 IS NULL OR r.status = ?2) ORDER BY r.start_date, r.id"

/* The realisations the cached statement `sql` selects for ?1 = key (and ?2 = status) as JSON objects. */
static inc_status realisation_rows_json(inc_db *db, const char *sql, int64_t key, const char *status, json_t **out,
                                        inc_error *e)
{
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, key);
    db_bind_text_or_null(st, 2, status);
    json_t *arr = json_array();
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *kind = db_col_text(st, 21);
        bool per_hour = kind && strcmp(kind, "per_uur") == 0;
        json_t *j = json_pack(
            "{s:I, s:I, s:s, s:s, s:s?, s:b, s:o, s:s, s:s, s:o, s:o, s:i, s:s?, s:s?, s:b, s:s, s:s?, s:s?, s:s?, s:s?, s:s}",
            "id", (json_int_t)db_col_int64(st, 0), "contract_id", (json_int_t)db_col_int64(st, 1),
            "block", db_col_text(st, 2), "block_name", db_col_text(st, 3), "candidate_ref",
            db_col_text(st, 4), "has_person", db_col_int(st, 5), per_hour ? "hours" : "hours_per_week",
            json_fixed(db_col_int(st, 6), 2), "start", db_col_text(st, 7), "end",
            db_col_text(st, 8), "amount", json_money(db_col_int64(st, 9)), "value",
            json_money(db_col_int64(st, 10)), "counted_days", db_col_int(st, 11), "counted_from",
            db_col_text(st, 12), "counted_to", db_col_text(st, 13), "capped",
            db_col_int(st, 14), "status", db_col_text(st, 15), "reject_reason",
            db_col_text(st, 16), "reported_by", db_col_text(st, 17), "decided_by",
            db_col_text(st, 18), "decided_at", db_col_text(st, 19), "created_at",
            db_col_text(st, 20));
        if (j) json_array_append_new(arr, j);
    }
    db_reset(st);
    if (rc == DB_ERR) {
        json_decref(arr);
        return INC_EIO;
    }
    *out = arr;
    return INC_OK;
}

inc_status realisation_list_json(inc_db *db, int64_t contract_id, const char *status, json_t **out, inc_error *e)
{
    if (status && strcmp(status, "gemeld") && strcmp(status, "geverifieerd") && strcmp(status, "afgewezen"))
        return inc_fail(e, INC_EINVAL, "status", "status moet gemeld, geverifieerd of afgewezen zijn");
    /* Two statements, so one contract's list uses the realisations_contract index instead of a scan
     * ("?1 = 0 OR contract_id = ?1" cannot use an index). */
    static const char one[] = REALISATION_LIST_SQL("r.contract_id = ?1");
    static const char all[] = REALISATION_LIST_SQL("?1 = 0");
    return realisation_rows_json(db, contract_id ? one : all, contract_id, status, out, e);
}

inc_status realisation_show_json(inc_db *db, int64_t id, json_t **out, inc_error *e)
{
    static const char by_id[] = REALISATION_LIST_SQL("r.id = ?1");
    json_t *arr;
    if (realisation_rows_json(db, by_id, id, NULL, &arr, e) != INC_OK) return e->status;
    json_t *j = json_array_get(arr, 0);
    if (!j) {
        json_decref(arr);
        return inc_fail(e, INC_ENOTFOUND, "id", "realisatie %lld bestaat niet", (long long)id);
    }
    *out = json_incref(j);
    json_decref(arr);
    return INC_OK;
}

inc_status realisations_link_banen_pending(inc_db *db, inc_error *e)
{
    return banen_link_pending_bulk(db, e);
}
