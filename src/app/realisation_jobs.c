/* Residents and durable work (app/realisation_jobs.h). */
#include "app/realisation_jobs.h"
#include "app/audit_json.h"
#include "app/local_area.h"
#include "store/local_area.h"
#include "app/suppress_json.h"
#include "core/banen_stats.h"   /* banen_share_bp: one rounding of a share */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static inc_status rollback(inc_db *db, inc_error *e)
{
    db_rollback(db);
    return e && e->status ? e->status : INC_EIO;
}

inc_status app_realisation_job_facts(inc_db *db, int64_t realisation_id, realisation_job_facts *f, inc_error *e)
{
    bool found;
    if (realisation_job_facts_get(db, realisation_id, f, &found, e)) return INC_EIO;
    if (!found) return inc_fail(e, INC_ENOTFOUND, "realisation", "realisatie %lld bestaat niet", (long long)realisation_id);
    return INC_OK;
}

static bool blank(const char *s) { return !s || !*s; }

inc_status app_realisation_job_record(inc_db *db, int64_t realisation_id, const char *residence_municipality,
                                      const char *residence_pc4, const char *contract_type, const char *benefit_left,
                                      inc_error *e)
{
    realisation_job j;
    memset(&j, 0, sizeof j);
    if (blank(residence_municipality) == blank(residence_pc4))
        return inc_fail(e, INC_EINVAL, "residence_municipality",
                        "geef de woongemeente of alleen het postcodegebied (4 cijfers), niet allebei en niet geen van beide");
    if (!blank(residence_municipality)) {
        if (strlen(residence_municipality) > 60)
            return inc_fail(e, INC_EINVAL, "residence_municipality", "woongemeente is langer dan 60 tekens");
        snprintf(j.residence_municipality, sizeof j.residence_municipality, "%s", residence_municipality);
    } else {
        if (job_pc4_check(residence_pc4, "residence_pc4", e)) return INC_EINVAL;
        snprintf(j.residence_pc4, sizeof j.residence_pc4, "%s", residence_pc4);
    }
    if (job_contract_parse(contract_type, &j.contract, "contract_type", e)) return INC_EINVAL;
    if (!blank(benefit_left) && !job_benefit_valid(benefit_left))
        return inc_fail(e, INC_EINVAL, "benefit_left",
                        "onbekende uitkering '%s' (participatiewet, ww, wajong, wia, ioaw, ioaz, anw of anders)",
                        benefit_left);
    if (db_begin(db, e)) return INC_EIO;
    realisation_job_facts f;
    if (app_realisation_job_facts(db, realisation_id, &f, e)) return rollback(db, e);
    if (!f.per_year) {
        inc_fail(e, INC_EINVAL, "realisation", "realisatie %lld is geen baan (alleen bij een bouwblok per jaar)",
                 (long long)realisation_id);
        return rollback(db, e);
    }
    if (strcmp(f.status, "afgewezen") == 0) {
        inc_fail(e, INC_ECONFLICT, "realisation", "realisatie %lld is afgewezen", (long long)realisation_id);
        return rollback(db, e);
    }
    /* the benefit left: what the block implies, the recorder's choice under mu-banenafspraak, else none */
    bool choice;
    const char *implied = job_benefit_implied(f.block, &choice);
    if (implied && !blank(benefit_left) && strcmp(benefit_left, implied) != 0) {
        inc_fail(e, INC_EINVAL, "benefit_left", "bouwblok %s hoort bij uitkering %s, niet %s", f.block, implied, benefit_left);
        return rollback(db, e);
    }
    if (!implied && !choice && !blank(benefit_left)) {
        inc_fail(e, INC_EINVAL, "benefit_left", "bij bouwblok %s hoort geen verlaten uitkering", f.block);
        return rollback(db, e);
    }
    snprintf(j.benefit_left, sizeof j.benefit_left, "%s", implied ? implied : blank(benefit_left) ? "" : benefit_left);
    pc4_range ranges[LOCAL_MAX_RANGES];
    size_t n = 0;
    if (municipality_pc4_ranges(db, f.municipality, false, ranges, LOCAL_MAX_RANGES, &n, e)) return rollback(db, e);
    j.resident = job_resident(j.residence_municipality, j.residence_pc4, f.municipality, f.municipality_name, ranges, n);
    if (realisation_job_put(db, realisation_id, &j, e)) return rollback(db, e);
    /* where the person lives stays out of the audit log: the decision it led to goes in */
    json_t *d = json_pack("{s:s, s:o, s:s?}", "contract_type", job_contract_code(j.contract), "resident",
                          j.resident < 0 ? json_null() : json_boolean(j.resident), "benefit_left",
                          j.benefit_left[0] ? j.benefit_left : NULL);
    if (app_audit_json(db, "update", "realisation_job", realisation_id, d, e)) return rollback(db, e);
    return db_commit(db, e);
}

inc_status app_realisation_job_working(inc_db *db, int64_t realisation_id, int months, bool working, inc_error *e)
{
    if (months != 6 && months != 12) return inc_fail(e, INC_EINVAL, "months", "na 6 of na 12 maanden, niet %d", months);
    if (db_begin(db, e)) return INC_EIO;
    realisation_job_facts f;
    if (app_realisation_job_facts(db, realisation_id, &f, e)) return rollback(db, e);
    inc_date day = job_durability_day(f.end, months);
    if (day > date_today()) {
        char d[11];
        date_format_nl(day, d);
        inc_fail(e, INC_EINVAL, "months", "nog niet te zeggen: %d maanden na het einde is %s", months, d);
        return rollback(db, e);
    }
    bool found;
    if (realisation_job_set_working(db, realisation_id, months, working, &found, e)) return rollback(db, e);
    if (!found) {
        inc_fail(e, INC_ECONFLICT, "realisation", "leg eerst de baan van realisatie %lld vast", (long long)realisation_id);
        return rollback(db, e);
    }
    json_t *d = json_pack("{s:i, s:b}", "months", months, "working", working);
    if (app_audit_json(db, "durability", "realisation_job", realisation_id, d, e)) return rollback(db, e);
    return db_commit(db, e);
}

/* ---- the report ---- */

static json_t *tally_json(const job_tally *t, bool aggregate_only)
{
    job_tally_marks m = job_tally_suppress(t, aggregate_only);
    json_t *o = json_object();
    sup_json_count(o, "jobs", t->jobs, m.jobs);
    sup_json_part(o, "residence_known", t->residence_known, "residents", t->residents, "share_residents_pct",
                  banen_share_bp(t->residents, t->residence_known),
                  m.residents);
    json_object_set_new(o, "due_6_months", json_integer((json_int_t)t->due6));
    sup_json_part(o, "known_6_months", t->known6, "working_6_months", t->durable6, "share_working_6_months_pct",
                  banen_share_bp(t->durable6, t->known6), m.durable6);
    json_object_set_new(o, "due_12_months", json_integer((json_int_t)t->due12));
    sup_json_part(o, "known_12_months", t->known12, "working_12_months", t->durable12, "share_working_12_months_pct",
                  banen_share_bp(t->durable12, t->known12), m.durable12);
    json_t *ct = json_object();
    for (int i = 0; i < JC__COUNT; i++) sup_json_count(ct, job_contract_code((job_contract)i), t->by_contract[i], m.by_contract[i]);
    json_object_set_new(o, "contract_types", ct);
    return o;
}

/* A group of the report: its key fields, then its figures. */
typedef struct {
    json_t *key;
    job_tally t;
} group;

static group *group_of(group **list, size_t *n, size_t *cap, json_t *key)
{
    for (size_t i = 0; i < *n; i++)
        if (json_equal((*list)[i].key, key)) {
            json_decref(key);
            return &(*list)[i];
        }
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        group *p = realloc(*list, c * sizeof *p);
        if (!p) {
            json_decref(key);
            return NULL;
        }
        *list = p;
        *cap = c;
    }
    group *g = &(*list)[(*n)++];
    memset(g, 0, sizeof *g);
    g->key = key;
    return g;
}

static json_t *groups_json(group *list, size_t n, bool aggregate_only)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = tally_json(&list[i].t, aggregate_only);
        json_object_update(o, list[i].key);
        json_decref(list[i].key);
        json_array_append_new(a, o);
    }
    free(list);
    return a;
}

json_t *app_jobs_report_json(inc_db *db, const job_filter *f, inc_date today, bool aggregate_only, inc_error *e)
{
    job_rows rows;
    if (job_rows_select(db, f, &rows, e)) return NULL;
    job_tally total = {0};
    group *years = NULL, *contractors = NULL, *contracts = NULL;
    size_t ny = 0, cy = 0, nk = 0, ck = 0, nc = 0, cc = 0;
    bool oom = false;
    for (size_t i = 0; i < rows.n && !oom; i++) {
        const job_row *r = &rows.items[i];
        job_tally_add_row(&total, r, today);
        group *gy = group_of(&years, &ny, &cy, json_pack("{s:i}", "year", r->year));
        group *gk = group_of(&contractors, &nk, &ck, json_pack("{s:s, s:s}", "contractor_kvk", r->contractor_kvk,
                                                               "contractor_name", r->contractor_name));
        group *gc = group_of(&contracts, &nc, &cc, json_pack("{s:I, s:s, s:s}", "contract_id", (json_int_t)r->contract_id,
                                                             "reference", r->reference, "municipality", r->municipality));
        oom = !gy || !gk || !gc;
        if (!oom) {
            job_tally_add_row(&gy->t, r, today);
            job_tally_add_row(&gk->t, r, today);
            job_tally_add_row(&gc->t, r, today);
        }
    }
    arena_free(&rows.arena);
    char d[11];
    date_format_iso(today, d);
    json_t *out = json_pack("{s:s, s:o, s:o, s:o, s:o}", "date", d, "total", tally_json(&total, aggregate_only),
                            "by_year", groups_json(years, ny, aggregate_only), "by_contractor",
                            groups_json(contractors, nk, aggregate_only), "by_contract",
                            groups_json(contracts, nc, aggregate_only));
    if (oom) {
        json_decref(out);
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return NULL;
    }
    return out;
}
