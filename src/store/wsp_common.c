/* Lookups shared by the employer-service store files and the scope of a record for authorisation. */
#include "store/wsp_internal.h"
#include "store/columns.h"
#include "store/wsp_store.h"
#include <string.h>

inc_status wsp_municipality_id(inc_db *db, const char *code, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM municipalities WHERE code = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, code ? code : "", -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc != DB_ROW) return inc_fail(e, INC_EINVAL, "municipality", "onbekende gemeente '%s'", code ? code : "");
    return INC_OK;
}

bool wsp_lookup_int(inc_db *db, const char *sql, int64_t param, int64_t *out)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, NULL)) return false;
    db_bind_int64(st, 1, param);
    bool found = db_step_rc(st) == DB_ROW;
    if (found && out) *out = db_col_int64(st, 0);
    db_finalize(st);
    return found;
}

inc_status wsp_step_done(inc_db *db, inc_stmt *st, inc_error *e) { return store_step_done(db, st, e); }

inc_status wsp_read_end(inc_stmt *st, int rc)
{
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status wsp_scope_of(inc_db *db, const char *kind, int64_t id, char *code, size_t size, inc_error *e)
{
    static const struct { const char *kind, *sql; } q[] = {
        {"employer", "SELECT m.code FROM employers x JOIN municipalities m ON m.id = x.municipality_id WHERE x.id = ?"},
        {"vacancy", "SELECT m.code FROM vacancies x JOIN municipalities m ON m.id = x.municipality_id WHERE x.id = ?"},
        {"question", "SELECT m.code FROM employer_questions x JOIN employers em ON em.id = x.employer_id"
                     " JOIN municipalities m ON m.id = em.municipality_id WHERE x.id = ?"},
        {"candidate", "SELECT m.code FROM candidates x JOIN municipalities m ON m.id = x.municipality_id WHERE x.id = ?"},
        {"proposal", "SELECT m.code FROM proposals x JOIN vacancies v ON v.id = x.vacancy_id"
                     " JOIN municipalities m ON m.id = v.municipality_id WHERE x.id = ?"},
        {"event", "SELECT m.code FROM wsp_events x JOIN municipalities m ON m.id = x.municipality_id WHERE x.id = ?"},
    };
    for (size_t i = 0; i < sizeof q / sizeof *q; i++) {
        if (strcmp(kind, q[i].kind)) continue;
        inc_stmt *st;
        if (db_prepare(db, q[i].sql, &st, e)) return INC_EIO;
        db_bind_int64(st, 1, id);
        bool found = db_step_rc(st) == DB_ROW;
        if (found) db_column_text(st, 0, code, size);
        db_finalize(st);
        return found ? INC_OK : inc_fail(e, INC_ENOTFOUND, kind, "niet gevonden");
    }
    return inc_fail(e, INC_EINTERNAL, kind, "onbekende soort '%s'", kind);
}
