#include "store/reference_store.h"

static json_t *col_text_or_null(inc_stmt *st, int col)
{
    const char *t = db_col_text(st, col);
    return t ? json_string((const char *)t) : json_null();
}

inc_status municipalities_list_json(inc_db *db, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT code, name, region, sr_team FROM municipalities ORDER BY name", &st, e)) return INC_EIO;
    json_t *arr = json_array();
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW)
        json_array_append_new(arr, json_pack("{s:o, s:o, s:o, s:o}", "code", col_text_or_null(st, 0), "name",
                                             col_text_or_null(st, 1), "region", col_text_or_null(st, 2), "sr_team",
                                             col_text_or_null(st, 3)));
    db_finalize(st);
    if (rc == DB_ERR) {
        json_decref(arr);
        return INC_EIO;
    }
    *out = arr;
    return INC_OK;
}

inc_status organisations_list_json(inc_db *db, int64_t only_id, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT o.id, o.kvk, o.name, m.code, o.postcode,"
                   " EXISTS (SELECT 1 FROM municipal_employers me WHERE me.organisation_id = o.id) FROM organisations o"
                   " LEFT JOIN municipalities m ON m.id = o.municipality_id WHERE (?1 = 0 OR o.id = ?1)"
                   " ORDER BY o.name, o.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, only_id);
    json_t *arr = json_array();
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW)
        json_array_append_new(arr, json_pack("{s:I, s:o, s:o, s:o, s:o, s:b}", "id", (json_int_t)db_col_int64(st, 0),
                                             "kvk", col_text_or_null(st, 1), "name", col_text_or_null(st, 2),
                                             "municipality", col_text_or_null(st, 3), "postcode",
                                             col_text_or_null(st, 4), "municipal_employer",
                                             db_col_int(st, 5) != 0));
    db_finalize(st);
    if (rc == DB_ERR) {
        json_decref(arr);
        return INC_EIO;
    }
    *out = arr;
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

inc_status audit_list_json(inc_db *db, const audit_filter *f, json_t **out, inc_error *e)
{
    inc_stmt *st;
    const char *where = " WHERE (?1 IS NULL OR entity = ?1) AND (?2 = 0 OR entity_id = ?2)";
    char sql[400];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM audit_log%s", where);
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_text_or_null(st, 1, f->entity);
    db_bind_int64(st, 2, f->entity_id);
    int64_t total = db_step_rc(st) == DB_ROW ? db_col_int64(st, 0) : 0;
    db_finalize(st);
    snprintf(sql, sizeof sql,
             "SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log%s ORDER BY id DESC LIMIT ?3 OFFSET ?4",
             where);
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_text_or_null(st, 1, f->entity);
    db_bind_int64(st, 2, f->entity_id);
    db_bind_int(st, 3, f->per_page);
    db_bind_int64(st, 4, (int64_t)(f->page - 1) * f->per_page);
    json_t *arr = json_array();
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *d = db_col_text(st, 6);
        json_t *detail = d ? json_loads((const char *)d, 0, NULL) : NULL;
        if (!detail) detail = d ? json_string((const char *)d) : json_null();
        json_t *eid = db_col_is_null(st, 5) ? json_null() : json_integer(db_col_int64(st, 5));
        json_array_append_new(arr, json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o}", "id",
                                             (json_int_t)db_col_int64(st, 0), "at", col_text_or_null(st, 1),
                                             "actor", col_text_or_null(st, 2), "action", col_text_or_null(st, 3),
                                             "entity", col_text_or_null(st, 4), "entity_id", eid, "detail", detail));
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        json_decref(arr);
        return INC_EIO;
    }
    *out = json_pack("{s:o, s:I, s:i, s:i}", "items", arr, "total", (json_int_t)total, "page", f->page, "per_page",
                     f->per_page);
    return INC_OK;
}
