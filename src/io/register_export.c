#include "io/register_export.h"
#include "core/date.h"
#include "io/import_columns.h"
#include <stdlib.h>
#include <xlsxwriter.h>

const char *const contract_export_extra[] = {"obligation", "percentage", "verified", "reported", NULL};
const char *const realisation_export_extra[] = {"value", "counted_days", "status", NULL};

/* ---- CSV ---- */

void export_csv_start(export_csv *o, FILE *f, bool contracts)
{
    o->ncols = contracts ? CONTRACT_IMPORT_COLUMNS : REALISATION_IMPORT_COLUMNS;
    o->rows = 0;
    csvw_start(&o->w, f, &csv_interchange);
    for (const char *const *c = contracts ? contract_columns : realisation_columns; *c; c++) csvw_text(&o->w, *c);
    csvw_end_row(&o->w);
}

/* Interchange dialect (io/csv_writer.h): what the import reads, numbers as the import writes
 * them (two decimals, a dot), formula-like text marked (the import drops the mark again). */
int export_csv_row(void *user, const export_cell *cells)
{
    export_csv *o = user;
    for (int i = 0; i < o->ncols; i++) {
        const export_cell *c = &cells[i];
        switch (c->kind) {
        case CELL_EMPTY: csvw_empty(&o->w); break;
        case CELL_TEXT: csvw_text(&o->w, c->text); break;
        case CELL_MONEY: case CELL_PCT: case CELL_HOURS: csvw_number(&o->w, c->num, 2, 2); break;
        case CELL_INT: csvw_number(&o->w, c->num, 0, 0); break;
        case CELL_DATE: {
            char d[11];
            date_format_iso((inc_date)c->num, d);
            csvw_text(&o->w, d);
            break;
        }
        }
    }
    csvw_end_row(&o->w);
    o->rows++;
    return o->w.failed || ferror(o->w.out) ? 1 : 0;
}

bool export_csv_ok(export_csv *o) { return csvw_ok(&o->w); }

/* ---- XLSX ---- */

struct export_xlsx {
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *money, *pct, *hours, *date;
    int ncols;
    lxw_row_t row;
    bool too_many;
};

export_xlsx *export_xlsx_open(const char *path, bool contracts, inc_error *e)
{
    export_xlsx *o = calloc(1, sizeof *o);
    if (!o) {
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return NULL;
    }
    lxw_workbook_options opt = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    o->wb = workbook_new_opt(path, &opt);
    if (!o->wb) {
        free(o);
        inc_fail(e, INC_EIO, "", "kan '%s' niet aanmaken", path);
        return NULL;
    }
    lxw_workbook *wb = o->wb;
    lxw_worksheet *ws = o->ws = workbook_add_worksheet(wb, contracts ? "Opdrachten" : "Realisaties");
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDE6F0);
    format_set_bottom(head, LXW_BORDER_THIN);
    o->money = workbook_add_format(wb);
    o->pct = workbook_add_format(wb);
    o->hours = workbook_add_format(wb);
    o->date = workbook_add_format(wb);
    format_set_num_format(o->money, "[$\xE2\x82\xAC-413] #,##0.00");  /* euro, Dutch notation in Excel */
    format_set_num_format(o->pct, "0.00");
    format_set_num_format(o->hours, "0.00");
    format_set_num_format(o->date, "dd-mm-yyyy");
    const char *const *cols = contracts ? contract_columns : realisation_columns;
    const char *const *extra = contracts ? contract_export_extra : realisation_export_extra;
    int n = 0;
    for (const char *const *c = cols; *c; c++) worksheet_write_string(ws, 0, (lxw_col_t)n++, *c, head);
    for (const char *const *c = extra; *c; c++) worksheet_write_string(ws, 0, (lxw_col_t)n++, *c, head);
    o->ncols = n;
    worksheet_freeze_panes(ws, 1, contracts ? 3 : 2);  /* header row and the identifying columns */
    worksheet_set_column(ws, 0, (lxw_col_t)(n - 1), 16, NULL);
    return o;
}

int export_xlsx_row(void *user, const export_cell *cells)
{
    export_xlsx *o = user;
    if (o->row + 1 >= LXW_ROW_MAX) {
        o->too_many = true;
        return 1;
    }
    o->row++;
    for (int i = 0; i < o->ncols; i++) {
        const export_cell *c = &cells[i];
        lxw_col_t col = (lxw_col_t)i;
        lxw_error err = LXW_NO_ERROR;
        switch (c->kind) {
        case CELL_EMPTY: break;
        case CELL_TEXT: err = worksheet_write_string(o->ws, o->row, col, c->text, NULL); break;
        /* cents and basis points as exact decimals: two-decimal values convert exactly enough for display */
        case CELL_MONEY: err = worksheet_write_number(o->ws, o->row, col, (double)c->num / 100.0, o->money); break;
        case CELL_PCT: err = worksheet_write_number(o->ws, o->row, col, (double)c->num / 100.0, o->pct); break;
        case CELL_HOURS: err = worksheet_write_number(o->ws, o->row, col, (double)c->num / 100.0, o->hours); break;
        case CELL_INT: err = worksheet_write_number(o->ws, o->row, col, (double)c->num, NULL); break;
        case CELL_DATE: {
            int y, m, d;
            date_to_ymd((inc_date)c->num, &y, &m, &d);
            lxw_datetime dt = {y, m, d, 0, 0, 0};
            err = worksheet_write_datetime(o->ws, o->row, col, &dt, o->date);
            break;
        }
        }
        if (err != LXW_NO_ERROR) return 1;
    }
    return 0;
}

inc_status export_xlsx_close(export_xlsx *o, inc_status st, const char *path, long *rows, inc_error *e)
{
    if (st == INC_OK && o->row > 0) worksheet_autofilter(o->ws, 0, 0, o->row, (lxw_col_t)(o->ncols - 1));
    lxw_error err = workbook_close(o->wb);
    bool too_many = o->too_many;
    lxw_row_t n = o->row;
    free(o);
    if (too_many)
        return inc_fail(e, INC_EINVAL, "", "meer dan %u rijen passen niet in één werkblad; exporteer naar CSV of per gemeente",
                        (unsigned)(LXW_ROW_MAX - 1));
    if (st != INC_OK) return st;
    if (err != LXW_NO_ERROR) return inc_fail(e, INC_EIO, "", "kan '%s' niet schrijven: %s", path, lxw_strerror(err));
    *rows = (long)n;
    return INC_OK;
}
