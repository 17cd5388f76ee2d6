#include "app/app.h"
#include "store/db.h"

static const char *read_target;

void app_set_read_target(const char *target) { read_target = target; }

inc_status app_db_open(const char *target, unsigned flags, inc_db **out, inc_error *e)
{
    *out = NULL;
    inc_db *db;
    inc_status st = db_open(target, &db, e);
    if (st != INC_OK) return st;
    if (flags & APP_DB_SERVER) db_retry_quickly(db);
    if (read_target && *read_target) db_set_read_target(db, read_target);
    if (flags & APP_DB_NO_CHECKPOINT) db_checkpoints_elsewhere(db);
    if (flags & APP_DB_MIGRATE) st = db_migrate(db, e);
    if (st == INC_OK) st = db_load_key(db, (flags & APP_DB_CREATE_KEY) != 0, e);
    if (st != INC_OK) {
        db_close(db);
        return st;
    }
    *out = db;
    return INC_OK;
}

inc_status app_db_checkpoint(inc_db *db, inc_error *e) { return db_checkpoint(db, e); }
