/* Streaming reads of the register for exports: one callback per contract or realisation, with
 * typed cells in the column order of the CSV import (io/import_columns.h) followed by
 * computed columns that only the spreadsheet export shows. Memory stays constant. */
#ifndef INC_EXPORT_STORE_H
#define INC_EXPORT_STORE_H
#include <stdint.h>
#include "core/date.h"
#include "store/db.h"

typedef enum {
    CELL_EMPTY,  /* no value: an empty CSV field, an empty spreadsheet cell */
    CELL_TEXT,
    CELL_MONEY,  /* num = euro cents */
    CELL_PCT,    /* num = basis points (hundredths of a percent) */
    CELL_HOURS,  /* num = centi-hours */
    CELL_INT,
    CELL_DATE    /* num = inc_date day number */
} cell_kind;

typedef struct {
    cell_kind kind;
    const char *text;  /* CELL_TEXT */
    int64_t num;
} export_cell;

#define CONTRACT_EXPORT_COLUMNS 24     /* 20 import columns + obligation, percentage, verified, reported */
#define CONTRACT_IMPORT_COLUMNS 20
#define REALISATION_EXPORT_COLUMNS 14  /* 11 import columns + value, counted_days, status */
#define REALISATION_IMPORT_COLUMNS 11

/* Names of the computed columns after the import columns. */
extern const char *const contract_export_extra[];     /* obligation, percentage, verified, reported */
extern const char *const realisation_export_extra[];  /* value, counted_days, status */

/* Return 0 to continue, non-zero to stop (the export then fails with INC_EIO). */
typedef int (*export_row_fn)(void *user, const export_cell *cells);

/* Every contract (of one municipality code, or all when NULL), oldest first. An unknown
 * municipality fails with INC_EINVAL. */
inc_status export_contracts(inc_db *db, const char *municipality, export_row_fn fn, void *user, inc_error *e);
/* Every realisation, likewise. The bsn column is always empty: the BSN is never stored. */
inc_status export_realisations(inc_db *db, const char *municipality, export_row_fn fn, void *user, inc_error *e);

#endif
