/* Store support for CSV imports of the register: telling a duplicate within the file from one
 * already in the database, and the single audit entry an import writes. */
#ifndef INC_IMPORT_STORE_H
#define INC_IMPORT_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "store/db.h"

/* Highest contract id so far (0 when none): rows above it were added by the running import. */
inc_status contract_max_id(inc_db *db, int64_t *id, inc_error *e);

/* One audit entry for a whole import: action "import", entity "contract"/"realisation",
 * detail {"file": ..., "rows": n}. */
inc_status import_audit(inc_db *db, const char *entity, const char *file, long rows, inc_error *e);

#endif
