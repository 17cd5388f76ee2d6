/* Contracts: registration with the computed obligation, lookups, contact and yearly reports. */
#include "store/register.h"
#include "store/audit.h"
#include "core/json_fixed.h"
#include <stdlib.h>
#include "store/contract_view.h"
#include "store/policy_store.h"
#include "store/register_write.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <string.h>

inc_status municipality_id_by_code(inc_db *db, const char *code, int64_t *id, inc_error *e)
{
    static const char sql[] = "SELECT id FROM municipalities WHERE code = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, code, -1, DB_STATIC);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_reset(st);
    if (rc != DB_ROW) return inc_fail(e, INC_EINVAL, "municipality", "onbekende gemeente '%s'", code);
    return INC_OK;
}

inc_status organisation_ensure(inc_db *db, const char *kvk, const char *name, int64_t *id, inc_error *e)
{
    static const char sel[] = "SELECT id FROM organisations WHERE kvk = ?";
    static const char ins[] = "INSERT INTO organisations(kvk, name) VALUES (?, ?)";
    inc_stmt *st = db_stmt(db, sel, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_STATIC);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        *id = db_col_int64(st, 0);
        db_reset(st);
        return INC_OK;
    }
    db_reset(st);
    if (!name || !*name)
        return inc_fail(e, INC_EINVAL, "contractor_name", "onbekend KvK-nummer %s: geef ook de naam van de opdrachtnemer",
                        kvk);
    if (!(st = db_stmt(db, ins, e))) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_STATIC);
    db_bind_text(st, 2, name, -1, DB_STATIC);
    rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

/* The sources hold no catalogue older than the first; beheer may add it. */
inc_status catalogue_for_award(inc_db *db, inc_date award, int64_t *cid, inc_error *e)
{
    if (catalogue_in_force(db, award, cid, NULL) == INC_OK) return INC_OK;
    static const char sql[] = "SELECT id FROM catalogues ORDER BY effective_from LIMIT 1";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *cid = db_col_int64(st, 0);
    db_reset(st);
    return rc == DB_ROW ? INC_OK : inc_fail(e, INC_ENOTFOUND, "award_date", "er is geen bouwblokkencatalogus");
}

inc_status contract_insert_resolved(inc_db *db, const inc_contract_input *in, const contract_resolved *r, int64_t *id,
                                    inc_error *e)
{
    static const char sql[] =
        "INSERT INTO contracts(municipality_id, department, reference, title, category, procedure, value_cents,"
        " labour_share_bp, award_date, start_date, end_date, contractor_id, cpv, sebo_holder, extra_bp, exempted,"
        " exemption_pct_bp, exemption_by, exemption_date, exemption_reason, policy_id, catalogue_id, applies,"
        " base_pct_bp, percentage_bp, obligation_cents, met_by_sebo, sebo_covered_cents, obligation_reason, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    const inc_obligation *ob = &r->obligation;
    char award[11], start[11], end[11], exd[11];
    date_format_iso(in->award_date, award);
    date_format_iso(in->start_date, start);
    date_format_iso(in->end_date, end);
    int i = 1;
    db_bind_int64(st, i++, r->municipality_id);
    db_bind_text(st, i++, in->department, -1, DB_STATIC);
    db_bind_text(st, i++, in->reference, -1, DB_STATIC);
    db_bind_text(st, i++, in->title, -1, DB_STATIC);
    db_bind_text(st, i++, category_code(in->category), -1, DB_STATIC);
    db_bind_text(st, i++, procedure_code(in->procedure), -1, DB_STATIC);
    db_bind_int64(st, i++, in->value_cents);
    db_bind_int(st, i++, in->labour_share_bp);
    db_bind_text(st, i++, award, 10, DB_STATIC);
    db_bind_text(st, i++, start, 10, DB_STATIC);
    db_bind_text(st, i++, end, 10, DB_STATIC);
    db_bind_int64(st, i++, r->contractor_id);
    db_bind_text_or_null(st, i++, in->cpv);
    db_bind_int(st, i++, r->sebo_holder);
    db_bind_int(st, i++, in->extra_bp);
    db_bind_int(st, i++, in->exempted);
    if (in->exempted) {
        date_format_iso(in->exemption_date, exd);
        db_bind_int(st, i++, in->exemption_pct_bp);
        db_bind_text(st, i++, in->exemption_by, -1, DB_STATIC);
        db_bind_text(st, i++, exd, 10, DB_STATIC);
        db_bind_text(st, i++, in->exemption_reason, -1, DB_STATIC);
    } else {
        for (int k = 0; k < 4; k++) db_bind_null(st, i++);
    }
    db_bind_int64(st, i++, r->policy_id);
    db_bind_int64(st, i++, r->catalogue_id);
    db_bind_int(st, i++, ob->applies);
    db_bind_int(st, i++, ob->base_pct_bp);
    db_bind_int(st, i++, ob->percentage_bp);
    db_bind_int64(st, i++, ob->amount_cents);
    db_bind_int(st, i++, ob->met_by_sebo);
    db_bind_int64(st, i++, ob->sebo_covered_cents);
    db_bind_text(st, i++, ob->reason, -1, DB_STATIC);
    db_bind_text(st, i++, db_timestamp(db), -1, DB_STATIC);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc == DB_CONSTRAINT)
        return inc_fail(e, INC_ECONFLICT, "reference", "referentie '%s' bestaat al bij %s", in->reference,
                        in->municipality);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

static inc_status register_in_tx(inc_db *db, const inc_contract_input *in, int flags, int64_t *id, inc_error *e)
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
    if (!(flags & REG_BULK)) {
        json_t *d = json_pack("{s:s, s:s, s:s, s:o, s:o}", "municipality", in->municipality, "reference",
                              in->reference, "contractor_kvk", in->contractor_kvk, "value",
                              json_money(in->value_cents), "obligation", json_money(r.obligation.amount_cents));
        char *txt = json_dump_fixed(d, JSON_COMPACT);
        json_decref(d);
        inc_status s = audit_write(db, "create", "contract", *id, txt, e);
        free(txt);
        if (s != INC_OK) return s;
    }
    return INC_OK;
}

inc_status contract_register(inc_db *db, const inc_contract_input *in, int flags, int64_t *id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, register_in_tx(db, in, flags, id, e), e);
}

inc_status contract_find(inc_db *db, const char *municipality, const char *reference, int64_t *id, inc_error *e)
{
    static const char sql[] =
        "SELECT c.id FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
        " WHERE m.code = ? AND c.reference = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, municipality, -1, DB_STATIC);
    db_bind_text(st, 2, reference, -1, DB_STATIC);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_reset(st);
    if (rc != DB_ROW)
        return inc_fail(e, INC_ENOTFOUND, "contract_reference", "geen opdracht met referentie '%s' bij %s", reference,
                        municipality);
    return INC_OK;
}

inc_status contract_scope(inc_db *db, int64_t id, char municipality[48], int64_t *contractor_id, inc_error *e)
{
    static const char sql[] =
        "SELECT m.code, c.contractor_id FROM contracts c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        db_column_text(st, 0, municipality, 48);
        *contractor_id = db_col_int64(st, 1);
    }
    db_reset(st);
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "opdracht %lld bestaat niet", (long long)id);
    return INC_OK;
}

static inc_status audit_simple(inc_db *db, const char *action, int64_t id, json_t *detail, inc_error *e)
{
    char *txt = json_dump_fixed(detail, JSON_COMPACT);
    json_decref(detail);
    inc_status s = audit_write(db, action, "contract", id, txt, e);
    free(txt);
    return s;
}

inc_status contract_set_contact(inc_db *db, int64_t id, inc_date day, inc_error *e)
{
    char m[48];
    int64_t org;
    if (contract_scope(db, id, m, &org, e) != INC_OK) return e->status;
    if (day > date_today()) return inc_fail(e, INC_EINVAL, "date", "datum van het contact ligt in de toekomst");
    char d[11];
    date_format_iso(day, d);
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    inc_stmt *st;
    if (db_prepare(db, "UPDATE contracts SET contact_date = ? WHERE id = ?", &st, e)) goto fail;
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_int64(st, 2, id);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) { db_fail(db, e); goto fail; }
    if (audit_simple(db, "contact", id, json_pack("{s:s}", "contact_date", d), e) != INC_OK) goto fail;
    return db_end(db, own, INC_OK, e);
fail:
    return db_end(db, own, e->status, e);
}

inc_status contract_yearly_report(inc_db *db, int64_t id, int year_no, const char *remarks, inc_error *e)
{
    static const char sql[] = "SELECT start_date, end_date FROM contracts WHERE id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    if (db_step_rc(st) != DB_ROW) {
        db_reset(st);
        return inc_fail(e, INC_ENOTFOUND, "id", "opdracht %lld bestaat niet", (long long)id);
    }
    inc_date start, end, due[64];
    date_parse(db_col_text(st, 0), &start, "start", NULL);
    date_parse(db_col_text(st, 1), &end, "end", NULL);
    db_reset(st);
    int n = yearly_report_due_dates(start, end, due, 64);
    if (year_no < 1 || year_no > n)
        return inc_fail(e, INC_EINVAL, "year_no",
                        n == 0 ? "deze opdracht loopt korter dan een jaar: er is geen jaarrapportage" :
                                 "jaar %d bestaat niet voor deze opdracht (1 tot en met %d)", year_no, n);
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    if (db_prepare(db, "INSERT INTO yearly_reports(contract_id, year_no, submitted_at, submitted_by, remarks)"
                       " VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, ?)", &st, e))
        goto fail;
    db_bind_int64(st, 1, id);
    db_bind_int(st, 2, year_no);
    db_bind_text(st, 3, db_actor(db), -1, DB_COPY);
    db_bind_text_or_null(st, 4, remarks);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT) { inc_fail(e, INC_ECONFLICT, "year_no", "jaarrapportage %d is al ingediend", year_no); goto fail; }
    if (rc != DB_DONE) { db_fail(db, e); goto fail; }
    if (audit_simple(db, "yearly-report", id, json_pack("{s:i}", "year_no", year_no), e) != INC_OK) goto fail;
    return db_end(db, own, INC_OK, e);
fail:
    return db_end(db, own, e->status, e);
}
