/* Demo-data loaders, one per area, listed in src/store/demo_parts.def. */
#ifndef INC_DEMO_H
#define INC_DEMO_H
#include "store/db.h"

/* The register's own demo (contracts, contractors, realisations) always loads first. It goes through
 * the register's user actions, so it is defined in the application layer (app/demo_register.c). */
inc_status demo_register_load(inc_db *db, inc_error *e);

#define DEMO_PART(fn) inc_status fn(inc_db *db, inc_error *e);
#include "store/demo_parts.def"
#undef DEMO_PART

#endif
