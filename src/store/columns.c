#include "store/columns.h"

inc_date store_col_date(inc_stmt *st, int col)
{
    inc_date d = INC_DATE_NONE;
    const char *t = db_col_is_null(st, col) ? NULL : db_col_text(st, col);
    if (t && date_parse(t, &d, "", NULL) != INC_OK) d = INC_DATE_NONE;
    return d;
}

int store_col_flag(inc_stmt *st, int col) { return db_col_is_null(st, col) ? -1 : db_col_int(st, col) != 0; }

inc_status store_step_done(inc_db *db, inc_stmt *st, inc_error *e)
{
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}
