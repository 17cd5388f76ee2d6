/* Reading the store's column conventions and finishing a write, the one way every store file does:
 * dates are ISO text (NULL or unreadable: INC_DATE_NONE), flags 0/1 (NULL: -1, not known). */
#ifndef INC_STORE_COLUMNS_H
#define INC_STORE_COLUMNS_H
#include "core/date.h"
#include "store/db.h"

inc_date store_col_date(inc_stmt *st, int col);
int store_col_flag(inc_stmt *st, int col);
/* Steps a write to its end and finalizes it: INC_OK, or INC_EIO with the database's message. */
inc_status store_step_done(inc_db *db, inc_stmt *st, inc_error *e);

#endif
