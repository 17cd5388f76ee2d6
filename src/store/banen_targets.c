#include "store/banen_targets.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status banen_target_put(inc_db *db, const banen_target *t, inc_error *e)
{
    char peil[11], base[11] = "";
    date_format_iso(t->peildatum, peil);
    if (t->baseline != INC_DATE_NONE) date_format_iso(t->baseline, base);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO banen_targets(kind, scope, scope_code, sector, year, unit, value_centi, peildatum,"
                   " baseline_date, source, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                   " ON CONFLICT(kind, scope, scope_code, sector, year) DO UPDATE SET unit = excluded.unit,"
                   " value_centi = excluded.value_centi, peildatum = excluded.peildatum,"
                   " baseline_date = excluded.baseline_date, source = excluded.source,"
                   " updated_by = excluded.updated_by, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, t->kind, -1, DB_COPY);
    db_bind_text(st, 2, t->scope, -1, DB_COPY);
    db_bind_text(st, 3, t->scope_code, -1, DB_COPY);
    db_bind_text(st, 4, t->sector, -1, DB_COPY);
    db_bind_int(st, 5, t->year);
    db_bind_text(st, 6, t->unit, -1, DB_COPY);
    db_bind_int64(st, 7, t->value_centi);
    db_bind_text(st, 8, peil, -1, DB_COPY);
    db_bind_text_or_null(st, 9, base);
    db_bind_text_or_null(st, 10, t->source);
    db_bind_text(st, 11, db_actor(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    return INC_OK;
}

#define TARGET_COLS                                                                                          \
    "SELECT kind, scope, scope_code, sector, year, unit, value_centi, peildatum, baseline_date, source"      \
    " FROM banen_targets"

static void from_row(inc_stmt *st, banen_target *t)
{
    memset(t, 0, sizeof *t);
    db_column_text(st, 0, t->kind, sizeof t->kind);
    db_column_text(st, 1, t->scope, sizeof t->scope);
    db_column_text(st, 2, t->scope_code, sizeof t->scope_code);
    db_column_text(st, 3, t->sector, sizeof t->sector);
    t->year = db_col_int(st, 4);
    db_column_text(st, 5, t->unit, sizeof t->unit);
    t->value_centi = db_col_int64(st, 6);
    date_parse(db_col_text(st, 7), &t->peildatum, "peildatum", NULL);
    t->baseline = INC_DATE_NONE;
    if (!db_col_is_null(st, 8))
        date_parse(db_col_text(st, 8), &t->baseline, "baseline", NULL);
    db_column_text(st, 9, t->source, sizeof t->source);
}

inc_status banen_target_get(inc_db *db, const char *kind, const char *scope, const char *code, const char *sector,
                            int year, banen_target *out, bool *found, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, TARGET_COLS " WHERE kind = ? AND scope = ? AND scope_code = ? AND sector = ? AND year = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, kind, -1, DB_COPY);
    db_bind_text(st, 2, scope, -1, DB_COPY);
    db_bind_text(st, 3, code, -1, DB_COPY);
    db_bind_text(st, 4, sector, -1, DB_COPY);
    db_bind_int(st, 5, year);
    int rs = db_step(db, st, e);
    *found = rs == DB_ROW;
    if (*found) from_row(st, out);
    db_finalize(st);
    return rs == DB_ERR ? INC_EIO : INC_OK;
}

inc_status banen_targets_load(inc_db *db, const char *municipality, banen_target **out, size_t *n, inc_error *e)
{
    *out = NULL;
    *n = 0;
    inc_stmt *st;
    if (db_prepare(db,
                   TARGET_COLS " WHERE ?1 IS NULL OR (scope = 'gemeente' AND scope_code = ?1)"
                               " OR (scope = 'regio' AND scope_code = (SELECT region FROM municipalities WHERE code = ?1))"
                               " ORDER BY scope, scope_code, kind, sector, year",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, municipality);
    size_t cap = 0;
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            banen_target *p = realloc(*out, cap * sizeof *p);
            if (!p) {
                db_finalize(st);
                free(*out);
                *out = NULL;
                return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
            }
            *out = p;
        }
        from_row(st, &(*out)[(*n)++]);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return INC_OK;
}
