/* The one shared skills list, so employers and candidates speak the same words. */
#include "app/wsp_common.h"
#include <stdio.h>

inc_status wsp_skill_add(inc_db *db, const char *name, int64_t *id, inc_error *e)
{
    if (wsp_skill_name_check(name, e)) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    int64_t next;
    bool inserted;
    if (wsp_store_skill_next_id(db, &next, e)) return wsp_abort(db, e);
    if (next >= MATCH_SKILL_ID_MAX) {
        inc_fail(e, INC_ECONFLICT, "name", "de vaardighedenlijst is vol (maximaal %d)", MATCH_SKILL_ID_MAX - 1);
        return wsp_abort(db, e);
    }
    if (wsp_store_skill_insert(db, next, name, &inserted, e)) return wsp_abort(db, e);
    if (!inserted) {
        inc_fail(e, INC_ECONFLICT, "name", "vaardigheid '%s' bestaat al", name);
        return wsp_abort(db, e);
    }
    *id = next;
    if (audit_write(db, "create", "skill", next, NULL, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_skill_set_active(inc_db *db, const char *name, bool active, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    bool found;
    int64_t id;
    if (wsp_store_skill_set_active(db, name, active, &found, &id, e)) return wsp_abort(db, e);
    if (!found) {
        inc_fail(e, INC_ENOTFOUND, "name", "onbekende vaardigheid '%s'", name ? name : "");
        return wsp_abort(db, e);
    }
    if (audit_write(db, active ? "activate" : "deactivate", "skill", id, NULL, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_skill_set_active_id(inc_db *db, int64_t id, bool active, inc_error *e)
{
    char name[96];
    bool found;
    if (wsp_store_skill_name(db, id, name, sizeof name, &found, e)) return INC_EIO;
    if (!found) return inc_fail(e, INC_ENOTFOUND, "skill", "vaardigheid %lld bestaat niet", (long long)id);
    return wsp_skill_set_active(db, name, active, e);
}

inc_status wsp_skills_list(inc_db *db, wsp_skill_list *out, inc_error *e)
{
    return wsp_store_skills_select(db, out, e);
}
