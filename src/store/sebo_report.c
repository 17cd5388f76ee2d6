#include "store/sebo_report.h"
#include "core/decimal.h"
#include "core/json_fixed.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <string.h>

static int32_t share_bp(int64_t part, int64_t total)
{
    return total > 0 ? (int32_t)div_round_half_up(part * 10000, total) : 0;
}

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

/* One row of holders_per_year. */
static inc_status year_row(inc_db *db, const char *mun, int year, inc_date today, json_t **out, inc_error *e)
{
    inc_date end = date_from_ymd(year, 12, 31);
    if (end > today) end = today;
    /* "Expired" means valid_until before the day after the year's end (or before today). */
    char lim[11];
    date_format_iso(end == today ? today : end + 1, lim);
    int holders;
    if (count_holders_on(db, mun, end, &holders, e)) return INC_EIO;
    char y[12];
    snprintf(y, sizeof y, "%04d", year);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT COALESCE(SUM(CASE WHEN c.kind = 'nieuw' AND substr(c.certified_from,1,4) = ?1 THEN 1 ELSE 0 END),0),"
                   " COALESCE(SUM(CASE WHEN c.kind = 'hercertificering' AND substr(c.certified_from,1,4) = ?1 THEN 1 ELSE 0 END),0),"
                   " COALESCE(SUM(CASE WHEN substr(c.withdrawn_on,1,4) = ?1 THEN 1 ELSE 0 END),0),"
                   " COALESCE(SUM(CASE WHEN c.certified_from IS NOT NULL AND substr(c.valid_until,1,4) = ?1"
                   "  AND c.valid_until < ?3 AND c.withdrawn_on IS NULL"
                   "  AND NOT EXISTS (SELECT 1 FROM sebo_certificates n WHERE n.holder_id = c.holder_id AND n.id > c.id"
                   "  AND n.certified_from IS NOT NULL) THEN 1 ELSE 0 END),0),"
                   " COALESCE(SUM(CASE WHEN substr(c.audit_date,1,4) = ?1 THEN c.audit_cost_cents ELSE 0 END),0)"
                   " FROM sebo_certificates c JOIN sebo_holders h ON h.id = c.holder_id"
                   " JOIN municipalities m ON m.id = h.municipality_id WHERE (?2 IS NULL OR m.code = ?2)",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, y, -1, DB_COPY);
    db_bind_text_or_null(st, 2, mun);
    db_bind_text(st, 3, lim, -1, DB_COPY);
    int rc = db_step_rc(st);
    json_t *row = json_pack("{s:i, s:i}", "year", year, "holders", holders);
    if (rc == DB_ROW) {
        json_object_set_new(row, "new", json_integer(db_col_int(st, 0)));
        json_object_set_new(row, "recertified", json_integer(db_col_int(st, 1)));
        json_object_set_new(row, "withdrawn", json_integer(db_col_int(st, 2)));
        json_object_set_new(row, "expired_not_renewed", json_integer(db_col_int(st, 3)));
        json_object_set_new(row, "audit_cost", json_money(db_col_int64(st, 4)));
    }
    db_finalize(st);
    if (rc != DB_ROW) { json_decref(row); return db_fail(db, e); }
    /* Targets and published counts are kept for Zoetermeer's mark; shown for it and for "all". */
    const char *tm = mun ? mun : "zoetermeer";
    json_t *target = json_null();
    if (db_prepare(db, "SELECT holders_target, new_target, recert_target, source FROM sebo_targets"
                       " WHERE municipality_code = ? AND year = ?", &st, e) == INC_OK) {
        db_bind_text(st, 1, tm, -1, DB_COPY);
        db_bind_int(st, 2, year);
        if (db_step_rc(st) == DB_ROW) {
            target = json_object();
            for (int k = 0; k < 3; k++) {
                static const char *const names[] = {"holders", "new", "recertified"};
                json_object_set_new(target, names[k], db_col_is_null(st, k)
                                                          ? json_null() : json_integer(db_col_int(st, k)));
            }
            json_object_set_new(target, "source", json_string(db_col_text(st, 3)));
        }
        db_finalize(st);
    }
    json_object_set_new(row, "target", target);
    json_t *pub = json_array();
    if (db_prepare(db, "SELECT as_of, holders, source FROM sebo_published_counts WHERE municipality_code = ?"
                       " AND substr(as_of,1,4) = ? ORDER BY as_of", &st, e) == INC_OK) {
        db_bind_text(st, 1, tm, -1, DB_COPY);
        db_bind_text(st, 2, y, -1, DB_COPY);
        int rc = DB_DONE;
        while ((rc = db_step(db, st, e)) == DB_ROW)
            json_array_append_new(pub, json_pack("{s:s, s:i, s:s}", "as_of", db_col_text(st, 0), "holders",
                                                 db_col_int(st, 1), "source", db_col_text(st, 2)));
        db_finalize(st);
        if (rc == DB_ERR) { json_decref(pub); json_decref(row); return INC_EIO; }
    }
    json_object_set_new(row, "published", pub);
    *out = row;
    return INC_OK;
}

static json_t *flag_row(inc_stmt *st)
{
    return json_pack("{s:I, s:s, s:s, s:s, s:o, s:s, s:s, s:o, s:s}", "id", (json_int_t)db_col_int64(st, 0),
                     "date", db_col_text(st, 1), "municipality", db_col_text(st, 2), "department",
                     db_col_text(st, 3), "reference",
                     db_col_is_null(st, 4) ? json_null()
                                                               : json_string(db_col_text(st, 4)),
                     "subject", db_col_text(st, 5), "procedure", db_col_text(st, 6), "estimated_value",
                     json_money(db_col_int64(st, 7)), "reason", db_col_text(st, 8));
}

static inc_status procurement_part(inc_db *db, const char *mun, int year, json_t *rep, inc_error *e)
{
    char y[12];
    snprintf(y, sizeof y, "%04d", year);
    /* Per procurement: sebo invited (any holder), local holder invited, won by a holder, values. */
    static const char per_proc[] =
        "WITH p AS (SELECT p.*, m.code AS mcode,"
        "  CASE WHEN EXISTS(SELECT 1 FROM procurement_invitations i WHERE i.procurement_id = p.id AND i.is_holder = 1)"
        "   THEN 1 ELSE 0 END AS inv,"
        "  CASE WHEN EXISTS(SELECT 1 FROM procurement_invitations i WHERE i.procurement_id = p.id"
        "   AND i.class = 'lokaal-sebo') THEN 1 ELSE 0 END AS linv,"
        "  COALESCE((SELECT i.is_holder FROM procurement_invitations i WHERE i.procurement_id = p.id"
        "   AND i.organisation_id = p.winner_id), 0) AS won"
        "  FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"
        "  WHERE substr(p.procurement_date,1,4) = ?1 AND (?2 IS NULL OR m.code = ?2)) ";
    char sql[2048];
    /* Per department; the totals are summed in C. */
    snprintf(sql, sizeof sql,
             "%s SELECT department, COUNT(*), SUM(inv), SUM(linv), SUM(won), COALESCE(SUM(awarded_cents),0),"
             " COALESCE(SUM(awarded_cents * won),0), SUM(CASE WHEN rule_outcome = 'gevolgd' THEN 1 ELSE 0 END),"
             " SUM(CASE WHEN rule_outcome = 'afwijking-met-reden' THEN 1 ELSE 0 END),"
             " SUM(CASE WHEN rule_outcome = 'gemarkeerd' THEN 1 ELSE 0 END),"
             " SUM(CASE WHEN rule_outcome = 'niet-van-toepassing' THEN 1 ELSE 0 END), SUM(aim_applies), SUM(aim_met),"
             " SUM(CASE WHEN winner_id IS NOT NULL THEN 1 ELSE 0 END),"
             " SUM(CASE WHEN procedure = 'enkelvoudig-onderhands' THEN 1 ELSE 0 END)"
             " FROM p GROUP BY department ORDER BY department",
             per_proc);
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_text(st, 1, y, -1, DB_COPY);
    db_bind_text_or_null(st, 2, mun);
    int64_t tot[14] = {0};
    json_t *deps = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        int64_t v[14];
        for (int k = 0; k < 14; k++) {
            v[k] = db_col_int64(st, k + 1);
            tot[k] += v[k];
        }
        json_t *d = json_object();
        json_object_set_new(d, "department", json_string(db_col_text(st, 0)));
        json_object_set_new(d, "procurements", json_integer(v[0]));
        json_object_set_new(d, "sebo_invited", json_integer(v[1]));
        json_object_set_new(d, "sebo_invited_share", json_pct(share_bp(v[1], v[0])));
        json_object_set_new(d, "local_sebo_invited", json_integer(v[2]));
        json_object_set_new(d, "awarded", json_integer(v[12]));
        json_object_set_new(d, "sebo_won", json_integer(v[3]));
        json_object_set_new(d, "sebo_won_share", json_pct(share_bp(v[3], v[12])));
        json_object_set_new(d, "value_awarded", json_money(v[4]));
        json_object_set_new(d, "value_awarded_sebo", json_money(v[5]));
        json_object_set_new(d, "flagged", json_integer(v[8]));
        json_object_set_new(d, "deviations", json_integer(v[7]));
        json_array_append_new(deps, d);
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(deps); return INC_EIO; }
    json_object_set_new(rep, "procurements", json_integer(tot[0]));
    json_object_set_new(rep, "enkelvoudig", json_integer(tot[13]));
    json_object_set_new(rep, "meervoudig", json_integer(tot[0] - tot[13]));
    json_object_set_new(rep, "sebo_invited", json_integer(tot[1]));
    json_object_set_new(rep, "sebo_invited_share", json_pct(share_bp(tot[1], tot[0])));
    json_object_set_new(rep, "local_sebo_invited", json_integer(tot[2]));
    json_object_set_new(rep, "awarded", json_integer(tot[12]));
    json_object_set_new(rep, "sebo_won", json_integer(tot[3]));
    json_object_set_new(rep, "sebo_won_share", json_pct(share_bp(tot[3], tot[12])));
    json_object_set_new(rep, "value_awarded", json_money(tot[4]));
    json_object_set_new(rep, "value_awarded_sebo", json_money(tot[5]));
    json_object_set_new(rep, "rule", json_pack("{s:I, s:I, s:I, s:I}", "gevolgd", (json_int_t)tot[6],
                                               "afwijking-met-reden", (json_int_t)tot[7], "gemarkeerd",
                                               (json_int_t)tot[8], "niet-van-toepassing", (json_int_t)tot[9]));
    json_object_set_new(rep, "aim_150k", json_pack("{s:I, s:I, s:o}", "procurements", (json_int_t)tot[10], "sebo_may_quote",
                                                   (json_int_t)tot[11], "share", json_pct(share_bp(tot[11], tot[10]))));
    json_object_set_new(rep, "departments", deps);

    json_t *flagged = json_array(), *devs = json_array();
    if (db_prepare(db,
                   "SELECT p.id, p.procurement_date, m.code, p.department, p.reference, p.subject, p.procedure,"
                   " p.estimated_cents, CASE WHEN p.rule_outcome = 'gemarkeerd' THEN p.explanation"
                   " ELSE p.deviation_reason END, p.rule_outcome"
                   " FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"
                   " WHERE substr(p.procurement_date,1,4) = ?1 AND (?2 IS NULL OR m.code = ?2)"
                   " AND p.rule_outcome IN ('gemarkeerd','afwijking-met-reden') ORDER BY p.procurement_date, p.id",
                   &st, e)) {
        json_decref(flagged);
        json_decref(devs);
        return INC_EIO;
    }
    db_bind_text(st, 1, y, -1, DB_COPY);
    db_bind_text_or_null(st, 2, mun);
    int rows = DB_DONE;
    while ((rows = db_step(db, st, e)) == DB_ROW) {
        bool f = strcmp(db_col_text(st, 9), "gemarkeerd") == 0;
        json_array_append_new(f ? flagged : devs, flag_row(st));
    }
    db_finalize(st);
    if (rows == DB_ERR) { json_decref(flagged); json_decref(devs); return INC_EIO; }
    json_object_set_new(rep, "flagged", flagged);
    json_object_set_new(rep, "deviations", devs);
    return INC_OK;
}

inc_status sebo_report_json(inc_db *db, const char *municipality, int year, inc_date today, json_t **out,
                            inc_error *e)
{
    int64_t mid;
    if (municipality && sebo_municipality_id(db, municipality, &mid, e)) return INC_EINVAL;
    if (year < 1900 || year > 2999) return inc_fail(e, INC_EINVAL, "year", "ongeldig jaar %d", year);
    char d[11];
    date_format_iso(today, d);
    json_t *rep = json_pack("{s:i, s:o, s:s}", "year", year, "municipality",
                            municipality ? json_string(municipality) : json_null(), "date", d);
    /* Holders per year, from the first certification year (at most 30 years back) to `year`. */
    inc_stmt *st;
    int first = year;
    if (db_prepare(db, "SELECT MIN(CAST(substr(certified_from,1,4) AS INTEGER)) FROM sebo_certificates", &st, e)) {
        json_decref(rep);
        return INC_EIO;
    }
    if (db_step_rc(st) == DB_ROW && !db_col_is_null(st, 0)) first = db_col_int(st, 0);
    db_finalize(st);
    if (first > year) first = year;
    if (first < year - 30) first = year - 30;
    json_t *per_year = json_array(), *this_year = NULL;
    for (int y = first; y <= year; y++) {
        json_t *row = NULL;
        if (year_row(db, municipality, y, today, &row, e)) {
            json_decref(per_year);
            json_decref(rep);
            return INC_EIO;
        }
        if (y == year) this_year = json_incref(row);
        json_array_append_new(per_year, row);
    }
    json_object_set_new(rep, "holders", json_incref(json_object_get(this_year, "holders")));
    json_object_set_new(rep, "holders_year", this_year);
    json_object_set_new(rep, "holders_per_year", per_year);
    if (procurement_part(db, municipality, year, rep, e)) {
        json_decref(rep);
        return INC_EIO;
    }
    *out = rep;
    return INC_OK;
}
