/* Employers' questions and the 48-hour answer target. */
#include "core/json_fixed.h"
#include "core/wsp_rules.h"
#include "store/audit.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

static const char *const channels[] = {"telefoon", "email", "bezoek", "website"};

inc_status wsp_question_add(inc_db *db, json_t *in, int64_t *id, inc_error *e)
{
    int64_t employer;
    const char *asked_s, *channel, *subject, *question;
    inc_minute asked = datetime_now();
    if (in_int(in, "employer", true, 0, &employer, e) || in_text(in, "asked_at", false, &asked_s, e) ||
        (asked_s && datetime_parse(asked_s, &asked, "asked_at", e)) || in_text(in, "channel", false, &channel, e) ||
        (channel && wsp_check_one_of(channel, channels, 4, "channel", e)) ||
        in_text(in, "subject", true, &subject, e) || in_text(in, "question", false, &question, e))
        return INC_EINVAL;
    if (asked > datetime_now()) return inc_fail(e, INC_EINVAL, "asked_at", "vraagmoment ligt in de toekomst");
    if (db_begin(db, e)) return INC_EIO;
    if (!wsp_lookup_int(db, "SELECT id FROM employers WHERE id = ?", employer, NULL)) {
        inc_fail(e, INC_EINVAL, "employer", "werkgever %lld bestaat niet", (long long)employer);
        goto fail;
    }
    char at[21];
    datetime_format_iso(asked, at);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO employer_questions(employer_id, asked_at, channel, subject, question) VALUES (?,?,?,?,?)",
                   &st, e))
        goto fail;
    db_bind_int64(st, 1, employer);
    db_bind_text(st, 2, at, -1, DB_COPY);
    db_bind_text(st, 3, channel ? channel : "telefoon", -1, DB_COPY);
    db_bind_text(st, 4, subject, -1, DB_COPY);
    db_bind_text(st, 5, question ? question : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) goto fail;
    *id = db_last_id(db);
    char detail[64];
    snprintf(detail, sizeof detail, "{\"employer\":%lld}", (long long)employer);
    if (audit_write(db, "create", "question", *id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_question_answer(inc_db *db, int64_t id, json_t *in, inc_error *e)
{
    const char *at_s, *answer, *by;
    inc_minute at = datetime_now();
    if (in_text(in, "answered_at", false, &at_s, e) || (at_s && datetime_parse(at_s, &at, "answered_at", e)) ||
        in_text(in, "answer", true, &answer, e) || in_text(in, "answered_by", false, &by, e))
        return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    inc_stmt *st;
    if (db_prepare(db, "SELECT asked_at, answered_at FROM employer_questions WHERE id = ?", &st, e)) goto fail;
    db_bind_int64(st, 1, id);
    if (db_step_rc(st) != DB_ROW) {
        db_finalize(st);
        inc_fail(e, INC_ENOTFOUND, "question", "vraag %lld bestaat niet", (long long)id);
        goto fail;
    }
    inc_minute asked = 0;
    datetime_parse(db_col_text(st, 0), &asked, "asked_at", NULL);
    bool already = !db_col_is_null(st, 1);
    db_finalize(st);
    if (already) {
        inc_fail(e, INC_ECONFLICT, "question", "vraag %lld is al beantwoord", (long long)id);
        goto fail;
    }
    if (at < asked) {
        inc_fail(e, INC_EINVAL, "answered_at", "antwoordmoment ligt voor het vraagmoment");
        goto fail;
    }
    char ats[21];
    datetime_format_iso(at, ats);
    if (db_prepare(db, "UPDATE employer_questions SET answered_at = ?, answer = ?, answered_by = ? WHERE id = ?", &st, e))
        goto fail;
    db_bind_text(st, 1, ats, -1, DB_COPY);
    db_bind_text(st, 2, answer, -1, DB_COPY);
    db_bind_text(st, 3, by ? by : db_actor(db), -1, DB_COPY);
    db_bind_int64(st, 4, id);
    if (wsp_step_done(db, st, e)) goto fail;
    char detail[96];
    snprintf(detail, sizeof detail, "{\"in_time\":%s}", at <= question_due(asked) ? "true" : "false");
    if (audit_write(db, "answer", "question", id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

static question_status row_status(inc_stmt *st, int asked_col, inc_minute now, inc_minute *asked)
{
    inc_minute answered = INC_MINUTE_NONE;
    datetime_parse(db_col_text(st, asked_col), asked, "asked_at", NULL);
    if (!db_col_is_null(st, asked_col + 1))
        datetime_parse(db_col_text(st, asked_col + 1), &answered, "answered_at", NULL);
    return question_status_of(*asked, answered, now);
}

inc_status wsp_questions_list(inc_db *db, const char *status, int64_t employer_id, json_t **out, inc_error *e)
{
    if (status && strcmp(status, "open") && strcmp(status, "te-laat") && strcmp(status, "beantwoord"))
        return inc_fail(e, INC_EINVAL, "status", "onbekende status '%s' (kies uit open, te-laat, beantwoord)", status);
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
    inc_minute now = datetime_now();
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        inc_minute asked;
        question_status s = row_status(st, 3, now, &asked);
        bool answered = s == Q_ANSWERED_IN_TIME || s == Q_ANSWERED_LATE;
        if (status && !strcmp(status, "open") && s != Q_OPEN && s != Q_OVERDUE) continue;
        if (status && !strcmp(status, "te-laat") && s != Q_OVERDUE) continue;
        if (status && !strcmp(status, "beantwoord") && !answered) continue;
        char due[21];
        datetime_format_iso(question_due(asked), due);
        json_t *o = json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:b}", "id",
                              (json_int_t)db_col_int64(st, 0), "employer",
                              (json_int_t)db_col_int64(st, 1), "employer_name",
                              db_col_text(st, 2), "asked_at",
                              db_col_text(st, 3), "due_at", due, "status",
                              question_status_code(s), "channel", db_col_text(st, 5), "subject",
                              db_col_text(st, 6), "question",
                              db_col_text(st, 7), "in_time", s == Q_ANSWERED_IN_TIME);
        json_object_set_new(o, "municipality", json_string(db_col_text(st, 10)));
        json_object_set_new(o, "answered_at", answered ? json_string(db_col_text(st, 4)) : json_null());
        json_object_set_new(o, "answer", answered ? json_string(db_col_text(st, 8)) : json_null());
        json_object_set_new(o, "answered_by", answered ? json_string(db_col_text(st, 9)) : json_null());
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

inc_status wsp_questions_stats(inc_db *db, json_t **out, inc_error *e)
{
    return wsp_questions_stats_scoped(db, NULL, 0, out, e);
}

inc_status wsp_questions_stats_scoped(inc_db *db, const int64_t *municipality_ids, int n_ids, json_t **out,
                                      inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT q.asked_at, q.answered_at, em.municipality_id FROM employer_questions q"
                   " JOIN employers em ON em.id = q.employer_id ORDER BY q.asked_at",
                   &st, e))
        return INC_EIO;
    inc_minute now = datetime_now();
    question_month months[240];
    int n = 0;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (municipality_ids) {
            int64_t mid = db_col_int64(st, 2);
            bool ok = false;
            for (int i = 0; i < n_ids; i++) ok |= municipality_ids[i] == mid;
            if (!ok) continue;
        }
        inc_minute asked;
        question_status s = row_status(st, 0, now, &asked);
        const char *a = db_col_text(st, 0);
        int y = (a[0] - '0') * 1000 + (a[1] - '0') * 100 + (a[2] - '0') * 10 + (a[3] - '0');
        int m = (a[5] - '0') * 10 + (a[6] - '0');
        if (n == 0 || months[n - 1].year != y || months[n - 1].month != m) {
            if (n == 240) memmove(months, months + 1, sizeof months[0] * 239), n--;
            months[n] = (question_month){y, m, 0, 0, 0, 0, 0};
            n++;
        }
        question_month_add(&months[n - 1], s);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    json_t *arr = json_array();
    for (int i = 0; i < n; i++) {
        char ym[16];
        snprintf(ym, sizeof ym, "%04d-%02d", months[i].year % 10000, months[i].month % 100);
        int32_t bp = question_month_share_bp(&months[i]);
        json_array_append_new(arr, json_pack("{s:s, s:i, s:i, s:i, s:i, s:i, s:o}", "month", ym, "asked",
                                             months[i].asked, "answered_in_time", months[i].in_time, "answered_late",
                                             months[i].late, "overdue", months[i].overdue, "open", months[i].open,
                                             "share_in_time", bp < 0 ? json_null() : json_pct(bp)));
    }
    *out = arr;
    return INC_OK;
}
