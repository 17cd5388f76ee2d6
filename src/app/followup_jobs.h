/* The follow-up's daily jobs, e-mail and inbox (issue 17). app_jobs_run makes the day's notices
 * (core/followup.h decides which): each in the recipients' in-app inbox and, for a user with an
 * e-mail address, in the outbox; a notice is made once per user (its key), so a second run on a
 * day sends nothing twice. app_mail_deliver hands the outbox to the relay (io/smtp.h), with back-off
 * after a failure and every fate in the audit log. Run by `inclusio jobs run` and serve's thread. */
#ifndef INC_APP_FOLLOWUP_JOBS_H
#define INC_APP_FOLLOWUP_JOBS_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include "app/app.h"
#include "core/date.h"

typedef struct {
    int contracts;        /* contracts that called for a reminder */
    int notices;          /* new notices in inboxes */
    int mails;            /* new messages in the outbox */
} jobs_result;
inc_status app_jobs_run(inc_db *db, inc_date today, jobs_result *r, inc_error *e);
/* Whether the jobs of `day` ran already (serve's thread runs them once a day). */
inc_status app_jobs_ran(inc_db *db, inc_date day, bool *ran, inc_error *e);

typedef struct {
    bool relay;           /* a relay is configured (INCLUSIO_SMTP_URL) */
    int sent, retry, gave_up;
} mail_result;
/* Sends what is due at `now` (Unix seconds; all: everything waiting, the back-off ignored). */
inc_status app_mail_deliver(inc_db *db, int64_t now, bool all, mail_result *r, inc_error *e);
/* [{id, contract_id, to, subject, status, attempts, last_error, sent_at, created_at}], status NULL = all. */
inc_status app_outbox_json(inc_db *db, const char *status, json_t **out, inc_error *e);

/* A user's own address for the notices (checked: a bad address is refused, nothing stored). */
inc_status app_user_email_set(inc_db *db, int64_t user_id, const char *email, inc_error *e);
inc_status app_user_email_get(inc_db *db, int64_t user_id, char out[255], bool *has, inc_error *e);

/* The inbox: {unread, email, items: [{id, contract: {id, reference} | null, kind, due_date, subject,
 * body, created_at, read}]}, newest first; due_by: only the notices due on or before that day (with
 * unread_only: the werkvoorraad's open tasks of today), NULL for all. */
inc_status app_inbox_json(inc_db *db, int64_t user_id, const char *due_by, bool unread_only, json_t **out,
                          inc_error *e);
inc_status app_notice_read(inc_db *db, int64_t user_id, int64_t notice_id, inc_error *e);



/* ---- serve's thread ----
 * Every interval seconds: the day's jobs when they have not run today, then the outbox. Its own
 * connection to db_path (actor "jobs"). Stop waits for a round in progress to finish. */
typedef struct app_jobs_thread app_jobs_thread;
inc_status app_jobs_thread_start(const char *db_path, int interval_seconds, app_jobs_thread **out, inc_error *e);
void app_jobs_thread_stop(app_jobs_thread *t);
#endif
