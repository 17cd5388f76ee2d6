#include "app/procurement_import.h"
#include "app/procurement_log.h"
#include "store/audit.h"
#include "store/municipality.h"
#include <jansson.h>
#include <stdlib.h>

static const char *const columns[] = {"municipality", "department", "reference", "subject", "category",
                                      "estimated_value", "procedure", "date", "invited", "quotes", "winner",
                                      "awarded_value", "deviation_reason", NULL};
static const char *const required[] = {"department", "subject", "category", "estimated_value", "procedure", "date",
                                       "invited", NULL};
static const csv_schema schema = {.columns = columns, .required = required};

typedef struct {
    inc_db *db;
    procurement_import_result *res;
} import_state;

static int row_fn(void *user, const csv_row *row)
{
    import_state *s = user;
    field_source fs = csv_row_source(row);
    sebo_proc_input in;
    inc_error e = {0};
    if (sebo_proc_input_from_fields(&fs, &in, &e) != INC_OK ||
        (in.municipality[0] &&
         municipality_resolve(s->db, in.municipality, in.municipality, sizeof in.municipality, &e) != INC_OK)) {
        if (e.status == INC_EIO) return csv_row_abort(row, &e);
        csv_row_error_from(row, &e);
        return 0;
    }
    int64_t id;
    sebo_rule_result r;
    inc_status st = app_procurement_log(s->db, &in, &id, &r, &e);
    if (st == INC_EIO || st == INC_EINTERNAL) return csv_row_abort(row, &e);
    if (st != INC_OK) {
        csv_row_error_from(row, &e);
        return 0;
    }
    s->res->imported++;
    s->res->flagged += r.outcome == SEBO_RULE_FLAGGED;
    return 0;
}

inc_status app_procurement_import(inc_db *db, const char *path, csv_errors *errs, procurement_import_result *out,
                                  inc_error *e)
{
    out->imported = out->flagged = 0;
    import_state s = {.db = db, .res = out};
    if (db_begin(db, e) != INC_OK) return e->status;
    inc_status st = csv_read_file(path, &schema, row_fn, &s, errs, e);
    if (st == INC_OK && errs->total == 0) {
        json_t *d = json_pack("{s:s, s:I}", "file", path, "rows", (json_int_t)out->imported);
        char *txt = json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER);
        json_decref(d);
        st = audit_write(db, "import", "procurement", 0, txt, e);
        free(txt);
    }
    if (st == INC_OK && errs->total == 0) st = db_commit(db, e);
    if (st != INC_OK || errs->total > 0) db_rollback(db);
    return st;
}
