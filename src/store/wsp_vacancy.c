/* Vacancies: employer, hours range, place, skills, education, start, target groups, wanted count. */
#include "store/wsp_internal.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool wsp_store_employer_municipality(inc_db *db, int64_t employer_id, int64_t *municipality_id)
{
    return wsp_lookup_int(db, "SELECT municipality_id FROM employers WHERE id = ?", employer_id, municipality_id);
}

inc_status wsp_store_vacancy_insert(inc_db *db, int64_t municipality_id, const wsp_vacancy_in *in, int64_t *id,
                                    inc_error *e)
{
    char sd[11];
    date_format_iso(in->start, sd);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO vacancies(employer_id, title, hours_min_centi, hours_max_centi, municipality_id, postcode,"
                   " pc4, education_level, start_date, groups_mask, wanted) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, in->employer);
    db_bind_text(st, 2, in->title, -1, DB_COPY);
    db_bind_int64(st, 3, in->hours_min);
    db_bind_int64(st, 4, in->hours_max);
    db_bind_int64(st, 5, municipality_id);
    db_bind_text_or_null(st, 6, in->postcode);
    db_bind_int(st, 7, postcode_pc4(in->postcode));
    db_bind_int(st, 8, in->education);
    db_bind_text(st, 9, sd, -1, DB_COPY);
    db_bind_int64(st, 10, in->groups);
    db_bind_int64(st, 11, in->wanted);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status wsp_store_vacancy_skills_insert(inc_db *db, int64_t vacancy_id, const uint16_t *ids, int n, bool required,
                                           inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO vacancy_skills(vacancy_id, skill_id, required) VALUES (?,?,?)", &st, e)) return INC_EIO;
    for (int i = 0; i < n; i++) {
        db_reset(st);
        db_bind_int64(st, 1, vacancy_id);
        db_bind_int(st, 2, ids[i]);
        db_bind_int(st, 3, required);
        if (db_step_rc(st) != DB_DONE) { db_finalize(st); return db_fail(db, e); }
    }
    db_finalize(st);
    return INC_OK;
}

#define VAC_COLS(AGG)                                                                                          \
    "v.id, v.employer_id, o.name, v.title, v.hours_min_centi, v.hours_max_centi, m.code, v.postcode,"         \
    " v.education_level, v.start_date, v.groups_mask, v.wanted, v.status,"                                      \
    " (SELECT " AGG " FROM vacancy_skills vs JOIN skills s ON s.id = vs.skill_id"                               \
    "   WHERE vs.vacancy_id = v.id AND vs.required = 1),"                                                       \
    " (SELECT " AGG " FROM vacancy_skills vs JOIN skills s ON s.id = vs.skill_id"                               \
    "   WHERE vs.vacancy_id = v.id AND vs.required = 0),"                                                       \
    " (SELECT count(*) FROM proposals p WHERE p.vacancy_id = v.id),"                                            \
    " (SELECT count(*) FROM placements p WHERE p.vacancy_id = v.id)"
#define VAC_FROM                                                                                               \
    " FROM vacancies v JOIN employers em ON em.id = v.employer_id JOIN organisations o ON o.id ="              \
    " em.organisation_id JOIN municipalities m ON m.id = v.municipality_id"
/* The skills in id order (SQLite's group_concat follows the vacancy_skills key). */
#define VAC_SELECT(db, tail)                                                                                   \
    db_sql(db, "SELECT " VAC_COLS("group_concat(s.name, ',')") VAC_FROM tail,                                  \
           "SELECT " VAC_COLS("string_agg(s.name, ',' ORDER BY vs.skill_id)") VAC_FROM tail)

static void vacancy_row(inc_stmt *st, inc_arena *p, wsp_vacancy *r)
{
    r->id = db_col_int64(st, 0);
    r->employer = db_col_int64(st, 1);
    r->employer_name = wsp_col(p, st, 2);
    r->title = wsp_col(p, st, 3);
    r->hours_min = db_col_int64(st, 4);
    r->hours_max = db_col_int64(st, 5);
    r->municipality = wsp_col(p, st, 6);
    r->postcode = wsp_col(p, st, 7);
    r->education = db_col_int(st, 8);
    r->start_date = wsp_col(p, st, 9);
    r->groups = (uint32_t)db_col_int64(st, 10);
    r->wanted = db_col_int(st, 11);
    r->status = wsp_col(p, st, 12);
    r->required_skills = wsp_col(p, st, 13);
    r->wished_skills = wsp_col(p, st, 14);
    r->proposals = db_col_int(st, 15);
    r->placements = db_col_int(st, 16);
}

inc_status wsp_store_vacancies_select(inc_db *db, const char *status, wsp_vacancy_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, VAC_SELECT(db, " WHERE (?1 IS NULL OR v.status = ?1) ORDER BY v.id"), &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, status);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        wsp_vacancy *r = ARENA_LIST_PUSH(out);
        vacancy_row(st, &out->arena, r);
    }
    inc_status s = wsp_read_end(st, rc);
    if (s) WSP_LIST_FREE(out);
    return s;
}

inc_status wsp_store_vacancy_select(inc_db *db, int64_t id, wsp_vacancy *out, inc_arena *arena, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, VAC_SELECT(db, " WHERE v.id = ?"), &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "vacancy", "vacature %lld bestaat niet", (long long)id);
    }
    vacancy_row(st, arena, out);
    db_finalize(st);
    return INC_OK;
}

/* Sets one column of a vacancy: status as text, or wanted as a number. */
static inc_status vacancy_update(inc_db *db, int64_t id, const char *sql, const char *text, int64_t number,
                                 bool *found, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    if (text) db_bind_text(st, 1, text, -1, DB_COPY);
    else db_bind_int64(st, 1, number);
    db_bind_int64(st, 2, id);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *found = db_changes(db) > 0;
    return INC_OK;
}

inc_status wsp_store_vacancy_set_status(inc_db *db, int64_t id, const char *status, bool *found, inc_error *e)
{
    return vacancy_update(db, id, "UPDATE vacancies SET status = ? WHERE id = ?", status, 0, found, e);
}

inc_status wsp_store_vacancy_set_wanted(inc_db *db, int64_t id, int64_t wanted, bool *found, inc_error *e)
{
    return vacancy_update(db, id, "UPDATE vacancies SET wanted = ? WHERE id = ?", NULL, wanted, found, e);
}

/* Loads vacancies (with their skills) from a query whose columns are
 * id, municipality_id, hours_min, hours_max, start_date, groups_mask, pc4, education, status, wanted. */
static inc_status load_vacancies(inc_db *db, inc_stmt *st, match_vacancy **out, size_t *n, inc_error *e)
{
    size_t cap = 256, cnt = 0;
    match_vacancy *vs = malloc(cap * sizeof *vs);
    if (!vs) { db_finalize(st); return inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); }
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (cnt == cap) {
            match_vacancy *nv = realloc(vs, 2 * cap * sizeof *vs);
            if (!nv) { free(vs); db_finalize(st); return inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); }
            vs = nv;
            cap *= 2;
        }
        match_vacancy *v = &vs[cnt++];
        memset(v, 0, sizeof *v);
        v->id = db_col_int64(st, 0);
        v->municipality = (int32_t)db_col_int64(st, 1);
        v->hours_min = db_col_int(st, 2);
        v->hours_max = db_col_int(st, 3);
        date_parse(db_col_text(st, 4), &v->start, "start_date", NULL);
        v->groups = (uint32_t)db_col_int64(st, 5);
        v->pc4 = (int16_t)db_col_int(st, 6);
        v->education = (uint8_t)db_col_int(st, 7);
        v->open = strcmp(db_col_text(st, 8), "open") == 0;
        v->wanted = (uint8_t)db_col_int(st, 9);
    }
    db_finalize(st);
    if (rc == DB_ERR) { free(vs); return INC_EIO; }
    /* Skills of every loaded vacancy, in one ordered pass. */
    inc_stmt *sk;
    if (db_prepare(db, "SELECT skill_id, required FROM vacancy_skills WHERE vacancy_id = ? ORDER BY skill_id", &sk, e)) {
        free(vs);
        return INC_EIO;
    }
    for (size_t i = 0; i < cnt; i++) {
        db_reset(sk);
        db_bind_int64(sk, 1, vs[i].id);
        int rc_sk = DB_DONE;
        while ((rc_sk = db_step(db, sk, e)) == DB_ROW) {
            uint16_t s = (uint16_t)db_col_int(sk, 0);
            if (db_col_int(sk, 1)) {
                if (vs[i].n_required < MATCH_MAX_SKILLS) vs[i].required[vs[i].n_required++] = s;
            } else if (vs[i].n_wished < MATCH_MAX_SKILLS) vs[i].wished[vs[i].n_wished++] = s;
        }
        if (rc_sk == DB_ERR) {
            db_finalize(sk);
            free(vs);
            return INC_EIO;
        }
    }
    db_finalize(sk);
    *out = vs;
    *n = cnt;
    return INC_OK;
}

#define LOAD_COLS                                                                                              \
    "SELECT v.id, v.municipality_id, v.hours_min_centi, v.hours_max_centi, v.start_date, v.groups_mask, v.pc4," \
    " v.education_level, v.status, v.wanted FROM vacancies v"

inc_status wsp_store_vacancy_load(inc_db *db, int64_t id, match_vacancy *out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, LOAD_COLS " WHERE v.id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    match_vacancy *vs;
    size_t n;
    if (load_vacancies(db, st, &vs, &n, e)) return INC_EIO;
    if (n == 0) { free(vs); return inc_fail(e, INC_ENOTFOUND, "vacancy", "vacature %lld bestaat niet", (long long)id); }
    *out = vs[0];
    free(vs);
    return INC_OK;
}

inc_status wsp_store_vacancies_load_region(inc_db *db, const char *region, match_vacancy **out, size_t *n, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   LOAD_COLS " JOIN municipalities m ON m.id = v.municipality_id WHERE v.status = 'open'"
                             " AND (?1 IS NULL OR m.region = ?1) ORDER BY v.id",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, region);
    return load_vacancies(db, st, out, n, e);
}
