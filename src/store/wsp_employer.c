/* Employer accounts, contact persons, contact moments and events. */
#include "store/audit.h"
#include "store/sebo_store.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include "core/ident.h"
#include "core/json_fixed.h"
#include <stdio.h>
#include <string.h>

static const char *const size_classes[] = {"zzp", "micro", "klein", "middel", "groot"};

static bool employer_exists(inc_db *db, int64_t id)
{
    return wsp_lookup_int(db, "SELECT id FROM employers WHERE id = ?", id, NULL);
}

inc_status wsp_employer_add(inc_db *db, json_t *in, int64_t *id, inc_error *e)
{
    const char *kvk, *name, *muni, *sector, *size, *pc_in, *manager;
    char pc[8] = "";
    int64_t muni_id;
    inc_checks c;   /* every bad field, for the API; e ends with the first */
    inc_checks_begin(&c, e);
    e = c.e;
    if (inc_check(&c, in_text(in, "kvk", true, &kvk, e))) inc_check(&c, kvk_check(kvk, "kvk", e));
    inc_check(&c, in_text(in, "name", true, &name, e));
    inc_check(&c, in_text(in, "municipality", true, &muni, e));
    inc_check(&c, in_text(in, "sector", false, &sector, e));
    if (inc_check(&c, in_text(in, "size_class", true, &size, e)))
        inc_check(&c, wsp_check_one_of(size, size_classes, sizeof size_classes / sizeof *size_classes, "size_class", e));
    if (inc_check(&c, in_text(in, "postcode", false, &pc_in, e)) && pc_in)
        inc_check(&c, postcode_normalise(pc_in, pc, "postcode", e));
    inc_check(&c, in_text(in, "account_manager", false, &manager, e));
    if (inc_checks_end(&c) != INC_OK) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    if (wsp_municipality_id(db, muni, &muni_id, e)) goto fail;
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO organisations(kvk, name, municipality_id, postcode) VALUES (?,?,?,?)"
                   " ON CONFLICT(kvk) DO NOTHING",
                   &st, e))
        goto fail;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    db_bind_text(st, 2, name, -1, DB_COPY);
    db_bind_int64(st, 3, muni_id);
    db_bind_text_or_null(st, 4, pc);
    if (wsp_step_done(db, st, e)) goto fail;
    int64_t org;
    if (db_prepare(db, "SELECT id FROM organisations WHERE kvk = ?", &st, e)) goto fail;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    if (db_step_rc(st) != DB_ROW) { db_finalize(st); db_fail(db, e); goto fail; }
    org = db_col_int64(st, 0);
    db_finalize(st);
    if (wsp_lookup_int(db, "SELECT id FROM employers WHERE organisation_id = ?", org, NULL)) {
        inc_fail(e, INC_ECONFLICT, "kvk", "er is al een werkgeversaccount voor KvK %s", kvk);
        goto fail;
    }
    if (db_prepare(db,
                   "INSERT INTO employers(organisation_id, municipality_id, sector, size_class, postcode,"
                   " account_manager) VALUES (?,?,?,?,?,?)",
                   &st, e))
        goto fail;
    db_bind_int64(st, 1, org);
    db_bind_int64(st, 2, muni_id);
    db_bind_text(st, 3, sector ? sector : "", -1, DB_COPY);
    db_bind_text(st, 4, size, -1, DB_COPY);
    db_bind_text_or_null(st, 5, pc);
    db_bind_text(st, 6, manager ? manager : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) goto fail;
    *id = db_last_id(db);
    char detail[200];
    snprintf(detail, sizeof detail, "{\"kvk\":\"%s\",\"organisation\":%lld}", kvk, (long long)org);
    if (audit_write(db, "create", "employer", *id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

#define EMPLOYER_COLS                                                                                          \
    "e.id, o.kvk, o.name, m.code, e.sector, e.size_class, e.postcode, e.account_manager, o.id,"               \
    " (SELECT count(*) FROM vacancies v WHERE v.employer_id = e.id AND v.status = 'open'),"                     \
    " (SELECT max(on_date) FROM contact_moments c WHERE c.employer_id = e.id)"
#define EMPLOYER_FROM                                                                                          \
    " FROM employers e JOIN organisations o ON o.id = e.organisation_id JOIN municipalities m ON m.id = e.municipality_id"

static json_t *employer_row(inc_stmt *st)
{
    json_t *j = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s}", "id", (json_int_t)db_col_int64(st, 0), "kvk",
                          db_col_text(st, 1), "name", db_col_text(st, 2),
                          "municipality", db_col_text(st, 3), "sector",
                          db_col_text(st, 4), "size_class",
                          db_col_text(st, 5));
    json_object_set_new(j, "postcode", db_col_is_null(st, 6)
                                           ? json_null()
                                           : json_string(db_col_text(st, 6)));
    json_object_set_new(j, "account_manager", json_string(db_col_text(st, 7)));
    json_object_set_new(j, "open_vacancies", json_integer(db_col_int64(st, 9)));
    json_object_set_new(j, "last_contact", db_col_is_null(st, 10)
                                               ? json_null()
                                               : json_string(db_col_text(st, 10)));
    return j;
}

inc_status wsp_employers_list(inc_db *db, const char *municipality, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT " EMPLOYER_COLS EMPLOYER_FROM " WHERE (?1 IS NULL OR m.code = ?1) ORDER BY o.name, e.id",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, municipality);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) json_array_append_new(arr, employer_row(st));
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

/* Runs sql with one id parameter and appends one object per row, keys from column names. */
static json_t *rows_json(inc_db *db, const char *sql, int64_t id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return NULL;
    json_t *arr = json_array();
    db_bind_int64(st, 1, id);
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        json_t *o = json_object();
        for (int c = 0; c < db_col_count(st); c++) {
            const char *k = db_col_name(st, c);
            switch (db_col_type(st, c)) {
            case DB_TYPE_INTEGER: json_object_set_new(o, k, json_integer(db_col_int64(st, c))); break;
            case DB_TYPE_NULL: json_object_set_new(o, k, json_null()); break;
            default: json_object_set_new(o, k, json_string(db_col_text(st, c)));
            }
        }
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return NULL; }
    return arr;
}

/* Sets j[key] to the rows of sql; false (e filled) when they cannot be read. */
static bool set_rows(json_t *j, const char *key, inc_db *db, const char *sql, int64_t id, inc_error *e)
{
    json_t *rows = rows_json(db, sql, id, e);
    if (!rows) return false;
    json_object_set_new(j, key, rows);
    return true;
}

json_t *wsp_sebo_status(inc_db *db, int64_t organisation_id)
{
    char kvk[16] = "";
    inc_stmt *st;
    if (db_prepare(db, "SELECT kvk FROM organisations WHERE id = ?", &st, NULL) == INC_OK) {
        db_bind_int64(st, 1, organisation_id);
        if (db_step_rc(st) == DB_ROW) db_column_text(st, 0, kvk, sizeof kvk);
        db_finalize(st);
    }
    inc_date today = date_today();
    bool holds = false;
    inc_error ignore = {0};
    sebo_org_holds_on(db, organisation_id, today, &holds, &ignore);
    sebo_holder_detail d;
    bool holder = kvk[0] && sebo_holder_read(db, kvk, &d, &ignore) == INC_OK;
    json_t *out = json_pack("{s:b, s:b}", "holder", holder, "valid_today", holds);
    const sebo_certificate_rec *last = holder && d.n_certificates ? &d.certificates[d.n_certificates - 1] : NULL;
    json_object_set_new(out, "status", json_string(last ? sebo_status_code(sebo_effective_status(
                                                              last->status, last->valid_until_day, today))
                                                        : "geen"));
    json_object_set_new(out, "valid_until", last && last->valid_until ? json_string(last->valid_until) : json_null());
    if (holder) arena_free(&d.arena);
    json_object_set_new(out, "toelichting", json_string(holds ? "heeft een geldig SEBO-keurmerk"
                                                              : "heeft vandaag geen geldig SEBO-keurmerk"));
    return out;
}

inc_status wsp_sroi_obligations(inc_db *db, int64_t organisation_id, json_t **out, inc_error *e)
{
    char today[11];
    date_format_iso(date_today(), today);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT c.id, c.reference, c.title, m.code, c.start_date, c.end_date, c.obligation_cents,"
                   " c.verified_cents, c.reported_cents FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                   " WHERE c.contractor_id = ? AND c.applies = 1 AND c.met_by_sebo = 0 AND c.end_date >= ?"
                   " AND c.obligation_cents > c.verified_cents ORDER BY c.end_date, c.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, organisation_id);
    db_bind_text(st, 2, today, -1, DB_COPY);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        int64_t obl = db_col_int64(st, 6), ver = db_col_int64(st, 7);
        json_array_append_new(
            arr, json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o}", "contract",
                           (json_int_t)db_col_int64(st, 0), "reference", db_col_text(st, 1),
                           "title", db_col_text(st, 2), "municipality",
                           db_col_text(st, 3), "start_date",
                           db_col_text(st, 4), "end_date", db_col_text(st, 5),
                           "obligation", json_money(obl), "verified", json_money(ver), "reported",
                           json_money(db_col_int64(st, 8)), "remaining", json_money(obl - ver)));
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

inc_status wsp_employer_view(inc_db *db, int64_t id, json_t **out, inc_error *e)
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
    json_t *j = employer_row(st);
    int64_t org = db_col_int64(st, 8);
    db_finalize(st);
    if (!set_rows(j, "contacts", db, "SELECT id, name, role, email, phone FROM employer_contacts"
                                                     " WHERE employer_id = ? ORDER BY id", id, e)) { json_decref(j); return INC_EIO; }
    if (!set_rows(j, "contact_moments", db, "SELECT id, kind, on_date AS date, account_manager, event_id AS event, notes"
                                      " FROM contact_moments WHERE employer_id = ? ORDER BY on_date DESC, id DESC", id, e)) { json_decref(j); return INC_EIO; }
    if (!set_rows(j, "events", db, "SELECT ev.id, ev.title, ev.on_date AS date, a.attended, m.code AS municipality"
                                      " FROM event_attendance a JOIN wsp_events ev ON ev.id = a.event_id"
                                      " JOIN municipalities m ON m.id = ev.municipality_id WHERE a.employer_id = ?"
                                      " ORDER BY ev.on_date DESC", id, e)) { json_decref(j); return INC_EIO; }
    json_t *qs;
    if (wsp_questions_list(db, NULL, id, &qs, e)) { json_decref(j); return INC_EIO; }
    json_object_set_new(j, "questions", qs);
    if (!set_rows(j, "vacancies", db, "SELECT v.id, v.title, v.status, v.wanted, v.start_date, m.code AS municipality"
                                      " FROM vacancies v JOIN municipalities m ON m.id = v.municipality_id"
                                      " WHERE v.employer_id = ? ORDER BY v.id", id, e)) { json_decref(j); return INC_EIO; }
    if (!set_rows(j, "placements", db, "SELECT p.id, p.vacancy_id AS vacancy, p.candidate_id AS candidate, p.start_date,"
                                      " p.contract_type, p.instrument, vm.code AS municipality,"
                                      " cm.code AS candidate_municipality FROM placements p"
                                      " JOIN vacancies v ON v.id = p.vacancy_id"
                                      " JOIN municipalities vm ON vm.id = v.municipality_id"
                                      " JOIN candidates c ON c.id = p.candidate_id"
                                      " JOIN municipalities cm ON cm.id = c.municipality_id"
                                      " WHERE v.employer_id = ? ORDER BY p.id", id, e)) { json_decref(j); return INC_EIO; }
    json_t *sroi;
    if (wsp_sroi_obligations(db, org, &sroi, e)) { json_decref(j); return INC_EIO; }
    json_object_set_new(j, "sroi_obligation", json_boolean(json_array_size(sroi) > 0));
    json_object_set_new(j, "sroi_contracts", sroi);
    json_object_set_new(j, "sebo", wsp_sebo_status(db, org));
    *out = j;
    return INC_OK;
}

inc_status wsp_contact_add(inc_db *db, int64_t employer_id, json_t *in, int64_t *id, inc_error *e)
{
    const char *name, *role, *email, *phone;
    if (in_text(in, "name", true, &name, e) || in_text(in, "role", false, &role, e) ||
        in_text(in, "email", false, &email, e) || in_text(in, "phone", false, &phone, e))
        return INC_EINVAL;
    if (email && !strchr(email, '@')) return inc_fail(e, INC_EINVAL, "email", "ongeldig e-mailadres '%s'", email);
    if (db_begin(db, e)) return INC_EIO;
    if (!employer_exists(db, employer_id)) {
        inc_fail(e, INC_ENOTFOUND, "employer", "werkgever %lld bestaat niet", (long long)employer_id);
        goto fail;
    }
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO employer_contacts(employer_id, name, role, email, phone) VALUES (?,?,?,?,?)", &st, e))
        goto fail;
    db_bind_int64(st, 1, employer_id);
    db_bind_text(st, 2, name, -1, DB_COPY);
    db_bind_text(st, 3, role ? role : "", -1, DB_COPY);
    db_bind_text_or_null(st, 4, email);
    db_bind_text_or_null(st, 5, phone);
    if (wsp_step_done(db, st, e)) goto fail;
    *id = db_last_id(db);
    char detail[64];
    snprintf(detail, sizeof detail, "{\"employer\":%lld}", (long long)employer_id);
    if (audit_write(db, "create", "employer_contact", *id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

static const char *const moment_kinds[] = {"bezoek", "telefoon", "evenement", "email"};

inc_status wsp_moment_add(inc_db *db, int64_t employer_id, json_t *in, int64_t *id, inc_error *e)
{
    const char *kind, *manager, *notes;
    inc_date day;
    int64_t event;
    if (in_text(in, "kind", true, &kind, e) ||
        wsp_check_one_of(kind, moment_kinds, sizeof moment_kinds / sizeof *moment_kinds, "kind", e) ||
        in_date(in, "date", true, &day, e) || in_text(in, "account_manager", false, &manager, e) ||
        in_text(in, "notes", false, &notes, e) || in_int(in, "event", false, 0, &event, e))
        return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    if (!employer_exists(db, employer_id)) {
        inc_fail(e, INC_ENOTFOUND, "employer", "werkgever %lld bestaat niet", (long long)employer_id);
        goto fail;
    }
    if (event && !wsp_lookup_int(db, "SELECT id FROM wsp_events WHERE id = ?", event, NULL)) {
        inc_fail(e, INC_EINVAL, "event", "evenement %lld bestaat niet", (long long)event);
        goto fail;
    }
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO contact_moments(employer_id, kind, on_date, account_manager, event_id, notes)"
                   " VALUES (?,?,?,?,?,?)",
                   &st, e))
        goto fail;
    db_bind_int64(st, 1, employer_id);
    db_bind_text(st, 2, kind, -1, DB_COPY);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text(st, 4, manager ? manager : "", -1, DB_COPY);
    if (event) db_bind_int64(st, 5, event);
    else db_bind_null(st, 5);
    db_bind_text(st, 6, notes ? notes : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) goto fail;
    *id = db_last_id(db);
    char detail[96];
    snprintf(detail, sizeof detail, "{\"employer\":%lld,\"kind\":\"%s\"}", (long long)employer_id, kind);
    if (audit_write(db, "create", "contact_moment", *id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_event_add(inc_db *db, json_t *in, int64_t *id, inc_error *e)
{
    const char *title, *muni, *location;
    inc_date day;
    int64_t muni_id;
    if (in_text(in, "title", true, &title, e) || in_date(in, "date", true, &day, e) ||
        in_text(in, "municipality", true, &muni, e) || in_text(in, "location", false, &location, e))
        return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    if (wsp_municipality_id(db, muni, &muni_id, e)) goto fail;
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO wsp_events(municipality_id, title, on_date, location) VALUES (?,?,?,?)", &st, e))
        goto fail;
    db_bind_int64(st, 1, muni_id);
    db_bind_text(st, 2, title, -1, DB_COPY);
    db_bind_text(st, 3, d, -1, DB_COPY);
    db_bind_text(st, 4, location ? location : "", -1, DB_COPY);
    if (wsp_step_done(db, st, e)) goto fail;
    *id = db_last_id(db);
    if (audit_write(db, "create", "event", *id, NULL, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_event_attend(inc_db *db, int64_t event_id, int64_t employer_id, bool attended, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    if (!wsp_lookup_int(db, "SELECT id FROM wsp_events WHERE id = ?", event_id, NULL)) {
        inc_fail(e, INC_ENOTFOUND, "event", "evenement %lld bestaat niet", (long long)event_id);
        goto fail;
    }
    if (!employer_exists(db, employer_id)) {
        inc_fail(e, INC_ENOTFOUND, "employer", "werkgever %lld bestaat niet", (long long)employer_id);
        goto fail;
    }
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO event_attendance(event_id, employer_id, attended) VALUES (?,?,?)"
                   " ON CONFLICT(event_id, employer_id) DO UPDATE SET attended = excluded.attended",
                   &st, e))
        goto fail;
    db_bind_int64(st, 1, event_id);
    db_bind_int64(st, 2, employer_id);
    db_bind_int(st, 3, attended);
    if (wsp_step_done(db, st, e)) goto fail;
    char detail[96];
    snprintf(detail, sizeof detail, "{\"employer\":%lld,\"attended\":%s}", (long long)employer_id,
             attended ? "true" : "false");
    if (audit_write(db, "attend", "event", event_id, detail, e)) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status wsp_events_list(inc_db *db, json_t **out, inc_error *e)
{
    *out = rows_json(db,
                     "SELECT ev.id, ev.title, ev.on_date AS date, m.code AS municipality, ev.location,"
                     " (SELECT count(*) FROM event_attendance a WHERE a.event_id = ev.id AND a.attended = 1) AS attended,"
                     " (SELECT count(*) FROM event_attendance a WHERE a.event_id = ev.id) AS registered"
                     " FROM wsp_events ev JOIN municipalities m ON m.id = ev.municipality_id"
                     " WHERE ev.id > ? ORDER BY ev.on_date DESC, ev.id",
                     0, e);
    return *out ? INC_OK : INC_EIO;
}
