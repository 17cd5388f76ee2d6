/* Proposals (the account manager proposes, the employer decides) and placements, which close the
 * loop: banenafspraak employment record through a hook, SROI obligation of the employer reported. */
#include "core/json_fixed.h"
#include "store/audit.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The employer's SROI obligations as JSON (until placements move to the application layer). */
static inc_status wsp_sroi_obligations(inc_db *db, int64_t organisation_id, json_t **out, inc_error *e)
{
    wsp_sroi_list l;
    if (wsp_store_sroi_select(db, organisation_id, date_today(), &l, e)) return INC_EIO;
    json_t *arr = json_array();
    for (size_t i = 0; i < l.n; i++) {
        const wsp_sroi_contract *c = &l.items[i];
        json_array_append_new(
            arr, json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o}", "contract", (json_int_t)c->contract,
                           "reference", c->reference, "title", c->title, "municipality", c->municipality, "start_date",
                           c->start_date, "end_date", c->end_date, "obligation", json_money(c->obligation_cents),
                           "verified", json_money(c->verified_cents), "reported", json_money(c->reported_cents),
                           "remaining", json_money(c->obligation_cents - c->verified_cents)));
    }
    WSP_LIST_FREE(&l);
    *out = arr;
    return INC_OK;
}

static inc_status vacancy_open(inc_db *db, int64_t vacancy_id, const char *what, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT status FROM vacancies WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, vacancy_id);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "vacancy", "vacature %lld bestaat niet", (long long)vacancy_id);
    }
    char status[16];
    db_column_text(st, 0, status, sizeof status);
    db_finalize(st);
    if (strcmp(status, "open") != 0)
        return inc_fail(e, INC_ECONFLICT, "vacancy", "vacature %lld is %s: %s is niet mogelijk", (long long)vacancy_id,
                        status, what);
    return INC_OK;
}

static inc_status candidate_active(inc_db *db, int64_t candidate_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT status FROM candidates WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, candidate_id);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "candidate", "kandidaat %lld bestaat niet", (long long)candidate_id);
    }
    char status[16];
    db_column_text(st, 0, status, sizeof status);
    db_finalize(st);
    if (strcmp(status, "actief") != 0)
        return inc_fail(e, INC_ECONFLICT, "candidate", "kandidaat %lld is %s", (long long)candidate_id, status);
    return INC_OK;
}

inc_status wsp_propose(inc_db *db, int64_t vacancy_id, int64_t candidate_id, int64_t *id, inc_error *e)
{
    match_config cfg;
    match_vacancy v;
    match_candidate c;
    if (wsp_match_config(db, &cfg, e)) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    if (vacancy_open(db, vacancy_id, "voorstellen", e) || candidate_active(db, candidate_id, e) ||
        wsp_store_vacancy_load(db, vacancy_id, &v, e) || wsp_store_candidate_load(db, candidate_id, &c, e))
        goto fail;
    match_prepared *p = malloc(sizeof *p);
    if (!p) { inc_fail(e, INC_EINTERNAL, "", "geen geheugen"); goto fail; }
    match_prepare(p, &v);
    match_result r;
    match_score(&cfg, p, &c, &r);
    free(p);
    if (r.hard == HARD_CONSENT) {
        inc_fail(e, INC_ECONFLICT, "candidate",
                 "kandidaat %lld heeft geen toestemming gegeven om voorgesteld te worden", (long long)candidate_id);
        goto fail;
    }
    if (r.hard != HARD_OK) {
        inc_fail(e, INC_ECONFLICT, "candidate", "kandidaat %lld past niet bij vacature %lld: %s", (long long)candidate_id,
                 (long long)vacancy_id, hard_label(r.hard));
        goto fail;
    }
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM proposals WHERE vacancy_id = ? AND candidate_id = ?", &st, e)) goto fail;
    db_bind_int64(st, 1, vacancy_id);
    db_bind_int64(st, 2, candidate_id);
    bool dup = db_step_rc(st) == DB_ROW;
    db_finalize(st);
    if (dup) {
        inc_fail(e, INC_ECONFLICT, "candidate", "kandidaat %lld is al voorgesteld voor vacature %lld",
                 (long long)candidate_id, (long long)vacancy_id);
        goto fail;
    }
    /* By hand = not on the current shortlist. */
    bool on_list = false;
    {
        json_t *sl;
        inc_error ignore = {0};
        if (wsp_shortlist_json(db, vacancy_id, &sl, &ignore) == INC_OK) {
            size_t i;
            json_t *it;
            json_array_foreach(json_object_get(sl, "items"), i, it)
                on_list |= json_integer_value(json_object_get(it, "candidate")) == candidate_id;
            json_decref(sl);
        }
    }
    char today[11];
    date_format_iso(date_today(), today);
    if (db_prepare(db,
                   "INSERT INTO proposals(vacancy_id, candidate_id, proposed_at, proposed_by, score_centi, by_hand)"
                   " VALUES (?,?,?,?,?,?)",
                   &st, e))
        goto fail;
    db_bind_int64(st, 1, vacancy_id);
    db_bind_int64(st, 2, candidate_id);
    db_bind_text(st, 3, today, -1, DB_COPY);
    db_bind_text(st, 4, db_actor(db), -1, DB_COPY);
    db_bind_int(st, 5, r.total);
    db_bind_int(st, 6, !on_list);
    if (wsp_step_done(db, st, e)) goto fail;
    *id = db_last_id(db);
    char detail[128];
    snprintf(detail, sizeof detail, "{\"vacancy\":%lld,\"candidate\":%lld,\"score\":%d,\"by_hand\":%s}",
             (long long)vacancy_id, (long long)candidate_id, r.total, on_list ? "false" : "true");
    if (audit_write(db, "create", "proposal", *id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_proposal_outcome(inc_db *db, int64_t id, const char *outcome, const char *reason, inc_error *e)
{
    static const char *const outcomes[] = {"uitgenodigd", "aangenomen", "afgewezen", "ingetrokken"};
    if (wsp_check_one_of(outcome, outcomes, 4, "outcome", e)) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    char today[11];
    date_format_iso(date_today(), today);
    inc_stmt *st;
    if (db_prepare(db, "UPDATE proposals SET outcome = ?, outcome_date = ?, outcome_reason = ? WHERE id = ?", &st, e))
        goto fail;
    db_bind_text(st, 1, outcome, -1, DB_COPY);
    db_bind_text(st, 2, today, -1, DB_COPY);
    db_bind_text_or_null(st, 3, reason);
    db_bind_int64(st, 4, id);
    if (wsp_step_done(db, st, e)) goto fail;
    if (db_changes(db) == 0) {
        inc_fail(e, INC_ENOTFOUND, "proposal", "voorstel %lld bestaat niet", (long long)id);
        goto fail;
    }
    char detail[64];
    snprintf(detail, sizeof detail, "{\"outcome\":\"%s\"}", outcome);
    if (audit_write(db, "update", "proposal", id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_proposals_list(inc_db *db, int64_t vacancy_id, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.id, p.vacancy_id, v.title, p.candidate_id, p.proposed_at, p.proposed_by, p.score_centi,"
                   " p.by_hand, p.outcome, p.outcome_date, p.outcome_reason, m.code, cm.code FROM proposals p JOIN vacancies v ON"
                   " v.id = p.vacancy_id JOIN municipalities m ON m.id = v.municipality_id"
                   " JOIN candidates c ON c.id = p.candidate_id JOIN municipalities cm ON cm.id = c.municipality_id"
                   " WHERE (?1 = 0 OR p.vacancy_id = ?1) ORDER BY p.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, vacancy_id);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        json_t *o = json_pack("{s:I, s:I, s:s, s:I, s:s, s:s, s:o, s:b, s:s}", "id",
                              (json_int_t)db_col_int64(st, 0), "vacancy", (json_int_t)db_col_int64(st, 1),
                              "title", db_col_text(st, 2), "candidate",
                              (json_int_t)db_col_int64(st, 3), "proposed_at",
                              db_col_text(st, 4), "proposed_by",
                              db_col_text(st, 5), "score",
                              json_fixed(db_col_int64(st, 6), 2), "by_hand", db_col_int(st, 7),
                              "outcome", db_col_text(st, 8));
        json_object_set_new(o, "municipality", json_string(db_col_text(st, 11)));
        json_object_set_new(o, "candidate_municipality", json_string(db_col_text(st, 12)));
        json_object_set_new(o, "outcome_date", db_col_is_null(st, 9)
                                                   ? json_null()
                                                   : json_string(db_col_text(st, 9)));
        json_object_set_new(o, "outcome_reason", db_col_is_null(st, 10)
                                                     ? json_null()
                                                     : json_string(db_col_text(st, 10)));
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

static const char *const contract_types[] = {"tijdelijk", "vast", "proefplaatsing", "detachering", "leerwerkbaan"};
static const char *const instruments[] = {"geen", "loonkostensubsidie", "beschut-werk", "direct-werk",
                                          "proefplaatsing", "detachering", "jobcoach", "ips"};

inc_status wsp_place(inc_db *db, json_t *in, json_t **result, inc_error *e)
{
    int64_t vacancy, candidate, hours;
    inc_date start;
    const char *contract, *instrument;
    if (in_int(in, "vacancy", true, 0, &vacancy, e) || in_int(in, "candidate", true, 0, &candidate, e) ||
        in_date(in, "start_date", true, &start, e) || in_fixed(in, "hours", 2, true, 0, &hours, e) ||
        in_text(in, "contract_type", true, &contract, e) ||
        wsp_check_one_of(contract, contract_types, 5, "contract_type", e) ||
        in_text(in, "instrument", false, &instrument, e) ||
        (instrument && wsp_check_one_of(instrument, instruments, 8, "instrument", e)))
        return INC_EINVAL;
    if (!instrument) instrument = "geen";
    if (hours <= 0 || hours > 6000) return inc_fail(e, INC_EINVAL, "hours", "uren per week moeten tussen 0 en 60 liggen");
    if (db_begin(db, e)) return INC_EIO;
    if (vacancy_open(db, vacancy, "plaatsen", e) || candidate_active(db, candidate, e)) goto fail;
    int64_t person = 0, org = 0, proposal = 0;
    wsp_lookup_int(db, "SELECT person_id FROM candidates WHERE id = ?", candidate, &person);
    wsp_lookup_int(db, "SELECT em.organisation_id FROM vacancies v JOIN employers em ON em.id = v.employer_id"
                       " WHERE v.id = ?", vacancy, &org);
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM proposals WHERE vacancy_id = ? AND candidate_id = ?", &st, e)) goto fail;
    db_bind_int64(st, 1, vacancy);
    db_bind_int64(st, 2, candidate);
    if (db_step_rc(st) == DB_ROW) proposal = db_col_int64(st, 0);
    db_finalize(st);
    char sd[11], today[11];
    date_format_iso(start, sd);
    date_format_iso(date_today(), today);
    if (db_prepare(db,
                   "INSERT INTO placements(vacancy_id, candidate_id, proposal_id, start_date, hours_centi,"
                   " contract_type, instrument) VALUES (?,?,?,?,?,?,?)",
                   &st, e))
        goto fail;
    db_bind_int64(st, 1, vacancy);
    db_bind_int64(st, 2, candidate);
    if (proposal) db_bind_int64(st, 3, proposal);
    else db_bind_null(st, 3);
    db_bind_text(st, 4, sd, -1, DB_COPY);
    db_bind_int64(st, 5, hours);
    db_bind_text(st, 6, contract, -1, DB_COPY);
    db_bind_text(st, 7, instrument, -1, DB_COPY);
    if (wsp_step_done(db, st, e)) goto fail;
    int64_t pid = db_last_id(db);
    if (proposal) {
        if (db_prepare(db, "UPDATE proposals SET outcome = 'aangenomen', outcome_date = ? WHERE id = ?", &st, e)) goto fail;
        db_bind_text(st, 1, today, -1, DB_COPY);
        db_bind_int64(st, 2, proposal);
        if (wsp_step_done(db, st, e)) goto fail;
    }
    if (db_prepare(db, "UPDATE candidates SET status = 'geplaatst' WHERE id = ?", &st, e)) goto fail;
    db_bind_int64(st, 1, candidate);
    if (wsp_step_done(db, st, e)) goto fail;

    int64_t employer_muni = 0, groups = 0, employment = 0;
    wsp_lookup_int(db, "SELECT em.municipality_id FROM vacancies v JOIN employers em ON em.id = v.employer_id"
                       " WHERE v.id = ?", vacancy, &employer_muni);
    wsp_lookup_int(db, "SELECT groups_mask FROM candidates WHERE id = ?", candidate, &groups);
    wsp_placement_info info = {person, org, employer_muni, pid, (uint32_t)groups, start, hours, contract, instrument};
    json_t *banen;
    if (wsp_banen_record_placement(db, &info, &employment, &banen, e)) goto fail;
    if (employment) {
        if (db_prepare(db, "UPDATE placements SET employment_id = ? WHERE id = ?", &st, e)) { json_decref(banen); goto fail; }
        db_bind_int64(st, 1, employment);
        db_bind_int64(st, 2, pid);
        if (wsp_step_done(db, st, e)) { json_decref(banen); goto fail; }
    }
    json_t *sroi;
    if (wsp_sroi_obligations(db, org, &sroi, e)) { json_decref(banen); goto fail; }
    char detail[160];
    snprintf(detail, sizeof detail, "{\"vacancy\":%lld,\"candidate\":%lld,\"person\":%lld,\"start\":\"%s\"}",
             (long long)vacancy, (long long)candidate, (long long)person, sd);
    if (audit_write(db, "create", "placement", pid, detail, e) || db_commit(db, e)) {
        json_decref(banen);
        json_decref(sroi);
        goto fail;
    }
    bool obliged = json_array_size(sroi) > 0;
    *result = json_pack("{s:I, s:I, s:I, s:s, s:o, s:s, s:s, s:o, s:b, s:o, s:s}", "placement", (json_int_t)pid,
                        "vacancy", (json_int_t)vacancy, "candidate", (json_int_t)candidate, "start_date", sd, "hours",
                        json_fixed(hours, 2), "contract_type", contract, "instrument", instrument, "banenafspraak", banen,
                        "sroi_obligation", obliged, "sroi_contracts", sroi, "sroi_note",
                        obliged ? "werkgever heeft een lopende SROI-verplichting: deze plaatsing kan als realisatie "
                                  "worden gemeld (bouwblok naar doelgroep)"
                                : "werkgever heeft geen lopende SROI-verplichting");
    return INC_OK;
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_placements_list(inc_db *db, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.id, p.vacancy_id, v.title, o.name, p.candidate_id, p.start_date, p.hours_centi,"
                   " p.contract_type, p.instrument, p.employment_id, m.code, cm.code FROM placements p JOIN vacancies v ON"
                   " v.id = p.vacancy_id JOIN employers em ON em.id = v.employer_id JOIN organisations o ON o.id ="
                   " em.organisation_id JOIN municipalities m ON m.id = v.municipality_id"
                   " JOIN candidates c ON c.id = p.candidate_id JOIN municipalities cm ON cm.id = c.municipality_id"
                   " ORDER BY p.id",
                   &st, e))
        return INC_EIO;
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        json_t *o = json_pack("{s:I, s:I, s:s, s:s, s:I, s:s, s:o, s:s, s:s}", "id",
                              (json_int_t)db_col_int64(st, 0), "vacancy", (json_int_t)db_col_int64(st, 1),
                              "title", db_col_text(st, 2), "employer_name",
                              db_col_text(st, 3), "candidate",
                              (json_int_t)db_col_int64(st, 4), "start_date",
                              db_col_text(st, 5), "hours",
                              json_fixed(db_col_int64(st, 6), 2), "contract_type",
                              db_col_text(st, 7), "instrument",
                              db_col_text(st, 8));
        json_object_set_new(o, "municipality", json_string(db_col_text(st, 10)));
        json_object_set_new(o, "candidate_municipality", json_string(db_col_text(st, 11)));
        json_object_set_new(o, "employment", db_col_is_null(st, 9)
                                                 ? json_null()
                                                 : json_integer(db_col_int64(st, 9)));
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}
