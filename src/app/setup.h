/* Setting a database up (`inclusio init`, `inclusio demo`): the reference data every database starts
 * with, and the demo data of every area (store/demo_parts.def). */
#ifndef INC_APP_SETUP_H
#define INC_APP_SETUP_H
#include "app/app.h"

/* The municipalities, policies and building-block catalogue (idempotent). */
inc_status app_init_reference_data(inc_db *db, inc_error *e);
/* The reference data, then every demo part in order, acting as "demo". On failure *failed_part
 * names the part that failed (NULL when the reference data did). */
inc_status app_demo_load(inc_db *db, const char **failed_part, inc_error *e);

#endif
