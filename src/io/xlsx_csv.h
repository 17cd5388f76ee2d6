/* Reading a spreadsheet as published (XLSX) through xlsx2csv (Debian xlsx2csv, a maintained
 * converter), so an import can read it with the shared CSV reader: the first sheet, dates as
 * YYYY-MM-DD, comma separated. Used by `inclusio banen uwv import` (UWV's tables are XLSX). */
#ifndef INC_IO_XLSX_CSV_H
#define INC_IO_XLSX_CSV_H
#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>
#include "core/error.h"

/* True when the file starts like an XLSX (a zip archive). */
bool xlsx_is_xlsx(const char *path);

/* The CSV text of the workbook's first sheet, read from the converter's output as it comes;
 * *child is the converter's process for xlsx_csv_close. */
FILE *xlsx_csv_open(const char *path, pid_t *child, inc_error *e);

/* Closes the stream and waits for the converter: INC_EIO when it failed (not an XLSX, missing). */
inc_status xlsx_csv_close(FILE *f, pid_t child, const char *path, inc_error *e);

#endif
