/* inclusio banen import FILE.csv: employment records, all or nothing. One transaction; every row is
 * parsed, checked and written; when any row is bad the transaction is rolled back and every bad row
 * is listed as "regel L, kolom C: reden". Streaming through the shared CSV reader. */
#include "cli/banen_cli.h"
#include "cli/csv_reader.h"
#include "store/audit.h"
#include "store/banen_store.h"
#include <stdlib.h>
#include <string.h>

static const char *const columns[BF__COUNT + 1] = {
    "municipality", "employer_kvk", "employer_name", "department", "sector",     "bsn",    "target_group",
    "start",        "end",          "hours_per_week", "contract_type", "instrument", "source", NULL};
static const char *const required[] = {"municipality", "employer_kvk", "sector",   "bsn",
                                       "target_group", "start",        "hours_per_week", "contract_type",
                                       "instrument",   "source",       NULL};

typedef struct {
    inc_db *db;
    long written;
} import_state;

static int row_fn(void *user, const csv_row *row)
{
    import_state *s = user;
    const char *fields[BF__COUNT];
    for (int i = 0; i < BF__COUNT; i++) fields[i] = csv_row_at(row, i);
    banen_input in;
    inc_error e = {0};
    if (banen_input_parse(fields, &in, &e)) {
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

int banen_import(cli_ctx *ctx, int argc, char **argv)
{
    const char *path = cli_arg(argc, argv, 0, NULL);
    if (!path || cli_arg(argc, argv, 1, NULL)) return cli_usage("inclusio banen import BESTAND.csv");
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    csv_schema schema = {.columns = columns, .required = required};
    import_state s = {.db = db};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    inc_error e = {0};
    if (db_begin(db, &e)) return cli_fail(&e);
    inc_status st = csv_read_file(path, &schema, row_fn, &s, &errs, &e);
    if (st == INC_OK && errs.total == 0) {
        json_t *d = json_pack("{s:s, s:I}", "file", path, "rows", (json_int_t)s.written);
        char *detail = json_dumps(d, JSON_COMPACT);
        json_decref(d);
        st = audit_write(db, "import", "employment_record", 0, detail, &e);
        free(detail);
    }
    if (st == INC_OK && errs.total == 0) st = db_commit(db, &e);
    if (st != INC_OK || errs.total > 0) {
        db_rollback(db);
        int rc;
        if (st != INC_OK) {
            rc = cli_fail(&e);
        } else {
            csv_errors_print(&errs, stderr);
            fprintf(stderr, "inclusio: import geweigerd: %zu %s in %s; er is niets opgeslagen\n", errs.total,
                    errs.total == 1 ? "fout" : "fouten", path);
            rc = EXIT_FAIL;
        }
        csv_errors_free(&errs);
        return rc;
    }
    csv_errors_free(&errs);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:I}", "file", path, "imported", (json_int_t)s.written));
    printf("%ld dienstverbanden geïmporteerd uit %s.\n", s.written, path);
    return EXIT_OK;
}
