/* Retention of personal data (AVG), `inclusio retention show|set|apply`: after a configurable
 * period past a contract's end, realisations are unlinked from persons and persons no longer
 * referenced are deleted (store/retention.c does the work and the audit entry). */
#ifndef INC_APP_RETENTION_H
#define INC_APP_RETENTION_H
#include <jansson.h>
#include <stdbool.h>
#include "app/app.h"
#include "core/date.h"

/* Months after a contract's end (default 24). */
int app_retention_months(inc_db *db);
inc_status app_retention_set_months(inc_db *db, int months, inc_error *e);
/* Applies it as of `today`; dry_run counts without changing. *summary: {retention_months,
 * contracts_ended_before, dry_run, realisations_unlinked, persons_deleted, evidence_deleted}. */
inc_status app_retention_apply(inc_db *db, inc_date today, bool dry_run, json_t **summary, inc_error *e);

#endif
