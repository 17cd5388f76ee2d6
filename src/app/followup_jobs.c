#include "app/followup_jobs.h"
#include "app/audit_json.h"
#include "core/decimal.h"
#include "core/followup.h"
#include "io/smtp.h"
#include "store/realisation_jobs.h"
#include "store/followup_store.h"
#include "store/register.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>

/* ---- the daily jobs ---- */

typedef struct {
    int64_t contract_id;
    int count;
} waiting;
ARENA_LIST(waiting_list, waiting);

static void note_waiting(void *user, int64_t contract_id, int count)
{
    waiting_list *l = user;
    waiting *w = ARENA_LIST_PUSH(l);
    w->contract_id = contract_id;
    w->count = count;
}

/* A contract that calls for reminders, with what the templates need. */
typedef struct {
    int64_t id;
    const char *reference, *title, *contractor, *municipality;
    inc_date award, end;
    int64_t verified_cents, due_cents;
    int waiting, n;
    followup_reminder *r;   /* n, in the list's arena */
} due_contract;
ARENA_LIST(due_list, due_contract);

typedef struct {
    due_list *due;
    const waiting_list *waiting;
    inc_date today;
    int catchup;
    const job_questions *questions;   /* open durability questions, by contract */
} scan_state;

static void scan(void *user, const contract_record *c)
{
    scan_state *s = user;
    followup_input in = {s->catchup, 0, NULL, 0};
    /* The waiting counts come in contract order: a binary search, not a scan per contract. */
    size_t lo = 0, hi = s->waiting->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->waiting->items[mid].contract_id < c->id) lo = mid + 1;
        else hi = mid;
    }
    if (lo < s->waiting->n && s->waiting->items[lo].contract_id == c->id)
        in.waiting_verification = s->waiting->items[lo].count;
    /* the same for the contract's open durability questions (issue 18) */
    const job_questions *q = s->questions;
    size_t qlo = 0, qhi = q->n;
    while (qlo < qhi) {
        size_t mid = qlo + (qhi - qlo) / 2;
        if (q->items[mid].contract_id < c->id) qlo = mid + 1;
        else qhi = mid;
    }
    size_t qend = qlo;
    while (qend < q->n && q->items[qend].contract_id == c->id) qend++;
    in.jobs = q->items + qlo;
    in.n_jobs = (int)(qend - qlo);
    followup_reminder r[FOLLOWUP_MAX_REMINDERS];
    int n = followup_reminders(c, s->today, &in, r, FOLLOWUP_MAX_REMINDERS);
    if (n == 0) return;
    due_contract *d = ARENA_LIST_PUSH(s->due);
    inc_arena *a = &s->due->arena;
    contract_flags fl;
    contract_flags_of(c, s->today, &fl);
    *d = (due_contract){c->id, arena_strdup(a, c->reference), arena_strdup(a, c->title), arena_strdup(a, c->contractor_name),
                        arena_strdup(a, c->municipality_name), c->award, c->end, c->verified_cents, fl.progress.due_cents,
                        in.waiting_verification, n, arena_alloc(a, sizeof *r * (size_t)n)};
    memcpy(d->r, r, sizeof *r * (size_t)n);
}

static void nl_date(inc_date d, char out[11])
{
    if (d == INC_DATE_NONE) snprintf(out, 11, "-");
    else date_format_nl(d, out);
}

static void euro(int64_t cents, char out[40])
{
    char b[32];
    decimal_format(cents, 2, true, b, sizeof b);
    snprintf(out, 40, "EUR %s", b);
}

static inc_status notify(inc_db *db, const due_contract *d, const followup_reminder *r, int verify_days, int64_t now,
                         jobs_result *res, inc_error *e)
{
    followup_recipient to[FOLLOWUP_MAX_RECIPIENTS];
    int n = 0;
    if (followup_recipients(db, d->id, r->audience, to, FOLLOWUP_MAX_RECIPIENTS, &n, e) != INC_OK) return e->status;
    if (n == 0) return INC_OK;
    char *subj_t = NULL, *body_t = NULL;
    if (mail_template_get(db, r->code, followup_audience_code(r->audience), &subj_t, &body_t, e) != INC_OK)
        return e->status;
    char due[11], award[11], end[11], year[12], count[12], days[12], verified[40], obligation[40];
    nl_date(r->due, due);
    nl_date(d->award, award);
    nl_date(d->end, end);
    snprintf(year, sizeof year, "%d", r->year_no);
    snprintf(count, sizeof count, "%d", d->waiting);
    snprintf(days, sizeof days, "%d", verify_days);
    euro(d->verified_cents, verified);
    euro(d->due_cents, obligation);
    char months[12];
    snprintf(months, sizeof months, "%d", r->months);
    const char *names[] = {"kenmerk", "titel", "opdrachtnemer", "gemeente", "datum", "gunningsdatum", "einddatum",
                           "jaar", "aantal", "dagen", "geverifieerd", "verplichting", "kandidaat", "maanden"};
    const char *values[] = {d->reference, d->title, d->contractor, d->municipality, due, award, end,
                            year, count, days, verified, obligation, r->candidate, months};
    int nv = (int)(sizeof names / sizeof *names);
    char *subject = followup_render(subj_t, names, values, nv), *body = followup_render(body_t, names, values, nv);
    free(subj_t);
    free(body_t);
    inc_status s = (subject && body) ? INC_OK : inc_fail(e, INC_EINTERNAL, NULL, "onvoldoende geheugen");
    for (int i = 0; s == INC_OK && i < n; i++) {
        notice_new nn = {to[i].user_id, d->id, r->code, r->key, subject, body, r->due};
        int64_t nid = 0;
        s = notice_insert(db, &nn, &nid, e);
        if (s != INC_OK || nid == 0) continue;   /* already told */
        res->notices++;
        if (to[i].email[0]) {
            s = outbox_insert(db, nid, d->id, to[i].email, subject, body, now, e);
            if (s == INC_OK) res->mails++;
        }
    }
    free(subject);
    free(body);
    return s;
}

inc_status app_jobs_run(inc_db *db, inc_date today, jobs_result *r, inc_error *e)
{
    memset(r, 0, sizeof *r);
    int catchup = (int)followup_setting_int(db, "followup.catchup_days", FOLLOWUP_CATCHUP_DAYS);
    int verify_days = (int)followup_setting_int(db, "followup.verify_days", FOLLOWUP_VERIFY_DAYS);
    waiting_list wl = {0};
    due_list dl = {0};
    job_questions jq = {0};
    inc_status s = followup_waiting_verification(db, today - verify_days, note_waiting, &wl, e);
    if (s == INC_OK) s = job_questions_select(db, &jq, e);
    if (s == INC_OK) {
        scan_state ss = {&dl, &wl, today, catchup, &jq};
        inc_contract_filter all = {0};
        int64_t total;
        s = contract_records(db, &all, 0, 0, false, scan, &ss, &total, e);
    }
    bool own = false;
    if (s == INC_OK) s = db_begin_if_needed(db, &own, e);
    int64_t now = (int64_t)time(NULL);
    for (size_t i = 0; s == INC_OK && i < dl.n; i++) {
        r->contracts++;
        for (int k = 0; s == INC_OK && k < dl.items[i].n; k++)
            s = notify(db, &dl.items[i], &dl.items[i].r[k], verify_days, now, r, e);
    }
    if (s == INC_OK) s = job_run_record(db, today, r->notices, r->mails, e);
    if (s == INC_OK) {
        char d[11];
        date_format_iso(today, d);
        s = app_audit_json(db, "jobs-run", "followup", 0,
                           json_pack("{s:s, s:i, s:i, s:i}", "date", d, "contracts", r->contracts, "notices", r->notices,
                                     "mails", r->mails),
                           e);
    }
    arena_free(&wl.arena);
    arena_free(&dl.arena);
    arena_free(&jq.arena);
    if (own || s != INC_OK) return db_end(db, own, s, e);
    return s;
}

inc_status app_jobs_ran(inc_db *db, inc_date day, bool *ran, inc_error *e)
{
    return job_run_done(db, day, ran, e);
}

/* ---- e-mail ---- */

static inc_status log_fate(inc_db *db, const char *action, const outbox_msg *m, int attempts, const char *error,
                           inc_error *e)
{
    json_t *d = json_pack("{s:s, s:i}", "to", m->to, "attempts", attempts);
    if (error) json_object_set_new(d, "error", json_string(error));
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) {
        json_decref(d);
        return INC_EIO;
    }
    return db_end(db, own, app_audit_json(db, action, "mail", m->id, d, e), e);
}

inc_status app_mail_deliver(inc_db *db, int64_t now, bool all, mail_result *r, inc_error *e)
{
    memset(r, 0, sizeof *r);
    smtp_config cfg;
    r->relay = smtp_config_from_env(&cfg);
    if (!r->relay) return INC_OK;   /* the outbox keeps everything until a relay is configured */
    int64_t base = followup_setting_int(db, "followup.mail_retry_seconds", FOLLOWUP_MAIL_RETRY_SECONDS);
    for (int guard = 0; guard < 10000; guard++) {
        outbox_msg m;
        bool got;
        if (outbox_claim(db, now, all, &m, &got, e) != INC_OK) return e->status;
        if (!got) break;
        char err[256] = "";
        bool ok = smtp_send(&cfg, m.to, m.subject, m.body, err, sizeof err);
        int attempts = m.attempts + 1;
        inc_status s;
        if (ok) {
            s = outbox_sent(db, m.id, e);
            if (s == INC_OK) s = log_fate(db, "mail-sent", &m, attempts, NULL, e);
            r->sent++;
        } else {
            int64_t wait;
            bool again = followup_retry_after(attempts, base, &wait);
            s = outbox_failed(db, m.id, attempts, again ? now + wait : -1, err, e);
            if (s == INC_OK) s = log_fate(db, again ? "mail-retry" : "mail-given-up", &m, attempts, err, e);
            if (again) r->retry++;
            else r->gave_up++;
        }
        outbox_msg_free(&m);
        if (s != INC_OK) return s;
        /* One failed attempt means the relay is down: leave the rest for the next round. */
        if (!ok) break;
    }
    return INC_OK;
}

static void outbox_item(void *user, const outbox_row *o)
{
    json_t *a = user;
    json_t *x = json_pack("{s:I, s:s, s:s, s:s, s:i}", "id", (json_int_t)o->id, "to", o->to, "subject", o->subject,
                          "status", o->status, "attempts", o->attempts);
    json_object_set_new(x, "contract_id", o->contract_id ? json_integer(o->contract_id) : json_null());
    json_object_set_new(x, "last_error", o->last_error ? json_string(o->last_error) : json_null());
    json_object_set_new(x, "sent_at", o->sent_at ? json_string(o->sent_at) : json_null());
    json_object_set_new(x, "created_at", json_string(o->created_at));
    json_array_append_new(a, x);
}

inc_status app_outbox_json(inc_db *db, const char *status, json_t **out, inc_error *e)
{
    json_t *a = json_array();
    if (outbox_each(db, status, outbox_item, a, e) != INC_OK) {
        json_decref(a);
        return e->status;
    }
    *out = a;
    return INC_OK;
}

/* ---- addresses and the inbox ---- */

inc_status app_user_email_set(inc_db *db, int64_t user_id, const char *email, inc_error *e)
{
    if (email_address_check(email, "email", e) != INC_OK) return e->status;
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    inc_status s = user_email_set(db, user_id, email, e);
    if (s == INC_OK) s = app_audit_json(db, "email", "user", user_id, json_pack("{s:s}", "email", email), e);
    return db_end(db, own, s, e);
}

inc_status app_user_email_get(inc_db *db, int64_t user_id, char out[255], bool *has, inc_error *e)
{
    return user_email_get(db, user_id, out, has, e);
}

static void inbox_item(void *user, const notice_row *n)
{
    json_t *a = user;
    json_t *x = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:b}", "id", (json_int_t)n->id, "kind", n->kind, "due_date",
                          n->due_date, "subject", n->subject, "body", n->body, "created_at", n->created_at, "read",
                          n->read_at != NULL);
    json_object_set_new(x, "contract",
                        n->contract_id ? json_pack("{s:I, s:s?}", "id", (json_int_t)n->contract_id, "reference",
                                                   n->contract_reference)
                                       : json_null());
    json_array_append_new(a, x);
}

inc_status app_inbox_json(inc_db *db, int64_t user_id, const char *due_by, bool unread_only, json_t **out,
                          inc_error *e)
{
    if (due_by) {
        inc_date d;
        if (date_parse(due_by, &d, "due_by", e) != INC_OK) return e->status;
    }
    json_t *items = json_array();
    int64_t unread = 0;
    char email[255];
    bool has;
    if (notices_each(db, user_id, due_by, unread_only, 500, inbox_item, items, e) != INC_OK ||
        notices_unread(db, user_id, &unread, e) != INC_OK || user_email_get(db, user_id, email, &has, e) != INC_OK) {
        json_decref(items);
        return e->status;
    }
    *out = json_pack("{s:I, s:o, s:o}", "unread", (json_int_t)unread, "email", has ? json_string(email) : json_null(),
                     "items", items);
    return INC_OK;
}

inc_status app_notice_read(inc_db *db, int64_t user_id, int64_t notice_id, inc_error *e)
{
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, notice_mark_read(db, user_id, notice_id, e), e);
}

/* ---- serve's thread ---- */

struct app_jobs_thread {
    pthread_t tid;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool stop;
    int interval;
    inc_db *db;
};

static void round_once(app_jobs_thread *t)
{
    inc_error e = {0};
    inc_date today = date_today();
    bool ran = false;
    if (app_jobs_ran(t->db, today, &ran, &e) != INC_OK) {
        fprintf(stderr, "inclusio: dagelijkse taken: %s\n", e.message);
        return;
    }
    if (!ran) {
        jobs_result r;
        char d[11];
        date_format_iso(today, d);
        if (app_jobs_run(t->db, today, &r, &e) != INC_OK) fprintf(stderr, "inclusio: dagelijkse taken: %s\n", e.message);
        else
            fprintf(stderr, "inclusio: dagelijkse taken van %s: %d bericht(en), %d e-mail(s) in de wachtrij\n", d,
                    r.notices, r.mails);
    }
    mail_result m;
    if (app_mail_deliver(t->db, (int64_t)time(NULL), false, &m, &e) != INC_OK)
        fprintf(stderr, "inclusio: e-mail: %s\n", e.message);
    else if (m.sent || m.retry || m.gave_up)
        fprintf(stderr, "inclusio: e-mail: %d verzonden, %d later opnieuw, %d opgegeven\n", m.sent, m.retry, m.gave_up);
}

static void *jobs_main(void *arg)
{
    app_jobs_thread *t = arg;
    pthread_mutex_lock(&t->mu);
    while (!t->stop) {
        pthread_mutex_unlock(&t->mu);
        round_once(t);
        pthread_mutex_lock(&t->mu);
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += t->interval;
        while (!t->stop && pthread_cond_timedwait(&t->cv, &t->mu, &until) == 0) {
        }
    }
    pthread_mutex_unlock(&t->mu);
    return NULL;
}

inc_status app_jobs_thread_start(const char *db_path, int interval_seconds, app_jobs_thread **out, inc_error *e)
{
    *out = NULL;
    app_jobs_thread *t = calloc(1, sizeof *t);
    if (!t) return inc_fail(e, INC_EINTERNAL, NULL, "onvoldoende geheugen");
    if (app_db_open(db_path, 0, &t->db, e) != INC_OK) {
        free(t);
        return e->status;
    }
    db_set_actor(t->db, "jobs");
    smtp_global_init();
    t->interval = interval_seconds > 0 ? interval_seconds : 60;
    pthread_mutex_init(&t->mu, NULL);
    pthread_cond_init(&t->cv, NULL);
    if (pthread_create(&t->tid, NULL, jobs_main, t) != 0) {
        db_close(t->db);
        free(t);
        return inc_fail(e, INC_EINTERNAL, NULL, "de draad voor de dagelijkse taken kon niet starten");
    }
    *out = t;
    return INC_OK;
}

void app_jobs_thread_stop(app_jobs_thread *t)
{
    if (!t) return;
    pthread_mutex_lock(&t->mu);
    t->stop = true;
    pthread_cond_signal(&t->cv);
    pthread_mutex_unlock(&t->mu);
    pthread_join(t->tid, NULL);
    db_close(t->db);
    pthread_mutex_destroy(&t->mu);
    pthread_cond_destroy(&t->cv);
    free(t);
}
