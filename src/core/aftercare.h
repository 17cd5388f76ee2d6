/* Aftercare after a placement: when the next contact is due under the municipality's schedule
 * (for example a job-coach contact every 8 weeks in the first year), and the outcomes a placement
 * can have. Pure, no I/O (storage: store/aftercare.h; the actions: app/aftercare.h; docs/wsp.md). */
#ifndef INC_CORE_AFTERCARE_H
#define INC_CORE_AFTERCARE_H
#include <stdbool.h>
#include "core/date.h"
#include "core/error.h"

typedef struct {
    int interval_days;    /* 7..366: a contact at least this often */
    int period_months;    /* 1..60: aftercare lasts this long after the start */
} aftercare_schedule;

typedef struct {
    inc_date care_ends;   /* start + period_months (month end clamped), or the end of the placement if earlier */
    bool due;             /* a contact is due within the aftercare period */
    inc_date due_on;      /* then: the last contact (or the start) + interval_days */
    bool overdue;         /* due_on lies before today */
    int days_overdue;
} aftercare_status;

/* Checks a schedule's two figures. */
inc_status aftercare_schedule_check(const aftercare_schedule *s, inc_error *e);

/* The status on `today` of a placement that started on `start`, ended on `end` (INC_DATE_NONE:
 * still running) and was last contacted on `last_contact` (INC_DATE_NONE: never). The next contact
 * is due interval_days after the last one on or after the start (or after the start); nothing is due
 * when that day lies after the aftercare period or after the placement's end, nor once the
 * placement has ended (on or before today), also not a contact missed before. */
aftercare_status aftercare_at(const aftercare_schedule *s, inc_date start, inc_date end, inc_date last_contact,
                              inc_date today);

/* Outcomes of a placement: werkt (still working at a check), verlengd (contract extended), vast
 * (made permanent), beeindigd (ended: needs its end date and a reason). */
typedef enum { PO_WERKT, PO_VERLENGD, PO_VAST, PO_BEEINDIGD, PO__COUNT } placement_outcome;
inc_status placement_outcome_parse(const char *s, placement_outcome *out, const char *field, inc_error *e);
const char *placement_outcome_code(placement_outcome o);

/* Kinds of aftercare contact: jobcoach, werkgever, kandidaat, gemeente. */
bool aftercare_kind_valid(const char *kind);

#endif
