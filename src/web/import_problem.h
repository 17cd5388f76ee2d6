/* The one answer of the API to an uploaded file that was refused row by row: 422
 * application/problem+json, "import geweigerd: N fouten; er is niets opgeslagen", with every bad
 * row in invalidParams (name "csv", "regel L, kolom C: reden") and in errors ({line, column, reason}). */
#ifndef INC_WEB_IMPORT_PROBLEM_H
#define INC_WEB_IMPORT_PROBLEM_H
#include "io/csv_reader.h"
#include "web/web.h"

int web_import_refused(web_req *req, const csv_errors *errs);

#endif
