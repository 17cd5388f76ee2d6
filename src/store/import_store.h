/* Store support for CSV imports: the single audit entry an import writes. */
#ifndef INC_IMPORT_STORE_H
#define INC_IMPORT_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "store/db.h"

/* One audit entry for a whole import: action "import", entity "contract"/"realisation",
 * detail {"file": ..., "rows": n}. */
inc_status import_audit(inc_db *db, const char *entity, const char *file, long rows, inc_error *e);

#endif
