/* Shortlists: the best k suitable candidates for a vacancy, the best k vacancies for a candidate.
 * One pass, a sorted array of at most 50 hits (insertion), so O(n log k) at worst. */
#include "core/match.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void list_init(match_shortlist *s, int wanted)
{
    memset(s, 0, sizeof *s);
    if (wanted < 1) wanted = 1;
    if (wanted > MATCH_MAX_WANTED) wanted = MATCH_MAX_WANTED;
    s->wanted = wanted;
}

/* Keeps hits ordered by score desc, then index asc. Indices arrive ascending, so an equal score
 * never displaces an earlier hit. */
static inline void list_offer(match_shortlist *s, size_t index, int32_t score)
{
    if (s->n == s->wanted && score <= s->hits[s->n - 1].score) return;
    int pos = s->n < s->wanted ? s->n++ : s->n - 1;
    while (pos > 0 && s->hits[pos - 1].score < score) {
        s->hits[pos] = s->hits[pos - 1];
        pos--;
    }
    s->hits[pos].index = index;
    s->hits[pos].score = score;
}

void match_for_prepared(const match_config *cfg, const match_prepared *p, const match_candidate *cands, size_t n,
                        match_shortlist *out)
{
    list_init(out, p->v->wanted);
    out->considered = (int64_t)n;
    if (!p->v->open) {
        out->excluded[HARD_CLOSED] = (int64_t)n;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        match_hard why;
        int32_t t = match_total(cfg, p, &cands[i], &why);
        if (why != HARD_OK) { out->excluded[why]++; continue; }
        if (t < cfg->min_score) { out->below_min++; continue; }
        out->suitable++;
        list_offer(out, i, t);
    }
}

void match_for_vacancy(const match_config *cfg, const match_vacancy *v, const match_candidate *cands, size_t n,
                       match_shortlist *out)
{
    match_prepared *p = malloc(sizeof *p);
    if (!p) { list_init(out, v->wanted); return; }
    match_prepare(p, v);
    match_for_prepared(cfg, p, cands, n, out);
    free(p);
}

void match_for_candidate(const match_config *cfg, const match_candidate *c, const match_vacancy *vacs, size_t n,
                         int limit, match_shortlist *out)
{
    list_init(out, limit);
    out->considered = (int64_t)n;
    match_prepared *p = malloc(sizeof *p);
    if (!p) return;
    for (size_t i = 0; i < n; i++) {
        match_hard why = match_hard_check(&vacs[i], c);
        if (why != HARD_OK) { out->excluded[why]++; continue; }
        match_prepare(p, &vacs[i]);
        int32_t t = match_total(cfg, p, c, NULL);
        if (t < cfg->min_score) { out->below_min++; continue; }
        out->suitable++;
        list_offer(out, i, t);
    }
    free(p);
}

void match_shortfall_text(const match_config *cfg, const match_shortlist *s, char *buf, size_t size)
{
    if (size == 0) return;
    buf[0] = '\0';
    if (s->n >= s->wanted) return;
    size_t used = 0;
    int w = snprintf(buf, size, "gevraagd %d, geschikt %d van %lld", s->wanted, s->n, (long long)s->considered);
    if (w < 0 || (size_t)w >= size) return;
    used = (size_t)w;
    const char *sep = ": niet geschikt: ";
    for (int h = HARD_CLOSED; h < HARD__COUNT; h++) {
        if (!s->excluded[h]) continue;
        w = snprintf(buf + used, size - used, "%s%lld %s", sep, (long long)s->excluded[h], hard_label((match_hard)h));
        if (w < 0 || (size_t)w >= size - used) return;
        used += (size_t)w;
        sep = ", ";
    }
    if (s->below_min) {
        char min[16];
        snprintf(min, sizeof min, "%d,%02d", cfg->min_score / 100, cfg->min_score % 100);
        snprintf(buf + used, size - used, "%s%lld met een score onder %s", sep, (long long)s->below_min, min);
    }
}
