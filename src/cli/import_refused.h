/* The one ending of a file import that stored nothing, shared by every import command. */
#ifndef INC_IMPORT_REFUSED_H
#define INC_IMPORT_REFUSED_H
#include "io/csv_reader.h"

/* Reports why the import of path stored nothing: the failure e when st is not INC_OK, otherwise each
 * row error of errs and one refusal line ("import geweigerd: ... er is niets opgeslagen"). Returns the
 * exit code (EXIT_OK when st is INC_OK and errs holds no error). */
int cli_import_refused(inc_status st, const inc_error *e, const csv_errors *errs, const char *path);
#endif
