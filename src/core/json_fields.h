/* A field_source over a JSON object: strings as they are, numbers as exact decimal text,
 * booleans as "true"/"false", null as absent. Used by the CLI calculators and the API. */
#ifndef INC_JSON_FIELDS_H
#define INC_JSON_FIELDS_H
#include <jansson.h>
#include "core/field_source.h"

typedef struct {
    const json_t *obj;
    char buf[8][64];   /* text of numeric fields; enough for every field read in one parse */
    int next;
} json_fields;

field_source json_fields_source(json_fields *jf, const json_t *obj);

#endif
