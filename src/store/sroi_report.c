/* SROI progress report per municipality and award year. */
#include "store/register.h"
#include "core/json_fixed.h"
#include <stdio.h>
#include <string.h>

typedef struct {
    char municipality[48];
    int year;
    int contracts, with_obligation;
    int64_t obligation, sebo_covered, due, verified, reported, expected;
    int status_count[PS__COUNT];
} report_row;

static bool in_list(const char *const *codes, const char *code)
{
    if (!codes) return true;
    for (; *codes; codes++)
        if (strcmp(*codes, code) == 0) return true;
    return false;
}

static json_t *row_json(const report_row *x)
{
    json_t *statuses = json_object();
    for (int s = 0; s < PS__COUNT; s++) json_object_set_new(statuses, progress_status_code(s), json_integer(x->status_count[s]));
    int32_t pct = x->due > 0 ? (int32_t)((x->verified * 10000 + x->due / 2) / x->due) : 10000;
    return json_pack("{s:s, s:o, s:i, s:i, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}", "municipality", x->municipality,
                     "year", x->year ? json_integer(x->year) : json_null(), "contracts", x->contracts,
                     "with_obligation", x->with_obligation, "obligation", json_money(x->obligation), "sebo_covered",
                     json_money(x->sebo_covered), "due", json_money(x->due), "verified", json_money(x->verified),
                     "reported", json_money(x->reported), "expected", json_money(x->expected), "verified_pct",
                     json_pct(pct), "statuses", statuses);
}

inc_status sroi_report_json(inc_db *db, const char *const *municipalities, int year, inc_date today, json_t **out,
                            inc_error *e)
{
    /* One pass over the contracts (running totals are kept on the contract rows), grouped in SQL
     * order by municipality and award year; statuses need `today`, so they are derived here. */
    static const char sql[] =
        "SELECT m.code, CAST(substr(c.award_date, 1, 4) AS INTEGER), c.applies, c.met_by_sebo, c.exempted,"
        " c.obligation_cents, c.sebo_covered_cents, c.verified_cents, c.reported_cents, c.start_date, c.end_date"
        " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
        " WHERE (?1 = 0 OR c.award_date >= printf('%04d-01-01', ?1) AND c.award_date < printf('%04d-01-01', ?1 + 1))"
        " ORDER BY m.code, c.award_date";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int(st, 1, year);
    json_t *rows = json_array();
    report_row r, total;
    memset(&r, 0, sizeof r);
    memset(&total, 0, sizeof total);
    snprintf(total.municipality, sizeof total.municipality, "totaal");
    bool have = false;

    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *code = db_col_text(st, 0);
        if (!in_list(municipalities, code)) continue;
        int y = db_col_int(st, 1);
        if (have && (strcmp(r.municipality, code) != 0 || r.year != y)) {
            json_array_append_new(rows, row_json(&r));
            memset(&r, 0, sizeof r);
        }
        have = true;
        snprintf(r.municipality, sizeof r.municipality, "%s", code);
        r.year = y;
        inc_date start, end;
        date_parse(db_col_text(st, 9), &start, "", NULL);
        date_parse(db_col_text(st, 10), &end, "", NULL);
        inc_progress_input pi = {db_col_int(st, 2), db_col_int(st, 3), db_col_int(st, 4),
                                 db_col_int64(st, 5), db_col_int64(st, 6), db_col_int64(st, 7),
                                 db_col_int64(st, 8), start, end, today};
        inc_progress p;
        progress_compute(&pi, &p);
        report_row *targets[2] = {&r, &total};
        for (int k = 0; k < 2; k++) {
            report_row *t = targets[k];
            t->contracts++;
            t->with_obligation += pi.applies;
            t->obligation += pi.obligation_cents;
            t->sebo_covered += pi.sebo_covered_cents;
            t->due += p.due_cents;
            t->verified += pi.verified_cents;
            t->reported += pi.reported_cents;
            t->expected += p.expected_cents;
            t->status_count[p.status]++;
        }
    }
    db_reset(st);
    if (rc == DB_ERR) {
        json_decref(rows);
        return INC_EIO;
    }
    if (have) json_array_append_new(rows, row_json(&r));
    char d[11];
    date_format_iso(today, d);
    *out = json_pack("{s:s, s:o, s:o, s:o}", "date", d, "year", year ? json_integer(year) : json_null(), "rows", rows,
                     "total", row_json(&total));
    return INC_OK;
}
