#include "core/json_fields.h"
#include <stdio.h>

static const char *get(void *src, const char *name)
{
    json_fields *jf = src;
    const json_t *v = json_object_get(jf->obj, name);
    if (!v || json_is_null(v)) return NULL;
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_true(v)) return "true";
    if (json_is_false(v)) return "false";
    char *b = jf->buf[jf->next++ % 8];
    if (json_is_integer(v)) snprintf(b, 64, "%lld", (long long)json_integer_value(v));
    else if (json_is_real(v)) snprintf(b, 64, "%.15g", json_real_value(v));
    else snprintf(b, 64, "[%s]", json_is_array(v) ? "lijst" : "object");  /* fails every parser with a clear text */
    return b;
}

field_source json_fields_source(json_fields *jf, const json_t *obj)
{
    jf->obj = obj;
    jf->next = 0;
    return (field_source){get, jf};
}
