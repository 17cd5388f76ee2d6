/* Hard constraints and the score of one (vacancy, candidate) pair. Integer arithmetic only:
 * each criterion gives weight x 100 x fraction hundredths, rounded half up. */
#include "core/match.h"
#include <string.h>

#define INTRO_DAYS 14 /* available this long before the start: full availability points */

static inline int32_t frac(int32_t weight, int64_t num, int64_t den)
{
    /* round_half_up(weight * 100 * num / den), num and den >= 0, den > 0 */
    int64_t n = (int64_t)weight * 100 * num;
    return (int32_t)((2 * n + den) / (2 * den));
}

void match_prepare(match_prepared *p, const match_vacancy *v)
{
    memset(p->required_bits, 0, sizeof p->required_bits);
    memset(p->wished_bits, 0, sizeof p->wished_bits);
    p->v = v;
    for (int i = 0; i < v->n_required; i++)
        if (v->required[i] < MATCH_SKILL_ID_MAX) p->required_bits[v->required[i] >> 3] |= (uint8_t)(1u << (v->required[i] & 7));
    for (int i = 0; i < v->n_wished; i++)
        if (v->wished[i] < MATCH_SKILL_ID_MAX) p->wished_bits[v->wished[i] >> 3] |= (uint8_t)(1u << (v->wished[i] & 7));
}

match_hard match_hard_check(const match_vacancy *v, const match_candidate *c)
{
    if (!v->open) return HARD_CLOSED;
    if (!c->consent) return HARD_CONSENT;
    if (c->available_from > v->start) return HARD_AVAILABILITY;
    if (c->hours_max < v->hours_min || c->hours_min > v->hours_max) return HARD_HOURS;
    if (v->groups && !(v->groups & c->groups)) return HARD_GROUP;
    return HARD_OK;
}

static inline void count_skills(const match_prepared *p, const match_candidate *c, int32_t *req, int32_t *wish)
{
    int32_t r = 0, w = 0;
    for (int i = 0; i < c->n_skills; i++) {
        uint16_t s = c->skills[i];
        if (s >= MATCH_SKILL_ID_MAX) continue;
        uint8_t bit = (uint8_t)(1u << (s & 7));
        r += (p->required_bits[s >> 3] & bit) != 0;
        w += (p->wished_bits[s >> 3] & bit) != 0;
    }
    *req = r;
    *wish = w;
}

/* Points of every criterion; facts optional. The pair has passed the hard constraints. */
static inline int32_t score_points(const match_config *cfg, const match_prepared *p, const match_candidate *c,
                                   int32_t pts[CRIT__COUNT], match_result *facts)
{
    const match_vacancy *v = p->v;
    const int32_t *w = cfg->weight;
    int32_t req, wish;
    count_skills(p, c, &req, &wish);
    pts[CRIT_REQUIRED] = v->n_required ? frac(w[CRIT_REQUIRED], req, v->n_required) : w[CRIT_REQUIRED] * 100;
    pts[CRIT_WISHED] = v->n_wished ? frac(w[CRIT_WISHED], wish, v->n_wished) : w[CRIT_WISHED] * 100;

    /* Hours: half the points for reaching the vacancy's minimum, the other half in proportion to how
     * far up the vacancy's range the candidate can go. */
    int32_t range = v->hours_max - v->hours_min;
    int32_t top = c->hours_max < v->hours_max ? c->hours_max : v->hours_max;
    pts[CRIT_HOURS] = range > 0 ? frac(w[CRIT_HOURS], (int64_t)range + (top - v->hours_min), 2 * (int64_t)range)
                                : w[CRIT_HOURS] * 100;

    /* Distance: full within the travel radius, linearly less up to twice the radius, then none. */
    int32_t dist = -1;
    if (v->pc4 > 0 && c->pc4 > 0) {
        dist = postcode_distance_dm(v->pc4, c->pc4);
        int32_t r = c->travel_dm;
        if (dist <= r) pts[CRIT_DISTANCE] = w[CRIT_DISTANCE] * 100;
        else if (r > 0 && dist < 2 * r) pts[CRIT_DISTANCE] = frac(w[CRIT_DISTANCE], 2 * r - dist, r);
        else pts[CRIT_DISTANCE] = 0;
    } else {
        pts[CRIT_DISTANCE] = v->municipality == c->municipality ? w[CRIT_DISTANCE] * 100 : 0;
    }

    /* Education: the level wanted or higher full, one level below half, lower none. */
    if (c->education >= v->education) pts[CRIT_EDUCATION] = w[CRIT_EDUCATION] * 100;
    else if (c->education + 1 == v->education) pts[CRIT_EDUCATION] = frac(w[CRIT_EDUCATION], 1, 2);
    else pts[CRIT_EDUCATION] = 0;

    /* Availability (the hard constraint guarantees the start date): full when available at least
     * INTRO_DAYS before the start, half when later. */
    pts[CRIT_AVAILABILITY] = c->available_from <= v->start - INTRO_DAYS ? w[CRIT_AVAILABILITY] * 100
                                                                         : frac(w[CRIT_AVAILABILITY], 1, 2);

    /* Target group: full when the vacancy is meant for one of the candidate's groups, half when it
     * names no groups (open to all). */
    pts[CRIT_GROUP] = v->groups ? w[CRIT_GROUP] * 100 : frac(w[CRIT_GROUP], 1, 2);

    if (facts) {
        facts->req_have = req;
        facts->wish_have = wish;
        int32_t lo = c->hours_min > v->hours_min ? c->hours_min : v->hours_min;
        facts->overlap_centi = top - lo;
        facts->distance_dm = dist;
        facts->by_municipality = dist < 0;
    }
    int32_t total = 0;
    for (int i = 0; i < CRIT__COUNT; i++) total += pts[i];
    return total;
}

void match_score(const match_config *cfg, const match_prepared *p, const match_candidate *c, match_result *r)
{
    memset(r, 0, sizeof *r);
    r->distance_dm = -1;
    r->hard = match_hard_check(p->v, c);
    if (r->hard != HARD_OK) return;
    r->total = score_points(cfg, p, c, r->points, r);
}

int32_t match_total(const match_config *cfg, const match_prepared *p, const match_candidate *c, match_hard *why)
{
    match_hard h = match_hard_check(p->v, c);
    if (why) *why = h;
    if (h != HARD_OK) return -1;
    int32_t pts[CRIT__COUNT];
    return score_points(cfg, p, c, pts, NULL);
}
