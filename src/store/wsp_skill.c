/* The one shared skills list, so employers and candidates speak the same words. */
#include "store/wsp_internal.h"
#include "store/wsp_store.h"
#include <string.h>

inc_status wsp_store_skill_next_id(inc_db *db, int64_t *next, inc_error *e)
{
    (void)e;
    *next = 1;
    wsp_lookup_int(db, "SELECT coalesce(max(id), 0) + 1 FROM skills WHERE ? >= 0", 0, next);
    return INC_OK;
}

inc_status wsp_store_skill_insert(inc_db *db, int64_t id, const char *name, bool *inserted, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO skills(id, name) VALUES (?, ?) ON CONFLICT(name) DO NOTHING", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    db_bind_text(st, 2, name, -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *inserted = db_changes(db) > 0;
    return INC_OK;
}

inc_status wsp_store_skill_set_active(inc_db *db, const char *name, bool active, bool *found, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    *id = 0;
    if (db_prepare(db, "UPDATE skills SET active = ? WHERE name = ?", &st, e)) return INC_EIO;
    db_bind_int(st, 1, active);
    db_bind_text(st, 2, name ? name : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *found = db_changes(db) > 0;
    if (!*found) return INC_OK;
    if (db_prepare(db, "SELECT id FROM skills WHERE name = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, name, -1, DB_COPY);
    if (db_step_rc(st) == DB_ROW) *id = db_col_int64(st, 0);
    db_finalize(st);
    return INC_OK;
}

inc_status wsp_store_skill_name(inc_db *db, int64_t id, char *name, size_t size, bool *found, inc_error *e)
{
    inc_stmt *st;
    name[0] = '\0';
    if (db_prepare(db, "SELECT name FROM skills WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    *found = rs == DB_ROW;
    if (*found) db_column_text(st, 0, name, size);
    db_finalize(st);
    return rs == DB_ERR ? INC_EIO : INC_OK;
}

inc_status wsp_store_skills_select(inc_db *db, wsp_skill_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, name, active FROM skills ORDER BY lower(name)", &st, e)) return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        wsp_skill *r = ARENA_LIST_PUSH(out);
        r->id = db_col_int64(st, 0);
        r->name = wsp_col(&out->arena, st, 1);
        r->active = db_col_int(st, 2);
    }
    inc_status s = wsp_read_end(st, rc);
    if (s) WSP_LIST_FREE(out);
    return s;
}

inc_status wsp_store_skill_find(inc_db *db, const char *name, int len, bool *found, int64_t *id, bool *active,
                                inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, active FROM skills WHERE name = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, name, len, DB_COPY);
    *found = db_step_rc(st) == DB_ROW;
    if (*found) {
        *id = db_col_int(st, 0);
        *active = db_col_int(st, 1);
    }
    db_finalize(st);
    return INC_OK;
}

