/* One row of the register's export as typed cells: the columns of the CSV import
 * (io/import_columns.h), in that order, followed by computed columns that only the spreadsheet
 * export shows. Plain values: the store reads them (store/export_store.h), io writes them
 * (io/register_export.h). */
#ifndef INC_CORE_REGISTER_EXPORT_H
#define INC_CORE_REGISTER_EXPORT_H
#include <stdint.h>

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

/* Return 0 to continue, non-zero to stop (the export then fails with INC_EIO). */
typedef int (*export_row_fn)(void *user, const export_cell *cells);

#endif
