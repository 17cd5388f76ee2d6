/* Reading a spreadsheet as published (XLSX) through xlsx2csv (Debian xlsx2csv, a maintained
 * converter), so an import can read it with the shared CSV reader: the first sheet, dates as
 * YYYY-MM-DD, comma separated. Used by `inclusio banen uwv import` (UWV's tables are XLSX). */
#ifndef INC_IO_XLSX_CSV_H
#define INC_IO_XLSX_CSV_H
#include <stdbool.h>
#include <stdio.h>
#include "core/error.h"

/* True when the file starts like an XLSX (a zip archive). */
bool xlsx_is_xlsx(const char *path);

/* The CSV text of the workbook's first sheet in an anonymous temporary file (tmpfile: private,
 * gone when closed), read from its start. The conversion is finished and checked before anything
 * is returned, so an import never reads half a sheet. NULL with e set when it failed. */
FILE *xlsx_csv_convert(const char *path, inc_error *e);

#endif
