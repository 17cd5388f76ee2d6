/* The contracts as the SROI report reads them: one pass (running totals are kept on the contract
 * rows) in no particular order; the report files each under its row (app/register_report.c). */
#include "store/register.h"
#include <stdio.h>
#include <stdlib.h>

#define SROI_COLS                                                                                          \
    "SELECT m.code, c.award_date, c.applies, c.met_by_sebo, c.exempted, c.obligation_cents,"              \
    " c.sebo_covered_cents, c.verified_cents, c.reported_cents, c.start_date, c.end_date, c.department," \
    " c.pso_covered_cents"                                                                                \
    " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id WHERE c.status = 'bevestigd'"

inc_status sroi_contracts(inc_db *db, int year, sroi_contract_fn fn, void *user, inc_error *e)
{
    static const char all[] = SROI_COLS;
    static const char one_year[] = SROI_COLS " AND c.award_date >= ? AND c.award_date < ?";
    inc_stmt *st = db_stmt(db, year ? one_year : all, e);
    if (!st) return INC_EIO;
    char y0[16], y1[16];
    if (year) {
        snprintf(y0, sizeof y0, "%04u-01-01", (unsigned)year % 10000u);
        snprintf(y1, sizeof y1, "%04u-01-01", (unsigned)(year + 1) % 10000u);
        db_bind_text(st, 1, y0, -1, DB_STATIC);
        db_bind_text(st, 2, y1, -1, DB_STATIC);
    }
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *award = db_col_text(st, 1);
        const char *dep = db_col_text(st, 11);
        sroi_contract c = {.municipality = db_col_text(st, 0), .department = dep ? dep : "",
                           .award_year = award ? atoi(award) : 0};
        inc_progress_input *pi = &c.progress;
        pi->applies = db_col_int(st, 2);
        pi->met_by_sebo = db_col_int(st, 3);
        pi->exempted = db_col_int(st, 4);
        pi->obligation_cents = db_col_int64(st, 5);
        pi->sebo_covered_cents = db_col_int64(st, 6);
        pi->verified_cents = db_col_int64(st, 7);
        pi->reported_cents = db_col_int64(st, 8);
        date_parse(db_col_text(st, 9), &pi->contract_start, "", NULL);
        date_parse(db_col_text(st, 10), &pi->contract_end, "", NULL);
        pi->pso_covered_cents = db_col_int64(st, 12);
        fn(user, &c);
    }
    db_reset(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}
