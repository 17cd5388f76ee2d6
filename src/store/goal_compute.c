#include "store/goal_compute.h"
#include "core/decimal.h"
#include "core/goal.h"
#include "core/progress.h"
#include <string.h>

static const goal_computation_info computations[] = {
    {"sroi_realised_vs_due", "SROI-waarde geverifieerd tegen verschuldigd (%)", "procent", "sroi", true},
    {"contracts_on_schedule_share", "Aandeel contracten met SROI-verplichting op schema of voldaan (%)", "procent", "sroi", true},
    {"banen_vs_target", "Banenafspraak: gerealiseerde banen tegen het doel (%)", "procent", "banen", false},
    {"sebo_holders", "Aantal SEBO-keurmerkhouders", "aantal", "sebo", false},
    {"placements_by_instrument", "Aantal plaatsingen (alle instrumenten)", "aantal", "wsp", false},
    {"permanent_contract_share", "Aandeel plaatsingen met vast contract (%)", "procent", "wsp", false},
    {"questions_answered_48h", "Ondernemersvragen binnen 48 uur beantwoord (%)", "procent", "wsp", false},
};

const goal_computation_info *goal_computation_list(int *n)
{
    *n = (int)(sizeof computations / sizeof computations[0]);
    return computations;
}

static const goal_computation_info *find(const char *code)
{
    for (size_t i = 0; code && i < sizeof computations / sizeof computations[0]; i++)
        if (strcmp(computations[i].code, code) == 0) return &computations[i];
    return NULL;
}

bool goal_computation_known(const char *code) { return find(code) != NULL; }

/* Verified value of one realisation accrued by the reference date: the value pro rata over its
 * counted days (both ends inclusive), rounded half up; a one-off amount counts from its start. */
static int64_t accrued(sqlite3_stmt *st, inc_date peil)
{
    int64_t value = sqlite3_column_int64(st, 0);
    int64_t days = sqlite3_column_int64(st, 3);
    inc_date from, to, start;
    const char *f = (const char *)sqlite3_column_text(st, 1), *t = (const char *)sqlite3_column_text(st, 2);
    const char *s = (const char *)sqlite3_column_text(st, 4);
    if (!s || date_parse(s, &start, "start", NULL) != INC_OK) return 0;
    if (!f || !t || days <= 0 || date_parse(f, &from, "from", NULL) != INC_OK || date_parse(t, &to, "to", NULL) != INC_OK)
        return start <= peil ? value : 0;
    if (peil < from) return 0;
    int64_t elapsed = (int64_t)(peil < to ? peil : to) - from + 1;
    if (elapsed >= days) return value;
    return div_round_half_up(value * elapsed, days);
}

/* Sum of verified realisation value accrued by peil for one contract (or all contracts of a
 * municipality when contract_id is 0). */
static inc_status verified_by(inc_db *db, int64_t muni_id, int64_t contract_id, inc_date peil, int64_t *sum, inc_error *e)
{
    sqlite3_stmt *st;
    if (db_prepare(db, "SELECT r.value_cents, r.counted_from, r.counted_to, r.counted_days, r.start_date "
                       "FROM realisations r JOIN contracts c ON c.id = r.contract_id "
                       "WHERE r.status = 'geverifieerd' AND c.municipality_id = ? AND c.applies = 1 "
                       "AND (? = 0 OR c.id = ?) AND c.award_date <= ?",
                   &st, e))
        return INC_EIO;
    char p[11];
    date_format_iso(peil, p);
    sqlite3_bind_int64(st, 1, muni_id);
    sqlite3_bind_int64(st, 2, contract_id);
    sqlite3_bind_int64(st, 3, contract_id);
    sqlite3_bind_text(st, 4, p, -1, SQLITE_TRANSIENT);
    *sum = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) *sum += accrued(st, peil);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? INC_OK : db_fail(db, e);
}

static inc_status sroi_realised_vs_due(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, inc_error *e)
{
    sqlite3_stmt *st;
    if (db_prepare(db, "SELECT COALESCE(SUM(MAX(obligation_cents - sebo_covered_cents, 0)), 0) FROM contracts "
                       "WHERE municipality_id = ? AND applies = 1 AND award_date <= ?",
                   &st, e))
        return INC_EIO;
    char p[11];
    date_format_iso(peil, p);
    sqlite3_bind_int64(st, 1, muni_id);
    sqlite3_bind_text(st, 2, p, -1, SQLITE_TRANSIENT);
    int64_t due = 0;
    if (sqlite3_step(st) == SQLITE_ROW) due = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    int64_t realised;
    if (verified_by(db, muni_id, 0, peil, &realised, e)) return INC_EIO;
    *has = due > 0;
    *value = goal_share_bp(realised, due);   /* basis points = percent x100 */
    return INC_OK;
}

static inc_status contracts_on_schedule(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, inc_error *e)
{
    sqlite3_stmt *st;
    if (db_prepare(db, "SELECT id, obligation_cents, sebo_covered_cents, met_by_sebo, exempted, start_date, end_date "
                       "FROM contracts WHERE municipality_id = ? AND applies = 1 AND award_date <= ?",
                   &st, e))
        return INC_EIO;
    char p[11];
    date_format_iso(peil, p);
    sqlite3_bind_int64(st, 1, muni_id);
    sqlite3_bind_text(st, 2, p, -1, SQLITE_TRANSIENT);
    int64_t tracked = 0, good = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        inc_progress_input in = {.applies = true, .obligation_cents = sqlite3_column_int64(st, 1),
                                 .sebo_covered_cents = sqlite3_column_int64(st, 2),
                                 .met_by_sebo = sqlite3_column_int(st, 3) != 0, .exempted = sqlite3_column_int(st, 4) != 0,
                                 .today = peil};
        if (date_parse((const char *)sqlite3_column_text(st, 5), &in.contract_start, "start_date", e) ||
            date_parse((const char *)sqlite3_column_text(st, 6), &in.contract_end, "end_date", e)) {
            sqlite3_finalize(st);
            return INC_EINVAL;
        }
        if (verified_by(db, muni_id, sqlite3_column_int64(st, 0), peil, &in.verified_cents, e)) {
            sqlite3_finalize(st);
            return INC_EIO;
        }
        in.reported_cents = in.verified_cents;
        inc_progress out;
        progress_compute(&in, &out);
        switch (out.status) {
        case PS_MET: case PS_MET_BY_SEBO: case PS_ON_SCHEDULE: good++; tracked++; break;
        case PS_BEHIND: case PS_NOT_MET: tracked++; break;
        default: break;   /* not applicable, exempted, not started: not judged */
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return db_fail(db, e);
    *has = tracked > 0;
    *value = goal_share_bp(good, tracked);
    return INC_OK;
}

inc_status goal_compute(inc_db *db, const char *code, int64_t muni_id, inc_date peildatum, bool *available,
                        bool *has_value, int64_t *value, inc_error *e)
{
    const goal_computation_info *c = find(code);
    *available = false;
    *has_value = false;
    *value = 0;
    if (!c) return inc_fail(e, INC_EINVAL, "computation", "onbekende berekening '%s'", code ? code : "");
    if (strcmp(c->code, "sroi_realised_vs_due") == 0) {
        *available = true;
        return sroi_realised_vs_due(db, muni_id, peildatum, has_value, value, e);
    }
    if (strcmp(c->code, "contracts_on_schedule_share") == 0) {
        *available = true;
        return contracts_on_schedule(db, muni_id, peildatum, has_value, value, e);
    }
    return INC_OK;   /* the area's tables are not in this build: not available */
}
