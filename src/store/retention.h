/* Retention of personal data (AVG): after a configurable period past a contract's end, the links
 * from its realisations to persons and the contractor's candidate references are removed, and
 * persons no longer referenced by any record are deleted, and so is the evidence attached to those
 * realisations. Values and days stay for the reports. */
#ifndef INC_RETENTION_H
#define INC_RETENTION_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "store/db.h"

#define RETENTION_DEFAULT_MONTHS 24

/* Months after a contract's end (setting 'retention_months', default 24). */
int retention_months(inc_db *db);
inc_status retention_set_months(inc_db *db, int months, inc_error *e);
/* Applies the retention as of `today`; dry_run counts without changing. Audit-logged. */
typedef struct {
    int months;                    /* the retention in force */
    char cutoff[11];               /* contracts that ended before this day (ISO) */
    bool dry_run;
    int64_t realisations_unlinked, persons_deleted;
    int64_t evidence_deleted;      /* evidence files of those realisations (issue 17), deleted with them */
} retention_summary;
inc_status retention_apply(inc_db *db, inc_date today, bool dry_run, retention_summary *summary, inc_error *e);

#endif
