#include "store/banen_uwv.h"
#include "core/code_text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status uwv_region_resolve(inc_db *db, const char *text, char code[64], bool *found, inc_error *e)
{
    *found = false;
    /* cached: an import resolves every row; few regions, so compared in C with the loose rule */
    inc_stmt *st = db_stmt(db,
                           "SELECT code, name FROM region_names"
                           " UNION SELECT DISTINCT region, region FROM municipalities",
                           e);
    if (!st) return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *c = db_col_text(st, 0), *n = db_col_text(st, 1);
        if (code_text_equal(text, c ? c : "") || code_text_equal(text, n ? n : "")) {
            snprintf(code, 64, "%s", c);
            *found = true;
            break;
        }
    }
    db_reset(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status uwv_figure_put(inc_db *db, const uwv_figure *f, const char *source_file, bool *replaced, inc_error *e)
{
    char peil[11];
    date_format_iso(f->peildatum, peil);
    inc_stmt *st = db_stmt(db, "SELECT 1 FROM uwv_banen_figures WHERE region = ? AND sector = ? AND peildatum = ?", e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, f->region, -1, DB_COPY);
    db_bind_text(st, 2, f->sector, -1, DB_COPY);
    db_bind_text(st, 3, peil, -1, DB_COPY);
    int rc = db_step(db, st, e);
    db_reset(st);
    if (rc == DB_ERR) return INC_EIO;
    *replaced = rc == DB_ROW;
    st = db_stmt(db,
                 "INSERT INTO uwv_banen_figures(region, sector, peildatum, extra_banen_centi, source_file, imported_by,"
                 " imported_at) VALUES (?,?,?,?,?,?,?)"
                 " ON CONFLICT(region, sector, peildatum) DO UPDATE SET extra_banen_centi = excluded.extra_banen_centi,"
                 " source_file = excluded.source_file, imported_by = excluded.imported_by,"
                 " imported_at = excluded.imported_at",
                 e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, f->region, -1, DB_COPY);
    db_bind_text(st, 2, f->sector, -1, DB_COPY);
    db_bind_text(st, 3, peil, -1, DB_COPY);
    db_bind_int64(st, 4, f->extra_centi);
    db_bind_text(st, 5, source_file, -1, DB_COPY);
    db_bind_text_or_null(st, 6, db_actor(db));
    db_bind_text(st, 7, db_timestamp(db), -1, DB_STATIC);
    rc = db_step_rc(st);
    db_reset(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status uwv_figures_load(inc_db *db, const char *region, uwv_figure **out, size_t *n, inc_error *e)
{
    *out = NULL;
    *n = 0;
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT region, sector, peildatum, extra_banen_centi FROM uwv_banen_figures"
                   " WHERE ?1 IS NULL OR region = ?1 ORDER BY region, sector, peildatum",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, region);
    size_t cap = 0;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            uwv_figure *p = realloc(*out, cap * sizeof *p);
            if (!p) {
                db_finalize(st);
                free(*out);
                *out = NULL;
                *n = 0;
                return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
            }
            *out = p;
        }
        uwv_figure *f = &(*out)[(*n)++];
        memset(f, 0, sizeof *f);
        db_column_text(st, 0, f->region, sizeof f->region);
        db_column_text(st, 1, f->sector, sizeof f->sector);
        date_parse(db_col_text(st, 2), &f->peildatum, "peildatum", NULL);
        f->extra_centi = db_col_int64(st, 3);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        free(*out);
        *out = NULL;
        *n = 0;
        return INC_EIO;
    }
    return INC_OK;
}
