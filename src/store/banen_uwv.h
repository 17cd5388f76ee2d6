/* Storage of UWV's published banenafspraak figures per region, sector and quarter
 * (core/banen_uwv.h; migration 014). */
#ifndef INC_STORE_BANEN_UWV_H
#define INC_STORE_BANEN_UWV_H
#include <stdbool.h>
#include <stddef.h>
#include "core/banen_uwv.h"
#include "store/db.h"

/* The region `text` names: a region of inclusio's municipalities by its code, or a name in
 * region_names ("Zuid-Holland Centraal" -> ZHC), case, spaces and hyphens loose (core/code_text.h).
 * found = false when it names none. */
inc_status uwv_region_resolve(inc_db *db, const char *text, char code[64], bool *found, inc_error *e);

/* Inserts the figure, or replaces the one of the same region, sector and quarter; inside the
 * caller's transaction. replaced tells which. */
inc_status uwv_figure_put(inc_db *db, const uwv_figure *f, const char *source_file, bool *replaced, inc_error *e);

/* The figures of a region (every region when region is NULL), by region, sector and quarter. */
inc_status uwv_figures_load(inc_db *db, const char *region, uwv_figure **out, size_t *n, inc_error *e);

#endif
