#include "store/import_store.h"
#include "store/audit.h"
#include <jansson.h>
#include <stdlib.h>

inc_status import_audit(inc_db *db, const char *entity, const char *file, long rows, inc_error *e)
{
    json_t *d = json_pack("{s:s, s:I}", "file", file, "rows", (json_int_t)rows);
    char *txt = d ? json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(d);
    inc_status s = audit_write(db, "import", entity, 0, txt, e);
    free(txt);
    return s;
}
