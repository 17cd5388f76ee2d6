/* Candidates: pseudonymous profiles (a person by the HMAC of the BSN, never the BSN), owned by a
 * municipality; only the 4 digits of the postcode are kept. */
#include "store/wsp_internal.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool wsp_store_candidate_of_person(inc_db *db, int64_t person_id, int64_t *candidate_id)
{
    return wsp_lookup_int(db, "SELECT id FROM candidates WHERE person_id = ?", person_id, candidate_id);
}

inc_status wsp_store_candidate_insert(inc_db *db, int64_t person_id, int64_t municipality_id,
                                      const wsp_candidate_in *in, inc_date today, int64_t *id, inc_error *e)
{
    char fd[11], day[11];
    date_format_iso(in->available_from, fd);
    date_format_iso(today, day);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO candidates(person_id, municipality_id, education_level, hours_min_centi,"
                   " hours_max_centi, pc4, travel_dm, groups_mask, available_from, consent, consent_date)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, person_id);
    db_bind_int64(st, 2, municipality_id);
    db_bind_int(st, 3, in->education);
    db_bind_int64(st, 4, in->hours_min);
    db_bind_int64(st, 5, in->hours_max);
    db_bind_int(st, 6, in->pc4);
    db_bind_int64(st, 7, in->travel_dm);
    db_bind_int64(st, 8, in->groups);
    db_bind_text(st, 9, fd, -1, DB_COPY);
    db_bind_int(st, 10, in->consent);
    if (in->consent) db_bind_text(st, 11, day, -1, DB_COPY);
    else db_bind_null(st, 11);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status wsp_store_candidate_skills_insert(inc_db *db, int64_t candidate_id, const uint16_t *ids, int n, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO candidate_skills(candidate_id, skill_id) VALUES (?,?)", &st, e)) return INC_EIO;
    for (int i = 0; i < n; i++) {
        db_reset(st);
        db_bind_int64(st, 1, candidate_id);
        db_bind_int(st, 2, ids[i]);
        if (db_step_rc(st) != DB_DONE) { db_finalize(st); return db_fail(db, e); }
    }
    db_finalize(st);
    return INC_OK;
}

#define CAND_COLS(AGG)                                                                                         \
    "c.id, m.code, c.education_level, c.hours_min_centi, c.hours_max_centi, c.pc4, c.travel_dm, c.groups_mask,"\
    " c.available_from, c.consent, c.status, (SELECT " AGG " FROM candidate_skills cs"                           \
    " JOIN skills s ON s.id = cs.skill_id WHERE cs.candidate_id = c.id), c.municipality_id"
#define CAND_FROM " FROM candidates c JOIN municipalities m ON m.id = c.municipality_id"
/* The skills in id order (SQLite's group_concat follows the candidate_skills key). */
#define CAND_SELECT(db, tail)                                                                                  \
    db_sql(db, "SELECT " CAND_COLS("group_concat(s.name, ',')") CAND_FROM tail,                                \
           "SELECT " CAND_COLS("string_agg(s.name, ',' ORDER BY cs.skill_id)") CAND_FROM tail)

static void candidate_row(inc_stmt *st, inc_arena *p, wsp_candidate *r)
{
    r->id = db_col_int64(st, 0);
    r->municipality = wsp_col(p, st, 1);
    r->education = db_col_int(st, 2);
    r->hours_min = db_col_int64(st, 3);
    r->hours_max = db_col_int64(st, 4);
    r->pc4 = db_col_int(st, 5);
    r->travel_dm = db_col_int64(st, 6);
    r->groups = (uint32_t)db_col_int64(st, 7);
    r->available_from = wsp_col(p, st, 8);
    r->consent = db_col_int(st, 9);
    r->status = wsp_col(p, st, 10);
    r->skills = wsp_col(p, st, 11);
    r->municipality_id = db_col_int64(st, 12);
}

inc_status wsp_store_candidates_select(inc_db *db, const int64_t *municipality_ids, int n_ids, wsp_candidate_list *out,
                                       inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, CAND_SELECT(db, " ORDER BY c.id"), &st, e)) return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (municipality_ids) {
            int64_t m = db_col_int64(st, 12);
            bool ok = false;
            for (int i = 0; i < n_ids; i++) ok |= municipality_ids[i] == m;
            if (!ok) continue;
        }
        wsp_candidate *r = ARENA_LIST_PUSH(out);
        candidate_row(st, &out->arena, r);
    }
    inc_status s = wsp_read_end(st, rc);
    if (s) WSP_LIST_FREE(out);
    return s;
}

inc_status wsp_store_candidate_select(inc_db *db, int64_t id, wsp_candidate *out, inc_arena *arena, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, CAND_SELECT(db, " WHERE c.id = ?"), &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "candidate", "kandidaat %lld bestaat niet", (long long)id);
    }
    candidate_row(st, arena, out);
    db_finalize(st);
    return INC_OK;
}

inc_status wsp_store_candidate_set_consent(inc_db *db, int64_t id, bool consent, inc_date today, bool *found,
                                           inc_error *e)
{
    char day[11];
    date_format_iso(today, day);
    inc_stmt *st;
    if (db_prepare(db, "UPDATE candidates SET consent = ?, consent_date = ? WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int(st, 1, consent);
    db_bind_text(st, 2, day, -1, DB_COPY);
    db_bind_int64(st, 3, id);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *found = db_changes(db) > 0;
    return INC_OK;
}

/* Columns: id, municipality_id, hours_min, hours_max, travel_dm, available_from, groups, pc4, education, consent. */
#define LOAD_COLS                                                                                              \
    "SELECT c.id, c.municipality_id, c.hours_min_centi, c.hours_max_centi, c.travel_dm, c.available_from,"     \
    " c.groups_mask, c.pc4, c.education_level, c.consent FROM candidates c"

static void candidate_from_row(inc_stmt *st, match_candidate *c)
{
    memset(c, 0, sizeof *c);
    c->id = db_col_int64(st, 0);
    c->municipality = (int32_t)db_col_int64(st, 1);
    c->hours_min = db_col_int(st, 2);
    c->hours_max = db_col_int(st, 3);
    c->travel_dm = db_col_int(st, 4);
    date_parse(db_col_text(st, 5), &c->available_from, "available_from", NULL);
    c->groups = (uint32_t)db_col_int64(st, 6);
    c->pc4 = (int16_t)db_col_int(st, 7);
    c->education = (uint8_t)db_col_int(st, 8);
    c->consent = (uint8_t)db_col_int(st, 9);
}

inc_status wsp_store_candidate_load(inc_db *db, int64_t id, match_candidate *c, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, LOAD_COLS " WHERE c.id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "candidate", "kandidaat %lld bestaat niet", (long long)id);
    }
    candidate_from_row(st, c);
    db_finalize(st);
    if (db_prepare(db, "SELECT skill_id FROM candidate_skills WHERE candidate_id = ? ORDER BY skill_id", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW && c->n_skills < MATCH_MAX_SKILLS)
        c->skills[c->n_skills++] = (uint16_t)db_col_int(st, 0);
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return INC_OK;
}

inc_status wsp_store_candidates_load_region(inc_db *db, const char *region, match_candidate **out, size_t *n, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   LOAD_COLS " JOIN municipalities m ON m.id = c.municipality_id WHERE c.status = 'actief'"
                             " AND (?1 IS NULL OR m.region = ?1) ORDER BY c.id",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, region);
    size_t cap = 1024, cnt = 0;
    match_candidate *cs = malloc(cap * sizeof *cs);
    if (!cs) { db_finalize(st); return inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); }
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (cnt == cap) {
            match_candidate *nc = realloc(cs, 2 * cap * sizeof *cs);
            if (!nc) { free(cs); db_finalize(st); return inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); }
            cs = nc;
            cap *= 2;
        }
        candidate_from_row(st, &cs[cnt++]);
    }
    db_finalize(st);
    if (rc == DB_ERR) { free(cs); return INC_EIO; }
    /* Skills in one pass ordered by candidate, merged into the id-ordered array. */
    if (db_prepare(db, "SELECT candidate_id, skill_id FROM candidate_skills ORDER BY candidate_id, skill_id", &st, e)) {
        free(cs);
        return INC_EIO;
    }
    size_t k = 0;
    rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW && k < cnt) {
        int64_t cid = db_col_int64(st, 0);
        while (k < cnt && cs[k].id < cid) k++;
        if (k < cnt && cs[k].id == cid && cs[k].n_skills < MATCH_MAX_SKILLS)
            cs[k].skills[cs[k].n_skills++] = (uint16_t)db_col_int(st, 1);
    }
    db_finalize(st);
    if (rc == DB_ERR) { free(cs); return INC_EIO; }
    *out = cs;
    *n = cnt;
    return INC_OK;
}
