#include "cli/import_refused.h"
#include "cli/cli.h"

int cli_import_refused(inc_status st, const inc_error *e, const csv_errors *errs, const char *path)
{
    if (st != INC_OK) return cli_fail(e);
    if (errs->total == 0) return EXIT_OK;
    csv_errors_print(errs, stderr);
    fprintf(stderr, "inclusio: import geweigerd: %zu %s in %s; er is niets opgeslagen\n", errs->total,
            errs->total == 1 ? "fout" : "fouten", path);
    return EXIT_FAIL;
}
