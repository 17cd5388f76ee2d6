/* Proposals (the account manager proposes, the employer decides) and placements. */
#include "store/wsp_internal.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

/* The status column of a row of table by id; *found false when there is none. */
static inc_status status_of(inc_db *db, const char *sql, int64_t id, char *status, size_t size, bool *found,
                            inc_error *e)
{
    inc_stmt *st;
    status[0] = '\0';
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    *found = rs == DB_ROW;
    if (*found) db_column_text(st, 0, status, size);
    db_finalize(st);
    return rs == DB_ERR ? INC_EIO : INC_OK;
}

inc_status wsp_store_vacancy_status(inc_db *db, int64_t id, char *status, size_t size, bool *found, inc_error *e)
{
    return status_of(db, "SELECT status FROM vacancies WHERE id = ?", id, status, size, found, e);
}

inc_status wsp_store_candidate_status(inc_db *db, int64_t id, char *status, size_t size, bool *found, inc_error *e)
{
    return status_of(db, "SELECT status FROM candidates WHERE id = ?", id, status, size, found, e);
}

inc_status wsp_store_proposal_insert(inc_db *db, int64_t vacancy_id, int64_t candidate_id, inc_date day,
                                     const char *by, int32_t score, bool by_hand, int64_t *id, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO proposals(vacancy_id, candidate_id, proposed_at, proposed_by, score_centi, by_hand)"
                   " VALUES (?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, vacancy_id);
    db_bind_int64(st, 2, candidate_id);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text(st, 4, by, -1, DB_COPY);
    db_bind_int(st, 5, score);
    db_bind_int(st, 6, by_hand);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status wsp_store_proposal_set_outcome(inc_db *db, int64_t id, const char *outcome, inc_date day, const char *reason,
                                          bool *found, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, "UPDATE proposals SET outcome = ?, outcome_date = ?, outcome_reason = ? WHERE id = ?", &st, e))
        return INC_EIO;
    db_bind_text(st, 1, outcome, -1, DB_COPY);
    db_bind_text(st, 2, d, -1, DB_COPY);
    db_bind_text_or_null(st, 3, reason);
    db_bind_int64(st, 4, id);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *found = db_changes(db) > 0;
    return INC_OK;
}

static void proposal_row(inc_stmt *st, inc_arena *p, wsp_proposal *r)
{
    r->id = db_col_int64(st, 0);
    r->vacancy = db_col_int64(st, 1);
    r->title = wsp_col(p, st, 2);
    r->candidate = db_col_int64(st, 3);
    r->proposed_at = wsp_col(p, st, 4);
    r->proposed_by = wsp_col(p, st, 5);
    r->score_centi = db_col_int64(st, 6);
    r->by_hand = db_col_int(st, 7);
    r->outcome = wsp_col(p, st, 8);
    r->outcome_date = wsp_col(p, st, 9);
    r->outcome_reason = wsp_col(p, st, 10);
    r->municipality = wsp_col(p, st, 11);
    r->candidate_municipality = wsp_col(p, st, 12);
}

inc_status wsp_store_proposals_select(inc_db *db, int64_t vacancy_id, wsp_proposal_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
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
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        wsp_proposal *r = ARENA_LIST_PUSH(out);
        proposal_row(st, &out->arena, r);
    }
    inc_status s = wsp_read_end(st, rc);
    if (s) WSP_LIST_FREE(out);
    return s;
}

void wsp_store_placement_facts(inc_db *db, int64_t vacancy_id, int64_t candidate_id, wsp_placement_facts *f)
{
    memset(f, 0, sizeof *f);
    wsp_lookup_int(db, "SELECT person_id FROM candidates WHERE id = ?", candidate_id, &f->person_id);
    wsp_lookup_int(db, "SELECT em.organisation_id FROM vacancies v JOIN employers em ON em.id = v.employer_id"
                       " WHERE v.id = ?", vacancy_id, &f->organisation_id);
    wsp_lookup_int(db, "SELECT em.municipality_id FROM vacancies v JOIN employers em ON em.id = v.employer_id"
                       " WHERE v.id = ?", vacancy_id, &f->employer_municipality_id);
    int64_t groups = 0;
    wsp_lookup_int(db, "SELECT groups_mask FROM candidates WHERE id = ?", candidate_id, &groups);
    f->groups = (uint32_t)groups;
    wsp_store_proposal_of(db, vacancy_id, candidate_id, &f->proposal_id, NULL, 0);
}

inc_status wsp_store_placement_insert(inc_db *db, const wsp_placement_in *in, int64_t proposal_id, int64_t *id,
                                      inc_error *e)
{
    char sd[11];
    date_format_iso(in->start, sd);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO placements(vacancy_id, candidate_id, proposal_id, start_date, hours_centi,"
                   " contract_type, instrument) VALUES (?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, in->vacancy);
    db_bind_int64(st, 2, in->candidate);
    if (proposal_id) db_bind_int64(st, 3, proposal_id);
    else db_bind_null(st, 3);
    db_bind_text(st, 4, sd, -1, DB_COPY);
    db_bind_int64(st, 5, in->hours);
    db_bind_text(st, 6, in->contract_type, -1, DB_COPY);
    db_bind_text(st, 7, in->instrument, -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status wsp_store_proposal_accept(inc_db *db, int64_t proposal_id, inc_date day, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, "UPDATE proposals SET outcome = 'aangenomen', outcome_date = ? WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_int64(st, 2, proposal_id);
    return wsp_step_done(db, st, e);
}

inc_status wsp_store_candidate_placed(inc_db *db, int64_t candidate_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "UPDATE candidates SET status = 'geplaatst' WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, candidate_id);
    return wsp_step_done(db, st, e);
}

inc_status wsp_store_placement_set_employment(inc_db *db, int64_t placement_id, int64_t employment_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "UPDATE placements SET employment_id = ? WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, employment_id);
    db_bind_int64(st, 2, placement_id);
    return wsp_step_done(db, st, e);
}

static void placement_row(inc_stmt *st, inc_arena *p, wsp_placement *r)
{
    r->id = db_col_int64(st, 0);
    r->vacancy = db_col_int64(st, 1);
    r->title = wsp_col(p, st, 2);
    r->employer_name = wsp_col(p, st, 3);
    r->candidate = db_col_int64(st, 4);
    r->start_date = wsp_col(p, st, 5);
    r->hours_centi = db_col_int64(st, 6);
    r->contract_type = wsp_col(p, st, 7);
    r->instrument = wsp_col(p, st, 8);
    r->employment = db_col_is_null(st, 9) ? 0 : db_col_int64(st, 9);
    r->municipality = wsp_col(p, st, 10);
    r->candidate_municipality = wsp_col(p, st, 11);
    r->end_date = db_col_is_null(st, 12) ? NULL : wsp_col(p, st, 12);
    r->outcome = db_col_is_null(st, 13) ? NULL : wsp_col(p, st, 13);
    r->outcome_date = db_col_is_null(st, 14) ? NULL : wsp_col(p, st, 14);
    r->outcome_reason = db_col_is_null(st, 15) ? NULL : wsp_col(p, st, 15);
}

inc_status wsp_store_placements_select(inc_db *db, wsp_placement_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT p.id, p.vacancy_id, v.title, o.name, p.candidate_id, p.start_date, p.hours_centi,"
                    " p.contract_type, p.instrument, p.employment_id, m.code, cm.code, p.end_date, p.outcome, p.outcome_date,"
                   " p.outcome_reason FROM placements p JOIN vacancies v ON"
                   " v.id = p.vacancy_id JOIN employers em ON em.id = v.employer_id JOIN organisations o ON o.id ="
                   " em.organisation_id JOIN municipalities m ON m.id = v.municipality_id"
                   " JOIN candidates c ON c.id = p.candidate_id JOIN municipalities cm ON cm.id = c.municipality_id"
                   " ORDER BY p.id",
                   &st, e))
        return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        wsp_placement *r = ARENA_LIST_PUSH(out);
        placement_row(st, &out->arena, r);
    }
    inc_status s = wsp_read_end(st, rc);
    if (s) WSP_LIST_FREE(out);
    return s;
}
