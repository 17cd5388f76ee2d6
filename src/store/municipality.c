#include "store/municipality.h"
#include "core/code_text.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static inc_status resolve(inc_db *db, const char *text, char *code, size_t size, int64_t *id, const char *field,
                          inc_error *e)
{
    const char *t = text ? text : "";
    while (isspace((unsigned char)*t)) t++;
    if (!*t) return inc_fail(e, INC_EINVAL, field, "gemeente ontbreekt");
    /* cached: an import resolves every row */
    inc_stmt *st = db_stmt(db, "SELECT id, code, name FROM municipalities ORDER BY code = ?1 DESC, id", e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, t, -1, DB_COPY);
    int rc;
    inc_status s = INC_ENOTFOUND;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *c = db_col_text(st, 1), *n = db_col_text(st, 2);
        if (code_text_equal(t, c ? c : "") || code_text_equal(t, n ? n : "")) {
            if (code) snprintf(code, size, "%s", c);
            if (id) *id = db_col_int64(st, 0);
            s = INC_OK;
            break;
        }
    }
    if (rc == DB_ERR) {
        db_reset(st);
        return INC_EIO;
    }
    db_reset(st);
    if (s != INC_OK) return inc_fail(e, INC_ENOTFOUND, field, "onbekende gemeente '%s'", t);
    return INC_OK;
}

inc_status municipality_resolve(inc_db *db, const char *text, char *code, size_t size, inc_error *e)
{
    return resolve(db, text, code, size, NULL, "municipality", e);
}

inc_status municipality_resolve_id(inc_db *db, const char *text, int64_t *id, const char *field, inc_error *e)
{
    return resolve(db, text, NULL, 0, id, field, e);
}
