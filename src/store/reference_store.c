#include "store/reference_store.h"
#include <stdio.h>
#include <string.h>

static const char *col_str(inc_arena *a, inc_stmt *st, int col)
{
    return arena_strdup(a, db_col_text(st, col));
}

inc_status municipalities_list(inc_db *db, municipality_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, "SELECT code, name, region, sr_team FROM municipalities ORDER BY name", &st, e)) return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        municipality_rec *m = ARENA_LIST_PUSH(out);
        m->code = col_str(&out->arena, st, 0);
        m->name = col_str(&out->arena, st, 1);
        m->region = col_str(&out->arena, st, 2);
        m->sr_team = col_str(&out->arena, st, 3);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status organisations_list(inc_db *db, int64_t only_id, organisation_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT o.id, o.kvk, o.name, m.code, o.postcode,"
                   " EXISTS (SELECT 1 FROM municipal_employers me WHERE me.organisation_id = o.id) FROM organisations o"
                   " LEFT JOIN municipalities m ON m.id = o.municipality_id WHERE (?1 = 0 OR o.id = ?1)"
                   " ORDER BY o.name, o.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, only_id);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        organisation_rec *o = ARENA_LIST_PUSH(out);
        o->id = db_col_int64(st, 0);
        o->kvk = col_str(&out->arena, st, 1);
        o->name = col_str(&out->arena, st, 2);
        o->municipality = col_str(&out->arena, st, 3);
        o->postcode = col_str(&out->arena, st, 4);
        o->municipal_employer = db_col_int(st, 5) != 0;
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status organisation_id_by_kvk(inc_db *db, const char *kvk, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM organisations WHERE kvk = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc == DB_ROW) return INC_OK;
    if (rc != DB_DONE) return db_fail(db, e);
    return inc_fail(e, INC_ENOTFOUND, "contractor", "geen organisatie met KvK-nummer %s", kvk);
}

inc_status organisation_insert(inc_db *db, const char *kvk, const char *name, int64_t municipality_id, int64_t *id,
                               inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO organisations(kvk, name, municipality_id) VALUES (?,?,?)", &st, e)) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    db_bind_text(st, 2, name, -1, DB_COPY);
    if (municipality_id) db_bind_int64(st, 3, municipality_id);
    else db_bind_null(st, 3);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

inc_status organisation_update(inc_db *db, int64_t id, const char *name, int64_t municipality_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "UPDATE organisations SET municipality_id = COALESCE(?3, municipality_id), name = COALESCE(?2, name)"
                   " WHERE id = ?1",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    db_bind_text_or_null(st, 2, name);
    if (municipality_id) db_bind_int64(st, 3, municipality_id);
    else db_bind_null(st, 3);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status audit_page_read(inc_db *db, const audit_filter *f, audit_page *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    out->page = f->page;
    out->per_page = f->per_page;
    inc_stmt *st;
    const char *where = " WHERE (?1 IS NULL OR entity = ?1) AND (?2 = 0 OR entity_id = ?2)";
    char sql[400];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM audit_log%s", where);
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_text_or_null(st, 1, f->entity);
    db_bind_int64(st, 2, f->entity_id);
    out->total = db_step_rc(st) == DB_ROW ? db_col_int64(st, 0) : 0;
    db_finalize(st);
    snprintf(sql, sizeof sql,
             "SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log%s ORDER BY id DESC LIMIT ?3 OFFSET ?4",
             where);
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_text_or_null(st, 1, f->entity);
    db_bind_int64(st, 2, f->entity_id);
    db_bind_int(st, 3, f->per_page);
    db_bind_int64(st, 4, (int64_t)(f->page - 1) * f->per_page);
    audit_list *l = &out->entries;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        audit_rec *r = ARENA_LIST_PUSH(l);
        r->id = db_col_int64(st, 0);
        r->at = col_str(&l->arena, st, 1);
        r->actor = col_str(&l->arena, st, 2);
        r->action = col_str(&l->arena, st, 3);
        r->entity = col_str(&l->arena, st, 4);
        r->has_entity_id = !db_col_is_null(st, 5);
        r->entity_id = r->has_entity_id ? db_col_int64(st, 5) : 0;
        r->detail = col_str(&l->arena, st, 6);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&l->arena);
        return INC_EIO;
    }
    return INC_OK;
}
