/* Streaming reads of the register for exports: one callback per contract or realisation, with
 * typed cells (core/register_export.h) in the column order of the CSV import followed by computed
 * columns that only the spreadsheet export shows. Memory stays constant. */
#ifndef INC_EXPORT_STORE_H
#define INC_EXPORT_STORE_H
#include <stdint.h>
#include "core/date.h"
#include "core/register_export.h"
#include "store/db.h"

/* Every contract (of one municipality code, or all when NULL), oldest first. An unknown
 * municipality fails with INC_EINVAL. */
inc_status export_contracts(inc_db *db, const char *municipality, export_row_fn fn, void *user, inc_error *e);
/* Every realisation, likewise. The bsn column is always empty: the BSN is never stored. */
inc_status export_realisations(inc_db *db, const char *municipality, export_row_fn fn, void *user, inc_error *e);

#endif
