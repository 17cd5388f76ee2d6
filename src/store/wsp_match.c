/* Matching against the store: loads the vacancy and the candidates of its labour-market region (or
 * the candidate and the open vacancies of its region), lets core decide, and explains the result. */
#include "core/json_fixed.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status wsp_match_config(inc_db *db, match_config *cfg, inc_error *e)
{
    match_config_default(cfg);
    inc_stmt *st;
    if (db_prepare(db, "SELECT key, value FROM settings WHERE key LIKE 'match.%'", &st, e)) return INC_EIO;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *k = db_col_text(st, 0);
        int v = atoi(db_col_text(st, 1));
        if (strcmp(k, "match.min_score") == 0) cfg->min_score = v * 100;
        for (int c = 0; c < CRIT__COUNT; c++) {
            char key[64];
            snprintf(key, sizeof key, "match.weight.%s", criterion_code((match_criterion)c));
            if (strcmp(k, key) == 0) cfg->weight[c] = v;
        }
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return match_config_check(cfg, e);
}

typedef struct {
    char *names[MATCH_SKILL_ID_MAX];
} skill_names;

static void names_free(skill_names *sn)
{
    if (!sn) return;
    for (int i = 0; i < MATCH_SKILL_ID_MAX; i++) free(sn->names[i]);
    free(sn);
}

/* NULL (e filled) when the names cannot be read. */
static skill_names *names_load(inc_db *db, inc_error *e)
{
    skill_names *sn = calloc(1, sizeof *sn);
    inc_stmt *st;
    if (!sn) { inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); return NULL; }
    if (db_prepare(db, "SELECT id, name FROM skills", &st, e)) { free(sn); return NULL; }
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        int id = db_col_int(st, 0);
        if (id > 0 && id < MATCH_SKILL_ID_MAX) sn->names[id] = strdup(db_col_text(st, 1));
    }
    db_finalize(st);
    if (rc == DB_ERR) { names_free(sn); return NULL; }
    return sn;
}

static const char *name_of(void *ctx, uint16_t id)
{
    skill_names *sn = ctx;
    return sn && id < MATCH_SKILL_ID_MAX ? sn->names[id] : NULL;
}

static json_t *reasons_json(const match_reason *r)
{
    json_t *arr = json_array();
    for (int i = 0; i < CRIT__COUNT; i++)
        json_array_append_new(arr, json_pack("{s:s, s:o, s:o, s:s}", "criterion", criterion_code(r[i].criterion),
                                             "points", json_fixed(r[i].points, 2), "max", json_fixed(r[i].max, 2),
                                             "text", r[i].text));
    return arr;
}

static json_t *exclusions_json(const match_shortlist *s)
{
    json_t *o = json_object();
    for (int h = HARD_CLOSED; h < HARD__COUNT; h++)
        json_object_set_new(o, hard_code((match_hard)h), json_integer(s->excluded[h]));
    json_object_set_new(o, "score_te_laag", json_integer(s->below_min));
    return o;
}

static bool region_of(inc_db *db, int64_t municipality_id, char *region, size_t size)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT region FROM municipalities WHERE id = ?", &st, NULL)) return false;
    db_bind_int64(st, 1, municipality_id);
    bool ok = db_step_rc(st) == DB_ROW;
    if (ok) db_column_text(st, 0, region, size);
    db_finalize(st);
    return ok;
}

static json_t *proposal_of(inc_db *db, int64_t vacancy, int64_t candidate)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, outcome FROM proposals WHERE vacancy_id = ? AND candidate_id = ?", &st, NULL))
        return json_null();
    db_bind_int64(st, 1, vacancy);
    db_bind_int64(st, 2, candidate);
    json_t *j = json_null();
    if (db_step_rc(st) == DB_ROW)
        j = json_pack("{s:I, s:s}", "id", (json_int_t)db_col_int64(st, 0), "outcome",
                      db_col_text(st, 1));
    db_finalize(st);
    return j;
}

inc_status wsp_shortlist_json(inc_db *db, int64_t vacancy_id, json_t **out, inc_error *e)
{
    return wsp_shortlist_scoped_json(db, vacancy_id, NULL, 0, out, e);
}

inc_status wsp_shortlist_scoped_json(inc_db *db, int64_t vacancy_id, const int64_t *municipality_ids, int n_ids,
                                     json_t **out, inc_error *e)
{
    match_config cfg;
    match_vacancy v;
    if (wsp_match_config(db, &cfg, e) || wsp_store_vacancy_load(db, vacancy_id, &v, e)) return e->status;
    char region[32] = "";
    region_of(db, v.municipality, region, sizeof region);
    match_candidate *cs;
    size_t n;
    if (wsp_store_candidates_load_region(db, region, &cs, &n, e)) return INC_EIO;
    if (municipality_ids) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            bool keep = false;
            for (int m = 0; m < n_ids; m++) keep |= cs[i].municipality == municipality_ids[m];
            if (keep) cs[k++] = cs[i];
        }
        n = k;
    }
    match_shortlist s;
    match_for_vacancy(&cfg, &v, cs, n, &s);
    skill_names *sn = names_load(db, e);
    if (!sn) { free(cs); return INC_EIO; }
    json_t *items = json_array();
    for (int i = 0; i < s.n; i++) {
        const match_candidate *c = &cs[s.hits[i].index];
        match_result r;
        match_reason why[CRIT__COUNT];
        match_explain(&cfg, &v, c, name_of, sn, &r, why);
        json_array_append_new(items, json_pack("{s:i, s:I, s:o, s:o, s:o}", "rank", i + 1, "candidate",
                                               (json_int_t)c->id, "score", json_fixed(s.hits[i].score, 2), "proposal",
                                               proposal_of(db, vacancy_id, c->id), "reasons", reasons_json(why)));
    }
    names_free(sn);
    free(cs);
    char why[600];
    match_shortfall_text(&cfg, &s, why, sizeof why);
    *out = json_pack("{s:I, s:s, s:i, s:i, s:I, s:I, s:o, s:o, s:o, s:o}", "vacancy", (json_int_t)vacancy_id, "region",
                     region, "wanted", s.wanted, "count", s.n, "considered", (json_int_t)s.considered, "suitable",
                     (json_int_t)s.suitable, "min_score", json_fixed(cfg.min_score, 2), "shortfall",
                     why[0] ? json_string(why) : json_null(), "excluded", exclusions_json(&s), "items", items);
    return INC_OK;
}

inc_status wsp_best_vacancies_json(inc_db *db, int64_t candidate_id, int limit, json_t **out, inc_error *e)
{
    return wsp_best_vacancies_scoped_json(db, candidate_id, limit, NULL, 0, out, e);
}

inc_status wsp_best_vacancies_scoped_json(inc_db *db, int64_t candidate_id, int limit, const int64_t *municipality_ids,
                                          int n_ids, json_t **out, inc_error *e)
{
    if (limit < 1 || limit > MATCH_MAX_WANTED)
        return inc_fail(e, INC_EINVAL, "limit", "aantal vacatures moet 1 tot en met %d zijn", MATCH_MAX_WANTED);
    match_config cfg;
    match_candidate c;
    if (wsp_match_config(db, &cfg, e) || wsp_store_candidate_load(db, candidate_id, &c, e)) return e->status;
    char region[32] = "";
    region_of(db, c.municipality, region, sizeof region);
    match_vacancy *vs;
    size_t n;
    if (wsp_store_vacancies_load_region(db, region, &vs, &n, e)) return INC_EIO;
    if (municipality_ids) {
        /* Only vacancies the user may open: those of the municipalities it serves. */
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            bool in = false;
            for (int j = 0; j < n_ids; j++) in |= municipality_ids[j] == vs[i].municipality;
            if (in) vs[k++] = vs[i];
        }
        n = k;
    }
    match_shortlist s;
    match_for_candidate(&cfg, &c, vs, n, limit, &s);
    skill_names *sn = names_load(db, e);
    if (!sn) { free(vs); return INC_EIO; }
    json_t *items = json_array();
    for (int i = 0; i < s.n; i++) {
        const match_vacancy *v = &vs[s.hits[i].index];
        match_result r;
        match_reason why[CRIT__COUNT];
        match_explain(&cfg, v, &c, name_of, sn, &r, why);
        wsp_vacancy vr;
        wsp_pool vp = {0};
        inc_error ignore = {0};
        bool got = wsp_store_vacancy_select(db, v->id, &vr, &vp, &ignore) == INC_OK;
        json_array_append_new(
            items, json_pack("{s:i, s:I, s:s, s:s, s:o, s:o}", "rank", i + 1, "vacancy", (json_int_t)v->id, "title",
                             got ? vr.title : "", "employer_name", got ? vr.employer_name : "", "score",
                             json_fixed(s.hits[i].score, 2), "reasons", reasons_json(why)));
        wsp_pool_free(&vp);
    }
    names_free(sn);
    free(vs);
    char why[600] = "";
    if (s.n == 0 && s.excluded[HARD_CONSENT])
        snprintf(why, sizeof why, "kandidaat heeft geen toestemming gegeven om voorgesteld te worden");
    *out = json_pack("{s:I, s:s, s:i, s:i, s:I, s:I, s:o, s:o, s:o}", "candidate", (json_int_t)candidate_id, "region",
                     region, "limit", s.wanted, "count", s.n, "considered", (json_int_t)s.considered, "suitable",
                     (json_int_t)s.suitable, "note", why[0] ? json_string(why) : json_null(), "excluded",
                     exclusions_json(&s), "items", items);
    return INC_OK;
}
