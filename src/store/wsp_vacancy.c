/* Vacancies: employer, hours range, place, skills, education, start, target groups, wanted count. */
#include "core/ident.h"
#include "core/json_fixed.h"
#include "core/wsp_rules.h"
#include "store/audit.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inc_status insert_skills(inc_db *db, int64_t vid, const uint16_t *ids, int n, int required, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO vacancy_skills(vacancy_id, skill_id, required) VALUES (?,?,?)", &st, e)) return INC_EIO;
    for (int i = 0; i < n; i++) {
        db_reset(st);
        db_bind_int64(st, 1, vid);
        db_bind_int(st, 2, ids[i]);
        db_bind_int(st, 3, required);
        if (db_step_rc(st) != DB_DONE) { db_finalize(st); return db_fail(db, e); }
    }
    db_finalize(st);
    return INC_OK;
}

inc_status wsp_vacancy_add(inc_db *db, json_t *in, int64_t *id, inc_error *e)
{
    int64_t employer, hmin, hmax, wanted;
    const char *title, *muni, *pc_in, *edu_s;
    char pc[8] = "", groups_s[512], req_s[2048], wish_s[2048];
    int edu = EDU_GEEN;
    inc_date start;
    uint32_t groups;
    inc_checks c;   /* every bad field, for the API; e ends with the first */
    inc_checks_begin(&c, e);
    e = c.e;
    inc_check(&c, in_int(in, "employer", true, 0, &employer, e));
    inc_check(&c, in_text(in, "title", true, &title, e));
    bool hmin_ok = inc_check(&c, in_fixed(in, "hours_min", 2, true, 0, &hmin, e));
    bool hmax_ok = inc_check(&c, in_fixed(in, "hours_max", 2, true, 0, &hmax, e));
    if (inc_check(&c, in_int(in, "wanted", true, 0, &wanted, e)) && hmin_ok && hmax_ok)
        inc_check(&c, vacancy_check(hmin, hmax, wanted, e));
    inc_check(&c, in_text(in, "municipality", false, &muni, e));
    if (inc_check(&c, in_text(in, "postcode", false, &pc_in, e)) && pc_in)
        inc_check(&c, postcode_normalise(pc_in, pc, "postcode", e));
    if (inc_check(&c, in_text(in, "education", false, &edu_s, e)) && edu_s)
        inc_check(&c, education_parse(edu_s, &edu, "education", e));
    inc_check(&c, in_date(in, "start_date", true, &start, e));
    if (inc_check(&c, in_list(in, "groups", groups_s, sizeof groups_s, e)))
        inc_check(&c, target_groups_parse(groups_s, &groups, "groups", e));
    inc_check(&c, in_list(in, "required_skills", req_s, sizeof req_s, e));
    inc_check(&c, in_list(in, "wished_skills", wish_s, sizeof wish_s, e));
    if (inc_checks_end(&c) != INC_OK) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    uint16_t req[MATCH_MAX_SKILLS], wish[MATCH_MAX_SKILLS];
    int nreq, nwish;
    if (wsp_skills_resolve(db, req_s, req, MATCH_MAX_SKILLS, &nreq, "required_skills", e) ||
        wsp_skills_resolve(db, wish_s, wish, MATCH_MAX_SKILLS, &nwish, "wished_skills", e))
        goto fail;
    for (int i = 0; i < nreq; i++)
        for (int k = 0; k < nwish; k++)
            if (req[i] == wish[k]) {
                inc_fail(e, INC_EINVAL, "wished_skills", "een vaardigheid is vereist of gewenst, niet allebei");
                goto fail;
            }
    int64_t muni_id = 0;
    if (muni) {
        if (wsp_municipality_id(db, muni, &muni_id, e)) goto fail;
    }
    if (!wsp_lookup_int(db, "SELECT municipality_id FROM employers WHERE id = ?", employer, muni ? NULL : &muni_id)) {
        inc_fail(e, INC_EINVAL, "employer", "werkgever %lld bestaat niet", (long long)employer);
        goto fail;
    }
    char sd[11];
    date_format_iso(start, sd);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO vacancies(employer_id, title, hours_min_centi, hours_max_centi, municipality_id, postcode,"
                   " pc4, education_level, start_date, groups_mask, wanted) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        goto fail;
    db_bind_int64(st, 1, employer);
    db_bind_text(st, 2, title, -1, DB_COPY);
    db_bind_int64(st, 3, hmin);
    db_bind_int64(st, 4, hmax);
    db_bind_int64(st, 5, muni_id);
    db_bind_text_or_null(st, 6, pc);
    db_bind_int(st, 7, postcode_pc4(pc));
    db_bind_int(st, 8, edu);
    db_bind_text(st, 9, sd, -1, DB_COPY);
    db_bind_int64(st, 10, groups);
    db_bind_int64(st, 11, wanted);
    if (wsp_step_done(db, st, e)) goto fail;
    *id = db_last_id(db);
    if (insert_skills(db, *id, req, nreq, 1, e) || insert_skills(db, *id, wish, nwish, 0, e)) goto fail;
    char detail[96];
    snprintf(detail, sizeof detail, "{\"employer\":%lld,\"wanted\":%lld}", (long long)employer, (long long)wanted);
    if (audit_write(db, "create", "vacancy", *id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
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

static json_t *split_list(const char *s)
{
    json_t *arr = json_array();
    if (!s) return arr;
    const char *p = s;
    while (*p) {
        const char *q = strchr(p, ',');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        json_array_append_new(arr, json_stringn(p, len));
        p += len + (q ? 1 : 0);
    }
    return arr;
}

static json_t *groups_json(uint32_t mask)
{
    json_t *arr = json_array();
    for (int g = 0; g < TG__COUNT; g++)
        if (mask & (1u << g)) json_array_append_new(arr, json_string(target_group_code(g)));
    return arr;
}

static json_t *vacancy_row(inc_stmt *st)
{
    json_t *j = json_pack("{s:I, s:I, s:s, s:s, s:o, s:o, s:s}", "id", (json_int_t)db_col_int64(st, 0),
                          "employer", (json_int_t)db_col_int64(st, 1), "employer_name",
                          db_col_text(st, 2), "title", db_col_text(st, 3),
                          "hours_min", json_fixed(db_col_int64(st, 4), 2), "hours_max",
                          json_fixed(db_col_int64(st, 5), 2), "municipality",
                          db_col_text(st, 6));
    json_object_set_new(j, "postcode", db_col_is_null(st, 7)
                                           ? json_null()
                                           : json_string(db_col_text(st, 7)));
    json_object_set_new(j, "education", json_string(education_code(db_col_int(st, 8))));
    json_object_set_new(j, "start_date", json_string(db_col_text(st, 9)));
    json_object_set_new(j, "groups", groups_json((uint32_t)db_col_int64(st, 10)));
    json_object_set_new(j, "wanted", json_integer(db_col_int(st, 11)));
    json_object_set_new(j, "status", json_string(db_col_text(st, 12)));
    json_object_set_new(j, "required_skills", split_list(db_col_text(st, 13)));
    json_object_set_new(j, "wished_skills", split_list(db_col_text(st, 14)));
    json_object_set_new(j, "proposals", json_integer(db_col_int(st, 15)));
    json_object_set_new(j, "placements", json_integer(db_col_int(st, 16)));
    return j;
}

inc_status wsp_vacancies_list(inc_db *db, const char *status, json_t **out, inc_error *e)
{
    static const char *const statuses[] = {"open", "vervuld", "gesloten"};
    if (status && wsp_check_one_of(status, statuses, 3, "status", e)) return INC_EINVAL;
    inc_stmt *st;
    if (db_prepare(db, VAC_SELECT(db, " WHERE (?1 IS NULL OR v.status = ?1) ORDER BY v.id"), &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, status);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) json_array_append_new(arr, vacancy_row(st));
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

inc_status wsp_vacancy_get(inc_db *db, int64_t id, json_t **out, inc_error *e)
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
    *out = vacancy_row(st);
    db_finalize(st);
    return INC_OK;
}

/* Sets one column of a vacancy (status as text, or wanted as a number), audited with the new value;
 * the one write behind both changes below. */
static inc_status vacancy_update(inc_db *db, int64_t id, const char *sql, const char *text, int64_t number,
                                 const char *detail, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) goto fail;
    if (text) db_bind_text(st, 1, text, -1, DB_COPY);
    else db_bind_int64(st, 1, number);
    db_bind_int64(st, 2, id);
    if (wsp_step_done(db, st, e)) goto fail;
    if (db_changes(db) == 0) {
        inc_fail(e, INC_ENOTFOUND, "vacancy", "vacature %lld bestaat niet", (long long)id);
        goto fail;
    }
    if (audit_write(db, "update", "vacancy", id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_vacancy_set_status(inc_db *db, int64_t id, const char *status, inc_error *e)
{
    static const char *const statuses[] = {"open", "vervuld", "gesloten"};
    if (wsp_check_one_of(status, statuses, 3, "status", e)) return INC_EINVAL;
    char detail[64];
    snprintf(detail, sizeof detail, "{\"status\":\"%s\"}", status);
    return vacancy_update(db, id, "UPDATE vacancies SET status = ? WHERE id = ?", status, 0, detail, e);
}

/* The number of candidates the employer asks for (1-50), changed when fewer suitable candidates
 * are found and the employer agrees to see fewer; the same check and message as at creation. */
inc_status wsp_vacancy_set_wanted(inc_db *db, int64_t id, int64_t wanted, inc_error *e)
{
    if (vacancy_check(0, 100, wanted, e)) return INC_EINVAL;
    char detail[64];
    snprintf(detail, sizeof detail, "{\"wanted\":%lld}", (long long)wanted);
    return vacancy_update(db, id, "UPDATE vacancies SET wanted = ? WHERE id = ?", NULL, wanted, detail, e);
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

inc_status wsp_vacancy_load(inc_db *db, int64_t id, match_vacancy *out, inc_error *e)
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

inc_status wsp_vacancies_load_region(inc_db *db, const char *region, match_vacancy **out, size_t *n, inc_error *e)
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
