#include "store/sebo_report.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <string.h>

static inc_status count_holders_on(inc_db *db, const char *mun, inc_date day, int *n, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT COUNT(DISTINCT c.holder_id) FROM sebo_certificates c JOIN sebo_holders h ON h.id = c.holder_id"
                   " JOIN municipalities m ON m.id = h.municipality_id WHERE (?2 IS NULL OR m.code = ?2) AND"
                   SEBO_SQL_VALID_ON_DAY,
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_text_or_null(st, 2, mun);
    int rc = db_step_rc(st);
    *n = rc == DB_ROW ? db_col_int(st, 0) : 0;
    db_finalize(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}

static const char *col_str(inc_arena *a, inc_stmt *st, int col)
{
    return arena_strdup(a, db_col_text(st, col));
}

inc_status sebo_report_year_read(inc_db *db, const char *mun, int year, inc_date count_day, inc_date expired_before,
                                 const char *target_mun, inc_arena *arena, sebo_report_year *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    out->year = year;
    char lim[11];
    date_format_iso(expired_before, lim);
    if (count_holders_on(db, mun, count_day, &out->holders, e)) return INC_EIO;
    char y[12];
    snprintf(y, sizeof y, "%04d", year);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT COALESCE(SUM(c.kind = 'nieuw' AND substr(c.certified_from,1,4) = ?1),0),"
                   " COALESCE(SUM(c.kind = 'hercertificering' AND substr(c.certified_from,1,4) = ?1),0),"
                   " COALESCE(SUM(substr(c.withdrawn_on,1,4) = ?1),0),"
                   " COALESCE(SUM(c.certified_from IS NOT NULL AND substr(c.valid_until,1,4) = ?1 AND c.valid_until < ?3"
                   "  AND c.withdrawn_on IS NULL"
                   "  AND NOT EXISTS (SELECT 1 FROM sebo_certificates n WHERE n.holder_id = c.holder_id AND n.id > c.id"
                   "  AND n.certified_from IS NOT NULL)),0),"
                   " COALESCE(SUM(c.audit_cost_cents * (substr(c.audit_date,1,4) = ?1)),0)"
                   " FROM sebo_certificates c JOIN sebo_holders h ON h.id = c.holder_id"
                   " JOIN municipalities m ON m.id = h.municipality_id WHERE (?2 IS NULL OR m.code = ?2)",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, y, -1, DB_COPY);
    db_bind_text_or_null(st, 2, mun);
    db_bind_text(st, 3, lim, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        out->new_certified = db_col_int(st, 0);
        out->recertified = db_col_int(st, 1);
        out->withdrawn = db_col_int(st, 2);
        out->expired_not_renewed = db_col_int(st, 3);
        out->audit_cost_cents = db_col_int64(st, 4);
    }
    db_finalize(st);
    if (rc != DB_ROW) return db_fail(db, e);
    if (db_prepare(db, "SELECT holders_target, new_target, recert_target, source FROM sebo_targets"
                       " WHERE municipality_code = ? AND year = ?", &st, e) == INC_OK) {
        db_bind_text(st, 1, target_mun, -1, DB_COPY);
        db_bind_int(st, 2, year);
        if (db_step_rc(st) == DB_ROW) {
            out->has_target = true;
            for (int k = 0; k < 3; k++) {
                out->target_set[k] = !db_col_is_null(st, k);
                out->target[k] = db_col_int(st, k);
            }
            out->target_source = col_str(arena, st, 3);
        }
        db_finalize(st);
    }
    if (db_prepare(db, "SELECT as_of, holders, source FROM sebo_published_counts WHERE municipality_code = ?"
                       " AND substr(as_of,1,4) = ? ORDER BY as_of", &st, e) == INC_OK) {
        db_bind_text(st, 1, target_mun, -1, DB_COPY);
        db_bind_text(st, 2, y, -1, DB_COPY);
        size_t cap = 0;
        while ((rc = db_step(db, st, e)) == DB_ROW) {
            sebo_published_count *p = arena_push(arena, (void **)&out->published, &out->n_published, &cap,
                                                 sizeof *out->published);
            p->as_of = col_str(arena, st, 0);
            p->holders = db_col_int(st, 1);
            p->source = col_str(arena, st, 2);
        }
        db_finalize(st);
        if (rc == DB_ERR) return INC_EIO;
    }
    return INC_OK;
}

static void case_row(inc_arena *a, inc_stmt *st, sebo_report_case *c)
{
    c->id = db_col_int64(st, 0);
    c->date = col_str(a, st, 1);
    c->municipality = col_str(a, st, 2);
    c->department = col_str(a, st, 3);
    c->reference = col_str(a, st, 4);
    c->subject = col_str(a, st, 5);
    c->procedure = col_str(a, st, 6);
    c->estimated_cents = db_col_int64(st, 7);
    c->reason = col_str(a, st, 8);
}

inc_status sebo_report_procurements_read(inc_db *db, const char *mun, int year, sebo_report *rep, inc_error *e)
{
    inc_arena *a = &rep->arena;
    char y[12];
    snprintf(y, sizeof y, "%04d", year);
    /* Per procurement: sebo invited (any holder), local holder invited, won by a holder, values. */
    static const char per_proc[] =
        "WITH p AS (SELECT p.*, m.code AS mcode,"
        "  EXISTS(SELECT 1 FROM procurement_invitations i WHERE i.procurement_id = p.id AND i.is_holder = 1) AS inv,"
        "  EXISTS(SELECT 1 FROM procurement_invitations i WHERE i.procurement_id = p.id AND i.class = 'lokaal-sebo') AS linv,"
        "  COALESCE((SELECT i.is_holder FROM procurement_invitations i WHERE i.procurement_id = p.id"
        "   AND i.organisation_id = p.winner_id), 0) AS won"
        "  FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"
        "  WHERE substr(p.procurement_date,1,4) = ?1 AND (?2 IS NULL OR m.code = ?2)) ";
    char sql[2048];
    /* Per department, in the order of sebo_report_figure; the totals are summed in C. */
    snprintf(sql, sizeof sql,
             "%s SELECT department, COUNT(*), SUM(inv), SUM(linv), SUM(won), COALESCE(SUM(awarded_cents),0),"
             " COALESCE(SUM(awarded_cents * won),0), SUM(rule_outcome = 'gevolgd'), SUM(rule_outcome = 'afwijking-met-reden'),"
             " SUM(rule_outcome = 'gemarkeerd'), SUM(rule_outcome = 'niet-van-toepassing'), SUM(aim_applies), SUM(aim_met),"
             " SUM(winner_id IS NOT NULL), SUM(procedure = 'enkelvoudig-onderhands')"
             " FROM p GROUP BY department ORDER BY department",
             per_proc);
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_text(st, 1, y, -1, DB_COPY);
    db_bind_text_or_null(st, 2, mun);
    size_t cap = 0;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        sebo_report_department *d = arena_push(a, (void **)&rep->departments, &rep->n_departments, &cap,
                                               sizeof *rep->departments);
        d->department = col_str(a, st, 0);
        for (int k = 0; k < SRP__COUNT; k++) {
            d->n[k] = db_col_int64(st, k + 1);
            rep->total[k] += d->n[k];
        }
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (db_prepare(db,
                   "SELECT p.id, p.procurement_date, m.code, p.department, p.reference, p.subject, p.procedure,"
                   " p.estimated_cents, CASE WHEN p.rule_outcome = 'gemarkeerd' THEN p.explanation"
                   " ELSE p.deviation_reason END, p.rule_outcome"
                   " FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"
                   " WHERE substr(p.procurement_date,1,4) = ?1 AND (?2 IS NULL OR m.code = ?2)"
                   " AND p.rule_outcome IN ('gemarkeerd','afwijking-met-reden') ORDER BY p.procurement_date, p.id",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, y, -1, DB_COPY);
    db_bind_text_or_null(st, 2, mun);
    size_t cap_f = 0, cap_d = 0;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        bool f = strcmp(db_col_text(st, 9), "gemarkeerd") == 0;
        case_row(a, st, f ? arena_push(a, (void **)&rep->flagged, &rep->n_flagged, &cap_f, sizeof *rep->flagged)
                          : arena_push(a, (void **)&rep->deviations, &rep->n_deviations, &cap_d,
                                       sizeof *rep->deviations));
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status sebo_first_certified_year(inc_db *db, int *year, inc_error *e)
{
    *year = 0;
    inc_stmt *st;
    if (db_prepare(db, "SELECT MIN(CAST(substr(certified_from,1,4) AS INTEGER)) FROM sebo_certificates", &st, e))
        return INC_EIO;
    if (db_step_rc(st) == DB_ROW && !db_col_is_null(st, 0)) *year = db_col_int(st, 0);
    db_finalize(st);
    return INC_OK;
}
