#include "store/import_store.h"

inc_status import_checks_off(inc_db *db, inc_error *e) { return db_exec(db, "PRAGMA foreign_keys=OFF", e); }

void import_checks_on(inc_db *db) { db_exec(db, "PRAGMA foreign_keys=ON", NULL); }
