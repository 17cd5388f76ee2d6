/* Employers' questions and the 48-hour answer target. */
#include "app/wsp_common.h"
#include <stdio.h>
#include <string.h>

inc_status wsp_question_add(inc_db *db, const wsp_question_in *in, int64_t *id, inc_error *e)
{
    if (wsp_question_asked_check(in->asked_at, datetime_now(), e)) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    if (!wsp_store_employer_exists(db, in->employer)) {
        inc_fail(e, INC_EINVAL, "employer", "werkgever %lld bestaat niet", (long long)in->employer);
        return wsp_abort(db, e);
    }
    if (wsp_store_question_insert(db, in, id, e)) return wsp_abort(db, e);
    char detail[64];
    snprintf(detail, sizeof detail, "{\"employer\":%lld}", (long long)in->employer);
    if (audit_write(db, "create", "question", *id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_question_answer(inc_db *db, int64_t id, const wsp_answer_in *in, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    bool found, answered;
    inc_minute asked;
    if (wsp_store_question_state(db, id, &found, &asked, &answered, e)) return wsp_abort(db, e);
    if (!found) {
        inc_fail(e, INC_ENOTFOUND, "question", "vraag %lld bestaat niet", (long long)id);
        return wsp_abort(db, e);
    }
    if (answered) {
        inc_fail(e, INC_ECONFLICT, "question", "vraag %lld is al beantwoord", (long long)id);
        return wsp_abort(db, e);
    }
    if (wsp_question_answer_check(asked, in->answered_at, e)) return wsp_abort(db, e);
    wsp_answer_in a = *in;
    if (!a.answered_by) a.answered_by = db_actor(db);
    if (wsp_store_question_answer(db, id, &a, e)) return wsp_abort(db, e);
    char detail[96];
    snprintf(detail, sizeof detail, "{\"in_time\":%s}", in->answered_at <= question_due(asked) ? "true" : "false");
    if (audit_write(db, "answer", "question", id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

/* The question's state at `now` from its stored times. */
static question_status state_of(const char *asked_at, const char *answered_at, inc_minute now, inc_minute *asked)
{
    inc_minute answered = INC_MINUTE_NONE;
    datetime_parse(asked_at, asked, "asked_at", NULL);
    if (answered_at) datetime_parse(answered_at, &answered, "answered_at", NULL);
    return question_status_of(*asked, answered, now);
}

inc_status wsp_questions_list(inc_db *db, const char *filter, int64_t employer_id, wsp_question_list *out,
                              inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (wsp_question_filter_check(filter, e)) return INC_EINVAL;
    if (wsp_store_questions_select(db, employer_id, out, e)) return INC_EIO;
    inc_minute now = datetime_now();
    size_t k = 0;
    for (size_t i = 0; i < out->n; i++) {
        wsp_question *q = &out->items[i];
        inc_minute asked;
        q->status = state_of(q->asked_at, q->answered_at, now, &asked);
        if (!wsp_question_filter_keeps(filter, q->status)) continue;
        datetime_format_iso(question_due(asked), q->due_at);
        out->items[k++] = *q;
    }
    out->n = k;
    return INC_OK;
}

inc_status wsp_questions_stats(inc_db *db, const int64_t *municipality_ids, int n_ids, wsp_month_list *out,
                               inc_error *e)
{
    memset(out, 0, sizeof *out);
    wsp_question_time_list times;
    if (wsp_store_question_times(db, &times, e)) return INC_EIO;
    inc_minute now = datetime_now();
    question_month months[240];
    int n = 0;
    for (size_t t = 0; t < times.n; t++) {
        const wsp_question_time *q = &times.items[t];
        if (municipality_ids) {
            bool ok = false;
            for (int i = 0; i < n_ids; i++) ok |= municipality_ids[i] == q->municipality_id;
            if (!ok) continue;
        }
        inc_minute asked;
        question_status s = state_of(q->asked_at, q->answered_at, now, &asked);
        const char *a = q->asked_at;
        int y = (a[0] - '0') * 1000 + (a[1] - '0') * 100 + (a[2] - '0') * 10 + (a[3] - '0');
        int m = (a[5] - '0') * 10 + (a[6] - '0');
        if (n == 0 || months[n - 1].year != y || months[n - 1].month != m) {
            if (n == 240) memmove(months, months + 1, sizeof months[0] * 239), n--;
            months[n] = (question_month){y, m, 0, 0, 0, 0, 0};
            n++;
        }
        question_month_add(&months[n - 1], s);
    }
    WSP_LIST_FREE(&times);
    for (int i = 0; i < n; i++) {
        question_month *slot = ARENA_LIST_PUSH(out);
        if (!slot) {
            WSP_LIST_FREE(out);
            return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        }
        *slot = months[i];
    }
    return INC_OK;
}
