#include "app/audit_json.h"
#include "core/json_fixed.h"
#include "store/audit.h"
#include <stdlib.h>

inc_status app_audit_json(inc_db *db, const char *action, const char *entity, int64_t entity_id, json_t *detail,
                          inc_error *e)
{
    char *txt = detail ? json_dump_fixed(detail, JSON_COMPACT) : NULL;
    json_decref(detail);
    inc_status s = audit_write(db, action, entity, entity_id, txt, e);
    free(txt);
    return s;
}
