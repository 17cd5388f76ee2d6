/* The one shared skills list, so employers and candidates speak the same words. */
#include "core/match.h"
#include "store/audit.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status wsp_skill_add(inc_db *db, const char *name, int64_t *id, inc_error *e)
{
    size_t len = name ? strlen(name) : 0;
    if (len == 0 || len > 80) return inc_fail(e, INC_EINVAL, "name", "een vaardigheid heeft een naam van 1 tot 80 tekens");
    if (strchr(name, ',')) return inc_fail(e, INC_EINVAL, "name", "een vaardigheid mag geen komma bevatten");
    if (db_begin(db, e)) return INC_EIO;
    int64_t next = 1;
    wsp_lookup_int(db, "SELECT coalesce(max(id), 0) + 1 FROM skills WHERE ? >= 0", 0, &next);
    if (next >= MATCH_SKILL_ID_MAX) {
        inc_fail(e, INC_ECONFLICT, "name", "de vaardighedenlijst is vol (maximaal %d)", MATCH_SKILL_ID_MAX - 1);
        goto fail;
    }
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO skills(id, name) VALUES (?, ?) ON CONFLICT(name) DO NOTHING", &st, e)) goto fail;
    db_bind_int64(st, 1, next);
    db_bind_text(st, 2, name, -1, DB_COPY);
    if (wsp_step_done(db, st, e)) goto fail;
    if (db_changes(db) == 0) {
        inc_fail(e, INC_ECONFLICT, "name", "vaardigheid '%s' bestaat al", name);
        goto fail;
    }
    *id = next;
    if (audit_write(db, "create", "skill", next, NULL, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_skill_set_active(inc_db *db, const char *name, bool active, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    inc_stmt *st;
    if (db_prepare(db, "UPDATE skills SET active = ? WHERE name = ?", &st, e)) goto fail;
    db_bind_int(st, 1, active);
    db_bind_text(st, 2, name ? name : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) goto fail;
    if (db_changes(db) == 0) {
        inc_fail(e, INC_ENOTFOUND, "name", "onbekende vaardigheid '%s'", name ? name : "");
        goto fail;
    }
    int64_t id = 0;
    if (db_prepare(db, "SELECT id FROM skills WHERE name = ?", &st, e)) goto fail;
    db_bind_text(st, 1, name, -1, DB_COPY);
    if (db_step_rc(st) == DB_ROW) id = db_col_int64(st, 0);
    db_finalize(st);
    if (audit_write(db, active ? "activate" : "deactivate", "skill", id, NULL, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_skills_list(inc_db *db, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, name, active FROM skills ORDER BY lower(name)", &st, e)) return INC_EIO;
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW)
        json_array_append_new(arr, json_pack("{s:I, s:s, s:b}", "id", (json_int_t)db_col_int64(st, 0), "name",
                                             db_col_text(st, 1), "active",
                                             db_col_int(st, 2)));
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
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
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, active FROM skills WHERE name = ?", &st, e)) return INC_EIO;
    const char *p = list;
    inc_status rc = INC_OK;
    while (*p && rc == INC_OK) {
        while (*p == ',' || *p == ' ') p++;
        if (!*p) break;
        const char *q = p;
        while (*q && *q != ',') q++;
        int len = (int)(q - p);
        while (len > 0 && p[len - 1] == ' ') len--;
        db_reset(st);
        db_bind_text(st, 1, p, len, DB_COPY);
        if (db_step_rc(st) != DB_ROW)
            rc = inc_fail(e, INC_EINVAL, field, "onbekende vaardigheid '%.*s' (niet in de vaardighedenlijst)",
                          len > 80 ? 80 : len, p);
        else if (!db_col_int(st, 1))
            rc = inc_fail(e, INC_EINVAL, field, "vaardigheid '%.*s' is niet meer in gebruik", len > 80 ? 80 : len, p);
        else {
            uint16_t id = (uint16_t)db_col_int(st, 0);
            bool dup = false;
            for (int i = 0; i < *n; i++) dup |= ids[i] == id;
            if (!dup) {
                if (*n == max) rc = inc_fail(e, INC_EINVAL, field, "te veel vaardigheden (maximaal %d)", max);
                else ids[(*n)++] = id;
            }
        }
        p = q;
    }
    db_finalize(st);
    if (rc == INC_OK) qsort(ids, (size_t)*n, sizeof *ids, cmp_u16);
    return rc;
}

inc_status wsp_skill_set_active_id(inc_db *db, int64_t id, bool active, inc_error *e)
{
    char name[96] = "";
    inc_stmt *st;
    if (db_prepare(db, "SELECT name FROM skills WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    bool found = rs == DB_ROW;
    if (found) db_column_text(st, 0, name, sizeof name);
    db_finalize(st);
    if (rs == DB_ERR) return INC_EIO;
    if (!found) return inc_fail(e, INC_ENOTFOUND, "skill", "vaardigheid %lld bestaat niet", (long long)id);
    return wsp_skill_set_active(db, name, active, e);
}
