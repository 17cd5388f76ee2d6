/* The register's CSV import (`inclusio import contracts|realisations FILE.csv`), all or nothing:
 * one transaction for the whole file; every row is parsed, checked and written; when any row is
 * bad the transaction is rolled back and every bad row is listed (line, column, reason), leaving
 * the database exactly as it was. One audit entry per import. Two threads: the file is read and
 * each row parsed (and pseudonymised, and the rules that need no database run) on a second thread
 * while the calling thread stores (io/csv_pipeline.h, store/register_bulk.h). Any face may call it. */
#ifndef INC_APP_REGISTER_IMPORT_H
#define INC_APP_REGISTER_IMPORT_H
#include <stdbool.h>
#include "app/app.h"
#include "io/csv_reader.h"

typedef enum { REGISTER_IMPORT_CONTRACTS, REGISTER_IMPORT_REALISATIONS } register_import_kind;

/* Imports the CSV file at path ("-": standard input; the audit entry names the file without its
 * directory). With dry_run the whole file is checked the same way and then rolled back. Returns
 * INC_OK with errs->total == 0 and *rows stored (dry_run: found in order, nothing stored); INC_OK
 * with errs->total > 0 (bad rows listed in errs, nothing stored); or the failure in e (nothing
 * stored). Must be called outside a transaction. */
inc_status app_register_import(inc_db *db, register_import_kind kind, const char *path, bool dry_run, csv_errors *errs,
                               long *rows, inc_error *e);

#endif
