/* The one resolver of a municipality as people write it, for the faces (command-line options, API
 * query parameters and bodies): by code or by name, case-insensitively, with ' ', '-' and '_'
 * interchangeable ("zoetermeer", "Zoetermeer", "Den Haag", "den-haag"). */
#ifndef INC_APP_MUNICIPALITY_H
#define INC_APP_MUNICIPALITY_H
#include <stddef.h>
#include "app/app.h"

/* Writes the municipality's code into code[size]. INC_ENOTFOUND "onbekende gemeente 'X'" (field
 * "municipality") when no code or name matches, INC_EINVAL when text is empty. */
inc_status app_municipality_resolve(inc_db *db, const char *text, char *code, size_t size, inc_error *e);

#endif
