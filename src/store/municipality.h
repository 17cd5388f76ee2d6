/* The one resolver of a municipality as people write it: by code or by name, case-insensitively,
 * with ' ', '-' and '_' interchangeable ("zoetermeer", "Zoetermeer", "Den Haag", "den-haag").
 * Used by every face (command-line options, API query parameters and bodies, imports). */
#ifndef INC_STORE_MUNICIPALITY_H
#define INC_STORE_MUNICIPALITY_H
#include <stddef.h>
#include <stdint.h>
#include "store/db.h"

/* Writes the municipality's code into code[size]. INC_ENOTFOUND "onbekende gemeente 'X'" (field
 * "municipality") when no code or name matches, INC_EINVAL when text is empty. */
inc_status municipality_resolve(inc_db *db, const char *text, char *code, size_t size, inc_error *e);
/* Same, giving the row id. `field` names the input in the message. */
inc_status municipality_resolve_id(inc_db *db, const char *text, int64_t *id, const char *field, inc_error *e);

#endif
