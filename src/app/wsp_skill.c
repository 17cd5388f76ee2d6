/* The one shared skills list, so employers and candidates speak the same words. */
#include "app/wsp_common.h"
#include <stdio.h>
#include <stdlib.h>

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

static int cmp_u16(const void *a, const void *b)
{
    return (int)*(const uint16_t *)a - (int)*(const uint16_t *)b;
}

inc_status wsp_skills_resolve(inc_db *db, const char *list, uint16_t *ids, int max, int *n, const char *field,
                              inc_error *e)
{
    *n = 0;
    if (!list || !*list) return INC_OK;
    const char *p = list;
    inc_status rc = INC_OK;
    while (*p && rc == INC_OK) {
        while (*p == ',' || *p == ' ') p++;
        if (!*p) break;
        const char *q = p;
        while (*q && *q != ',') q++;
        int len = (int)(q - p);
        while (len > 0 && p[len - 1] == ' ') len--;
        bool found, active;
        int64_t id;
        if (wsp_store_skill_find(db, p, len, &found, &id, &active, e)) return INC_EIO;
        if (!found)
            rc = inc_fail(e, INC_EINVAL, field, "onbekende vaardigheid '%.*s' (niet in de vaardighedenlijst)",
                          len > 80 ? 80 : len, p);
        else if (!active)
            rc = inc_fail(e, INC_EINVAL, field, "vaardigheid '%.*s' is niet meer in gebruik", len > 80 ? 80 : len, p);
        else {
            bool dup = false;
            for (int i = 0; i < *n; i++) dup |= ids[i] == (uint16_t)id;
            if (!dup) {
                if (*n == max) rc = inc_fail(e, INC_EINVAL, field, "te veel vaardigheden (maximaal %d)", max);
                else ids[(*n)++] = (uint16_t)id;
            }
        }
        p = q;
    }
    if (rc == INC_OK) qsort(ids, (size_t)*n, sizeof *ids, cmp_u16);
    return rc;
}
