#include "app/suppress_json.h"
#include "core/json_fixed.h"

void sup_json_hide(json_t *o, const char *key, sup_mark m)
{
    json_object_set_new(o, key, json_null());
    json_object_set_new(o, "suppressed", json_true());
    json_t *labels = json_object_get(o, "suppression");
    if (!json_is_object(labels)) {
        labels = json_object();
        json_object_set_new(o, "suppression", labels);
    }
    json_object_set_new(labels, key, json_string(sup_label(m)));
}

void sup_json_count(json_t *o, const char *key, int64_t n, sup_mark m)
{
    if (m != SUP_SHOWN) sup_json_hide(o, key, m);
    else json_object_set_new(o, key, json_integer((json_int_t)n));
}

void sup_json_part(json_t *o, const char *whole_key, int64_t whole, const char *part_key, int64_t part,
                   const char *share_key, int32_t bp, sup_part_marks m)
{
    sup_json_count(o, whole_key, whole, m.whole);
    if (m.part != SUP_SHOWN) {
        sup_json_hide(o, part_key, m.part);
        sup_json_hide(o, share_key, m.share);
    } else {
        json_object_set_new(o, part_key, json_integer((json_int_t)part));
        json_object_set_new(o, share_key, bp < 0 ? json_null() : json_pct(bp));
    }
}
