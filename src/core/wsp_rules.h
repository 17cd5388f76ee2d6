/* Rules of the employer service (WSP): the 48-hour answer target for employers' questions, the
 * share answered in time per month, and the checks on a vacancy. Pure C. */
#ifndef INC_WSP_RULES_H
#define INC_WSP_RULES_H
#include <stdbool.h>
#include <stddef.h>
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

/* A value from a fixed list, refused naming the allowed values ("ongeldige waarde 'x' (kies uit a, b)"). */
inc_status wsp_check_one_of(const char *v, const char *const *allowed, size_t n, const char *field, inc_error *e);
/* The fixed lists of the employer service, each checked under the field name it has in the API. */
inc_status wsp_size_class_check(const char *v, inc_error *e);     /* size_class: zzp|micro|klein|middel|groot */
inc_status wsp_moment_kind_check(const char *v, inc_error *e);    /* kind: bezoek|telefoon|evenement|email */
inc_status wsp_channel_check(const char *v, inc_error *e);        /* channel: telefoon|email|bezoek|website */
inc_status wsp_vacancy_status_check(const char *v, inc_error *e); /* status: open|vervuld|gesloten */
inc_status wsp_outcome_check(const char *v, inc_error *e);        /* outcome: uitgenodigd|aangenomen|afgewezen|ingetrokken */
inc_status wsp_contract_type_check(const char *v, inc_error *e);  /* contract_type: tijdelijk|vast|... */
inc_status wsp_instrument_check(const char *v, inc_error *e);     /* instrument: geen|loonkostensubsidie|... */

/* The status filter of the question list (NULL: all): open (incl. overdue), te-laat, beantwoord. */
inc_status wsp_question_filter_check(const char *filter, inc_error *e);
bool wsp_question_filter_keeps(const char *filter, question_status s);
/* A question cannot be asked in the future, nor answered before it was asked. */
inc_status wsp_question_asked_check(inc_minute asked, inc_minute now, inc_error *e);
inc_status wsp_question_answer_check(inc_minute asked, inc_minute answered, inc_error *e);

/* A skill's name: 1 to 80 characters, no comma (lists are comma-separated). */
inc_status wsp_skill_name_check(const char *name, inc_error *e);
/* A skill is either required or wished by a vacancy, not both (ids of each kind). */
inc_status wsp_vacancy_skills_check(const uint16_t *required, int n_required, const uint16_t *wished, int n_wished,
                                    inc_error *e);
/* A contact person's e-mail address (NULL: none) must at least hold an '@'. */
inc_status wsp_email_check(const char *email, inc_error *e);
/* Weekly hours of a placement (centi-hours): above 0, at most 60. */
inc_status wsp_placement_hours_check(int64_t hours, inc_error *e);
/* How many best vacancies a candidate may ask for: 1..MATCH_MAX_WANTED. */
inc_status wsp_limit_check(int limit, inc_error *e);

/* The banenafspraak record of a placement: the doelgroepregister group among the candidate's target
 * groups (wajong -> wajong, oud-sw -> wsw, banenafspraak -> participatiewet; false when none), and
 * the banen codes of the WSP contract type and instrument (the nearest code where the banen lists
 * lack one). */
bool wsp_register_group(uint32_t groups, const char **code);
const char *wsp_banen_contract(const char *contract_type);
const char *wsp_banen_instrument(const char *instrument);

#endif
