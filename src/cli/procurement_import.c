/* inclusio procurement import BESTAND.csv: the invitation log from a spreadsheet, all or nothing.
 * One row per procurement; invited "kvk;kvk;kvk", quotes "kvk=41500,00;kvk=39000". Every bad row is
 * listed as "regel L, kolom C: reden" and nothing is stored. */
#include "cli/commands.h"
#include "cli/import_refused.h"
#include "io/csv_reader.h"
#include "store/audit.h"
#include "store/municipality.h"
#include "store/procurement_log.h"
#include <string.h>

static const char *const columns[] = {"municipality", "department", "reference", "subject", "category",
                                      "estimated_value", "procedure", "date", "invited", "quotes", "winner",
                                      "awarded_value", "deviation_reason", NULL};
static const char *const required[] = {"department", "subject", "category", "estimated_value", "procedure", "date",
                                       "invited", NULL};
static const csv_schema schema = {.columns = columns, .required = required};

typedef struct {
    inc_db *db;
    long written, flagged;
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
    inc_status st = procurement_log(s->db, &in, &id, &r, &e);
    if (st == INC_EIO || st == INC_EINTERNAL) return csv_row_abort(row, &e);
    if (st != INC_OK) {
        csv_row_error_from(row, &e);
        return 0;
    }
    s->written++;
    s->flagged += r.outcome == SEBO_RULE_FLAGGED;
    return 0;
}

int procurement_import(cli_ctx *ctx, const char *path)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    import_state s = {.db = db};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    if (db_begin(db, &e) != INC_OK) return cli_fail(&e);
    inc_status st = csv_read_file(path, &schema, row_fn, &s, &errs, &e);
    if (st == INC_OK && errs.total == 0) {
        json_t *d = json_pack("{s:s, s:I}", "file", path, "rows", (json_int_t)s.written);
        char *txt = json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER);
        json_decref(d);
        st = audit_write(db, "import", "procurement", 0, txt, &e);
        free(txt);
    }
    if (st == INC_OK && errs.total == 0) st = db_commit(db, &e);
    if (st != INC_OK || errs.total > 0) {
        db_rollback(db);
        int rc = cli_import_refused(st, &e, &errs, path);
        csv_errors_free(&errs);
        return rc;
    }
    csv_errors_free(&errs);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:I, s:I}", "file", path, "imported", (json_int_t)s.written, "flagged",
                                        (json_int_t)s.flagged));
    printf("%ld inkopen geïmporteerd uit %s, waarvan %ld gemarkeerd.\n", s.written, path, s.flagged);
    return EXIT_OK;
}
