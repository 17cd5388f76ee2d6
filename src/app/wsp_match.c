/* Matching: loads the vacancy and the candidates of its labour-market region (or the candidate and
 * the open vacancies of its region), lets core decide, and explains the result. */
#include "app/wsp_common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status wsp_match_config(inc_db *db, match_config *cfg, inc_error *e)
{
    if (wsp_store_match_config(db, cfg, e)) return INC_EIO;
    return match_config_check(cfg, e);
}

/* Skill names by id, for the reasons. */
typedef struct {
    wsp_skill_list list;
    const char *names[MATCH_SKILL_ID_MAX];
} skill_names;

static skill_names *names_load(inc_db *db, inc_error *e)
{
    skill_names *sn = calloc(1, sizeof *sn);
    if (!sn) {
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return NULL;
    }
    if (wsp_store_skills_select(db, &sn->list, e)) {
        free(sn);
        return NULL;
    }
    for (size_t i = 0; i < sn->list.n; i++) {
        int64_t id = sn->list.items[i].id;
        if (id > 0 && id < MATCH_SKILL_ID_MAX) sn->names[id] = sn->list.items[i].name;
    }
    return sn;
}

static void names_free(skill_names *sn)
{
    if (!sn) return;
    WSP_LIST_FREE(&sn->list);
    free(sn);
}

static const char *name_of(void *ctx, uint16_t id)
{
    skill_names *sn = ctx;
    return sn && id < MATCH_SKILL_ID_MAX ? sn->names[id] : NULL;
}

static wsp_match_result *result_new(inc_error *e)
{
    wsp_match_result *r = calloc(1, sizeof *r);
    if (!r) inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    return r;
}

void wsp_match_result_free(wsp_match_result *r)
{
    if (!r) return;
    arena_free(&r->arena);
    free(r);
}

inc_status wsp_shortlist(inc_db *db, int64_t vacancy_id, const int64_t *municipality_ids, int n_ids,
                         wsp_match_result **out, inc_error *e)
{
    *out = NULL;
    match_config cfg;
    match_vacancy v;
    if (wsp_match_config(db, &cfg, e) || wsp_store_vacancy_load(db, vacancy_id, &v, e)) return e->status;
    wsp_match_result *r = result_new(e);
    if (!r) return INC_EINTERNAL;
    r->subject = vacancy_id;
    wsp_store_region_of(db, v.municipality, r->region, sizeof r->region);
    match_candidate *cs;
    size_t n;
    if (wsp_store_candidates_load_region(db, r->region, &cs, &n, e)) {
        wsp_match_result_free(r);
        return INC_EIO;
    }
    if (municipality_ids) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            bool keep = false;
            for (int m = 0; m < n_ids; m++) keep |= cs[i].municipality == municipality_ids[m];
            if (keep) cs[k++] = cs[i];
        }
        n = k;
    }
    match_for_vacancy(&cfg, &v, cs, n, &r->list);
    skill_names *sn = names_load(db, e);
    if (!sn) {
        free(cs);
        wsp_match_result_free(r);
        return INC_EIO;
    }
    for (int i = 0; i < r->list.n; i++) {
        const match_candidate *c = &cs[r->list.hits[i].index];
        wsp_match_item *it = &r->items[i];
        match_result mr;
        match_explain(&cfg, &v, c, name_of, sn, &mr, it->reasons);
        it->id = c->id;
        it->score = r->list.hits[i].score;
        wsp_store_proposal_of(db, vacancy_id, c->id, &it->proposal, it->proposal_outcome, sizeof it->proposal_outcome);
    }
    names_free(sn);
    free(cs);
    r->min_score = cfg.min_score;
    match_shortfall_text(&cfg, &r->list, r->note, sizeof r->note);
    *out = r;
    return INC_OK;
}

inc_status wsp_best_vacancies(inc_db *db, int64_t candidate_id, int limit, const int64_t *municipality_ids, int n_ids,
                              wsp_match_result **out, inc_error *e)
{
    *out = NULL;
    if (wsp_limit_check(limit, e)) return INC_EINVAL;
    match_config cfg;
    match_candidate c;
    if (wsp_match_config(db, &cfg, e) || wsp_store_candidate_load(db, candidate_id, &c, e)) return e->status;
    wsp_match_result *r = result_new(e);
    if (!r) return INC_EINTERNAL;
    r->subject = candidate_id;
    wsp_store_region_of(db, c.municipality, r->region, sizeof r->region);
    match_vacancy *vs;
    size_t n;
    if (wsp_store_vacancies_load_region(db, r->region, &vs, &n, e)) {
        wsp_match_result_free(r);
        return INC_EIO;
    }
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
    match_for_candidate(&cfg, &c, vs, n, limit, &r->list);
    skill_names *sn = names_load(db, e);
    if (!sn) {
        free(vs);
        wsp_match_result_free(r);
        return INC_EIO;
    }
    for (int i = 0; i < r->list.n; i++) {
        const match_vacancy *v = &vs[r->list.hits[i].index];
        wsp_match_item *it = &r->items[i];
        match_result mr;
        match_explain(&cfg, v, &c, name_of, sn, &mr, it->reasons);
        it->id = v->id;
        it->score = r->list.hits[i].score;
        wsp_vacancy vr;
        inc_error ignore = {0};
        if (wsp_store_vacancy_select(db, v->id, &vr, &r->arena, &ignore) == INC_OK) {
            it->title = vr.title;
            it->employer_name = vr.employer_name;
        }
    }
    names_free(sn);
    free(vs);
    r->min_score = cfg.min_score;
    if (r->list.n == 0 && r->list.excluded[HARD_CONSENT])
        snprintf(r->note, sizeof r->note, "kandidaat heeft geen toestemming gegeven om voorgesteld te worden");
    *out = r;
    return INC_OK;
}
