#include "web/body.h"
#include <stdio.h>
#include <string.h>

static const char *kind_label(web_field_kind k)
{
    switch (k) {
    case F_STRING: return "tekst";
    case F_NUMBER: return "een getal";
    case F_INTEGER: return "een geheel getal";
    case F_BOOL: return "true of false";
    default: return "een lijst met teksten";
    }
}

static bool kind_ok(const json_t *v, web_field_kind k)
{
    if (json_is_null(v)) return true;   /* null means absent */
    switch (k) {
    case F_STRING: return json_is_string(v);
    case F_NUMBER: return json_is_number(v) || json_is_string(v);
    case F_INTEGER: return json_is_integer(v);
    case F_BOOL: return json_is_boolean(v);
    case F_STRINGS: {
        if (!json_is_array(v)) return false;
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) if (!json_is_string(x)) return false;
        return true;
    }
    }
    return false;
}

/* Every bad field is noted before the answer, which lists them all (invalidParams). */
bool web_check_body(web_req *req, const web_field *fields)
{
    inc_errors bad = {0};
    const char *key;
    json_t *v;
    if (req->body) {
        json_object_foreach(req->body, key, v) {
            const web_field *f = fields;
            while (f->name && strcmp(f->name, key) != 0) f++;
            inc_error e = {0};
            if (!f->name) inc_fail(&e, INC_EINVAL, key, "onbekend veld '%s'", key);
            else if (!kind_ok(v, f->kind)) inc_fail(&e, INC_EINVAL, key, "veld '%s' moet %s zijn", key, kind_label(f->kind));
            else continue;
            inc_errors_add(&bad, &e);
        }
    }
    for (const web_field *f = fields; f->name; f++) {
        json_t *x = req->body ? json_object_get(req->body, f->name) : NULL;
        if (f->required && (!x || json_is_null(x) || (json_is_string(x) && !*json_string_value(x)))) {
            inc_error e = {0};
            inc_fail(&e, INC_EINVAL, f->name, "veld '%s' ontbreekt", f->name);
            inc_errors_add(&bad, &e);
        }
    }
    if (!bad.n) return true;
    web_problem_all(req, 400, &bad);
    return false;
}
