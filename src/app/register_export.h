/* The register's export (`inclusio export contracts|realisations`): every contract or realisation
 * of one municipality (or all) as typed cells, streamed to a writer (io/register_export.h). */
#ifndef INC_APP_REGISTER_EXPORT_H
#define INC_APP_REGISTER_EXPORT_H
#include <stdbool.h>
#include "app/app.h"
#include "core/register_export.h"

typedef enum { REGISTER_EXPORT_CONTRACTS, REGISTER_EXPORT_REALISATIONS } register_export_kind;

/* Each row, oldest first, to fn; fn returning non-zero stops the export (INC_EIO). An unknown
 * municipality code fails with INC_EINVAL. */
inc_status app_register_export(inc_db *db, register_export_kind kind, const char *municipality, export_row_fn fn,
                               void *user, inc_error *e);

#endif
