/* Matching benchmark: national scale (250,000 candidates, 100,000 vacancies) and the regional batch
 * (10,000 candidates x 2,000 vacancies), the core matcher (src/core/match*.c) beside the same scoring
 * written as one SQL query in SQLite (in memory, indexed), on the same generated data. Every SQL result
 * is compared with the core result (same candidates, same order, same scores).
 *
 *   match_bench [--national-candidates N] [--national-vacancies N] [--shortlists K] [--sql-shortlists K]
 *               [--regional-candidates N] [--regional-vacancies N] [--skip-sql-batch]
 *
 * Deterministic: the same arguments generate the same data. */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "core/match.h"

#define N_SKILLS 300
#define TODAY 20780 /* 2026-11-23 as a day number */

static uint64_t rng_state;
static uint64_t next(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
static int rnd(int n) { return (int)(next() % (uint64_t)n); }
/* Skewed skill choice: low ids are common (a few skills appear everywhere, most are rare). */
static uint16_t skill(void)
{
    uint64_t r = next() % 1000000;
    return (uint16_t)(1 + (r * r / 1000000) * N_SKILLS / 1000000);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int cmp_u16(const void *a, const void *b) { return (int)*(const uint16_t *)a - (int)*(const uint16_t *)b; }

static void add_unique(uint16_t *list, uint8_t *n, uint16_t s, const uint16_t *avoid, int navoid)
{
    for (int i = 0; i < *n; i++)
        if (list[i] == s) return;
    for (int i = 0; i < navoid; i++)
        if (avoid[i] == s) return;
    list[(*n)++] = s;
}

/* pc_lo..pc_hi: postcode range (national 1000-9999, a region narrower). */
static void gen_candidates(match_candidate *cs, size_t n, int pc_lo, int pc_hi, int64_t first_id)
{
    for (size_t i = 0; i < n; i++) {
        match_candidate *c = &cs[i];
        memset(c, 0, sizeof *c);
        c->id = first_id + (int64_t)i;
        c->pc4 = (int16_t)(pc_lo + rnd(pc_hi - pc_lo + 1));
        c->municipality = c->pc4 / 10;
        c->hours_min = 800 * rnd(4);
        c->hours_max = c->hours_min + 800 + 800 * rnd(3);
        if (c->hours_max > 4000) c->hours_max = 4000;
        c->travel_dm = 50 + 50 * rnd(6);
        c->available_from = TODAY - 180 + rnd(240);
        c->groups = 1u << rnd(TG__COUNT);
        if (rnd(4) == 0) c->groups |= 1u << rnd(TG__COUNT);
        c->education = (uint8_t)rnd(EDU_HBO);
        c->consent = rnd(100) < 85;
        int k = 2 + rnd(7);
        while (c->n_skills < k) add_unique(c->skills, &c->n_skills, skill(), NULL, 0);
        qsort(c->skills, c->n_skills, sizeof c->skills[0], cmp_u16);
    }
}

static void gen_vacancies(match_vacancy *vs, size_t n, int pc_lo, int pc_hi, int64_t first_id)
{
    for (size_t i = 0; i < n; i++) {
        match_vacancy *v = &vs[i];
        memset(v, 0, sizeof *v);
        v->id = first_id + (int64_t)i;
        v->pc4 = (int16_t)(pc_lo + rnd(pc_hi - pc_lo + 1));
        v->municipality = v->pc4 / 10;
        v->hours_min = 1200 + 400 * rnd(6);
        v->hours_max = v->hours_min + 400 * rnd(4);
        v->start = TODAY + 7 + rnd(90);
        v->groups = rnd(10) < 6 ? 0 : (1u << rnd(TG__COUNT)) | (1u << rnd(TG__COUNT));
        v->education = (uint8_t)rnd(EDU_MBO3);
        v->open = 1;
        v->wanted = (uint8_t)(1 + rnd(10));
        int r = 1 + rnd(3), w = rnd(4);
        while (v->n_required < r) add_unique(v->required, &v->n_required, skill(), NULL, 0);
        while (v->n_wished < w) add_unique(v->wished, &v->n_wished, skill(), v->required, v->n_required);
    }
}

/* ---- SQLite side: the same data and the same scoring as one query ---- */

static void exec(sqlite3 *db, const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "sqlite: %s\n", err);
        exit(1);
    }
}

static void load_sql(sqlite3 *db, const char *prefix, const match_candidate *cs, size_t nc, const match_vacancy *vs,
                     size_t nv)
{
    char sql[512];
    snprintf(sql, sizeof sql,
             "CREATE TABLE %1$scand(id INTEGER PRIMARY KEY, muni INT, hmin INT, hmax INT, travel INT, avail INT,"
             " groups INT, pc4 INT, edu INT, consent INT);"
             "CREATE TABLE %1$scand_skill(cid INT, sid INT, PRIMARY KEY(cid, sid)) WITHOUT ROWID;"
             "CREATE TABLE %1$svac(id INTEGER PRIMARY KEY, muni INT, hmin INT, hmax INT, start INT, groups INT, pc4 INT,"
             " edu INT, open INT, wanted INT, nreq INT, nwish INT);"
             "CREATE TABLE %1$svac_skill(vid INT, sid INT, req INT, PRIMARY KEY(vid, sid)) WITHOUT ROWID;",
             prefix);
    exec(db, sql);
    exec(db, "BEGIN");
    sqlite3_stmt *c, *cs_st, *v, *vs_st;
    snprintf(sql, sizeof sql, "INSERT INTO %scand VALUES (?,?,?,?,?,?,?,?,?,?)", prefix);
    sqlite3_prepare_v2(db, sql, -1, &c, NULL);
    snprintf(sql, sizeof sql, "INSERT INTO %scand_skill VALUES (?,?)", prefix);
    sqlite3_prepare_v2(db, sql, -1, &cs_st, NULL);
    snprintf(sql, sizeof sql, "INSERT INTO %svac VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", prefix);
    sqlite3_prepare_v2(db, sql, -1, &v, NULL);
    snprintf(sql, sizeof sql, "INSERT INTO %svac_skill VALUES (?,?,?)", prefix);
    sqlite3_prepare_v2(db, sql, -1, &vs_st, NULL);
    for (size_t i = 0; i < nc; i++) {
        const match_candidate *x = &cs[i];
        int64_t vals[] = {x->id, x->municipality, x->hours_min, x->hours_max, x->travel_dm, x->available_from,
                          x->groups, x->pc4, x->education, x->consent};
        for (int k = 0; k < 10; k++) sqlite3_bind_int64(c, k + 1, vals[k]);
        sqlite3_step(c);
        sqlite3_reset(c);
        for (int k = 0; k < x->n_skills; k++) {
            sqlite3_bind_int64(cs_st, 1, x->id);
            sqlite3_bind_int(cs_st, 2, x->skills[k]);
            sqlite3_step(cs_st);
            sqlite3_reset(cs_st);
        }
    }
    for (size_t i = 0; i < nv; i++) {
        const match_vacancy *x = &vs[i];
        int64_t vals[] = {x->id, x->municipality, x->hours_min, x->hours_max, x->start, x->groups,
                          x->pc4, x->education, x->open, x->wanted, x->n_required, x->n_wished};
        for (int k = 0; k < 12; k++) sqlite3_bind_int64(v, k + 1, vals[k]);
        sqlite3_step(v);
        sqlite3_reset(v);
        for (int k = 0; k < x->n_required + x->n_wished; k++) {
            bool req = k < x->n_required;
            sqlite3_bind_int64(vs_st, 1, x->id);
            sqlite3_bind_int(vs_st, 2, req ? x->required[k] : x->wished[k - x->n_required]);
            sqlite3_bind_int(vs_st, 3, req);
            sqlite3_step(vs_st);
            sqlite3_reset(vs_st);
        }
    }
    sqlite3_finalize(c);
    sqlite3_finalize(cs_st);
    sqlite3_finalize(v);
    sqlite3_finalize(vs_st);
    exec(db, "COMMIT");
    snprintf(sql, sizeof sql, "CREATE INDEX %1$scand_skill_sid ON %1$scand_skill(sid, cid); ANALYZE;", prefix);
    exec(db, sql);
}

/* The score of core/match_score.c with the default weights (40/10/15/15/10/5/5), integers only. */
#define SCORE_SQL                                                                                              \
    "(CASE WHEN v.nreq = 0 THEN 4000 ELSE (8000 * coalesce(sk.req_have, 0) + v.nreq) / (2 * v.nreq) END"       \
    " + CASE WHEN v.nwish = 0 THEN 1000 ELSE (2000 * coalesce(sk.wish_have, 0) + v.nwish) / (2 * v.nwish) END" \
    " + CASE WHEN v.hmax > v.hmin THEN (3000 * ((v.hmax - v.hmin) + min(c.hmax, v.hmax) - v.hmin)"             \
    "        + 2 * (v.hmax - v.hmin)) / (4 * (v.hmax - v.hmin)) ELSE 1500 END"                                   \
    " + CASE WHEN v.pc4 > 0 AND c.pc4 > 0 THEN"                                                                 \
    "     (SELECT CASE WHEN d <= c.travel THEN 1500 WHEN c.travel > 0 AND d < 2 * c.travel"                    \
    "        THEN (3000 * (2 * c.travel - d) + c.travel) / (2 * c.travel) ELSE 0 END FROM"                       \
    "      (SELECT CASE WHEN a <= 20 THEN 3 * a WHEN a <= 200 THEN 60 + (4 * (a - 20)) / 10"                     \
    "        WHEN a <= 2000 THEN 132 + (a - 200) / 4 ELSE 582 + (a - 2000) / 5 END AS d FROM"                    \
    "        (SELECT abs(v.pc4 - c.pc4) AS a)))"                                                                  \
    "   WHEN v.muni = c.muni THEN 1500 ELSE 0 END"                                                               \
    " + CASE WHEN c.edu >= v.edu THEN 1000 WHEN c.edu + 1 = v.edu THEN 500 ELSE 0 END"                          \
    " + CASE WHEN c.avail <= v.start - 14 THEN 500 ELSE 250 END"                                                 \
    " + CASE WHEN v.groups != 0 THEN 500 ELSE 250 END)"

#define HARD_SQL                                                                                               \
    " v.open = 1 AND c.consent = 1 AND c.avail <= v.start AND c.hmax >= v.hmin AND c.hmin <= v.hmax"             \
    " AND (v.groups = 0 OR (v.groups & c.groups) != 0)"

/* Skill counts per (vacancy, candidate) from the skill tables, joined in. */
#define SKILLS_SQL(p)                                                                                          \
    " LEFT JOIN (SELECT vs.vid, cs.cid, sum(vs.req) AS req_have, sum(1 - vs.req) AS wish_have"                 \
    "   FROM " p "vac_skill vs JOIN " p "cand_skill cs ON cs.sid = vs.sid %s GROUP BY vs.vid, cs.cid) sk"         \
    "   ON sk.vid = v.id AND sk.cid = c.id"

typedef struct {
    int n;
    int64_t ids[MATCH_MAX_WANTED];
    int32_t scores[MATCH_MAX_WANTED];
} top_list;

static bool same(const top_list *a, const match_shortlist *s, const match_candidate *cs)
{
    if (a->n != s->n) return false;
    for (int i = 0; i < a->n; i++)
        if (a->ids[i] != cs[s->hits[i].index].id || a->scores[i] != s->hits[i].score) return false;
    return true;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static const char *arg(int argc, char **argv, const char *name, const char *dflt)
{
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], name)) return argv[i + 1];
    return dflt;
}

int main(int argc, char **argv)
{
    size_t nat_c = (size_t)atol(arg(argc, argv, "--national-candidates", "250000"));
    size_t nat_v = (size_t)atol(arg(argc, argv, "--national-vacancies", "100000"));
    int shortlists = atoi(arg(argc, argv, "--shortlists", "200"));
    int sql_shortlists = atoi(arg(argc, argv, "--sql-shortlists", "20"));
    size_t reg_c = (size_t)atol(arg(argc, argv, "--regional-candidates", "10000"));
    size_t reg_v = (size_t)atol(arg(argc, argv, "--regional-vacancies", "2000"));
    bool sql_batch = true;
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--skip-sql-batch")) sql_batch = false;
    match_config cfg;
    match_config_default(&cfg);

    rng_state = 20261123;
    match_candidate *cs = malloc(nat_c * sizeof *cs);
    match_vacancy *vs = malloc(nat_v * sizeof *vs);
    if (!cs || !vs) return 1;
    double t0 = now_ms();
    gen_candidates(cs, nat_c, 1000, 9999, 1);
    gen_vacancies(vs, nat_v, 1000, 9999, 1);
    printf("generated national data: %zu candidates, %zu vacancies in %.0f ms\n", nat_c, nat_v, now_ms() - t0);

    /* 1. One shortlist over all national candidates, for `shortlists` different vacancies. */
    double *times = malloc(sizeof(double) * (size_t)(shortlists > sql_shortlists ? shortlists : sql_shortlists));
    match_shortlist *lists = malloc(sizeof *lists * (size_t)shortlists);
    match_prepared *p = malloc(sizeof *p);
    int64_t suitable = 0;
    for (int k = 0; k < shortlists; k++) {
        const match_vacancy *v = &vs[(size_t)k * (nat_v / (size_t)shortlists)];
        double a = now_ms();
        match_prepare(p, v);
        match_for_prepared(&cfg, p, cs, nat_c, &lists[k]);
        times[k] = now_ms() - a;
        suitable += lists[k].n;
    }
    qsort(times, (size_t)shortlists, sizeof *times, cmp_double);
    double core_median = times[shortlists / 2], core_p95 = times[(shortlists * 95) / 100];
    printf("core   shortlist, 1 vacancy x %zu candidates: median %.2f ms, p95 %.2f ms, max %.2f ms (%d vacancies,"
           " %.1f candidates per list)\n",
           nat_c, core_median, core_p95, times[shortlists - 1], shortlists, (double)suitable / shortlists);

    /* 2. The same shortlists as one SQL query each. */
    sqlite3 *db;
    sqlite3_open(":memory:", &db);
    t0 = now_ms();
    load_sql(db, "n_", cs, nat_c, vs, nat_v);
    printf("loaded national data into SQLite in %.0f ms\n", now_ms() - t0);
    char sql[8192];
    char filter[128];
    snprintf(filter, sizeof filter, "WHERE vs.vid = ?1");
    char skills[1024];
    snprintf(skills, sizeof skills, SKILLS_SQL("n_"), filter);
    snprintf(sql, sizeof sql,
             "SELECT id, score FROM (SELECT c.id, " SCORE_SQL " AS score FROM n_vac v JOIN n_cand c %s"
             " WHERE v.id = ?1 AND" HARD_SQL ") WHERE score >= %d ORDER BY score DESC, id LIMIT ?2",
             skills, cfg.min_score);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    int identical = 0;
    for (int k = 0; k < sql_shortlists && k < shortlists; k++) {
        const match_vacancy *v = &vs[(size_t)k * (nat_v / (size_t)shortlists)];
        top_list t = {0};
        double a = now_ms();
        sqlite3_bind_int64(st, 1, v->id);
        sqlite3_bind_int(st, 2, v->wanted);
        while (sqlite3_step(st) == SQLITE_ROW && t.n < MATCH_MAX_WANTED) {
            t.ids[t.n] = sqlite3_column_int64(st, 0);
            t.scores[t.n++] = sqlite3_column_int(st, 1);
        }
        sqlite3_reset(st);
        times[k] = now_ms() - a;
        identical += same(&t, &lists[k], cs);
    }
    sqlite3_finalize(st);
    int nsql = sql_shortlists < shortlists ? sql_shortlists : shortlists;
    qsort(times, (size_t)nsql, sizeof *times, cmp_double);
    double sql_median = times[nsql / 2];
    printf("sqlite shortlist, 1 vacancy x %zu candidates: median %.2f ms (%d vacancies, %d/%d identical to core)\n",
           nat_c, sql_median, nsql, identical, nsql);
    printf("ratio  shortlist: SQLite / core = %.1f\n", sql_median / core_median);

    /* 3. Reverse direction: best 10 vacancies for one candidate among all national vacancies. */
    t0 = now_ms();
    match_shortlist rev;
    int reps = 20;
    for (int k = 0; k < reps; k++) match_for_candidate(&cfg, &cs[(size_t)k * 997 % nat_c], vs, nat_v, 10, &rev);
    printf("core   best 10 vacancies for 1 candidate x %zu vacancies: mean %.2f ms\n", nat_v, (now_ms() - t0) / reps);
    free(lists);

    /* 4. The regional batch: every vacancy's shortlist, regional candidates (PC4 2200-2799). */
    rng_state = 2026;
    match_candidate *rc = malloc(reg_c * sizeof *rc);
    match_vacancy *rv = malloc(reg_v * sizeof *rv);
    gen_candidates(rc, reg_c, 2200, 2799, 1);
    gen_vacancies(rv, reg_v, 2200, 2799, 1);
    match_shortlist *batch = malloc(sizeof *batch * reg_v);
    double best = 1e18;
    for (int rep = 0; rep < 3; rep++) {
        double a = now_ms();
        for (size_t i = 0; i < reg_v; i++) {
            match_prepare(p, &rv[i]);
            match_for_prepared(&cfg, p, rc, reg_c, &batch[i]);
        }
        double t = now_ms() - a;
        if (t < best) best = t;
    }
    int64_t placed = 0;
    for (size_t i = 0; i < reg_v; i++) placed += batch[i].n;
    printf("core   regional batch %zu candidates x %zu vacancies: %.1f ms (best of 3; %lld shortlist entries)\n", reg_c,
           reg_v, best, (long long)placed);
    if (sql_batch) {
        load_sql(db, "r_", rc, reg_c, rv, reg_v);
        snprintf(skills, sizeof skills, SKILLS_SQL("r_"), "");
        snprintf(sql, sizeof sql,
                 "SELECT vid, id, score FROM (SELECT vid, id, score, wanted, row_number() OVER (PARTITION BY vid"
                 " ORDER BY score DESC, id) AS rn FROM (SELECT v.id AS vid, c.id, v.wanted, " SCORE_SQL " AS score"
                 " FROM r_vac v JOIN r_cand c %s WHERE" HARD_SQL ") WHERE score >= %d) WHERE rn <= wanted"
                 " ORDER BY vid, rn",
                 skills, cfg.min_score);
        if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
            fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
            return 1;
        }
        double a = now_ms();
        top_list *tl = calloc(reg_v, sizeof *tl);
        int64_t rows = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            int64_t vid = sqlite3_column_int64(st, 0);
            top_list *t = &tl[vid - 1];
            if (t->n < MATCH_MAX_WANTED) {
                t->ids[t->n] = sqlite3_column_int64(st, 1);
                t->scores[t->n++] = sqlite3_column_int(st, 2);
            }
            rows++;
        }
        double t = now_ms() - a;
        sqlite3_finalize(st);
        size_t ok = 0;
        for (size_t i = 0; i < reg_v; i++) ok += same(&tl[i], &batch[i], rc);
        printf("sqlite regional batch as one query: %.1f ms (%lld rows, %zu/%zu shortlists identical to core)\n", t,
               (long long)rows, ok, reg_v);
        printf("ratio  regional batch: SQLite / core = %.1f\n", t / best);
        free(tl);
    }
    sqlite3_close(db);
    printf("goals: shortlist < 10 ms: %s; regional batch < 1000 ms: %s\n", core_median < 10 ? "yes" : "NO",
           best < 1000 ? "yes" : "NO");
    free(p);
    free(batch);
    free(rc);
    free(rv);
    free(times);
    free(cs);
    free(vs);
    return 0;
}
