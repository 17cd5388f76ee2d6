/* The register's export files, written row by row from typed cells (core/register_export.h):
 * CSV in the interchange dialect with exactly the columns the import accepts (an export imports
 * back into a fresh database), and XLSX with the same columns plus the computed ones, euro and date
 * formats, a header row and frozen panes. Memory stays constant. */
#ifndef INC_IO_REGISTER_EXPORT_H
#define INC_IO_REGISTER_EXPORT_H
#include <stdbool.h>
#include <stdio.h>
#include "core/error.h"
#include "core/register_export.h"
#include "io/csv_writer.h"

/* Names of the computed columns after the import columns. */
extern const char *const contract_export_extra[];     /* obligation, percentage, verified, reported */
extern const char *const realisation_export_extra[];  /* value, counted_days, status */

typedef struct {
    csv_writer w;
    int ncols;
    long rows;
} export_csv;

/* Starts the CSV on f with the header row of the import's columns. */
void export_csv_start(export_csv *o, FILE *f, bool contracts);
/* An export_row_fn writing one row (1 when writing failed). */
int export_csv_row(void *user, const export_cell *cells);
/* Whether everything so far was written. */
bool export_csv_ok(export_csv *o);

typedef struct export_xlsx export_xlsx;
/* A new workbook at path with one sheet and its header row; NULL (and e) when it cannot be made. */
export_xlsx *export_xlsx_open(const char *path, bool contracts, inc_error *e);
/* An export_row_fn adding one row (1 when it failed or the sheet is full). */
int export_xlsx_row(void *user, const export_cell *cells);
/* Finishes and frees the workbook after the rows were written with status st: st when it is not
 * INC_OK (or the sheet overflowed), else the outcome of writing the file; *rows the data rows. */
inc_status export_xlsx_close(export_xlsx *x, inc_status st, const char *path, long *rows, inc_error *e);

#endif
