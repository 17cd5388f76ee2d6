/* Aftercare after a WSP placement (issue 18): the placement's outcome (still working, extended,
 * made permanent, ended and why), aftercare contacts, the municipality's schedule, and the account
 * manager's list of contacts due or overdue. Rules in core/aftercare.h; docs/wsp.md "Nazorg". */
#ifndef INC_APP_AFTERCARE_H
#define INC_APP_AFTERCARE_H
#include <jansson.h>
#include "app/app.h"
#include "store/aftercare.h"

/* The placement's facts (for the faces' scope check: its candidate's municipality); INC_ENOTFOUND. */
inc_status app_aftercare_placement(inc_db *db, int64_t placement_id, aftercare_placement_facts *f, inc_error *e);

/* Records an outcome on `date` (ISO; not before the start, not after today). beeindigd needs a
 * reason; the placement then ends on that date, and so does the banenafspraak record the placement
 * made (source wsp). Audit-logged. */
inc_status app_placement_outcome(inc_db *db, int64_t placement_id, const char *outcome, const char *date,
                                 const char *reason, inc_error *e);

/* Records a contact (kind jobcoach, werkgever, kandidaat or gemeente; date not before the start and
 * not after today; a note of at most 1000 bytes). The audit entry holds kind and date, not the note. */
inc_status app_aftercare_contact(inc_db *db, int64_t placement_id, const char *date, const char *kind,
                                 const char *note, int64_t *id, inc_error *e);

inc_status app_aftercare_contacts(inc_db *db, int64_t placement_id, aftercare_contacts *out, inc_error *e);

/* Sets a municipality's schedule (contact every interval_days, for period_months). Audit-logged. */
inc_status app_aftercare_schedule_set(inc_db *db, const char *municipality, const aftercare_schedule *s, inc_error *e);

/* A placement whose next contact is due on or before today + within_days, with its status. */
typedef struct {
    aftercare_row row;
    aftercare_status status;
} aftercare_due_item;
ARENA_LIST(aftercare_due_list, aftercare_due_item);

/* The worklist on `today`: every placement under a schedule with a contact due by today +
 * within_days, most overdue first. The strings point into rows (free both). */
inc_status app_aftercare_due(inc_db *db, inc_date today, int within_days, aftercare_rows *rows, aftercare_due_list *out,
                             inc_error *e);

json_t *aftercare_due_json(const aftercare_due_list *l);
json_t *aftercare_contacts_json(const aftercare_contacts *l);

#endif
