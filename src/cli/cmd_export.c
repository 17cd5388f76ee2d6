/* inclusio export contracts|realisations --format csv|xlsx [--out FILE] [--municipality M]
 * CSV: exactly the columns the import accepts (an export imports back into a fresh database).
 * XLSX: the same columns plus computed ones, euro and date formats, header row, frozen panes. */
#include "cli/commands.h"
#include "io/csv_reader.h"
#include "io/import_columns.h"
#include "io/csv_writer.h"
#include "store/export_store.h"
#include <errno.h>
#include <string.h>
#include <xlsxwriter.h>

typedef struct {
    csv_writer w;
    int ncols;
    long rows;
} csv_out;

/* Interchange dialect (io/csv_writer.h): what the import reads, numbers as the import writes
 * them (two decimals, a dot), formula-like text marked (the import drops the mark again). */
static int csv_out_row(void *user, const export_cell *cells)
{
    csv_out *o = user;
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

typedef struct {
    lxw_worksheet *ws;
    lxw_format *money, *pct, *hours, *date;
    int ncols;
    lxw_row_t row;
    bool too_many;
} xlsx_out;

static int xlsx_row(void *user, const export_cell *cells)
{
    xlsx_out *o = user;
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

static int export_xlsx(inc_db *db, bool contracts, const char *municipality, const char *path, long *rows,
                       inc_error *e)
{
    lxw_workbook_options opt = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    lxw_workbook *wb = workbook_new_opt(path, &opt);
    if (!wb) return inc_fail(e, INC_EIO, "", "kan '%s' niet aanmaken", path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, contracts ? "Opdrachten" : "Realisaties");
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDE6F0);
    format_set_bottom(head, LXW_BORDER_THIN);
    xlsx_out o = {.ws = ws, .money = workbook_add_format(wb), .pct = workbook_add_format(wb),
                  .hours = workbook_add_format(wb), .date = workbook_add_format(wb)};
    format_set_num_format(o.money, "[$\xE2\x82\xAC-413] #,##0.00");  /* euro, Dutch notation in Excel */
    format_set_num_format(o.pct, "0.00");
    format_set_num_format(o.hours, "0.00");
    format_set_num_format(o.date, "dd-mm-yyyy");
    const char *const *cols = contracts ? contract_columns : realisation_columns;
    const char *const *extra = contracts ? contract_export_extra : realisation_export_extra;
    int n = 0;
    for (const char *const *c = cols; *c; c++) worksheet_write_string(ws, 0, (lxw_col_t)n++, *c, head);
    for (const char *const *c = extra; *c; c++) worksheet_write_string(ws, 0, (lxw_col_t)n++, *c, head);
    o.ncols = n;
    worksheet_freeze_panes(ws, 1, contracts ? 3 : 2);  /* header row and the identifying columns */
    worksheet_set_column(ws, 0, (lxw_col_t)(n - 1), 16, NULL);
    inc_status st = contracts ? export_contracts(db, municipality, xlsx_row, &o, e)
                              : export_realisations(db, municipality, xlsx_row, &o, e);
    if (st == INC_OK && o.row > 0) worksheet_autofilter(ws, 0, 0, o.row, (lxw_col_t)(n - 1));
    lxw_error err = workbook_close(wb);
    if (o.too_many)
        return inc_fail(e, INC_EINVAL, "", "meer dan %u rijen passen niet in één werkblad; exporteer naar CSV of per gemeente",
                        (unsigned)(LXW_ROW_MAX - 1));
    if (st != INC_OK) return st;
    if (err != LXW_NO_ERROR) return inc_fail(e, INC_EIO, "", "kan '%s' niet schrijven: %s", path, lxw_strerror(err));
    *rows = (long)o.row;
    return INC_OK;
}

static const cli_option export_opts[] = {
    {"format", "csv|xlsx", "bestandsformaat (standaard csv)", NULL, 0},
    {"out", "BESTAND", "uitvoerbestand (standaard: standaarduitvoer; verplicht bij xlsx)", NULL, 0},
    CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
    {NULL, NULL, NULL, NULL, 0}};
static const cli_sub export_subs[] = {{"contracts", NULL, "opdrachten in de importkolommen", export_opts},
                                      {"realisations", NULL, "realisaties in de importkolommen", export_opts},
                                      {NULL, NULL, NULL, NULL}};
static const cli_spec export_spec = {"export", export_subs};

int cmd_export(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &export_spec, argc, argv);
    const char *kind = cli_arg(argc, argv, 0, NULL);
    const char *format = cli_opt(argc, argv, "--format"), *out = cli_opt(argc, argv, "--out");
    const char *municipality = cli_opt(argc, argv, "--municipality");
    if (cli_arg(argc, argv, 1, NULL)) return cli_usage_error(ctx);
    bool contracts = strcmp(kind, "contracts") == 0;
    if (!format) format = "csv";
    bool xlsx = strcmp(format, "xlsx") == 0;
    if (!xlsx && strcmp(format, "csv") != 0) {
        fprintf(stderr, "inclusio: onbekend formaat '%s' (csv of xlsx)\n", format);
        return EXIT_USAGE;
    }
    if (xlsx && !out) {
        fprintf(stderr, "inclusio: geef --out BESTAND.xlsx voor een spreadsheet\n");
        return EXIT_USAGE;
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    long rows = 0;
    if (xlsx) {
        if (export_xlsx(db, contracts, municipality, out, &rows, &e) != INC_OK) {
            remove(out);  /* no half-written spreadsheet */
            return cli_fail(&e);
        }
    } else {
        FILE *f = out ? fopen(out, "w") : stdout;
        if (!f) {
            fprintf(stderr, "inclusio: kan '%s' niet aanmaken: %s\n", out, strerror(errno));
            return EXIT_IO;
        }
        csv_out o = {.ncols = contracts ? CONTRACT_IMPORT_COLUMNS : REALISATION_IMPORT_COLUMNS};
        csvw_start(&o.w, f, &csv_interchange);
        for (const char *const *c = contracts ? contract_columns : realisation_columns; *c; c++) csvw_text(&o.w, *c);
        csvw_end_row(&o.w);
        inc_status st = contracts ? export_contracts(db, municipality, csv_out_row, &o, &e)
                                  : export_realisations(db, municipality, csv_out_row, &o, &e);
        bool bad = !csvw_ok(&o.w);
        if (out && fclose(f) != 0) bad = true;
        if ((st != INC_OK || bad) && out) remove(out);  /* no half-written file */
        if (st != INC_OK) return cli_fail(&e);
        if (bad) {
            fprintf(stderr, "inclusio: schrijven naar %s mislukt\n", out ? out : "standaarduitvoer");
            return EXIT_IO;
        }
        rows = o.rows;
    }
    if (out) fprintf(stderr, "%ld %s geëxporteerd naar %s.\n", rows, contracts ? "opdrachten" : "realisaties", out);
    return EXIT_OK;
}
