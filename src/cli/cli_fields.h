/* A field_source over command-line options: field "contractor_kvk" is read from
 * --contractor-kvk VALUE (or --contractor_kvk VALUE, or --contractor-kvk=VALUE). */
#ifndef INC_CLI_FIELDS_H
#define INC_CLI_FIELDS_H
#include "core/field_source.h"

typedef struct {
    int argc;
    char **argv;
} cli_fields;

field_source cli_fields_source(cli_fields *cf, int argc, char **argv);

#endif
