#include "store/wsp_input.h"
#include "core/decimal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *field(json_t *in, const char *key)
{
    json_t *v = in ? json_object_get(in, key) : NULL;
    return json_is_null(v) ? NULL : v;
}

static inc_status missing(const char *key, inc_error *e)
{
    return inc_fail(e, INC_EINVAL, key, "verplicht veld '%s' ontbreekt", key);
}

inc_status in_text(json_t *in, const char *key, bool required, const char **out, inc_error *e)
{
    json_t *v = field(in, key);
    *out = NULL;
    if (!v || (json_is_string(v) && json_string_length(v) == 0)) return required ? missing(key, e) : INC_OK;
    if (!json_is_string(v)) return inc_fail(e, INC_EINVAL, key, "veld '%s' moet tekst zijn", key);
    if (json_string_length(v) > 2000) return inc_fail(e, INC_EINVAL, key, "veld '%s' is te lang", key);
    *out = json_string_value(v);
    return INC_OK;
}

inc_status in_fixed(json_t *in, const char *key, int scale, bool required, int64_t dflt, int64_t *out, inc_error *e)
{
    json_t *v = field(in, key);
    if (!v) {
        if (required) return missing(key, e);
        *out = dflt;
        return INC_OK;
    }
    if (json_is_integer(v)) {
        int64_t x = json_integer_value(v);
        if (x > 900000000000LL || x < -900000000000LL) return inc_fail(e, INC_EINVAL, key, "%s is te groot", key);
        for (int i = 0; i < scale; i++) x *= 10;
        *out = x;
        return INC_OK;
    }
    if (json_is_real(v)) return decimal_from_double(json_real_value(v), scale, out, key, e);
    if (json_is_string(v)) return decimal_parse(json_string_value(v), scale, out, key, e);
    return inc_fail(e, INC_EINVAL, key, "veld '%s' moet een getal zijn", key);
}

inc_status in_int(json_t *in, const char *key, bool required, int64_t dflt, int64_t *out, inc_error *e)
{
    json_t *v = field(in, key);
    if (!v) {
        if (required) return missing(key, e);
        *out = dflt;
        return INC_OK;
    }
    if (json_is_integer(v)) { *out = json_integer_value(v); return INC_OK; }
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        char *end;
        long long x = strtoll(s, &end, 10);
        if (*s && !*end) { *out = x; return INC_OK; }
    }
    return inc_fail(e, INC_EINVAL, key, "veld '%s' moet een geheel getal zijn", key);
}

inc_status in_date(json_t *in, const char *key, bool required, inc_date *out, inc_error *e)
{
    const char *s;
    if (in_text(in, key, required, &s, e) != INC_OK) return INC_EINVAL;
    if (!s) { *out = INC_DATE_NONE; return INC_OK; }
    return date_parse(s, out, key, e);
}

inc_status in_bool(json_t *in, const char *key, bool required, bool dflt, bool *out, inc_error *e)
{
    json_t *v = field(in, key);
    if (!v) {
        if (required) return missing(key, e);
        *out = dflt;
        return INC_OK;
    }
    if (json_is_boolean(v)) { *out = json_is_true(v); return INC_OK; }
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        if (!strcmp(s, "ja") || !strcmp(s, "yes") || !strcmp(s, "1") || !strcmp(s, "true")) { *out = true; return INC_OK; }
        if (!strcmp(s, "nee") || !strcmp(s, "no") || !strcmp(s, "0") || !strcmp(s, "false")) { *out = false; return INC_OK; }
    }
    return inc_fail(e, INC_EINVAL, key, "veld '%s' moet ja of nee zijn", key);
}

inc_status in_list(json_t *in, const char *key, char *buf, size_t size, inc_error *e)
{
    json_t *v = field(in, key);
    buf[0] = '\0';
    if (!v) return INC_OK;
    if (json_is_string(v)) {
        if (json_string_length(v) >= size) return inc_fail(e, INC_EINVAL, key, "lijst '%s' is te lang", key);
        snprintf(buf, size, "%s", json_string_value(v));
        return INC_OK;
    }
    if (!json_is_array(v)) return inc_fail(e, INC_EINVAL, key, "veld '%s' moet een lijst zijn", key);
    size_t i, used = 0;
    json_t *x;
    json_array_foreach(v, i, x) {
        if (!json_is_string(x)) return inc_fail(e, INC_EINVAL, key, "lijst '%s' mag alleen tekst bevatten", key);
        const char *s = json_string_value(x);
        if (strchr(s, ',')) return inc_fail(e, INC_EINVAL, key, "een waarde in '%s' mag geen komma bevatten", key);
        int w = snprintf(buf + used, size - used, "%s%s", used ? "," : "", s);
        if (w < 0 || (size_t)w >= size - used) return inc_fail(e, INC_EINVAL, key, "lijst '%s' is te lang", key);
        used += (size_t)w;
    }
    return INC_OK;
}

