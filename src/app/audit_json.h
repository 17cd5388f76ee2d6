/* The audit entry of a user action with its detail as compact JSON (fixed-point amounts written as
 * numbers, core/json_fixed.h). */
#ifndef INC_APP_AUDIT_JSON_H
#define INC_APP_AUDIT_JSON_H
#include <jansson.h>
#include "app/app.h"

/* Writes the entry (store/audit.h) in the connection's transaction; steals detail. */
inc_status app_audit_json(inc_db *db, const char *action, const char *entity, int64_t entity_id, json_t *detail,
                          inc_error *e);

#endif
