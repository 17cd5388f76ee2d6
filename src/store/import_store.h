/* Store support for the register's CSV import (app/register_import.c). */
#ifndef INC_IMPORT_STORE_H
#define INC_IMPORT_STORE_H
#include "store/db.h"

/* Every id an import binds comes from a lookup in its own transaction (store/register_bulk.h), so
 * the database's per-row foreign-key lookups (about 5-10 % of an import) are switched off for it.
 * The switch only works outside a transaction: call import_checks_off before the import's
 * transaction begins and import_checks_on after it ended. test_register_bulk checks that
 * foreign_key_check stays empty. */
inc_status import_checks_off(inc_db *db, inc_error *e);
void import_checks_on(inc_db *db);

#endif
