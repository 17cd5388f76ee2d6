/* Rules of the employer service (WSP): the 48-hour answer target for employers' questions, the
 * share answered in time per month, and the checks on a vacancy. Pure C. */
#ifndef INC_WSP_RULES_H
#define INC_WSP_RULES_H
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

/* A moment in time as whole minutes since 1970-01-01 00:00 UTC. */
typedef int64_t inc_minute;
#define INC_MINUTE_NONE INT64_MIN
#define QUESTION_TARGET_MINUTES (48 * 60)

/* "YYYY-MM-DDTHH:MM", optionally ":SS" (seconds dropped) and a trailing "Z"; a plain date means 00:00.
 * Times are UTC. */
inc_status datetime_parse(const char *text, inc_minute *out, const char *field, inc_error *e);
void datetime_format_iso(inc_minute m, char buf[21]);   /* "2026-11-23T09:30:00Z" */
void datetime_format_nl(inc_minute m, char buf[17]);    /* "23-11-2026 09:30" */
/* Now (UTC); INCLUSIO_NOW (ISO datetime) overrides, else INCLUSIO_TODAY at 12:00, for tests. */
inc_minute datetime_now(void);

typedef enum { Q_OPEN, Q_OVERDUE, Q_ANSWERED_IN_TIME, Q_ANSWERED_LATE } question_status;
const char *question_status_code(question_status s);   /* "open", "te-laat", "op-tijd", "laat-beantwoord" */
/* Answered within 48 hours (inclusive) is in time; unanswered after 48 hours is overdue. */
question_status question_status_of(inc_minute asked, inc_minute answered, inc_minute now);
inc_minute question_due(inc_minute asked);

/* Share answered in time for the questions asked in one month. The denominator leaves out the
 * questions still open within their 48 hours (not yet judgeable). */
typedef struct {
    int year, month;
    int asked, in_time, late, overdue, open;
} question_month;
void question_month_add(question_month *m, question_status s);
/* Basis points (10000 = 100 %), rounded half up; -1 when nothing is judgeable yet. */
int32_t question_month_share_bp(const question_month *m);

/* Vacancy checks: hours min <= max, both within 0..60 hours, wanted 1..50. Hours in centi-hours. */
inc_status vacancy_check(int64_t hours_min, int64_t hours_max, int64_t wanted, inc_error *e);
/* Candidate checks: hours, travel 0..300 km (tenths), postcode. */
inc_status candidate_check(int64_t hours_min, int64_t hours_max, int64_t travel_dm, inc_error *e);

#endif
