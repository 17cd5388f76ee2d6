#include "core/followup.h"
#include "core/job_outcome.h"
#include "core/progress.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *followup_audience_code(followup_audience a)
{
    return a == FOLLOWUP_CONTRACTOR ? "opdrachtnemer" : "sr-team";
}

typedef struct {
    followup_reminder *out;
    int n, max;
} rlist;

static void add(rlist *l, const char *code, followup_audience a, inc_date due, int year_no, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void add(rlist *l, const char *code, followup_audience a, inc_date due, int year_no, const char *fmt, ...)
{
    if (l->n >= l->max) return;
    followup_reminder *r = &l->out[l->n++];
    r->code = code;
    r->audience = a;
    r->due = due;
    r->year_no = year_no;
    r->months = 0;
    r->candidate[0] = '\0';
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->key, sizeof r->key, fmt, ap);
    va_end(ap);
}

/* Whether a reminder of day `day` is sent on `today`: from that day, for the catch-up window. */
static bool in_window(inc_date day, inc_date today, int catchup)
{
    return day != INC_DATE_NONE && today >= day && today < day + (catchup > 0 ? catchup : 1);
}

int followup_reminders(const contract_record *c, inc_date today, const followup_input *in, followup_reminder *out,
                       int max)
{
    rlist l = {out, 0, max};
    if (!c->applies) return 0;
    int cu = in->catchup_days;
    long long id = (long long)c->id;
    /* First contact within five working days of the award. */
    if (c->contact == INC_DATE_NONE && c->award != INC_DATE_NONE) {
        inc_date dl = contact_deadline(c->award);
        if (in_window(dl + 1, today, cu)) {
            add(&l, "contact-termijn", FOLLOWUP_CONTRACTOR, dl, 0, "contact:%lld", id);
            add(&l, "contact-termijn", FOLLOWUP_SR_TEAM, dl, 0, "contact:%lld", id);
        }
    }
    /* Yearly reports: a month before the deadline, and on the day. */
    contract_yearly_reports y;
    contract_yearly_reports_of(c, today, &y);
    for (int k = 0; k < y.n; k++) {
        if (y.submitted[k]) continue;
        inc_date dl = y.deadline[k];
        if (in_window(date_add_months(dl, -1), today, cu))
            add(&l, "jaarrapportage-vooraf", FOLLOWUP_CONTRACTOR, dl, k + 1, "jaar-vooraf:%lld:%d", id, k + 1);
        if (in_window(dl, today, cu)) {
            add(&l, "jaarrapportage-termijn", FOLLOWUP_CONTRACTOR, dl, k + 1, "jaar-termijn:%lld:%d", id, k + 1);
            add(&l, "jaarrapportage-termijn", FOLLOWUP_SR_TEAM, dl, k + 1, "jaar-termijn:%lld:%d", id, k + 1);
        }
    }
    /* The final report within a month of the end. */
    if (c->end != INC_DATE_NONE) {
        inc_date fd = date_add_months(c->end, 1);
        if (in_window(c->end, today, cu)) add(&l, "eindrapportage", FOLLOWUP_CONTRACTOR, fd, 0, "eind:%lld", id);
        if (in_window(fd + 1, today, cu)) add(&l, "eindrapportage-termijn", FOLLOWUP_SR_TEAM, fd, 0, "eind-termijn:%lld", id);
    }
    /* Conditions that last: once a month while they do. */
    int yy, mm, dd;
    date_to_ymd(today, &yy, &mm, &dd);
    if (in->waiting_verification > 0)
        add(&l, "verificatie-wacht", FOLLOWUP_SR_TEAM, today, 0, "verificatie:%lld:%04d-%02d", id, yy, mm);
    contract_flags fl;
    contract_flags_of(c, today, &fl);
    if (fl.progress.status == PS_BEHIND)
        add(&l, "achterstand", FOLLOWUP_SR_TEAM, today, 0, "achterstand:%lld:%04d-%02d", id, yy, mm);
    /* Durable work: the contractor is asked 6 and 12 months after a job realisation's end. */
    for (int j = 0; j < in->n_jobs; j++) {
        const followup_job *job = &in->jobs[j];
        for (int months = 6; months <= 12; months += 6) {
            if (months == 6 ? job->answered6 : job->answered12) continue;
            inc_date day = job_durability_day(job->end, months);
            if (!in_window(day, today, cu)) continue;
            int before = l.n;
            add(&l, "duurzaamheid", FOLLOWUP_CONTRACTOR, day, 0, "duurzaam:%lld:%d", (long long)job->realisation, months);
            if (l.n == before) continue;
            followup_reminder *r = &l.out[l.n - 1];
            r->months = months;
            if (job->candidate_ref && *job->candidate_ref) snprintf(r->candidate, sizeof r->candidate, "%s", job->candidate_ref);
            else snprintf(r->candidate, sizeof r->candidate, "nr. %lld", (long long)job->realisation);
        }
    }
    return l.n;
}

typedef struct {
    char *p;
    size_t len, cap;
    bool oom;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 256);
        while (cap < b->len + n + 1) cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q) {
            b->oom = true;
            return;
        }
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

char *followup_render(const char *tpl, const char *const *names, const char *const *values, int n)
{
    sbuf b = {0};
    put(&b, "", 0);
    const char *s = tpl;
    while (*s) {
        const char *open = strstr(s, "{{");
        if (!open) {
            put(&b, s, strlen(s));
            break;
        }
        put(&b, s, (size_t)(open - s));
        const char *close = strstr(open + 2, "}}");
        if (!close) {
            put(&b, open, strlen(open));
            break;
        }
        size_t nl = (size_t)(close - open - 2);
        int hit = -1;
        for (int i = 0; i < n && hit < 0; i++)
            if (strlen(names[i]) == nl && strncmp(names[i], open + 2, nl) == 0) hit = i;
        if (hit >= 0) put(&b, values[hit] ? values[hit] : "", strlen(values[hit] ? values[hit] : ""));
        else put(&b, open, (size_t)(close + 2 - open));
        s = close + 2;
    }
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    return b.p;
}

static bool is_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inc_status email_address_check(const char *s, const char *field, inc_error *e)
{
    const char *msg = "is geen geldig e-mailadres (naam@domein.nl)";
    size_t len = s ? strlen(s) : 0;
    if (len < 3 || len > 254) return inc_fail(e, INC_EINVAL, field, "%s", msg);
    const char *at = strchr(s, '@');
    if (!at || strchr(at + 1, '@') || at == s || at - s > 64) return inc_fail(e, INC_EINVAL, field, "%s", msg);
    /* The local part: a dot-atom. */
    for (const char *p = s; p < at; p++) {
        char c = *p;
        if (c == '.') {
            if (p == s || p + 1 == at || p[1] == '.') return inc_fail(e, INC_EINVAL, field, "%s", msg);
        } else if (!is_alnum(c) && !strchr("!#$%&'*+/=?^_`{|}~-", c)) {
            return inc_fail(e, INC_EINVAL, field, "%s", msg);
        }
    }
    /* The domain: labels of 1..63 letters, digits and inner hyphens, at least two of them. */
    const char *d = at + 1;
    int labels = 0;
    size_t ll = 0;
    for (const char *p = d;; p++) {
        char c = *p;
        if (c == '.' || c == '\0') {
            if (ll == 0 || ll > 63 || p[-1] == '-') return inc_fail(e, INC_EINVAL, field, "%s", msg);
            labels++;
            ll = 0;
            if (c == '\0') break;
        } else if (is_alnum(c) || (c == '-' && ll > 0)) {
            ll++;
        } else {
            return inc_fail(e, INC_EINVAL, field, "%s", msg);
        }
    }
    if (labels < 2) return inc_fail(e, INC_EINVAL, field, "%s", msg);
    return INC_OK;
}

bool followup_retry_after(int attempts, int64_t base, int64_t *seconds)
{
    if (attempts >= FOLLOWUP_MAIL_ATTEMPTS) return false;
    int64_t s = base > 0 ? base : 1;
    for (int i = 1; i < attempts && s < 6 * 3600; i++) s *= 2;
    *seconds = s > 6 * 3600 ? 6 * 3600 : s;
    return true;
}
