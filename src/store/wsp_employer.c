/* Employer accounts, contact persons, contact moments and events; what the one view of the employer
 * reads (its vacancies and placements, the SROI contracts of its organisation, its SEBO certificate). */
#include "store/wsp_internal.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

bool wsp_store_employer_exists(inc_db *db, int64_t id)
{
    return wsp_lookup_int(db, "SELECT id FROM employers WHERE id = ?", id, NULL);
}

bool wsp_store_event_exists(inc_db *db, int64_t id)
{
    return wsp_lookup_int(db, "SELECT id FROM wsp_events WHERE id = ?", id, NULL);
}

inc_status wsp_store_organisation_ensure(inc_db *db, const char *kvk, const char *name, int64_t municipality_id,
                                         const char *postcode, int64_t *org, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO organisations(kvk, name, municipality_id, postcode) VALUES (?,?,?,?)"
                   " ON CONFLICT(kvk) DO NOTHING",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    db_bind_text(st, 2, name, -1, DB_COPY);
    db_bind_int64(st, 3, municipality_id);
    db_bind_text_or_null(st, 4, postcode);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    if (db_prepare(db, "SELECT id FROM organisations WHERE kvk = ?", &st, e)) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    if (db_step_rc(st) != DB_ROW) {
        db_finalize(st);
        return db_fail(db, e);
    }
    *org = db_col_int64(st, 0);
    db_finalize(st);
    return INC_OK;
}

bool wsp_store_organisation_has_employer(inc_db *db, int64_t organisation_id)
{
    return wsp_lookup_int(db, "SELECT id FROM employers WHERE organisation_id = ?", organisation_id, NULL);
}

inc_status wsp_store_employer_insert(inc_db *db, int64_t organisation_id, int64_t municipality_id,
                                     const wsp_employer_in *in, int64_t *id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO employers(organisation_id, municipality_id, sector, size_class, postcode,"
                   " account_manager) VALUES (?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    db_bind_int64(st, 2, municipality_id);
    db_bind_text(st, 3, in->sector ? in->sector : "", -1, DB_COPY);
    db_bind_text(st, 4, in->size_class, -1, DB_COPY);
    db_bind_text_or_null(st, 5, in->postcode);
    db_bind_text(st, 6, in->account_manager ? in->account_manager : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

#define EMPLOYER_COLS                                                                                          \
    "e.id, o.kvk, o.name, m.code, e.sector, e.size_class, e.postcode, e.account_manager, o.id,"               \
    " (SELECT count(*) FROM vacancies v WHERE v.employer_id = e.id AND v.status = 'open'),"                     \
    " (SELECT max(on_date) FROM contact_moments c WHERE c.employer_id = e.id)"
#define EMPLOYER_FROM                                                                                          \
    " FROM employers e JOIN organisations o ON o.id = e.organisation_id JOIN municipalities m ON m.id = e.municipality_id"

static void employer_row(inc_stmt *st, inc_arena *p, wsp_employer *r)
{
    r->id = db_col_int64(st, 0);
    r->kvk = wsp_col(p, st, 1);
    r->name = wsp_col(p, st, 2);
    r->municipality = wsp_col(p, st, 3);
    r->sector = wsp_col(p, st, 4);
    r->size_class = wsp_col(p, st, 5);
    r->postcode = wsp_col(p, st, 6);
    r->account_manager = wsp_col(p, st, 7);
    r->organisation_id = db_col_int64(st, 8);
    r->open_vacancies = db_col_int64(st, 9);
    r->last_contact = wsp_col(p, st, 10);
}

inc_status wsp_store_employers_select(inc_db *db, const char *municipality, wsp_employer_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, "SELECT " EMPLOYER_COLS EMPLOYER_FROM " WHERE (?1 IS NULL OR m.code = ?1) ORDER BY o.name, e.id",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, municipality);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        wsp_employer *r = ARENA_LIST_PUSH(out);
        employer_row(st, &out->arena, r);
    }
    inc_status s = wsp_read_end(st, rc);
    if (s) WSP_LIST_FREE(out);
    return s;
}

inc_status wsp_store_employer_select(inc_db *db, int64_t id, wsp_employer *out, inc_arena *arena, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT " EMPLOYER_COLS EMPLOYER_FROM " WHERE e.id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "employer", "werkgever %lld bestaat niet", (long long)id);
    }
    employer_row(st, arena, out);
    db_finalize(st);
    return INC_OK;
}

/* Prepares sql with the employer's id as its one parameter. */
static inc_stmt *by_employer(inc_db *db, const char *sql, int64_t id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return NULL;
    db_bind_int64(st, 1, id);
    return st;
}

/* The loop of every list read below: the row at st into a new slot of list l via fill. */
#define READ_ROWS(l, st, fill)                                                  \
    do {                                                                        \
        int rc_;                                                                \
        while ((rc_ = db_step(db, st, e)) == DB_ROW) fill(st, &(l)->arena, ARENA_LIST_PUSH(l)); \
        inc_status s_ = wsp_read_end(st, rc_);                                  \
        if (s_) WSP_LIST_FREE(l);                                               \
        return s_;                                                              \
    } while (0)

static void contact_row(inc_stmt *st, inc_arena *p, wsp_contact *r)
{
    r->id = db_col_int64(st, 0);
    r->name = wsp_col(p, st, 1);
    r->role = wsp_col(p, st, 2);
    r->email = wsp_col(p, st, 3);
    r->phone = wsp_col(p, st, 4);
}

inc_status wsp_store_contacts_select(inc_db *db, int64_t employer_id, wsp_contact_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st = by_employer(db, "SELECT id, name, role, email, phone FROM employer_contacts"
                                   " WHERE employer_id = ? ORDER BY id", employer_id, e);
    if (!st) return INC_EIO;
    READ_ROWS(out, st, contact_row);
}

static void moment_row(inc_stmt *st, inc_arena *p, wsp_moment *r)
{
    r->id = db_col_int64(st, 0);
    r->kind = wsp_col(p, st, 1);
    r->date = wsp_col(p, st, 2);
    r->account_manager = wsp_col(p, st, 3);
    r->event = db_col_is_null(st, 4) ? 0 : db_col_int64(st, 4);
    r->notes = wsp_col(p, st, 5);
}

inc_status wsp_store_moments_select(inc_db *db, int64_t employer_id, wsp_moment_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st = by_employer(db, "SELECT id, kind, on_date, account_manager, event_id, notes"
                                   " FROM contact_moments WHERE employer_id = ? ORDER BY on_date DESC, id DESC",
                               employer_id, e);
    if (!st) return INC_EIO;
    READ_ROWS(out, st, moment_row);
}

static void attendance_row(inc_stmt *st, inc_arena *p, wsp_attendance *r)
{
    r->id = db_col_int64(st, 0);
    r->title = wsp_col(p, st, 1);
    r->date = wsp_col(p, st, 2);
    r->attended = db_col_int64(st, 3);
    r->municipality = wsp_col(p, st, 4);
}

inc_status wsp_store_attendance_select(inc_db *db, int64_t employer_id, wsp_attendance_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st = by_employer(db, "SELECT ev.id, ev.title, ev.on_date, a.attended, m.code"
                                   " FROM event_attendance a JOIN wsp_events ev ON ev.id = a.event_id"
                                   " JOIN municipalities m ON m.id = ev.municipality_id WHERE a.employer_id = ?"
                                   " ORDER BY ev.on_date DESC",
                               employer_id, e);
    if (!st) return INC_EIO;
    READ_ROWS(out, st, attendance_row);
}

static void vacancy_brief_row(inc_stmt *st, inc_arena *p, wsp_vacancy_brief *r)
{
    r->id = db_col_int64(st, 0);
    r->title = wsp_col(p, st, 1);
    r->status = wsp_col(p, st, 2);
    r->wanted = db_col_int64(st, 3);
    r->start_date = wsp_col(p, st, 4);
    r->municipality = wsp_col(p, st, 5);
}

inc_status wsp_store_employer_vacancies_select(inc_db *db, int64_t employer_id, wsp_vacancy_brief_list *out,
                                               inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st = by_employer(db, "SELECT v.id, v.title, v.status, v.wanted, v.start_date, m.code"
                                   " FROM vacancies v JOIN municipalities m ON m.id = v.municipality_id"
                                   " WHERE v.employer_id = ? ORDER BY v.id",
                               employer_id, e);
    if (!st) return INC_EIO;
    READ_ROWS(out, st, vacancy_brief_row);
}

static void placement_brief_row(inc_stmt *st, inc_arena *p, wsp_placement_brief *r)
{
    r->id = db_col_int64(st, 0);
    r->vacancy = db_col_int64(st, 1);
    r->candidate = db_col_int64(st, 2);
    r->start_date = wsp_col(p, st, 3);
    r->contract_type = wsp_col(p, st, 4);
    r->instrument = wsp_col(p, st, 5);
    r->municipality = wsp_col(p, st, 6);
    r->candidate_municipality = wsp_col(p, st, 7);
}

inc_status wsp_store_employer_placements_select(inc_db *db, int64_t employer_id, wsp_placement_brief_list *out,
                                                inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st = by_employer(db, "SELECT p.id, p.vacancy_id, p.candidate_id, p.start_date,"
                                   " p.contract_type, p.instrument, vm.code, cm.code FROM placements p"
                                   " JOIN vacancies v ON v.id = p.vacancy_id"
                                   " JOIN municipalities vm ON vm.id = v.municipality_id"
                                   " JOIN candidates c ON c.id = p.candidate_id"
                                   " JOIN municipalities cm ON cm.id = c.municipality_id"
                                   " WHERE v.employer_id = ? ORDER BY p.id",
                               employer_id, e);
    if (!st) return INC_EIO;
    READ_ROWS(out, st, placement_brief_row);
}

static void sroi_row(inc_stmt *st, inc_arena *p, wsp_sroi_contract *r)
{
    r->contract = db_col_int64(st, 0);
    r->reference = wsp_col(p, st, 1);
    r->title = wsp_col(p, st, 2);
    r->municipality = wsp_col(p, st, 3);
    r->start_date = wsp_col(p, st, 4);
    r->end_date = wsp_col(p, st, 5);
    r->obligation_cents = db_col_int64(st, 6);
    r->verified_cents = db_col_int64(st, 7);
    r->reported_cents = db_col_int64(st, 8);
    r->due_cents = db_col_int64(st, 9);
}

inc_status wsp_store_sroi_select(inc_db *db, int64_t organisation_id, inc_date today, wsp_sroi_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    char day[11];
    date_format_iso(today, day);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT c.id, c.reference, c.title, m.code, c.start_date, c.end_date, c.obligation_cents,"
                   " c.verified_cents, c.reported_cents, c.obligation_cents - c.sebo_covered_cents - c.pso_covered_cents"
                   " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                   " WHERE c.contractor_id = ? AND c.applies = 1 AND c.met_by_sebo = 0 AND c.end_date >= ?"
                   " AND c.obligation_cents - c.sebo_covered_cents - c.pso_covered_cents > c.verified_cents"
                   " ORDER BY c.end_date, c.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    db_bind_text(st, 2, day, -1, DB_COPY);
    READ_ROWS(out, st, sroi_row);
}

inc_status wsp_store_contact_insert(inc_db *db, int64_t employer_id, const wsp_contact_in *in, int64_t *id,
                                    inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO employer_contacts(employer_id, name, role, email, phone) VALUES (?,?,?,?,?)", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, employer_id);
    db_bind_text(st, 2, in->name, -1, DB_COPY);
    db_bind_text(st, 3, in->role ? in->role : "", -1, DB_COPY);
    db_bind_text_or_null(st, 4, in->email);
    db_bind_text_or_null(st, 5, in->phone);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status wsp_store_moment_insert(inc_db *db, int64_t employer_id, const wsp_moment_in *in, int64_t *id, inc_error *e)
{
    char d[11];
    date_format_iso(in->date, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO contact_moments(employer_id, kind, on_date, account_manager, event_id, notes)"
                   " VALUES (?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, employer_id);
    db_bind_text(st, 2, in->kind, -1, DB_COPY);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text(st, 4, in->account_manager ? in->account_manager : "", -1, DB_COPY);
    if (in->event) db_bind_int64(st, 5, in->event);
    else db_bind_null(st, 5);
    db_bind_text(st, 6, in->notes ? in->notes : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status wsp_store_event_insert(inc_db *db, int64_t municipality_id, const wsp_event_in *in, int64_t *id,
                                  inc_error *e)
{
    char d[11];
    date_format_iso(in->date, d);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO wsp_events(municipality_id, title, on_date, location) VALUES (?,?,?,?)", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, municipality_id);
    db_bind_text(st, 2, in->title, -1, DB_COPY);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text(st, 4, in->location ? in->location : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *id = db_last_id(db);
    return INC_OK;
}

inc_status wsp_store_attendance_set(inc_db *db, int64_t event_id, int64_t employer_id, bool attended, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO event_attendance(event_id, employer_id, attended) VALUES (?,?,?)"
                   " ON CONFLICT(event_id, employer_id) DO UPDATE SET attended = excluded.attended",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, event_id);
    db_bind_int64(st, 2, employer_id);
    db_bind_int(st, 3, attended);
    return wsp_step_done(db, st, e);
}

static void event_row(inc_stmt *st, inc_arena *p, wsp_event *r)
{
    r->id = db_col_int64(st, 0);
    r->title = wsp_col(p, st, 1);
    r->date = wsp_col(p, st, 2);
    r->municipality = wsp_col(p, st, 3);
    r->location = wsp_col(p, st, 4);
    r->attended = db_col_int64(st, 5);
    r->registered = db_col_int64(st, 6);
}

inc_status wsp_store_events_select(inc_db *db, wsp_event_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT ev.id, ev.title, ev.on_date, m.code, ev.location,"
                   " (SELECT count(*) FROM event_attendance a WHERE a.event_id = ev.id AND a.attended = 1),"
                   " (SELECT count(*) FROM event_attendance a WHERE a.event_id = ev.id)"
                   " FROM wsp_events ev JOIN municipalities m ON m.id = ev.municipality_id"
                   " ORDER BY ev.on_date DESC, ev.id",
                   &st, e))
        return INC_EIO;
    READ_ROWS(out, st, event_row);
}
