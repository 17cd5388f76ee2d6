#include "app/setup.h"
#include "store/demo.h"
#include "store/seed.h"

inc_status app_init_reference_data(inc_db *db, inc_error *e) { return seed_reference_data(db, e); }

inc_status app_demo_load(inc_db *db, const char **failed_part, inc_error *e)
{
    *failed_part = NULL;
    inc_status st = seed_reference_data(db, e);
    if (st != INC_OK) return st;
    db_set_actor(db, "demo");
    static const struct {
        const char *name;
        inc_status (*fn)(inc_db *, inc_error *);
    } parts[] = {
        {"register", demo_register_load},
#define DEMO_PART(fn) {#fn, fn},
#include "store/demo_parts.def"
#undef DEMO_PART
    };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if ((st = parts[i].fn(db, e)) != INC_OK) {
            *failed_part = parts[i].name;
            return st;
        }
    }
    return INC_OK;
}
