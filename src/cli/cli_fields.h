/* A field_source over command-line options parsed by cli_parse: field "contractor_kvk" is the
 * declared option --contractor-kvk (given as --contractor-kvk VALUE, --contractor_kvk VALUE or
 * --contractor-kvk=VALUE). Every field the parser reads must be declared in the option table. */
#ifndef INC_CLI_FIELDS_H
#define INC_CLI_FIELDS_H
#include "core/field_source.h"

typedef struct {
    int argc;
    char **argv;
} cli_fields;

field_source cli_fields_source(cli_fields *cf, int argc, char **argv);

#endif
