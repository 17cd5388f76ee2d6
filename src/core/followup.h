/* The follow-up after the award (issue 17), pure rules: which reminders a contract calls for on a
 * day, the Dutch templates' {{placeholders}} filled in, an e-mail address checked, the retry
 * back-off of the outbox. The daily jobs (app/followup_jobs.c) apply them; docs/followup.md has the
 * calendar with worked dates. */
#ifndef INC_CORE_FOLLOWUP_H
#define INC_CORE_FOLLOWUP_H
#include <stdbool.h>
#include <stdint.h>
#include "core/contract.h"
#include "core/date.h"
#include "core/error.h"

typedef enum { FOLLOWUP_CONTRACTOR, FOLLOWUP_SR_TEAM } followup_audience;
const char *followup_audience_code(followup_audience a);   /* "opdrachtnemer", "sr-team" */

/* Defaults of the settings followup.catchup_days and followup.verify_days. */
#define FOLLOWUP_CATCHUP_DAYS 7   /* a reminder missed (no run that day) is still sent this many days */
#define FOLLOWUP_VERIFY_DAYS 30   /* a reported realisation waits at most this long for verification */
#define FOLLOWUP_MAX_REMINDERS 32
#define FOLLOWUP_KEY_SIZE 64

/* One reminder: the template (code, audience), the key that makes it once per user, the day the
 * deadline or task falls on, the yearly report's number (0 when none). */
typedef struct {
    const char *code;
    followup_audience audience;
    char key[FOLLOWUP_KEY_SIZE];
    inc_date due;
    int year_no;
    int months;              /* duurzaamheid: 6 or 12 */
    char candidate[64];      /* duurzaamheid: the contractor's reference of the realisation (or its number) */
} followup_reminder;

/* A job realisation of the contract whose durability the contractor has not answered (issue 18;
 * realisations linked to a banenafspraak record are answered by that record and are not asked). */
typedef struct {
    int64_t contract_id, realisation;
    inc_date end;
    bool answered6, answered12;
    const char *candidate_ref;   /* may be NULL */
} followup_job;

typedef struct {
    int catchup_days;        /* FOLLOWUP_CATCHUP_DAYS */
    int waiting_verification;   /* the contract's reported realisations older than verify_days */
    const followup_job *jobs;   /* the contract's open durability questions */
    int n_jobs;
} followup_input;

/* The reminders contract c calls for on `today` (at most max; returns the count):
 * - contact-termijn (contractor and SR-team): no first contact by the deadline (five working days
 *   after the award); from the day after the deadline;
 * - jaarrapportage-vooraf (contractor): a month before a yearly report's deadline;
 * - jaarrapportage-termijn (contractor and SR-team): on the deadline day, when not submitted;
 * - eindrapportage (contractor): on the end date, the final report due a month later;
 * - eindrapportage-termijn (SR-team): the day after that month, to settle;
 * - verificatie-wacht (SR-team): realisations waiting too long, once a month;
 * - achterstand (SR-team): the contract behind schedule, once a month;
 * - duurzaamheid (contractor): 6 and 12 months after a job realisation's end (core/job_outcome.h),
 *   when not answered yet: does the candidate still work there?
 * A dated reminder is sent from its day for catchup_days days (a day without a run is caught up,
 * old history is not mailed); the monthly ones while the condition lasts. Contracts without an
 * obligation call for none. */
int followup_reminders(const contract_record *c, inc_date today, const followup_input *in, followup_reminder *out,
                       int max);

/* A template with {{name}} placeholders filled from names/values (n pairs); an unknown placeholder
 * stays as written. Returns a malloc'd string (NULL when out of memory). */
char *followup_render(const char *tpl, const char *const *names, const char *const *values, int n);

/* An e-mail address as the outbox sends to: local@domain, 3..254 bytes, the local part of letters,
 * digits and !#$%&'*+/=?^_`{|}~.- (no leading, trailing or double dot), the domain two or more
 * labels of letters, digits and hyphens. INC_EINVAL naming `field` otherwise. */
inc_status email_address_check(const char *s, const char *field, inc_error *e);

/* The outbox's back-off: seconds to wait after the given number of failed attempts (1 -> base,
 * doubling, at most 6 hours; base is the setting followup.mail_retry_seconds, default 60); false
 * after FOLLOWUP_MAIL_ATTEMPTS attempts (give up). */
#define FOLLOWUP_MAIL_ATTEMPTS 12
#define FOLLOWUP_MAIL_RETRY_SECONDS 60
bool followup_retry_after(int attempts, int64_t base, int64_t *seconds);

#endif
