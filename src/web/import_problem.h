/* The one answer of the API to an uploaded file that was refused row by row: 422
 * application/problem+json, "import geweigerd: N fouten; er is niets opgeslagen", with every bad
 * row in invalidParams (name "csv", "regel L, kolom C: reden") and in errors ({line, column, reason}). */
#ifndef INC_WEB_IMPORT_PROBLEM_H
#define INC_WEB_IMPORT_PROBLEM_H
#include <stdbool.h>
#include <stdio.h>
#include "io/csv_reader.h"
#include "web/web.h"

int web_import_refused(web_req *req, const csv_errors *errs);

/* An upload sent as JSON {"csv": TEXT, "name": FILE}: checks the body and opens the text as a stream
 * (*name: the file name given, else "upload.csv"). NULL after the problem was answered (empty: 422). */
FILE *web_upload_csv(web_req *req, const char **name);
/* After an import read from such a stream (closed here): true when it stored the file; else the
 * failure or the refused rows are answered. errs is freed either way. */
bool web_import_stored(web_req *req, FILE *in, inc_status st, const inc_error *e, csv_errors *errs);

#endif
