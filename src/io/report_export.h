/* Writing a report_doc to files: one HTML page, one XLSX workbook (a sheet per table), or a
 * directory with one CSV per table. */
#ifndef INC_REPORT_EXPORT_H
#define INC_REPORT_EXPORT_H
#include "core/error.h"
#include <stddef.h>
#include "core/report_doc.h"

inc_status report_write_html(const report_doc *d, const char *path, inc_error *e);
/* Sheet 1 "Rapport" lists the tables; each table follows on its own sheet named by its id:
 * row 1 the title, row 3 the column headers, data from row 4. Numbers are real numbers. */
inc_status report_write_xlsx(const report_doc *d, const char *path, inc_error *e);
/* Creates the directory when needed and writes <table id>.csv for every table. */
inc_status report_write_csv_dir(const report_doc *d, const char *dir, inc_error *e);

/* The workbook in memory (written through a private temporary file; libxlsxwriter 1.1 writes
 * files only). *buf is malloc'd. */
inc_status report_xlsx_bytes(const report_doc *d, char **buf, size_t *len, inc_error *e);

#endif
