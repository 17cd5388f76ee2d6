/* Employers' questions; their state against the 48-hour target is the application layer's. */
#include "store/wsp_internal.h"
#include "store/wsp_store.h"
#include <string.h>

inc_status wsp_store_question_insert(inc_db *db, const wsp_question_in *in, int64_t *id, inc_error *e)
{
    char at[21];
    datetime_format_iso(in->asked_at, at);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO employer_questions(employer_id, asked_at, channel, subject, question) VALUES (?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, in->employer);
    db_bind_text(st, 2, at, -1, DB_COPY);
    db_bind_text(st, 3, in->channel ? in->channel : "telefoon", -1, DB_COPY);
    db_bind_text(st, 4, in->subject, -1, DB_COPY);
    db_bind_text(st, 5, in->question ? in->question : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status wsp_store_question_state(inc_db *db, int64_t id, bool *found, inc_minute *asked, bool *answered,
                                    inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT asked_at, answered_at FROM employer_questions WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    *found = db_step_rc(st) == DB_ROW;
    *asked = 0;
    *answered = false;
    if (*found) {
        datetime_parse(db_col_text(st, 0), asked, "asked_at", NULL);
        *answered = !db_col_is_null(st, 1);
    }
    db_finalize(st);
    return INC_OK;
}

inc_status wsp_store_question_answer(inc_db *db, int64_t id, const wsp_answer_in *in, inc_error *e)
{
    char at[21];
    datetime_format_iso(in->answered_at, at);
    inc_stmt *st;
    if (db_prepare(db, "UPDATE employer_questions SET answered_at = ?, answer = ?, answered_by = ? WHERE id = ?", &st, e))
        return INC_EIO;
    db_bind_text(st, 1, at, -1, DB_COPY);
    db_bind_text(st, 2, in->answer, -1, DB_COPY);
    db_bind_text(st, 3, in->answered_by, -1, DB_COPY);
    db_bind_int64(st, 4, id);
    return wsp_step_done(db, st, e);
}

inc_status wsp_store_questions_select(inc_db *db, int64_t employer_id, wsp_question_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT q.id, q.employer_id, o.name, q.asked_at, q.answered_at, q.channel, q.subject, q.question,"
                   " q.answer, q.answered_by, m.code FROM employer_questions q JOIN employers em ON em.id = q.employer_id"
                   " JOIN organisations o ON o.id = em.organisation_id JOIN municipalities m ON m.id = em.municipality_id"
                   " WHERE (?1 = 0 OR q.employer_id = ?1)"
                   " ORDER BY q.asked_at DESC, q.id DESC",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, employer_id);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        wsp_question *q = ARENA_LIST_PUSH(out);
        inc_arena *p = &out->arena;
        q->id = db_col_int64(st, 0);
        q->employer = db_col_int64(st, 1);
        q->employer_name = wsp_col(p, st, 2);
        q->asked_at = wsp_col(p, st, 3);
        q->answered_at = wsp_col(p, st, 4);
        q->channel = wsp_col(p, st, 5);
        q->subject = wsp_col(p, st, 6);
        q->question = wsp_col(p, st, 7);
        q->answer = wsp_col(p, st, 8);
        q->answered_by = wsp_col(p, st, 9);
        q->municipality = wsp_col(p, st, 10);
    }
    inc_status s = wsp_read_end(st, rc);
    if (s) WSP_LIST_FREE(out);
    return s;
}

inc_status wsp_store_question_times(inc_db *db, wsp_question_time_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT q.asked_at, q.answered_at, em.municipality_id FROM employer_questions q"
                   " JOIN employers em ON em.id = q.employer_id ORDER BY q.asked_at",
                   &st, e))
        return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        wsp_question_time *t = ARENA_LIST_PUSH(out);
        t->asked_at = wsp_col(&out->arena, st, 0);
        t->answered_at = wsp_col(&out->arena, st, 1);
        t->municipality_id = db_col_int64(st, 2);
    }
    inc_status s = wsp_read_end(st, rc);
    if (s) WSP_LIST_FREE(out);
    return s;
}
