/* Candidates: pseudonymous profiles (a person by the HMAC of the BSN, never the BSN), owned by a
 * municipality; only the 4 digits of the postcode are kept. */
#include "core/ident.h"
#include "core/json_fixed.h"
#include "store/person_store.h"
#include "core/wsp_rules.h"
#include "store/audit.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status wsp_candidate_add(inc_db *db, json_t *in, int64_t *id, inc_error *e)
{
    const char *bsn, *muni, *pc_in, *edu_s;
    char pc[8], groups_s[512], skills_s[2048];
    int64_t hmin, hmax, travel;
    int edu;
    inc_date from;
    uint32_t groups;
    bool consent;
    inc_checks c;   /* every bad field, for the API; e ends with the first */
    inc_checks_begin(&c, e);
    e = c.e;
    if (inc_check(&c, in_text(in, "bsn", true, &bsn, e))) inc_check(&c, bsn_check(bsn, "bsn", e));
    inc_check(&c, in_text(in, "municipality", true, &muni, e));
    if (inc_check(&c, in_text(in, "education", true, &edu_s, e))) inc_check(&c, education_parse(edu_s, &edu, "education", e));
    bool hmin_ok = inc_check(&c, in_fixed(in, "hours_min", 2, true, 0, &hmin, e));
    bool hmax_ok = inc_check(&c, in_fixed(in, "hours_max", 2, true, 0, &hmax, e));
    inc_check(&c, in_text(in, "postcode", true, &pc_in, e));
    if (inc_check(&c, in_fixed(in, "travel_km", 1, true, 0, &travel, e)) && hmin_ok && hmax_ok)
        inc_check(&c, candidate_check(hmin, hmax, travel, e));
    if (inc_check(&c, in_list(in, "groups", groups_s, sizeof groups_s, e)))
        inc_check(&c, target_groups_parse(groups_s, &groups, "groups", e));
    inc_check(&c, in_date(in, "available_from", true, &from, e));
    inc_check(&c, in_bool(in, "consent", true, false, &consent, e));
    inc_check(&c, in_list(in, "skills", skills_s, sizeof skills_s, e));
    /* A full postcode or just its 4 digits; only the 4 digits are kept. */
    int pc4 = pc_in && strlen(pc_in) == 4 ? postcode_pc4(pc_in) : 0;
    if (pc_in && !pc4 && inc_check(&c, postcode_normalise(pc_in, pc, "postcode", e))) pc4 = postcode_pc4(pc);
    if (pc_in && !pc4) inc_check(&c, inc_fail(e, INC_EINVAL, "postcode", "ongeldige postcode '%s'", pc_in));
    if (inc_checks_end(&c) != INC_OK) return INC_EINVAL;
    if (!db_key(db)) return inc_fail(e, INC_EIO, "", "sleutelbestand ontbreekt (voer eerst 'inclusio init' uit)");
    if (db_begin(db, e)) return INC_EIO;
    int64_t muni_id;
    uint16_t skills[MATCH_MAX_SKILLS];
    int nskills;
    if (wsp_municipality_id(db, muni, &muni_id, e) ||
        wsp_skills_resolve(db, skills_s, skills, MATCH_MAX_SKILLS, &nskills, "skills", e))
        goto fail;
    inc_stmt *st;
    int64_t person;
    if (person_ensure(db, bsn, "bsn", &person, NULL, e)) goto fail;
    int64_t existing;
    if (wsp_lookup_int(db, "SELECT id FROM candidates WHERE person_id = ?", person, &existing)) {
        /* Refused either way; the candidate is named only to whom may read it. */
        char owner[64];
        if (wsp_scope_of(db, "candidate", existing, owner, sizeof owner, NULL) == INC_OK &&
            db_viewer_sees(db, DB_SEE_CANDIDATE, owner, 0))
            inc_fail(e, INC_ECONFLICT, "bsn", "deze persoon is al ingeschreven als kandidaat %lld", (long long)existing);
        else
            inc_fail(e, INC_ECONFLICT, "bsn", "deze persoon is al ingeschreven als kandidaat");
        goto fail;
    }
    char fd[11], today[11];
    date_format_iso(from, fd);
    date_format_iso(date_today(), today);
    if (db_prepare(db,
                   "INSERT INTO candidates(person_id, municipality_id, education_level, hours_min_centi,"
                   " hours_max_centi, pc4, travel_dm, groups_mask, available_from, consent, consent_date)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        goto fail;
    db_bind_int64(st, 1, person);
    db_bind_int64(st, 2, muni_id);
    db_bind_int(st, 3, edu);
    db_bind_int64(st, 4, hmin);
    db_bind_int64(st, 5, hmax);
    db_bind_int(st, 6, pc4);
    db_bind_int64(st, 7, travel);
    db_bind_int64(st, 8, groups);
    db_bind_text(st, 9, fd, -1, DB_COPY);
    db_bind_int(st, 10, consent);
    if (consent) db_bind_text(st, 11, today, -1, DB_COPY);
    else db_bind_null(st, 11);
    if (wsp_step_done(db, st, e)) goto fail;
    *id = db_last_id(db);
    if (db_prepare(db, "INSERT INTO candidate_skills(candidate_id, skill_id) VALUES (?,?)", &st, e)) goto fail;
    for (int i = 0; i < nskills; i++) {
        db_reset(st);
        db_bind_int64(st, 1, *id);
        db_bind_int(st, 2, skills[i]);
        if (db_step_rc(st) != DB_DONE) { db_finalize(st); db_fail(db, e); goto fail; }
    }
    db_finalize(st);
    char detail[96];
    snprintf(detail, sizeof detail, "{\"person\":%lld,\"consent\":%s}", (long long)person, consent ? "true" : "false");
    if (audit_write(db, "create", "candidate", *id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
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

static json_t *candidate_row(inc_stmt *st)
{
    char pc4[8];
    snprintf(pc4, sizeof pc4, "%04d", db_col_int(st, 5) % 10000);
    json_t *groups = json_array(), *skills = json_array();
    uint32_t mask = (uint32_t)db_col_int64(st, 7);
    for (int g = 0; g < TG__COUNT; g++)
        if (mask & (1u << g)) json_array_append_new(groups, json_string(target_group_code(g)));
    const char *sk = db_col_text(st, 11);
    while (sk && *sk) {
        const char *q = strchr(sk, ',');
        size_t len = q ? (size_t)(q - sk) : strlen(sk);
        json_array_append_new(skills, json_stringn(sk, len));
        sk += len + (q ? 1 : 0);
    }
    return json_pack("{s:I, s:s, s:s, s:o, s:o, s:s, s:o, s:o, s:s, s:b, s:s, s:o}", "id",
                     (json_int_t)db_col_int64(st, 0), "municipality", db_col_text(st, 1),
                     "education", education_code(db_col_int(st, 2)), "hours_min",
                     json_fixed(db_col_int64(st, 3), 2), "hours_max", json_fixed(db_col_int64(st, 4), 2),
                     "pc4", pc4, "travel_km", json_fixed(db_col_int64(st, 6), 1), "groups", groups,
                     "available_from", db_col_text(st, 8), "consent", db_col_int(st, 9),
                     "status", db_col_text(st, 10), "skills", skills);
}

inc_status wsp_candidates_list(inc_db *db, const int64_t *municipality_ids, int n_ids, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, CAND_SELECT(db, " ORDER BY c.id"), &st, e)) return INC_EIO;
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (municipality_ids) {
            int64_t m = db_col_int64(st, 12);
            bool ok = false;
            for (int i = 0; i < n_ids; i++) ok |= municipality_ids[i] == m;
            if (!ok) continue;
        }
        json_array_append_new(arr, candidate_row(st));
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

inc_status wsp_candidate_get(inc_db *db, int64_t id, json_t **out, inc_error *e)
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
    *out = candidate_row(st);
    db_finalize(st);
    return INC_OK;
}

int64_t wsp_candidate_municipality(inc_db *db, int64_t id)
{
    int64_t m = 0;
    wsp_lookup_int(db, "SELECT municipality_id FROM candidates WHERE id = ?", id, &m);
    return m;
}

inc_status wsp_candidate_set_consent(inc_db *db, int64_t id, bool consent, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    char today[11];
    date_format_iso(date_today(), today);
    inc_stmt *st;
    if (db_prepare(db, "UPDATE candidates SET consent = ?, consent_date = ? WHERE id = ?", &st, e)) goto fail;
    db_bind_int(st, 1, consent);
    db_bind_text(st, 2, today, -1, DB_COPY);
    db_bind_int64(st, 3, id);
    if (wsp_step_done(db, st, e)) goto fail;
    if (db_changes(db) == 0) {
        inc_fail(e, INC_ENOTFOUND, "candidate", "kandidaat %lld bestaat niet", (long long)id);
        goto fail;
    }
    if (audit_write(db, "update", "candidate", id, consent ? "{\"consent\":true}" : "{\"consent\":false}", e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
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

inc_status wsp_candidate_load(inc_db *db, int64_t id, match_candidate *c, inc_error *e)
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

inc_status wsp_candidates_load_region(inc_db *db, const char *region, match_candidate **out, size_t *n, inc_error *e)
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
