#include "app/sebo_report.h"
#include "core/json_fixed.h"
#include "store/sebo_report.h"
#include "store/sebo_store.h"
#include <string.h>

inc_status app_sebo_report(inc_db *db, const char *municipality, int year, inc_date today, sebo_report *out,
                           inc_error *e)
{
    db = db_reader(db);   /* a report: the standby when --db-read names one */
    memset(out, 0, sizeof *out);
    int64_t mid;
    if (municipality && sebo_municipality_id(db, municipality, &mid, e)) return INC_EINVAL;
    if (year < 1900 || year > 2999) return inc_fail(e, INC_EINVAL, "year", "ongeldig jaar %d", year);
    out->year = year;
    out->municipality = arena_strdup(&out->arena, municipality);
    out->date = today;
    /* Holders per year, from the first certification year (at most 30 years back) to `year`. */
    int first;
    if (sebo_first_certified_year(db, &first, e)) goto fail;
    if (!first || first > year) first = year;
    if (first < year - 30) first = year - 30;
    /* Targets and published counts are kept for Zoetermeer's mark; shown for it and for "all". */
    const char *target_mun = municipality ? municipality : "zoetermeer";
    out->n_years = (size_t)(year - first + 1);
    out->years = arena_alloc(&out->arena, out->n_years * sizeof *out->years);
    for (int y = first; y <= year; y++) {
        inc_date end = date_from_ymd(y, 12, 31);
        if (end > today) end = today;
        /* "Expired" means valid_until before the day after the year's end (or before today). */
        inc_date expired_before = end == today ? today : end + 1;
        if (sebo_report_year_read(db, municipality, y, end, expired_before, target_mun, &out->arena,
                                  &out->years[y - first], e))
            goto fail;
    }
    if (sebo_report_procurements_read(db, municipality, year, out, e)) goto fail;
    return INC_OK;
fail:
    arena_free(&out->arena);
    return INC_EIO;
}

static json_t *year_json(const sebo_report_year *y)
{
    json_t *row = json_pack("{s:i, s:i, s:i, s:i, s:i, s:i, s:o}", "year", y->year, "holders", y->holders, "new",
                            y->new_certified, "recertified", y->recertified, "withdrawn", y->withdrawn,
                            "expired_not_renewed", y->expired_not_renewed, "audit_cost", json_money(y->audit_cost_cents));
    json_t *target = json_null();
    if (y->has_target) {
        static const char *const names[] = {"holders", "new", "recertified"};
        target = json_object();
        for (int k = 0; k < 3; k++)
            json_object_set_new(target, names[k], y->target_set[k] ? json_integer(y->target[k]) : json_null());
        json_object_set_new(target, "source", json_string(y->target_source));
    }
    json_object_set_new(row, "target", target);
    json_t *pub = json_array();
    for (size_t i = 0; i < y->n_published; i++)
        json_array_append_new(pub, json_pack("{s:s, s:i, s:s}", "as_of", y->published[i].as_of, "holders",
                                             y->published[i].holders, "source", y->published[i].source));
    json_object_set_new(row, "published", pub);
    return row;
}

static json_t *case_json(const sebo_report_case *c)
{
    return json_pack("{s:I, s:s, s:s, s:s, s:o, s:s, s:s, s:o, s:s}", "id", (json_int_t)c->id, "date", c->date,
                     "municipality", c->municipality, "department", c->department, "reference",
                     c->reference ? json_string(c->reference) : json_null(), "subject", c->subject, "procedure",
                     c->procedure, "estimated_value", json_money(c->estimated_cents), "reason", c->reason);
}

static json_t *cases_json(const sebo_report_case *c, size_t n)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++) json_array_append_new(arr, case_json(&c[i]));
    return arr;
}

json_t *sebo_report_json(const sebo_report *r)
{
    char d[11];
    date_format_iso(r->date, d);
    json_t *rep = json_pack("{s:i, s:o, s:s}", "year", r->year, "municipality",
                            r->municipality ? json_string(r->municipality) : json_null(), "date", d);
    const sebo_report_year *this_year = &r->years[r->n_years - 1];
    json_t *per_year = json_array();
    for (size_t i = 0; i < r->n_years; i++) json_array_append_new(per_year, year_json(&r->years[i]));
    json_object_set_new(rep, "holders", json_integer(this_year->holders));
    json_object_set_new(rep, "holders_year", year_json(this_year));
    json_object_set_new(rep, "holders_per_year", per_year);
    json_t *deps = json_array();
    for (size_t i = 0; i < r->n_departments; i++) {
        const int64_t *v = r->departments[i].n;
        json_t *x = json_object();
        json_object_set_new(x, "department", json_string(r->departments[i].department));
        json_object_set_new(x, "procurements", json_integer(v[SRP_PROCUREMENTS]));
        json_object_set_new(x, "sebo_invited", json_integer(v[SRP_SEBO_INVITED]));
        json_object_set_new(x, "sebo_invited_share", json_pct(sebo_share_bp(v[SRP_SEBO_INVITED], v[SRP_PROCUREMENTS])));
        json_object_set_new(x, "local_sebo_invited", json_integer(v[SRP_LOCAL_SEBO_INVITED]));
        json_object_set_new(x, "awarded", json_integer(v[SRP_AWARDED]));
        json_object_set_new(x, "sebo_won", json_integer(v[SRP_SEBO_WON]));
        json_object_set_new(x, "sebo_won_share", json_pct(sebo_share_bp(v[SRP_SEBO_WON], v[SRP_AWARDED])));
        json_object_set_new(x, "value_awarded", json_money(v[SRP_VALUE_AWARDED]));
        json_object_set_new(x, "value_awarded_sebo", json_money(v[SRP_VALUE_AWARDED_SEBO]));
        json_object_set_new(x, "flagged", json_integer(v[SRP_FLAGGED]));
        json_object_set_new(x, "deviations", json_integer(v[SRP_DEVIATIONS]));
        json_array_append_new(deps, x);
    }
    const int64_t *t = r->total;
    json_object_set_new(rep, "procurements", json_integer(t[SRP_PROCUREMENTS]));
    json_object_set_new(rep, "enkelvoudig", json_integer(t[SRP_ENKELVOUDIG]));
    json_object_set_new(rep, "meervoudig", json_integer(t[SRP_PROCUREMENTS] - t[SRP_ENKELVOUDIG]));
    json_object_set_new(rep, "sebo_invited", json_integer(t[SRP_SEBO_INVITED]));
    json_object_set_new(rep, "sebo_invited_share", json_pct(sebo_share_bp(t[SRP_SEBO_INVITED], t[SRP_PROCUREMENTS])));
    json_object_set_new(rep, "local_sebo_invited", json_integer(t[SRP_LOCAL_SEBO_INVITED]));
    json_object_set_new(rep, "awarded", json_integer(t[SRP_AWARDED]));
    json_object_set_new(rep, "sebo_won", json_integer(t[SRP_SEBO_WON]));
    json_object_set_new(rep, "sebo_won_share", json_pct(sebo_share_bp(t[SRP_SEBO_WON], t[SRP_AWARDED])));
    json_object_set_new(rep, "value_awarded", json_money(t[SRP_VALUE_AWARDED]));
    json_object_set_new(rep, "value_awarded_sebo", json_money(t[SRP_VALUE_AWARDED_SEBO]));
    json_object_set_new(rep, "rule", json_pack("{s:I, s:I, s:I, s:I}", "gevolgd", (json_int_t)t[SRP_FOLLOWED],
                                               "afwijking-met-reden", (json_int_t)t[SRP_DEVIATIONS], "gemarkeerd",
                                               (json_int_t)t[SRP_FLAGGED], "niet-van-toepassing",
                                               (json_int_t)t[SRP_NOT_APPLICABLE]));
    json_object_set_new(rep, "aim_150k", json_pack("{s:I, s:I, s:o}", "procurements", (json_int_t)t[SRP_AIM_APPLIES],
                                                   "sebo_may_quote", (json_int_t)t[SRP_AIM_MET], "share",
                                                   json_pct(sebo_share_bp(t[SRP_AIM_MET], t[SRP_AIM_APPLIES]))));
    json_object_set_new(rep, "departments", deps);
    json_object_set_new(rep, "flagged", cases_json(r->flagged, r->n_flagged));
    json_object_set_new(rep, "deviations", cases_json(r->deviations, r->n_deviations));
    return rep;
}
