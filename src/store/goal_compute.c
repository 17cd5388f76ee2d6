#include "store/realisation_jobs.h"
#include "store/goal_compute.h"
#include "core/goal_computation.h"
#include "core/decimal.h"
#include "core/goal.h"
#include "core/progress.h"
#include "core/wsp_rules.h"
#include "store/award_store.h"
#include "store/banen_store.h"
#include "store/banen_targets.h"
#include "core/banen_stats.h"
#include <stdio.h>
#include <string.h>

/* Verified value of one realisation accrued by the reference date: the value pro rata over its
 * counted days (both ends inclusive), rounded half up; a one-off amount counts from its start. */
static int64_t accrued_at(inc_stmt *st, int c, inc_date peil)
{
    int64_t value = db_col_int64(st, c);
    int64_t days = db_col_int64(st, c + 3);
    inc_date from, to, start;
    const char *f = db_col_text(st, c + 1), *t = db_col_text(st, c + 2);
    const char *s = db_col_text(st, c + 4);
    if (!s || date_parse(s, &start, "start", NULL) != INC_OK) return 0;
    if (!f || !t || days <= 0 || date_parse(f, &from, "from", NULL) != INC_OK || date_parse(t, &to, "to", NULL) != INC_OK)
        return start <= peil ? value : 0;
    if (peil < from) return 0;
    int64_t elapsed = (int64_t)(peil < to ? peil : to) - from + 1;
    if (elapsed >= days) return value;
    return div_round_half_up(value * elapsed, days);
}

/* Sum of verified realisation value accrued by peil over the municipality's contracts. */
static inc_status verified_by(inc_db *db, int64_t muni_id, inc_date peil, int64_t *sum, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT r.value_cents, r.counted_from, r.counted_to, r.counted_days, r.start_date "
                       "FROM realisations r JOIN contracts c ON c.id = r.contract_id "
                       "WHERE r.status = 'geverifieerd' AND c.municipality_id = ? AND c.applies = 1 "
                       "AND c.award_date <= ?",
                   &st, e))
        return INC_EIO;
    char p[11];
    date_format_iso(peil, p);
    db_bind_int64(st, 1, muni_id);
    db_bind_text(st, 2, p, -1, DB_COPY);
    *sum = 0;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) *sum += accrued_at(st, 0, peil);
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* Verified value accrued by peil against what was due by peil: each contract's obligation (less
 * what SEBO covers) pro rata over its contract period, the whole of it once the contract has ended,
 * by core/progress.c progress_compute's expected_cents (the "verwacht" column of `report sroi`).
 * A contract that has not started yet owes nothing yet, so it does not move the figure. */
static inc_status sroi_realised_vs_due(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                    inc_error *e)
{
    (void)people;   /* money, contracts or organisations: not a figure about persons */
    inc_stmt *st;
    if (db_prepare(db, "SELECT obligation_cents, sebo_covered_cents, start_date, end_date, pso_covered_cents FROM contracts "
                       "WHERE municipality_id = ? AND applies = 1 AND award_date <= ?",
                   &st, e))
        return INC_EIO;
    char p[11];
    date_format_iso(peil, p);
    db_bind_int64(st, 1, muni_id);
    db_bind_text(st, 2, p, -1, DB_COPY);
    int64_t due = 0;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        inc_progress_input in = {.applies = true, .obligation_cents = db_col_int64(st, 0),
                                 .sebo_covered_cents = db_col_int64(st, 1), .today = peil,
                                 .pso_covered_cents = db_col_int64(st, 4)};
        if (date_parse(db_col_text(st, 2), &in.contract_start, "start_date", e) ||
            date_parse(db_col_text(st, 3), &in.contract_end, "end_date", e)) {
            db_finalize(st);
            return INC_EINVAL;
        }
        inc_progress out;
        progress_compute(&in, &out);
        due += out.expected_cents;
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    int64_t realised;
    if (verified_by(db, muni_id, peil, &realised, e)) return INC_EIO;
    *has = due > 0;
    *value = goal_share_bp(realised, due);   /* basis points = percent x100 */
    return INC_OK;
}

static void judge(const inc_progress_input *in, int64_t *tracked, int64_t *good)
{
    inc_progress out;
    progress_compute(in, &out);
    switch (out.status) {
    case PS_MET: case PS_MET_BY_SEBO: case PS_ON_SCHEDULE: (*good)++; (*tracked)++; break;
    case PS_BEHIND: case PS_NOT_MET: (*tracked)++; break;
    default: break;   /* not applicable, exempted, not started: not judged */
    }
}

/* One pass over the contracts with their verified realisations (ordered by contract): the
 * progress rule of core/progress.h per contract on the reference date. */
static inc_status contracts_on_schedule(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                    inc_error *e)
{
    (void)people;   /* money, contracts or organisations: not a figure about persons */
    inc_stmt *st;
    if (db_prepare(db, "SELECT c.id, c.obligation_cents, c.sebo_covered_cents, c.met_by_sebo, c.exempted, c.start_date, "
                       "c.end_date, r.value_cents, r.counted_from, r.counted_to, r.counted_days, r.start_date, c.pso_covered_cents "
                       "FROM contracts c LEFT JOIN realisations r ON r.contract_id = c.id AND r.status = 'geverifieerd' "
                       "WHERE c.municipality_id = ? AND c.applies = 1 AND c.award_date <= ? ORDER BY c.id",
                   &st, e))
        return INC_EIO;
    char p[11];
    date_format_iso(peil, p);
    db_bind_int64(st, 1, muni_id);
    db_bind_text(st, 2, p, -1, DB_COPY);
    int64_t tracked = 0, good = 0, current = 0;
    inc_progress_input in;
    memset(&in, 0, sizeof in);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        int64_t id = db_col_int64(st, 0);
        if (id != current) {
            if (current) judge(&in, &tracked, &good);
            current = id;
            memset(&in, 0, sizeof in);
            in.applies = true;
            in.obligation_cents = db_col_int64(st, 1);
            in.sebo_covered_cents = db_col_int64(st, 2);
            in.pso_covered_cents = db_col_int64(st, 12);
            in.met_by_sebo = db_col_int(st, 3) != 0;
            in.exempted = db_col_int(st, 4) != 0;
            in.today = peil;
            if (date_parse(db_col_text(st, 5), &in.contract_start, "start_date", e) ||
                date_parse(db_col_text(st, 6), &in.contract_end, "end_date", e)) {
                db_finalize(st);
                return INC_EINVAL;
            }
        }
        if (!db_col_is_null(st, 7)) {
            in.verified_cents += accrued_at(st, 7, peil);
            in.reported_cents = in.verified_cents;
        }
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (current) judge(&in, &tracked, &good);
    *has = tracked > 0;
    *value = goal_share_bp(good, tracked);
    return INC_OK;
}

static void muni_code(inc_db *db, int64_t muni_id, char *code, size_t size)
{
    inc_stmt *st;
    code[0] = '\0';
    if (db_prepare(db, "SELECT code FROM municipalities WHERE id = ?", &st, NULL)) return;
    db_bind_int64(st, 1, muni_id);
    if (db_step_rc(st) == DB_ROW) db_column_text(st, 0, code, size);
    db_finalize(st);
}

/* Employment records of the municipality (all employers) or of its own organisation as employer. */
static inc_status banen_load(inc_db *db, const char *code, bool own, banen_set *set, bool *found, inc_error *e)
{
    char kvk[9] = "";
    *found = true;
    if (own) {
        if (banen_own_employer_get(db, code, kvk, found, e)) return INC_EIO;
        if (!*found) return INC_OK;
    }
    banen_filter f = {.municipality = own ? NULL : code, .employer_kvk = own ? kvk : NULL};
    return banen_set_load(db, &f, set, e);
}

/* The tally on the day of the municipality's records (own: at the municipality as employer only);
 * *found false when there is no such employer. */
static inc_status tally_at(inc_db *db, const char *code, bool own, inc_date peil, banen_tally *tally, bool *found,
                           inc_error *e)
{
    banen_set set;
    if (banen_load(db, code, own, &set, found, e)) return INC_EIO;
    if (!*found) return INC_OK;
    inc_status st = banen_tally_at(set.recs, set.n, peil, tally, e);
    banen_set_free(&set);
    return st;
}

/* The municipality's own banenafspraak fte on the day against its target for the day's year. */
static inc_status banen_vs_target(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                    inc_error *e)
{
    char code[64];
    muni_code(db, muni_id, code, sizeof code);
    int y, m, d;
    date_to_ymd(peil, &y, &m, &d);
    banen_target t;
    bool found;
    if (banen_target_get(db, "banenafspraak", "gemeente", code, "overheid", y, &t, &found, e)) return INC_EIO;
    if (!found || t.value_centi <= 0) return INC_OK;
    banen_tally tally;
    inc_status st = tally_at(db, code, true, peil, &tally, &found, e);
    if (st || !found) return st;
    *has = true;
    *value = goal_share_bp(strcmp(t.unit, "banen") == 0 ? tally.banen_centi : tally.fte_centi, t.value_centi);
    *people = tally.people;
    return INC_OK;
}

static inc_status banen_people(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                    inc_error *e)
{
    char code[64];
    muni_code(db, muni_id, code, sizeof code);
    banen_tally tally;
    bool found;
    inc_status st = tally_at(db, code, false, peil, &tally, &found, e);
    if (st || !found) return st;
    *has = true;
    *value = tally.people * 100;
    *people = tally.people;
    return INC_OK;
}

static inc_status permanent_share(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                    inc_error *e)
{
    char code[64];
    muni_code(db, muni_id, code, sizeof code);
    banen_set set;
    bool found;
    if (banen_load(db, code, false, &set, &found, e)) return INC_EIO;
    banen_durability dur;
    inc_status st = banen_durability_at(set.recs, set.n, peil, &dur, e);
    banen_set_free(&set);
    if (st) return st;
    *has = dur.permanent_bp >= 0;
    *value = dur.permanent_bp >= 0 ? dur.permanent_bp : 0;
    *people = dur.active_records;   /* one record a person on a day, as a rule */
    return INC_OK;
}

/* Holders in the municipality's registry with a certificate valid on the day (the rule of
 * core/sebo_cert.c sebo_valid_on, as the SEBO store writes it in SQL). */
static inc_status sebo_holders(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                    inc_error *e)
{
    (void)people;   /* money, contracts or organisations: not a figure about persons */
    inc_stmt *st;
    if (db_prepare(db, "SELECT COUNT(DISTINCT h.id) FROM sebo_holders h JOIN sebo_certificates c ON c.holder_id = h.id "
                       "WHERE h.municipality_id = ?2 AND c.status IN ('gecertificeerd','verlopen','ingetrokken') "
                       "AND c.certified_from IS NOT NULL AND c.certified_from <= ?1 AND c.valid_until >= ?1 "
                       "AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?1)",
                   &st, e))
        return INC_EIO;
    char p[11];
    date_format_iso(peil, p);
    db_bind_text(st, 1, p, -1, DB_COPY);
    db_bind_int64(st, 2, muni_id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        *has = true;
        *value = db_col_int64(st, 0) * 100;
    }
    db_finalize(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}

/* Questions of the municipality's employers asked from 1 January of the day's year up to the day,
 * judged at the end of the day by the 48-hour rule; open questions still within 48 hours are left
 * out of the share (core/wsp_rules.h). */
static inc_status questions_48h(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                    inc_error *e)
{
    (void)people;   /* money, contracts or organisations: not a figure about persons */
    int y, m, d;
    date_to_ymd(peil, &y, &m, &d);
    char from[32], to[32];
    snprintf(from, sizeof from, "%04d-01-01T00:00", y);
    snprintf(to, sizeof to, "%04d-%02d-%02dT23:59:59Z", y, m, d);
    inc_minute now;
    if (datetime_parse(to, &now, "peildatum", e)) return INC_EINVAL;
    now += 1;   /* the end of the day */
    inc_stmt *st;
    if (db_prepare(db, "SELECT q.asked_at, q.answered_at FROM employer_questions q JOIN employers em ON em.id = q.employer_id "
                       "WHERE em.municipality_id = ? AND q.asked_at >= ? AND q.asked_at <= ?",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, muni_id);
    db_bind_text(st, 2, from, -1, DB_COPY);
    db_bind_text(st, 3, to, -1, DB_COPY);
    question_month tally = {0};
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        inc_minute asked, answered = INC_MINUTE_NONE;
        if (datetime_parse(db_col_text(st, 0), &asked, "asked_at", e)) {
            db_finalize(st);
            return INC_EINVAL;
        }
        if (!db_col_is_null(st, 1) &&
            datetime_parse(db_col_text(st, 1), &answered, "answered_at", e)) {
            db_finalize(st);
            return INC_EINVAL;
        }
        if (answered != INC_MINUTE_NONE && answered > now) answered = INC_MINUTE_NONE;   /* not yet answered then */
        question_month_add(&tally, question_status_of(asked, answered, now));
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    int32_t bp = question_month_share_bp(&tally);
    *has = bp >= 0;
    *value = bp >= 0 ? bp : 0;
    return INC_OK;
}

/* Awards from 1 January of the day's year up to the day that carry social return (not exempted):
 * the share registered as a confirmed contract, in basis points (issue 16). */
static inc_status awards_registered(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value,
                                    int64_t *people, inc_error *e)
{
    (void)people;   /* awards: not a figure about persons */
    inc_stmt *st;
    if (db_prepare(db, "SELECT code FROM municipalities WHERE id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, muni_id);
    char code[48] = "";
    int rc = db_step_rc(st);
    if (rc == DB_ROW) db_column_text(st, 0, code, sizeof code);
    db_finalize(st);
    if (rc != DB_ROW) return db_fail(db, e);
    int y, m, d;
    date_to_ymd(peil, &y, &m, &d);
    int64_t with = 0, registered = 0;
    if (awards_count(db, code, y, peil, &with, &registered, e) != INC_OK) return e->status ? e->status : INC_EIO;
    *has = with > 0;
    *value = with > 0 ? (registered * 10000 * 2 + with) / (2 * with) : 0;   /* half up */
    return INC_OK;
}

/* The job realisations of the municipality that started on or before the day, as a tally on it
 * (core/job_outcome.h: residents, durability from the answer or the linked banenafspraak record). */
static inc_status job_tally_at(inc_db *db, int64_t muni_id, inc_date peil, job_tally *t, inc_error *e)
{
    char code[64];
    muni_code(db, muni_id, code, sizeof code);
    const char *one[2] = {code, NULL};
    job_filter f = {.municipalities = one};
    job_rows rows;
    if (job_rows_select(db, &f, &rows, e)) return INC_EIO;
    memset(t, 0, sizeof *t);
    for (size_t i = 0; i < rows.n; i++)
        if (rows.items[i].start <= peil) job_tally_add_row(t, &rows.items[i], peil);
    arena_free(&rows.arena);
    return INC_OK;
}

static inc_status resident_share(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                                 inc_error *e)
{
    job_tally t;
    if (job_tally_at(db, muni_id, peil, &t, e)) return INC_EIO;
    int32_t bp = banen_share_bp(t.residents, t.residence_known);
    *has = bp >= 0;
    *value = bp >= 0 ? bp : 0;
    *people = t.residence_known;
    return INC_OK;
}

static inc_status durable12_share(inc_db *db, int64_t muni_id, inc_date peil, bool *has, int64_t *value, int64_t *people,
                                  inc_error *e)
{
    job_tally t;
    if (job_tally_at(db, muni_id, peil, &t, e)) return INC_EIO;
    int32_t bp = banen_share_bp(t.durable12, t.known12);
    *has = bp >= 0;
    *value = bp >= 0 ? bp : 0;
    *people = t.known12;
    return INC_OK;
}

static const struct {
    const char *code;
    inc_status (*fn)(inc_db *, int64_t, inc_date, bool *, int64_t *, int64_t *, inc_error *);
} impls[] = {
    {"sroi_realised_vs_due", sroi_realised_vs_due}, {"contracts_on_schedule_share", contracts_on_schedule},
    {"banen_vs_target", banen_vs_target},           {"sebo_holders", sebo_holders},
    {"placements_by_instrument", banen_people},     {"permanent_contract_share", permanent_share},
    {"questions_answered_48h", questions_48h},
    {"sroi_awards_registered_share", awards_registered},
    {"sroi_resident_share", resident_share},        {"sroi_durable_12_share", durable12_share},
};

inc_status goal_compute(inc_db *db, const char *code, int64_t muni_id, inc_date peildatum, bool *available,
                        bool *has_value, int64_t *value, int64_t *people, inc_error *e)
{
    const goal_computation_info *c = goal_computation_find(code);
    int64_t ignored;
    if (!people) people = &ignored;
    *available = false;
    *has_value = false;
    *value = 0;
    *people = -1;   /* not a figure about people unless the computation says how many */
    if (!c) return inc_fail(e, INC_EINVAL, "computation", "onbekende berekening '%s'", code ? code : "");
    for (size_t i = 0; i < sizeof impls / sizeof impls[0]; i++)
        if (strcmp(impls[i].code, c->code) == 0) {
            *available = true;
            return impls[i].fn(db, muni_id, peildatum, has_value, value, people, e);
        }
    return inc_fail(e, INC_EINTERNAL, "computation", "berekening '%s' ontbreekt", c->code);
}
