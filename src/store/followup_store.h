/* The follow-up's persistence (migration 012): dossier notes and the dossier's other sources,
 * users' e-mail addresses, the mail templates, the in-app inbox, the outbox and the job runs. */
#ifndef INC_STORE_FOLLOWUP_STORE_H
#define INC_STORE_FOLLOWUP_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/dossier.h"
#include "core/followup.h"
#include "store/db.h"

int64_t followup_setting_int(inc_db *db, const char *key, int64_t fallback);

/* ---- The dossier's sources: each appends its entries (texts copied into l's arena) ----
 * contractor_view: only what the contractor may see. */
inc_status dossier_note_insert(inc_db *db, int64_t contract_id, const char *kind, inc_date on, const char *body,
                               bool for_contractor, int64_t *id, inc_error *e);
inc_status dossier_notes_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l, inc_error *e);
inc_status dossier_yearly_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l, inc_error *e);
inc_status dossier_realisations_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l,
                                        inc_error *e);
/* E-mails sent about the contract; the contractor's view only those to its own users. */
inc_status dossier_mails_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l, inc_error *e);

/* ---- E-mail addresses ---- */
inc_status user_email_set(inc_db *db, int64_t user_id, const char *email, inc_error *e);
/* *has false (out "") when the user gave none. */
inc_status user_email_get(inc_db *db, int64_t user_id, char out[255], bool *has, inc_error *e);

/* ---- Recipients ---- the active users a notice of a contract goes to: the contractor's own users
 * (opdrachtnemer of its organisation) or the SR-team serving its municipality. */
typedef struct {
    int64_t user_id;
    char email[255];     /* "" when none */
} followup_recipient;
#define FOLLOWUP_MAX_RECIPIENTS 64
inc_status followup_recipients(inc_db *db, int64_t contract_id, followup_audience a, followup_recipient *out, int max,
                               int *n, inc_error *e);

/* The template of (code, audience): malloc'd subject and body; INC_ENOTFOUND when there is none. */
inc_status mail_template_get(inc_db *db, const char *code, const char *audience, char **subject, char **body,
                             inc_error *e);

/* Realisations of each contract reported on or before `cutoff` and still waiting (status gemeld):
 * calls fn(user, contract_id, count) in contract_id order. */
typedef void (*followup_count_fn)(void *user, int64_t contract_id, int count);
inc_status followup_waiting_verification(inc_db *db, inc_date cutoff, followup_count_fn fn, void *user, inc_error *e);

/* ---- The inbox ---- */
typedef struct {
    int64_t user_id, contract_id;   /* contract_id 0 when none */
    const char *kind, *key, *subject, *body;
    inc_date due;
} notice_new;
/* *id 0 when the user already has a notice with this key (nothing written). */
inc_status notice_insert(inc_db *db, const notice_new *n, int64_t *id, inc_error *e);

typedef struct {
    int64_t id, contract_id;
    const char *kind, *due_date, *subject, *body, *created_at, *read_at, *contract_reference;
} notice_row;
typedef void (*notice_fn)(void *user, const notice_row *n);
/* The user's notices, newest first (at most limit); due_by: only those due on or before that day
 * (NULL: all); unread_only. */
inc_status notices_each(inc_db *db, int64_t user_id, const char *due_by, bool unread_only, int limit, notice_fn fn,
                        void *user, inc_error *e);
/* INC_ENOTFOUND when the notice is not this user's. */
inc_status notice_mark_read(inc_db *db, int64_t user_id, int64_t id, inc_error *e);
inc_status notices_unread(inc_db *db, int64_t user_id, int64_t *n, inc_error *e);

/* ---- The outbox ---- */
inc_status outbox_insert(inc_db *db, int64_t notice_id, int64_t contract_id, const char *to, const char *subject,
                         const char *body, int64_t now, inc_error *e);
typedef struct {
    int64_t id;
    int attempts;
    char to[255];
    char *subject, *body;   /* malloc'd */
} outbox_msg;
void outbox_msg_free(outbox_msg *m);
/* Claims the next message due at `now` (any waiting one when all): marks it bezig in its own
 * transaction, so no other sender takes it. *got false when none is due. */
inc_status outbox_claim(inc_db *db, int64_t now, bool all, outbox_msg *m, bool *got, inc_error *e);
inc_status outbox_sent(inc_db *db, int64_t id, inc_error *e);
/* A failed attempt: waiting again from next_attempt, or mislukt when next_attempt < 0. */
inc_status outbox_failed(inc_db *db, int64_t id, int attempts, int64_t next_attempt, const char *error, inc_error *e);

typedef struct {
    int64_t id, contract_id;
    const char *to, *subject, *status, *last_error, *sent_at, *created_at;
    int attempts;
    int64_t next_attempt;
} outbox_row;
typedef void (*outbox_fn)(void *user, const outbox_row *r);
inc_status outbox_each(inc_db *db, const char *status, outbox_fn fn, void *user, inc_error *e);

/* ---- Job runs ---- */
inc_status job_run_record(inc_db *db, inc_date day, int notices, int mails, inc_error *e);
inc_status job_run_done(inc_db *db, inc_date day, bool *done, inc_error *e);

#endif
