/* Matching: hard constraints, scores per criterion and the exact-size shortlist, with the figures
 * worked out by hand below. Default weights: required skills 40, wished 10, hours 15, distance 15,
 * education 10, availability 5, target group 5 (= 100 points); minimum score 50.00. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "core/match.h"

static inc_date d(int y, int m, int dd) { return date_from_ymd(y, m, dd); }

/* Vacancy V: 24-32 hours, PC4 2711 (Zoetermeer), mbo2, start 1 March 2026, for participatiewet and
 * banenafspraak, required skills 1..4, wished 5 and 6, employer wants 3. */
static match_vacancy vacancy_v(void)
{
    match_vacancy v = {.id = 1, .municipality = 1, .hours_min = 2400, .hours_max = 3200, .start = d(2026, 3, 1),
                       .groups = (1u << TG_PARTICIPATIEWET) | (1u << TG_BANENAFSPRAAK), .pc4 = 2711,
                       .education = EDU_MBO2, .open = 1, .wanted = 3, .n_required = 4, .n_wished = 2,
                       .required = {1, 2, 3, 4}, .wished = {5, 6}};
    return v;
}

static match_candidate cand(int64_t id, int hmin, int hmax, int pc4, int travel_dm, int edu, inc_date from,
                            uint32_t groups, int consent, int n, const uint16_t *skills)
{
    match_candidate c = {.id = id, .municipality = 1, .hours_min = hmin, .hours_max = hmax, .travel_dm = travel_dm,
                         .available_from = from, .groups = groups, .pc4 = (int16_t)pc4, .education = (uint8_t)edu,
                         .consent = (uint8_t)consent, .n_skills = (uint8_t)n};
    memcpy(c.skills, skills, sizeof(uint16_t) * (size_t)n);
    return c;
}

#define PW (1u << TG_PARTICIPATIEWET)
#define BA (1u << TG_BANENAFSPRAAK)

/* A: skills 1,2,3,5; 16-28 h; PC4 2725, travels 10 km; mbo1; available 1 Feb; participatiewet.
 *  required 3/4 x 40 = 30.00; wished 1/2 x 10 = 5.00;
 *  hours: range 8 h, reaches 28 h: (8 + (28-24)) / 16 = 0.75 x 15 = 11.25;
 *  distance: |2725-2711| = 14 -> 14 x 0.3 = 4.2 km <= 10 km -> 15.00;
 *  education one level below mbo2 -> 5.00; available 1 Feb <= 15 Feb (start - 14 days) -> 5.00;
 *  vacancy meant for participatiewet -> 5.00. Total 76.25. */
static match_candidate cand_a(void)
{
    static const uint16_t s[] = {1, 2, 3, 5};
    return cand(10, 1600, 2800, 2725, 100, EDU_MBO1, d(2026, 2, 1), PW, 1, 4, s);
}
/* B: all six skills; 32-40 h; PC4 2511 (Den Haag), travels 10 km; mbo4; available 20 Feb; banenafspraak.
 *  required 40.00; wished 10.00; hours reach 32 = top of the range -> 15.00;
 *  distance: |2511-2711| = 200 -> 6 + 180 x 0.04 = 13.2 km; radius 10 < 13.2 < 20:
 *  15 x (20 - 13.2) / 10 = 10.20; education 10.00; available 20 Feb, after 15 Feb -> 2.50;
 *  group 5.00. Total 92.70. */
static match_candidate cand_b(void)
{
    static const uint16_t s[] = {1, 2, 3, 4, 5, 6};
    return cand(11, 3200, 4000, 2511, 100, EDU_MBO4, d(2026, 2, 20), BA, 1, 6, s);
}

static void test_scores_worked_example(void **state)
{
    (void)state;
    match_config cfg;
    match_config_default(&cfg);
    match_vacancy v = vacancy_v();
    match_prepared p;
    match_prepare(&p, &v);
    match_candidate a = cand_a(), b = cand_b();
    match_result r;
    match_score(&cfg, &p, &a, &r);
    assert_int_equal(r.hard, HARD_OK);
    assert_int_equal(r.points[CRIT_REQUIRED], 3000);
    assert_int_equal(r.points[CRIT_WISHED], 500);
    assert_int_equal(r.points[CRIT_HOURS], 1125);
    assert_int_equal(r.distance_dm, 42);
    assert_int_equal(r.points[CRIT_DISTANCE], 1500);
    assert_int_equal(r.points[CRIT_EDUCATION], 500);
    assert_int_equal(r.points[CRIT_AVAILABILITY], 500);
    assert_int_equal(r.points[CRIT_GROUP], 500);
    assert_int_equal(r.total, 7625);
    assert_int_equal(match_total(&cfg, &p, &a, NULL), 7625);

    match_score(&cfg, &p, &b, &r);
    assert_int_equal(r.distance_dm, 132);
    assert_int_equal(r.points[CRIT_DISTANCE], 1020);
    assert_int_equal(r.points[CRIT_HOURS], 1500);
    assert_int_equal(r.points[CRIT_AVAILABILITY], 250);
    assert_int_equal(r.total, 9270);
}

/* Each hard constraint on its own excludes a candidate that would otherwise score well. */
static void test_hard_constraints(void **state)
{
    (void)state;
    match_vacancy v = vacancy_v();
    match_candidate c = cand_b();
    assert_int_equal(match_hard_check(&v, &c), HARD_OK);
    c.consent = 0;
    assert_int_equal(match_hard_check(&v, &c), HARD_CONSENT);
    c = cand_b();
    c.available_from = d(2026, 3, 2); /* one day after the start */
    assert_int_equal(match_hard_check(&v, &c), HARD_AVAILABILITY);
    c.available_from = d(2026, 3, 1); /* on the start date: fine */
    assert_int_equal(match_hard_check(&v, &c), HARD_OK);
    c.hours_min = 800;
    c.hours_max = 2399; /* up to 23.99 h, vacancy from 24 h */
    assert_int_equal(match_hard_check(&v, &c), HARD_HOURS);
    c.hours_max = 2400; /* touches 24 h: overlap */
    assert_int_equal(match_hard_check(&v, &c), HARD_OK);
    c.hours_min = 3201;
    c.hours_max = 4000; /* from 32.01 h, vacancy up to 32 h */
    assert_int_equal(match_hard_check(&v, &c), HARD_HOURS);
    c = cand_b();
    c.groups = 1u << TG_WW;
    assert_int_equal(match_hard_check(&v, &c), HARD_GROUP);
    v.groups = 0; /* open to every group */
    assert_int_equal(match_hard_check(&v, &c), HARD_OK);
    v.open = 0;
    assert_int_equal(match_hard_check(&v, &c), HARD_CLOSED);
}

/* Seven candidates, three wanted: only A and B are suitable, so the list has two, B (92.70) before
 * A (76.25), and says why: one excluded by each hard constraint, and G scores
 * 0 + 0 + hours 7.50 (only the 24 h minimum: half) + distance 0 (|9999-2711| = 7288 ->
 * 58.2 + 5288 x 0.02 = 163.9 km, far beyond 2 x 5 km) + education 0 (geen vs mbo2) + 5 + 5 = 17.50 < 50. */
static void test_shortlist_fewer_with_reasons(void **state)
{
    (void)state;
    match_config cfg;
    match_config_default(&cfg);
    match_vacancy v = vacancy_v();
    static const uint16_t none[] = {0};
    match_candidate cs[7];
    cs[0] = cand_a();
    cs[1] = cand_b();
    cs[2] = cand_b(); cs[2].consent = 0;
    cs[3] = cand_b(); cs[3].available_from = d(2026, 3, 2);
    cs[4] = cand_b(); cs[4].hours_min = 800; cs[4].hours_max = 2000;
    cs[5] = cand_b(); cs[5].groups = 1u << TG_WW;
    cs[6] = cand(16, 2400, 2400, 9999, 50, EDU_GEEN, d(2026, 1, 1), PW, 1, 0, none);
    match_prepared p;
    match_prepare(&p, &v);
    match_result r;
    match_score(&cfg, &p, &cs[6], &r);
    assert_int_equal(r.points[CRIT_HOURS], 750);
    assert_int_equal(r.distance_dm, 1639);
    assert_int_equal(r.total, 1750);

    match_shortlist s;
    match_for_vacancy(&cfg, &v, cs, 7, &s);
    assert_int_equal(s.wanted, 3);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.hits[0].index, 1);
    assert_int_equal(s.hits[0].score, 9270);
    assert_int_equal(s.hits[1].index, 0);
    assert_int_equal(s.hits[1].score, 7625);
    assert_int_equal(s.suitable, 2);
    assert_int_equal(s.excluded[HARD_CONSENT], 1);
    assert_int_equal(s.excluded[HARD_AVAILABILITY], 1);
    assert_int_equal(s.excluded[HARD_HOURS], 1);
    assert_int_equal(s.excluded[HARD_GROUP], 1);
    assert_int_equal(s.below_min, 1);
    char why[512];
    match_shortfall_text(&cfg, &s, why, sizeof why);
    assert_string_equal(why, "gevraagd 3, geschikt 2 van 7: niet geschikt: 1 zonder toestemming om voorgesteld te "
                             "worden, 1 niet beschikbaar op de startdatum, 1 uren passen niet, 1 doelgroep past niet "
                             "bij de vacature, 1 met een score onder 50,00");
}

/* 40 suitable candidates, the employer wants 7: exactly 7, best first; equal scores keep the
 * lower index (registered earlier) first. All are B available early (5.00 availability), so they
 * differ only in distance: candidate k lives 39 - k PC4 steps from the vacancy, 0.3 km a step,
 * radius 2 km: 39 - k <= 6 (<= 1.8 km) is within the radius, so k = 33..39 score
 * 40 + 10 + 15 + 15 + 10 + 5 + 5 = 100.00, and k = 32 (2.1 km) scores less. */
static void test_shortlist_exact_count(void **state)
{
    (void)state;
    match_config cfg;
    match_config_default(&cfg);
    match_vacancy v = vacancy_v();
    v.wanted = 7;
    match_candidate cs[40];
    for (int k = 0; k < 40; k++) {
        cs[k] = cand_b();
        cs[k].available_from = d(2026, 1, 1);
        cs[k].travel_dm = 20;
        cs[k].pc4 = (int16_t)(2711 + (39 - k)); /* later indices are nearer */
    }
    match_shortlist s;
    match_for_vacancy(&cfg, &v, cs, 40, &s);
    assert_int_equal(s.n, 7);
    /* indices 33..39 have k' = 6..0 steps: all within 2 km -> 100.00, ties by index asc */
    for (int i = 0; i < 7; i++) {
        assert_int_equal(s.hits[i].score, 10000);
        assert_int_equal(s.hits[i].index, 33 + i);
    }
    char why[256];
    match_shortfall_text(&cfg, &s, why, sizeof why);
    assert_string_equal(why, "");
    /* wanted 1 gives the single best */
    v.wanted = 1;
    match_for_vacancy(&cfg, &v, cs, 40, &s);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.hits[0].index, 33);
}

/* Reverse direction: for candidate A the open vacancies rank V2 (no groups, 4 required skills all held)
 * above V; the closed copy of V is never offered. V2: required 1,2,3 held 3/3 = 40, wished none = 10,
 * hours 16-28 exactly the candidate -> 15, same PC4 -> 15, vmbo wanted, mbo1 held -> 10, available
 * -> 5, open to all -> 2.50: 97.50. */
static void test_best_vacancies_for_candidate(void **state)
{
    (void)state;
    match_config cfg;
    match_config_default(&cfg);
    match_vacancy vs[3];
    vs[0] = vacancy_v();
    vs[1] = vacancy_v();
    vs[1].open = 0;
    vs[2] = vacancy_v();
    vs[2].groups = 0;
    vs[2].hours_min = 1600;
    vs[2].hours_max = 2800;
    vs[2].pc4 = 2725;
    vs[2].education = EDU_VMBO;
    vs[2].n_required = 3;
    vs[2].n_wished = 0;
    match_candidate a = cand_a();
    match_shortlist s;
    match_for_candidate(&cfg, &a, vs, 3, 5, &s);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.hits[0].index, 2);
    assert_int_equal(s.hits[0].score, 9750);
    assert_int_equal(s.hits[1].index, 0);
    assert_int_equal(s.hits[1].score, 7625);
    assert_int_equal(s.excluded[HARD_CLOSED], 1);
    /* no consent: never proposed, so no vacancies either */
    a.consent = 0;
    match_for_candidate(&cfg, &a, vs, 3, 5, &s);
    assert_int_equal(s.n, 0);
    assert_int_equal(s.excluded[HARD_CONSENT], 2);
}

/* Postcode distance, piecewise: 20 steps = 6.0 km, 200 = 13.2 km, 1700 = 13.2 + 1500/40 = 50.7 km,
 * 2000 = 58.2 km, 8999 = 58.2 + 6999/50 = 198.1 km (tenths rounded down). */
static void test_postcode_distance(void **state)
{
    (void)state;
    assert_int_equal(postcode_distance_dm(2711, 2711), 0);
    assert_int_equal(postcode_distance_dm(2711, 2731), 60);
    assert_int_equal(postcode_distance_dm(2731, 2711), 60);
    assert_int_equal(postcode_distance_dm(2711, 2911), 132);
    assert_int_equal(postcode_distance_dm(1011, 2711), 507);
    assert_int_equal(postcode_distance_dm(1000, 3000), 582);
    assert_int_equal(postcode_distance_dm(1000, 9999), 1981);
    assert_int_equal(postcode_pc4("2711 AB"), 2711);
    assert_int_equal(postcode_pc4("0711"), 0);
    assert_int_equal(postcode_pc4("27A1"), 0);
}

/* Without postcodes distance falls back on the municipality: same -> full, other -> 0. */
static void test_distance_by_municipality(void **state)
{
    (void)state;
    match_config cfg;
    match_config_default(&cfg);
    match_vacancy v = vacancy_v();
    v.pc4 = 0;
    match_prepared p;
    match_prepare(&p, &v);
    match_candidate b = cand_b();
    match_result r;
    match_score(&cfg, &p, &b, &r);
    assert_int_equal(r.by_municipality, 1);
    assert_int_equal(r.points[CRIT_DISTANCE], 1500);
    b.municipality = 2;
    match_score(&cfg, &p, &b, &r);
    assert_int_equal(r.points[CRIT_DISTANCE], 0);
}

static const char *names(void *ctx, uint16_t id)
{
    (void)ctx;
    static const char *const n[] = {"", "kassa", "klantcontact", "hygiëne", "heftruck", "Engels", "rijbewijs B"};
    return id < 7 ? n[id] : NULL;
}

static void test_reasons_text(void **state)
{
    (void)state;
    match_config cfg;
    match_config_default(&cfg);
    match_vacancy v = vacancy_v();
    match_candidate a = cand_a();
    match_result r;
    match_reason why[CRIT__COUNT];
    match_explain(&cfg, &v, &a, names, NULL, &r, why);
    assert_int_equal(r.total, 7625);
    assert_string_equal(why[CRIT_REQUIRED].text, "3 van 4 vereiste vaardigheden (mist: heftruck)");
    assert_string_equal(why[CRIT_WISHED].text, "1 van 2 gewenste vaardigheden (mist: rijbewijs B)");
    assert_string_equal(why[CRIT_HOURS].text, "kan 16-28 uur per week, vacature 24-32 uur");
    assert_string_equal(why[CRIT_DISTANCE].text, "ca. 4,2 km (postcodebenadering), reisbereik 10,0 km");
    assert_string_equal(why[CRIT_EDUCATION].text, "mbo niveau 1 (entree), gevraagd mbo niveau 2");
    assert_string_equal(why[CRIT_AVAILABILITY].text, "beschikbaar vanaf 01-02-2026, start 01-03-2026");
    assert_string_equal(why[CRIT_GROUP].text, "vacature is bedoeld voor Participatiewet");
    assert_int_equal(why[CRIT_REQUIRED].max, 4000);
}

static void test_codes_and_config(void **state)
{
    (void)state;
    uint32_t m;
    assert_int_equal(target_groups_parse("participatiewet, banenafspraak", &m, "groups", NULL), INC_OK);
    assert_int_equal(m, PW | BA);
    char buf[128];
    target_groups_format(m, buf, sizeof buf);
    assert_string_equal(buf, "banenafspraak,participatiewet");
    inc_error e = {0};
    assert_int_equal(target_groups_parse("bijstand", &m, "groups", &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "bijstand"));
    int lvl;
    assert_int_equal(education_parse("mbo3", &lvl, "education", NULL), INC_OK);
    assert_int_equal(lvl, EDU_MBO3);
    assert_int_equal(education_parse("mbo5", &lvl, "education", NULL), INC_EINVAL);
    match_config cfg;
    match_config_default(&cfg);
    int sum = 0;
    for (int i = 0; i < CRIT__COUNT; i++) sum += cfg.weight[i];
    assert_int_equal(sum, 100);
    assert_int_equal(match_config_check(&cfg, NULL), INC_OK);
    cfg.weight[0] = -1;
    assert_int_equal(match_config_check(&cfg, NULL), INC_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scores_worked_example),  cmocka_unit_test(test_hard_constraints),
        cmocka_unit_test(test_shortlist_fewer_with_reasons), cmocka_unit_test(test_shortlist_exact_count),
        cmocka_unit_test(test_best_vacancies_for_candidate), cmocka_unit_test(test_postcode_distance),
        cmocka_unit_test(test_distance_by_municipality), cmocka_unit_test(test_reasons_text),
        cmocka_unit_test(test_codes_and_config),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
