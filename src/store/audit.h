/* Audit log: who changed what, when. Written inside the same transaction as the change. */
#ifndef INC_AUDIT_H
#define INC_AUDIT_H
#include <stdint.h>
#include "store/db.h"

/* detail_json: a JSON object describing the change (may be NULL). Never put a BSN in it. */
inc_status audit_write(inc_db *db, const char *action, const char *entity, int64_t entity_id,
                       const char *detail_json, inc_error *e);

#endif
