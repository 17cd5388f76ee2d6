/* Matching of candidates and vacancies (the Tilburg "matchingsunit" rule: the employer says how
 * many candidates it wants and gets exactly that many suitable ones, fewer only when fewer are
 * suitable, with the reason why). Pure C, no I/O, no allocation in the hot path.
 *
 * A pair (vacancy, candidate) first passes the hard constraints, which are never broken:
 *   consent to be proposed, available on the start date, weekly hours overlap, and (when the
 *   vacancy names target groups) at least one shared target group; a closed vacancy matches nobody.
 * Then it gets a score of 0..100 points (kept as hundredths, integers only), the sum of seven
 * criteria, each with its own reason. A pair is suitable when it passes the hard constraints and
 * scores at least cfg->min_score. */
#ifndef INC_MATCH_H
#define INC_MATCH_H
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

#define MATCH_MAX_SKILLS 24     /* per candidate, and per kind (required/wished) per vacancy */
#define MATCH_SKILL_ID_MAX 4096 /* skill ids are 1..4095 (bitmaps of 512 bytes) */
#define MATCH_MAX_WANTED 50     /* an employer may ask for 1..50 candidates */

/* Education levels, ordered (a higher level satisfies a lower requirement). */
enum {
    EDU_GEEN, EDU_VSO_PRO, EDU_VMBO, EDU_MBO1, EDU_MBO2, EDU_MBO3, EDU_MBO4, EDU_HBO, EDU_WO, EDU__COUNT
};
const char *education_code(int level);            /* "mbo2" */
const char *education_label(int level);           /* Dutch, for people */
inc_status education_parse(const char *code, int *level, const char *field, inc_error *e);

/* Target groups (doelgroepen), a fixed legal list; stored as a bitmask (bit = index). Append only. */
enum {
    TG_BANENAFSPRAAK, TG_PARTICIPATIEWET, TG_WW, TG_WIA, TG_WAJONG, TG_NIEUW_BESCHUT, TG_OUD_SW,
    TG_IOAW, TG_IOAZ, TG_ZONDER_UITKERING, TG_JONGERE_ZONDER_SK, TG_VSO_PRO, TG_STATUSHOUDER, TG_55PLUS,
    TG__COUNT
};
const char *target_group_code(int tg);            /* "participatiewet" */
const char *target_group_label(int tg);
/* Parses a comma-separated list of codes into a mask; "" gives 0. Unknown code: INC_EINVAL. */
inc_status target_groups_parse(const char *list, uint32_t *mask, const char *field, inc_error *e);
/* Writes the codes of a mask, comma-separated. */
void target_groups_format(uint32_t mask, char *buf, size_t size);

/* Distance approximation from two 4-digit postcodes (PC4), in tenths of a kilometre.
 * Piecewise linear in the numeric difference d = |a - b| (documented in docs/wsp.md):
 *   d <= 20: 0.3 km per step; d <= 200: 6 km + 0.04 km/step; d <= 2000: 13.2 km + 0.025 km/step;
 *   beyond: 58.2 km + 0.02 km/step. Same PC4 = 0 km. Integer arithmetic, also expressible in SQL. */
int32_t postcode_distance_dm(int pc4_a, int pc4_b);
/* "2711 AB" or "2711" -> 2711; 0 when the text holds no valid PC4. */
int postcode_pc4(const char *postcode);

typedef struct {
    int64_t id;
    int32_t municipality;      /* municipality id, fallback when a postcode is missing */
    int32_t hours_min, hours_max; /* centi-hours per week the candidate can work */
    int32_t travel_dm;         /* how far the candidate can travel, tenths of km */
    inc_date available_from;
    uint32_t groups;           /* target-group mask */
    int16_t pc4;               /* 0 = unknown */
    uint8_t education;
    uint8_t consent;
    uint8_t n_skills;
    uint16_t skills[MATCH_MAX_SKILLS];
} match_candidate;

typedef struct {
    int64_t id;
    int32_t municipality;
    int32_t hours_min, hours_max; /* centi-hours */
    inc_date start;
    uint32_t groups;           /* 0 = suits every target group */
    int16_t pc4;
    uint8_t education;         /* minimum level wanted */
    uint8_t open;              /* status 'open' */
    uint8_t wanted;            /* 1..50 */
    uint8_t n_required, n_wished;
    uint16_t required[MATCH_MAX_SKILLS];
    uint16_t wished[MATCH_MAX_SKILLS];
} match_vacancy;

typedef enum {
    CRIT_REQUIRED,      /* required skills held */
    CRIT_WISHED,        /* wished skills held */
    CRIT_HOURS,         /* share of the vacancy's hours range the candidate covers */
    CRIT_DISTANCE,      /* distance vs travel radius */
    CRIT_EDUCATION,     /* level vs level wanted */
    CRIT_AVAILABILITY,  /* available by the start date */
    CRIT_GROUP,         /* vacancy made for the candidate's target group */
    CRIT__COUNT
} match_criterion;
const char *criterion_code(match_criterion c);    /* "vaardigheden_vereist", ... */

typedef enum {
    HARD_OK, HARD_CLOSED, HARD_CONSENT, HARD_AVAILABILITY, HARD_HOURS, HARD_GROUP, HARD__COUNT
} match_hard;
const char *hard_code(match_hard h);              /* "geen_toestemming", ... */
const char *hard_label(match_hard h);             /* Dutch */

typedef struct {
    int32_t weight[CRIT__COUNT]; /* whole points; the defaults add up to 100 */
    int32_t min_score;           /* hundredths of a point; below this a pair is not suitable */
} match_config;
void match_config_default(match_config *cfg);
/* Checks weights >= 0, sum 1..1000, min_score within 0..sum*100. */
inc_status match_config_check(const match_config *cfg, inc_error *e);

typedef struct {
    match_hard hard;
    int32_t points[CRIT__COUNT]; /* hundredths */
    int32_t total;               /* hundredths */
    /* facts behind the points, for the reasons */
    int32_t req_have, wish_have, overlap_centi, distance_dm;
    uint8_t by_municipality;     /* distance judged by municipality (a postcode was missing) */
} match_result;

/* A vacancy prepared for scoring many candidates: skill bitmaps. */
typedef struct {
    const match_vacancy *v;
    uint8_t required_bits[MATCH_SKILL_ID_MAX / 8];
    uint8_t wished_bits[MATCH_SKILL_ID_MAX / 8];
} match_prepared;
void match_prepare(match_prepared *p, const match_vacancy *v);

match_hard match_hard_check(const match_vacancy *v, const match_candidate *c);
/* Full scoring with facts; r->hard set, points 0 when a hard constraint fails. */
void match_score(const match_config *cfg, const match_prepared *p, const match_candidate *c, match_result *r);
/* Total only, -1 when a hard constraint fails (the fast path). */
int32_t match_total(const match_config *cfg, const match_prepared *p, const match_candidate *c, match_hard *why);

typedef struct {
    size_t index;  /* into the candidate (or vacancy) array */
    int32_t score; /* hundredths */
} match_hit;

typedef struct {
    int wanted;                 /* how many were asked for */
    int n;                      /* how many are in hits (= min(wanted, suitable)) */
    match_hit hits[MATCH_MAX_WANTED];
    int64_t considered;
    int64_t excluded[HARD__COUNT]; /* per first failing hard constraint */
    int64_t below_min;          /* passed the hard constraints, score under min_score */
    int64_t suitable;
} match_shortlist;

/* The shortlist for one vacancy: exactly v->wanted suitable candidates, best first (score desc,
 * then lower index first), fewer only when fewer are suitable. */
void match_for_vacancy(const match_config *cfg, const match_vacancy *v, const match_candidate *cands, size_t n,
                       match_shortlist *out);
/* The same with a prepared vacancy (lets a batch reuse one buffer). */
void match_for_prepared(const match_config *cfg, const match_prepared *p, const match_candidate *cands, size_t n,
                        match_shortlist *out);
/* Reverse direction: the best `limit` (1..50) open vacancies for one candidate. */
void match_for_candidate(const match_config *cfg, const match_candidate *c, const match_vacancy *vacs, size_t n,
                         int limit, match_shortlist *out);

/* "Gevraagd 5, geschikt 3: 120 zonder toestemming, ..." when n < wanted; "" otherwise. */
void match_shortfall_text(const match_config *cfg, const match_shortlist *s, char *buf, size_t size);

/* Reasons per criterion, for people. skill_name maps a skill id to its name (may return NULL). */
typedef const char *(*match_skill_name_fn)(void *ctx, uint16_t id);
typedef struct {
    match_criterion criterion;
    int32_t points, max;  /* hundredths */
    char text[256];
} match_reason;
void match_explain(const match_config *cfg, const match_vacancy *v, const match_candidate *c,
                   match_skill_name_fn skill_name, void *ctx, match_result *r, match_reason out[CRIT__COUNT]);

#endif
