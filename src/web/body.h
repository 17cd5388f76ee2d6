/* Checking JSON request bodies against a field list, and reading them through a field_source so
 * the core parsers (register_input.h) apply the same rules as for CSV and the CLI. */
#ifndef INC_WEB_BODY_H
#define INC_WEB_BODY_H
#include "web/web.h"

typedef enum {
    F_STRING,    /* JSON string */
    F_NUMBER,    /* JSON number, or a string holding one ("12500.00") */
    F_INTEGER,   /* JSON integer */
    F_BOOL,      /* true/false */
    F_STRINGS    /* array of strings */
} web_field_kind;

typedef struct {
    const char *name;
    web_field_kind kind;
    bool required;
} web_field;

/* Refuses (400) a body with unknown fields, fields of the wrong JSON type or missing required
 * fields, listing every one (invalidParams; `field` is the first). NULL body counts as {}.
 * `fields` ends with {NULL}. */
bool web_check_body(web_req *req, const web_field *fields);

#endif
