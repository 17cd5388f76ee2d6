/* Import of employment records from CSV, all or nothing: one transaction; every row is parsed,
 * checked and written; when any row is bad the transaction is rolled back and every bad row is
 * listed as "regel L, kolom C: reden". Streaming through the shared CSV reader. Used by
 * `inclusio banen import FILE.csv` and by POST /api/v1/employment/import. */
#include "app/banen_import.h"
#include "store/audit.h"
#include "store/banen_store.h"
#include "store/municipality.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *const columns[BF__COUNT + 1] = {
    "municipality", "employer_kvk", "employer_name", "department", "sector",     "bsn",    "target_group",
    "start",        "end",          "hours_per_week", "contract_type", "instrument", "source", NULL};
/* Columns the header must name; employer_name, department, end and instrument are optional. */
static const char *const required[] = {"municipality", "employer_kvk",   "sector",        "bsn",    "target_group",
                                       "start",        "hours_per_week", "contract_type", "source", NULL};

typedef struct {
    inc_db *db;
    long written;
    banen_row_check check;
    void *check_user;
} import_state;

static int row_fn(void *user, const csv_row *row)
{
    import_state *s = user;
    /* Through the field source, as every import reads its cells: a blank cell is "not given". */
    field_source fs = csv_row_source(row);
    const char *fields[BF__COUNT];
    for (int i = 0; i < BF__COUNT; i++) fields[i] = field_get(&fs, banen_field_name((banen_field)i));
    banen_input in;
    inc_error e = {0};
    if (banen_input_parse(fields, &in, &e) ||
        municipality_resolve(s->db, in.municipality, in.municipality, sizeof in.municipality, &e)) {
        if (e.status == INC_EIO) return csv_row_abort(row, &e);
        memset(in.bsn, 0, sizeof in.bsn);
        csv_row_error_from(row, &e);
        return 0;
    }
    if (s->check && s->check(s->check_user, &in, &e) != INC_OK) {
        memset(in.bsn, 0, sizeof in.bsn);
        csv_row_error_from(row, &e);
        return 0;
    }
    int64_t id;
    inc_status st = banen_record_insert_tx(s->db, &in, &id, &e);
    memset(in.bsn, 0, sizeof in.bsn);
    if (st == INC_OK) {
        s->written++;
        return 0;
    }
    if (st == INC_EIO || st == INC_EINTERNAL) return csv_row_abort(row, &e);
    csv_row_error_from(row, &e);
    return 0;
}

inc_status banen_import_stream(inc_db *db, FILE *in, const char *name, banen_row_check check, void *check_user,
                               csv_errors *errs, long *written, inc_error *e)
{
    csv_schema schema = {.columns = columns, .required = required};
    import_state s = {.db = db, .check = check, .check_user = check_user};
    *written = 0;
    if (db_begin(db, e)) return INC_EIO;
    inc_status st = csv_read_stream(in, name, &schema, row_fn, &s, errs, e);
    if (st == INC_OK && errs->total == 0) {
        json_t *d = json_pack("{s:s, s:I}", "file", name, "rows", (json_int_t)s.written);
        char *detail = json_dumps(d, JSON_COMPACT);
        json_decref(d);
        st = audit_write(db, "import", "employment_record", 0, detail, e);
        free(detail);
    }
    if (st == INC_OK && errs->total == 0) st = db_commit(db, e);
    if (st != INC_OK || errs->total > 0) {
        db_rollback(db);
        return st;
    }
    *written = s.written;
    return INC_OK;
}
