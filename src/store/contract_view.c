#include "store/contract_view.h"
#include "core/json_fixed.h"
#include <stdlib.h>
#include <string.h>

/* A yearly report's deadline: one month after the anniversary it covers. */
#define YEARLY_REPORT_GRACE_MONTHS 1

static inc_date col_date(sqlite3_stmt *st, int c)
{
    inc_date d = INC_DATE_NONE;
    const char *t = (const char *)sqlite3_column_text(st, c);
    if (t) date_parse(t, &d, "", NULL);
    return d;
}

static json_t *col_str(sqlite3_stmt *st, int c)
{
    const char *t = (const char *)sqlite3_column_text(st, c);
    return t ? json_string(t) : json_null();
}

static json_t *date_json(inc_date d)
{
    if (d == INC_DATE_NONE) return json_null();
    char b[11];
    date_format_iso(d, b);
    return json_string(b);
}

static bool year_submitted(const char *list, int year_no)
{
    for (const char *p = list; p && *p;) {
        if (atoi(p) == year_no) return true;
        p = strchr(p, ',');
        if (p) p++;
    }
    return false;
}

json_t *contract_view_json(sqlite3_stmt *st, inc_date today, contract_flags *flags)
{
    memset(flags, 0, sizeof *flags);
    inc_date award = col_date(st, 9), start = col_date(st, 10), end = col_date(st, 11);
    bool applies = sqlite3_column_int(st, 23), met_by_sebo = sqlite3_column_int(st, 27);
    bool exempted = sqlite3_column_int(st, 18);
    int64_t obligation = sqlite3_column_int64(st, 26), sebo_cov = sqlite3_column_int64(st, 28);
    int64_t verified = sqlite3_column_int64(st, 30), reported = sqlite3_column_int64(st, 31);

    inc_progress_input pi = {applies, met_by_sebo, exempted, obligation, sebo_cov, verified, reported, start, end, today};
    progress_compute(&pi, &flags->progress);
    const inc_progress *p = &flags->progress;

    json_t *j = json_object();
    json_object_set_new(j, "id", json_integer(sqlite3_column_int64(st, 0)));
    json_object_set_new(j, "municipality", col_str(st, 1));
    json_object_set_new(j, "municipality_name", col_str(st, 34));
    json_object_set_new(j, "department", col_str(st, 2));
    json_object_set_new(j, "reference", col_str(st, 3));
    json_object_set_new(j, "title", col_str(st, 4));
    json_object_set_new(j, "category", col_str(st, 5));
    json_object_set_new(j, "procedure", col_str(st, 6));
    json_object_set_new(j, "value", json_money(sqlite3_column_int64(st, 7)));
    json_object_set_new(j, "labour_share_pct", json_pct(sqlite3_column_int(st, 8)));
    json_object_set_new(j, "award_date", date_json(award));
    json_object_set_new(j, "start_date", date_json(start));
    json_object_set_new(j, "end_date", date_json(end));
    json_object_set_new(j, "contractor", json_pack("{s:I, s:o, s:o}", "id", (json_int_t)sqlite3_column_int64(st, 12),
                                                   "kvk", col_str(st, 13), "name", col_str(st, 14)));
    json_object_set_new(j, "cpv", col_str(st, 15));
    json_object_set_new(j, "sebo_holder", json_boolean(sqlite3_column_int(st, 16)));
    json_object_set_new(j, "extra_pct", json_pct(sqlite3_column_int(st, 17)));
    json_object_set_new(j, "exemption",
                        exempted ? json_pack("{s:o, s:o, s:o, s:o}", "pct", json_pct(sqlite3_column_int(st, 19)), "by",
                                             col_str(st, 20), "date", col_str(st, 21), "reason", col_str(st, 22))
                                 : json_null());
    json_object_set_new(j, "obligation",
                        json_pack("{s:b, s:o, s:o, s:o, s:o, s:b, s:o, s:o}", "applies", applies, "base_percentage",
                                  json_pct(sqlite3_column_int(st, 24)), "extra_percentage",
                                  json_pct(sqlite3_column_int(st, 17)), "percentage",
                                  json_pct(sqlite3_column_int(st, 25)), "amount", json_money(obligation),
                                  "met_by_sebo", met_by_sebo, "sebo_covered", json_money(sebo_cov), "reason",
                                  col_str(st, 29)));
    json_object_set_new(j, "progress",
                        json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o}", "status",
                                  progress_status_code(p->status), "status_label", progress_status_label(p->status),
                                  "due", json_money(p->due_cents), "verified", json_money(verified), "reported",
                                  json_money(reported), "expected", json_money(p->expected_cents), "verified_pct",
                                  json_pct(p->verified_pct_bp), "reported_pct", json_pct(p->reported_pct_bp)));

    /* Contact within five working days of award. */
    inc_date contact = col_date(st, 32), deadline = contact_deadline(award);
    flags->contact_overdue = applies && contact == INC_DATE_NONE && today > deadline;
    json_object_set_new(j, "contact", json_pack("{s:o, s:o, s:b}", "deadline", date_json(deadline), "date",
                                                 date_json(contact), "overdue", flags->contact_overdue));

    /* Yearly reports for multi-year contracts. */
    inc_date due[64];
    int n = applies ? yearly_report_due_dates(start, end, due, 64) : 0;
    const char *submitted = (const char *)sqlite3_column_text(st, 33);
    json_t *reports = json_array();
    for (int k = 0; k < n; k++) {
        inc_date dl = date_add_months(due[k], YEARLY_REPORT_GRACE_MONTHS);
        bool done = year_submitted(submitted, k + 1);
        bool overdue = !done && today > dl;
        if (overdue) flags->yearly_overdue++;
        json_array_append_new(reports, json_pack("{s:i, s:o, s:o, s:b, s:b}", "year_no", k + 1, "period_end",
                                                 date_json(due[k]), "deadline", date_json(dl), "submitted", done,
                                                 "overdue", overdue));
    }
    json_object_set_new(j, "yearly_reports", reports);
    return j;
}
