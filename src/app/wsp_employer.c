/* Employer accounts, contact persons, contact moments, events and the one view of the employer. */
#include "app/wsp_common.h"
#include "core/sebo_cert.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <string.h>

inc_status wsp_record_municipality(inc_db *db, const char *kind, int64_t id, char *code, size_t size, inc_error *e)
{
    return wsp_scope_of(db, kind, id, code, size, e);
}

inc_status wsp_municipality_lookup(inc_db *db, const char *code, int64_t *id, inc_error *e)
{
    return wsp_municipality_id(db, code, id, e);
}

inc_status wsp_employer_add(inc_db *db, const wsp_employer_in *in, int64_t *id, inc_error *e)
{
    int64_t muni_id, org;
    if (db_begin(db, e)) return INC_EIO;
    if (wsp_municipality_id(db, in->municipality, &muni_id, e) ||
        wsp_store_organisation_ensure(db, in->kvk, in->name, muni_id, in->postcode, &org, e))
        return wsp_abort(db, e);
    if (wsp_store_organisation_has_employer(db, org)) {
        inc_fail(e, INC_ECONFLICT, "kvk", "er is al een werkgeversaccount voor KvK %s", in->kvk);
        return wsp_abort(db, e);
    }
    if (wsp_store_employer_insert(db, org, muni_id, in, id, e)) return wsp_abort(db, e);
    char detail[200];
    snprintf(detail, sizeof detail, "{\"kvk\":\"%s\",\"organisation\":%lld}", in->kvk, (long long)org);
    if (audit_write(db, "create", "employer", *id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_employers_list(inc_db *db, const char *municipality, wsp_employer_list *out, inc_error *e)
{
    return wsp_store_employers_select(db, municipality, out, e);
}

/* The SEBO status of the organisation today: in the register or not, its last certificate's status
 * (as it stands today) and end, and whether it holds a valid mark today. */
static void sebo_status_of(inc_db *db, int64_t organisation_id, const char *kvk, wsp_sebo_status *out)
{
    memset(out, 0, sizeof *out);
    inc_date today = date_today();
    inc_error ignore = {0};
    bool holds = false;
    sebo_org_holds_on(db, organisation_id, today, &holds, &ignore);
    sebo_holder_detail d;
    out->holder = kvk && kvk[0] && sebo_holder_read(db, kvk, &d, &ignore) == INC_OK;
    out->valid_today = holds;
    const sebo_certificate_rec *last = out->holder && d.n_certificates ? &d.certificates[d.n_certificates - 1] : NULL;
    snprintf(out->status, sizeof out->status, "%s",
             last ? sebo_status_code(sebo_effective_status(last->status, last->valid_until_day, today)) : "geen");
    if (last && last->valid_until) snprintf(out->valid_until, sizeof out->valid_until, "%s", last->valid_until);
    if (out->holder) arena_free(&d.arena);
}

void wsp_employer_view_free(wsp_employer_detail *v)
{
    arena_free(&v->arena);
    WSP_LIST_FREE(&v->contacts);
    WSP_LIST_FREE(&v->moments);
    WSP_LIST_FREE(&v->events);
    WSP_LIST_FREE(&v->questions);
    WSP_LIST_FREE(&v->vacancies);
    WSP_LIST_FREE(&v->placements);
    WSP_LIST_FREE(&v->sroi);
}

inc_status wsp_employer_view(inc_db *db, int64_t id, wsp_employer_detail *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (wsp_store_employer_select(db, id, &out->employer, &out->arena, e)) {
        wsp_employer_view_free(out);
        return e->status;
    }
    if (wsp_store_contacts_select(db, id, &out->contacts, e) || wsp_store_moments_select(db, id, &out->moments, e) ||
        wsp_store_attendance_select(db, id, &out->events, e) || wsp_questions_list(db, NULL, id, &out->questions, e) ||
        wsp_store_employer_vacancies_select(db, id, &out->vacancies, e) ||
        wsp_store_employer_placements_select(db, id, &out->placements, e) ||
        wsp_store_sroi_select(db, out->employer.organisation_id, date_today(), &out->sroi, e)) {
        wsp_employer_view_free(out);
        return INC_EIO;
    }
    sebo_status_of(db, out->employer.organisation_id, out->employer.kvk, &out->sebo);
    return INC_OK;
}

inc_status wsp_contact_add(inc_db *db, int64_t employer_id, const wsp_contact_in *in, int64_t *id, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    if (!wsp_store_employer_exists(db, employer_id)) {
        inc_fail(e, INC_ENOTFOUND, "employer", "werkgever %lld bestaat niet", (long long)employer_id);
        return wsp_abort(db, e);
    }
    if (wsp_store_contact_insert(db, employer_id, in, id, e)) return wsp_abort(db, e);
    char detail[64];
    snprintf(detail, sizeof detail, "{\"employer\":%lld}", (long long)employer_id);
    if (audit_write(db, "create", "employer_contact", *id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_moment_add(inc_db *db, int64_t employer_id, const wsp_moment_in *in, int64_t *id, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    if (!wsp_store_employer_exists(db, employer_id)) {
        inc_fail(e, INC_ENOTFOUND, "employer", "werkgever %lld bestaat niet", (long long)employer_id);
        return wsp_abort(db, e);
    }
    if (in->event && !wsp_store_event_exists(db, in->event)) {
        inc_fail(e, INC_EINVAL, "event", "evenement %lld bestaat niet", (long long)in->event);
        return wsp_abort(db, e);
    }
    if (wsp_store_moment_insert(db, employer_id, in, id, e)) return wsp_abort(db, e);
    char detail[96];
    snprintf(detail, sizeof detail, "{\"employer\":%lld,\"kind\":\"%s\"}", (long long)employer_id, in->kind);
    if (audit_write(db, "create", "contact_moment", *id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_event_add(inc_db *db, const wsp_event_in *in, int64_t *id, inc_error *e)
{
    int64_t muni_id;
    if (db_begin(db, e)) return INC_EIO;
    if (wsp_municipality_id(db, in->municipality, &muni_id, e) || wsp_store_event_insert(db, muni_id, in, id, e) ||
        audit_write(db, "create", "event", *id, NULL, e))
        return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_event_attend(inc_db *db, int64_t event_id, int64_t employer_id, bool attended, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    if (!wsp_store_event_exists(db, event_id)) {
        inc_fail(e, INC_ENOTFOUND, "event", "evenement %lld bestaat niet", (long long)event_id);
        return wsp_abort(db, e);
    }
    if (!wsp_store_employer_exists(db, employer_id)) {
        inc_fail(e, INC_ENOTFOUND, "employer", "werkgever %lld bestaat niet", (long long)employer_id);
        return wsp_abort(db, e);
    }
    if (wsp_store_attendance_set(db, event_id, employer_id, attended, e)) return wsp_abort(db, e);
    char detail[96];
    snprintf(detail, sizeof detail, "{\"employer\":%lld,\"attended\":%s}", (long long)employer_id,
             attended ? "true" : "false");
    if (audit_write(db, "attend", "event", event_id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_events_list(inc_db *db, wsp_event_list *out, inc_error *e)
{
    return wsp_store_events_select(db, out, e);
}
