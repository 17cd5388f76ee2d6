/* What matching reads besides the vacancies and candidates: its configuration from the settings,
 * the region of a municipality, a proposal already made. */
#include "store/wsp_internal.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status wsp_store_match_config(inc_db *db, match_config *cfg, inc_error *e)
{
    match_config_default(cfg);
    inc_stmt *st;
    if (db_prepare(db, "SELECT key, value FROM settings WHERE key LIKE 'match.%'", &st, e)) return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *k = db_col_text(st, 0);
        int v = atoi(db_col_text(st, 1));
        if (strcmp(k, "match.min_score") == 0) cfg->min_score = v * 100;
        for (int c = 0; c < CRIT__COUNT; c++) {
            char key[64];
            snprintf(key, sizeof key, "match.weight.%s", criterion_code((match_criterion)c));
            if (strcmp(k, key) == 0) cfg->weight[c] = v;
        }
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

bool wsp_store_region_of(inc_db *db, int64_t municipality_id, char *region, size_t size)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT region FROM municipalities WHERE id = ?", &st, NULL)) return false;
    db_bind_int64(st, 1, municipality_id);
    bool ok = db_step_rc(st) == DB_ROW;
    if (ok) db_column_text(st, 0, region, size);
    db_finalize(st);
    return ok;
}

bool wsp_store_proposal_of(inc_db *db, int64_t vacancy_id, int64_t candidate_id, int64_t *id, char *outcome,
                           size_t size)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, outcome FROM proposals WHERE vacancy_id = ? AND candidate_id = ?", &st, NULL))
        return false;
    db_bind_int64(st, 1, vacancy_id);
    db_bind_int64(st, 2, candidate_id);
    bool found = db_step_rc(st) == DB_ROW;
    if (found) {
        if (id) *id = db_col_int64(st, 0);
        if (outcome) db_column_text(st, 1, outcome, size);
    }
    db_finalize(st);
    return found;
}
