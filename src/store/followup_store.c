#include "store/followup_store.h"
#include "core/decimal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int64_t followup_setting_int(inc_db *db, const char *key, int64_t fallback)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT value FROM settings WHERE key = ?", &st, NULL)) return fallback;
    db_bind_text(st, 1, key, -1, DB_COPY);
    int64_t v = fallback;
    if (db_step_rc(st) == DB_ROW && db_col_text(st, 0)) v = strtoll(db_col_text(st, 0), NULL, 10);
    db_finalize(st);
    return v;
}

/* ---- dossier ---- */

static void push(dossier_list *l, const char *at, const char *kind, const char *source, int64_t id, const char *title,
                 const char *text, const char *actor, bool for_contractor)
{
    dossier_entry *d = ARENA_LIST_PUSH(l);
    d->at = arena_strdup(&l->arena, at ? at : "");
    d->kind = arena_strdup(&l->arena, kind);
    d->source = source;
    d->source_id = id;
    d->title = arena_strdup(&l->arena, title);
    d->text = arena_strdup(&l->arena, text);
    d->actor = arena_strdup(&l->arena, actor);
    d->for_contractor = for_contractor;
}

inc_status dossier_note_insert(inc_db *db, int64_t contract_id, const char *kind, inc_date on, const char *body,
                               bool for_contractor, int64_t *id, inc_error *e)
{
    char d[11];
    date_format_iso(on, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO dossier_notes(contract_id, kind, on_date, body, for_contractor, author, created_at)"
                   " VALUES (?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    db_bind_text(st, 2, kind, -1, DB_COPY);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text(st, 4, body, -1, DB_COPY);
    db_bind_int(st, 5, for_contractor);
    db_bind_text(st, 6, db_actor(db), -1, DB_COPY);
    db_bind_text(st, 7, db_timestamp(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

static const char *note_title(const char *kind)
{
    return strcmp(kind, "telefoongesprek") == 0 ? "Telefoongesprek"
           : strcmp(kind, "overleg") == 0       ? "Overleg"
           : strcmp(kind, "e-mail") == 0        ? "E-mail"
           : strcmp(kind, "bezoek") == 0        ? "Bezoek"
                                                : "Notitie";
}

inc_status dossier_notes_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, kind, on_date, body, for_contractor, author FROM dossier_notes"
                   " WHERE contract_id = ? AND (? = 0 OR for_contractor = 1) ORDER BY on_date, id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    db_bind_int(st, 2, contractor_view);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *kind = db_col_text(st, 1);
        push(l, db_col_text(st, 2), kind, "dossier", db_col_int64(st, 0), note_title(kind), db_col_text(st, 3),
             db_col_text(st, 5), db_col_int(st, 4) != 0);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status dossier_yearly_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l, inc_error *e)
{
    (void)contractor_view;   /* the contractor's own reports: all visible */
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, year_no, submitted_at, submitted_by, remarks FROM yearly_reports WHERE contract_id = ?"
                   " ORDER BY year_no",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        char title[64];
        snprintf(title, sizeof title, "Jaarrapportage jaar %d ingediend", db_col_int(st, 1));
        push(l, db_col_text(st, 2), "jaarrapportage", "yearly_reports", db_col_int64(st, 0), title, db_col_text(st, 4),
             db_col_text(st, 3), true);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status dossier_realisations_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l,
                                        inc_error *e)
{
    (void)contractor_view;   /* its own realisations and their decisions */
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT r.id, r.created_at, r.reported_by, r.status, r.decided_at, r.decided_by, r.reject_reason,"
                   " b.name, r.candidate_ref, r.value_cents FROM realisations r JOIN blocks b ON b.id = r.block_id"
                   " WHERE r.contract_id = ? ORDER BY r.created_at, r.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        int64_t id = db_col_int64(st, 0);
        char money[32], text[400];
        decimal_format(db_col_int64(st, 9), 2, true, money, sizeof money);
        const char *ref = db_col_text(st, 8);
        snprintf(text, sizeof text, "%s%s%s, EUR %s", db_col_text(st, 7), ref ? ", kandidaat " : "", ref ? ref : "",
                 money);
        char title[64];
        snprintf(title, sizeof title, "Realisatie %lld gemeld", (long long)id);
        push(l, db_col_text(st, 1), "realisatie-gemeld", "realisations", id, title, text, db_col_text(st, 2), true);
        const char *status = db_col_text(st, 3);
        if (db_col_text(st, 4) && strcmp(status, "gemeld") != 0) {
            bool ok = strcmp(status, "geverifieerd") == 0;
            snprintf(title, sizeof title, "Realisatie %lld %s", (long long)id, ok ? "geverifieerd" : "afgewezen");
            push(l, db_col_text(st, 4), ok ? "realisatie-geverifieerd" : "realisatie-afgewezen", "realisations", id,
                 title, ok ? text : db_col_text(st, 6), db_col_text(st, 5), true);
        }
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status dossier_mails_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT o.id, o.status, o.sent_at, o.created_at, o.to_addr, o.subject, u.role, o.last_error"
                   " FROM mail_outbox o LEFT JOIN notices n ON n.id = o.notice_id LEFT JOIN users u ON u.id = n.user_id"
                   " WHERE o.contract_id = ? AND (? = 0 OR (u.role = 'opdrachtnemer' AND o.status = 'verzonden'))"
                   " ORDER BY o.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    db_bind_int(st, 2, contractor_view);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *status = db_col_text(st, 1);
        bool sent = strcmp(status, "verzonden") == 0;
        char title[400];
        snprintf(title, sizeof title, "%s aan %s", sent ? "E-mail verzonden" : strcmp(status, "mislukt") == 0
                                                                            ? "E-mail niet bezorgd"
                                                                            : "E-mail in de wachtrij",
                 db_col_text(st, 4));
        const char *role = db_col_text(st, 6);
        push(l, sent ? db_col_text(st, 2) : db_col_text(st, 3), "e-mail-verzonden", "mail", db_col_int64(st, 0), title,
             db_col_text(st, 5), "inclusio", sent && role && strcmp(role, "opdrachtnemer") == 0);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* ---- addresses ---- */

inc_status user_email_set(inc_db *db, int64_t user_id, const char *email, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO user_emails(user_id, email, updated_at) VALUES (?,?,?)"
                   " ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, updated_at = excluded.updated_at",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, user_id);
    db_bind_text(st, 2, email, -1, DB_COPY);
    db_bind_text(st, 3, db_timestamp(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT) return inc_fail(e, INC_ENOTFOUND, "user", "gebruiker niet gevonden");
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status user_email_get(inc_db *db, int64_t user_id, char out[255], bool *has, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT email FROM user_emails WHERE user_id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, user_id);
    out[0] = '\0';
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) db_column_text(st, 0, out, 255);
    *has = rc == DB_ROW;
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status followup_recipients(inc_db *db, int64_t contract_id, followup_audience a, followup_recipient *out, int max,
                               int *n, inc_error *e)
{
    inc_stmt *st;
    const char *sql =
        a == FOLLOWUP_CONTRACTOR
            ? "SELECT u.id, ue.email FROM contracts c JOIN users u ON u.organisation_id = c.contractor_id"
              " LEFT JOIN user_emails ue ON ue.user_id = u.id"
              " WHERE c.id = ? AND u.role = 'opdrachtnemer' AND u.disabled = 0 ORDER BY u.id"
            : "SELECT u.id, ue.email FROM contracts c JOIN user_municipalities um ON um.municipality_id = c.municipality_id"
              " JOIN users u ON u.id = um.user_id LEFT JOIN user_emails ue ON ue.user_id = u.id"
              " WHERE c.id = ? AND u.role = 'sr-team' AND u.disabled = 0 ORDER BY u.id";
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    *n = 0;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW && *n < max) {
        out[*n].user_id = db_col_int64(st, 0);
        db_column_text(st, 1, out[*n].email, sizeof out[*n].email);
        (*n)++;
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status mail_template_get(inc_db *db, const char *code, const char *audience, char **subject, char **body,
                             inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT subject, body FROM mail_templates WHERE code = ? AND audience = ?", &st, e))
        return INC_EIO;
    db_bind_text(st, 1, code, -1, DB_COPY);
    db_bind_text(st, 2, audience, -1, DB_COPY);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        *subject = strdup(db_col_text(st, 0));
        *body = strdup(db_col_text(st, 1));
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "template", "geen sjabloon %s voor %s", code, audience);
    if (!*subject || !*body) {
        free(*subject);
        free(*body);
        return inc_fail(e, INC_EINTERNAL, NULL, "onvoldoende geheugen");
    }
    return INC_OK;
}

inc_status followup_waiting_verification(inc_db *db, inc_date cutoff, followup_count_fn fn, void *user, inc_error *e)
{
    char d[11];
    date_format_iso(cutoff, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT contract_id, count(*) FROM realisations WHERE status = 'gemeld' AND substr(created_at, 1, 10) <= ?"
                   " GROUP BY contract_id ORDER BY contract_id",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) fn(user, db_col_int64(st, 0), (int)db_col_int64(st, 1));
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* ---- inbox ---- */

inc_status notice_insert(inc_db *db, const notice_new *n, int64_t *id, inc_error *e)
{
    char d[11];
    date_format_iso(n->due, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO notices(user_id, contract_id, kind, dedup_key, due_date, subject, body, created_at)"
                   " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (user_id, dedup_key) DO NOTHING",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, n->user_id);
    if (n->contract_id) db_bind_int64(st, 2, n->contract_id);
    else db_bind_null(st, 2);
    db_bind_text(st, 3, n->kind, -1, DB_COPY);
    db_bind_text(st, 4, n->key, -1, DB_COPY);
    db_bind_text(st, 5, d, -1, DB_COPY);
    db_bind_text(st, 6, n->subject, -1, DB_COPY);
    db_bind_text(st, 7, n->body, -1, DB_COPY);
    db_bind_text(st, 8, db_timestamp(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_changes(db) > 0 ? db_last_id(db) : 0;
    return INC_OK;
}

inc_status notices_each(inc_db *db, int64_t user_id, const char *due_by, bool unread_only, int limit, notice_fn fn,
                        void *user, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT n.id, n.contract_id, n.kind, n.due_date, n.subject, n.body, n.created_at, n.read_at, c.reference"
                   " FROM notices n LEFT JOIN contracts c ON c.id = n.contract_id"
                   " WHERE n.user_id = ? AND (CAST(? AS TEXT) IS NULL OR n.due_date <= ?) AND (? = 0 OR n.read_at IS NULL)"
                   " ORDER BY n.created_at DESC, n.id DESC LIMIT ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, user_id);
    db_bind_text_or_null(st, 2, due_by);
    db_bind_text_or_null(st, 3, due_by);
    db_bind_int(st, 4, unread_only);
    db_bind_int(st, 5, limit);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        notice_row r = {db_col_int64(st, 0), db_col_is_null(st, 1) ? 0 : db_col_int64(st, 1), db_col_text(st, 2),
                        db_col_text(st, 3),  db_col_text(st, 4), db_col_text(st, 5), db_col_text(st, 6),
                        db_col_text(st, 7),  db_col_text(st, 8)};
        fn(user, &r);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status notice_mark_read(inc_db *db, int64_t user_id, int64_t id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "UPDATE notices SET read_at = coalesce(read_at, ?) WHERE id = ? AND user_id = ?", &st, e))
        return INC_EIO;
    db_bind_text(st, 1, db_timestamp(db), -1, DB_COPY);
    db_bind_int64(st, 2, id);
    db_bind_int64(st, 3, user_id);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (db_changes(db) == 0) return inc_fail(e, INC_ENOTFOUND, NULL, "bericht niet gevonden");
    return INC_OK;
}

inc_status notices_unread(inc_db *db, int64_t user_id, int64_t *n, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT count(*) FROM notices WHERE user_id = ? AND read_at IS NULL", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, user_id);
    int rc = db_step(db, st, e);
    *n = rc == DB_ROW ? db_col_int64(st, 0) : 0;
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* ---- outbox ---- */

inc_status outbox_insert(inc_db *db, int64_t notice_id, int64_t contract_id, const char *to, const char *subject,
                         const char *body, int64_t now, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO mail_outbox(notice_id, contract_id, to_addr, subject, body, next_attempt, created_at)"
                   " VALUES (?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    if (notice_id) db_bind_int64(st, 1, notice_id);
    else db_bind_null(st, 1);
    if (contract_id) db_bind_int64(st, 2, contract_id);
    else db_bind_null(st, 2);
    db_bind_text(st, 3, to, -1, DB_COPY);
    db_bind_text(st, 4, subject, -1, DB_COPY);
    db_bind_text(st, 5, body, -1, DB_COPY);
    db_bind_int64(st, 6, now);
    db_bind_text(st, 7, db_timestamp(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

void outbox_msg_free(outbox_msg *m)
{
    free(m->subject);
    free(m->body);
    m->subject = m->body = NULL;
}

inc_status outbox_claim(inc_db *db, int64_t now, bool all, outbox_msg *m, bool *got, inc_error *e)
{
    *got = false;
    memset(m, 0, sizeof *m);
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, attempts, to_addr, subject, body FROM mail_outbox WHERE status = 'wachtend'"
                   " AND (? = 1 OR next_attempt <= ?) ORDER BY next_attempt, id LIMIT 1",
                   &st, e)) {
        db_rollback(db);
        return INC_EIO;
    }
    db_bind_int(st, 1, all);
    db_bind_int64(st, 2, now);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        m->id = db_col_int64(st, 0);
        m->attempts = db_col_int(st, 1);
        db_column_text(st, 2, m->to, sizeof m->to);
        m->subject = strdup(db_col_text(st, 3));
        m->body = strdup(db_col_text(st, 4));
    }
    db_finalize(st);
    if (rc != DB_ROW) {
        db_rollback(db);
        return rc == DB_ERR ? INC_EIO : INC_OK;
    }
    if (db_prepare(db, "UPDATE mail_outbox SET status = 'bezig', claimed_at = ? WHERE id = ? AND status = 'wachtend'",
                   &st, e)) {
        db_rollback(db);
        outbox_msg_free(m);
        return INC_EIO;
    }
    db_bind_int64(st, 1, now);
    db_bind_int64(st, 2, m->id);
    rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE || db_commit(db, e) != INC_OK) {
        if (rc != DB_DONE) db_fail(db, e);
        db_rollback(db);
        outbox_msg_free(m);
        return INC_EIO;
    }
    *got = m->subject && m->body;
    return INC_OK;
}

inc_status outbox_sent(inc_db *db, int64_t id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "UPDATE mail_outbox SET status = 'verzonden', sent_at = ?, attempts = attempts + 1, last_error = NULL"
                   " WHERE id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, db_timestamp(db), -1, DB_COPY);
    db_bind_int64(st, 2, id);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status outbox_failed(inc_db *db, int64_t id, int attempts, int64_t next_attempt, const char *error, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt = ?, last_error = ? WHERE id = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, next_attempt < 0 ? "mislukt" : "wachtend", -1, DB_STATIC);
    db_bind_int(st, 2, attempts);
    db_bind_int64(st, 3, next_attempt < 0 ? 0 : next_attempt);
    db_bind_text(st, 4, error, -1, DB_COPY);
    db_bind_int64(st, 5, id);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status outbox_each(inc_db *db, const char *status, outbox_fn fn, void *user, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, contract_id, to_addr, subject, status, last_error, sent_at, created_at, attempts,"
                   " next_attempt FROM mail_outbox WHERE (CAST(? AS TEXT) IS NULL OR status = ?) ORDER BY id",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, status);
    db_bind_text_or_null(st, 2, status);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        outbox_row r = {db_col_int64(st, 0), db_col_is_null(st, 1) ? 0 : db_col_int64(st, 1), db_col_text(st, 2),
                        db_col_text(st, 3),  db_col_text(st, 4), db_col_text(st, 5), db_col_text(st, 6),
                        db_col_text(st, 7),  db_col_int(st, 8), db_col_int64(st, 9)};
        fn(user, &r);
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* ---- job runs ---- */

inc_status job_run_record(inc_db *db, inc_date day, int notices, int mails, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO job_runs(run_date, started_at, notices, mails) VALUES (?,?,?,?)"
                   " ON CONFLICT (run_date) DO UPDATE SET notices = job_runs.notices + excluded.notices,"
                   " mails = job_runs.mails + excluded.mails",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    db_bind_text(st, 2, db_timestamp(db), -1, DB_COPY);
    db_bind_int(st, 3, notices);
    db_bind_int(st, 4, mails);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status job_run_done(inc_db *db, inc_date day, bool *done, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, "SELECT 1 FROM job_runs WHERE run_date = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    int rc = db_step(db, st, e);
    *done = rc == DB_ROW;
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}
