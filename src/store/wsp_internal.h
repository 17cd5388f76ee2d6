/* Helpers shared by the employer-service store files (store/wsp_*.c) only. */
#ifndef INC_WSP_INTERNAL_H
#define INC_WSP_INTERNAL_H
#include <stdbool.h>
#include <stdint.h>
#include "core/wsp_records.h"
#include "store/db.h"

/* Runs a query with one int64 parameter; true when it returns a row, the first column in *out. */
bool wsp_lookup_int(inc_db *db, const char *sql, int64_t param, int64_t *out);
/* Steps a statement that returns no rows and finalizes it. */
inc_status wsp_step_done(inc_db *db, inc_stmt *st, inc_error *e);
/* Text of a column copied into the arena; NULL for SQL NULL. */
static inline const char *wsp_col(inc_arena *p, inc_stmt *st, int col) { return arena_strdup(p, db_col_text(st, col)); }
/* Ends a read into a list: finalizes st; INC_EIO after a failed step (rc DB_ERR, e filled by db_step),
 * else INC_OK. */
inc_status wsp_read_end(inc_stmt *st, int rc);

#endif
