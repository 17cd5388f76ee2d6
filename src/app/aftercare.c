/* Aftercare actions (app/aftercare.h). */
#include "app/aftercare.h"
#include "app/audit_json.h"
#include <stdlib.h>
#include <string.h>

inc_status app_aftercare_placement(inc_db *db, int64_t placement_id, aftercare_placement_facts *f, inc_error *e)
{
    bool found;
    if (aftercare_placement_get(db, placement_id, f, &found, e)) return INC_EIO;
    if (!found) return inc_fail(e, INC_ENOTFOUND, "placement", "plaatsing %lld bestaat niet", (long long)placement_id);
    return INC_OK;
}

/* A date of something that happened: ISO, not before the placement's start, not after today. */
static inc_status past_date(const char *text, inc_date start, const char *field, inc_date *out, inc_error *e)
{
    if (!text || !*text) return inc_fail(e, INC_EINVAL, field, "datum ontbreekt");
    if (date_parse(text, out, field, e)) return INC_EINVAL;
    if (*out < start) {
        char s[11];
        date_format_nl(start, s);
        return inc_fail(e, INC_EINVAL, field, "datum ligt voor het begin van de plaatsing (%s)", s);
    }
    if (*out > date_today()) return inc_fail(e, INC_EINVAL, field, "datum ligt in de toekomst");
    return INC_OK;
}

static inc_status rollback(inc_db *db, inc_error *e)
{
    db_rollback(db);
    return e && e->status ? e->status : INC_EIO;
}

inc_status app_placement_outcome(inc_db *db, int64_t placement_id, const char *outcome, const char *date,
                                 const char *reason, inc_error *e)
{
    placement_outcome o;
    if (placement_outcome_parse(outcome, &o, "outcome", e)) return INC_EINVAL;
    if (reason && strlen(reason) > 500) return inc_fail(e, INC_EINVAL, "reason", "toelichting is langer dan 500 tekens");
    if (o == PO_BEEINDIGD && (!reason || !*reason))
        return inc_fail(e, INC_EINVAL, "reason", "geef de reden waarom de plaatsing is beëindigd");
    if (db_begin(db, e)) return INC_EIO;
    aftercare_placement_facts f;
    inc_date day;
    if (app_aftercare_placement(db, placement_id, &f, e) || past_date(date, f.start, "date", &day, e)) return rollback(db, e);
    if (f.end != INC_DATE_NONE && o != PO_BEEINDIGD) {
        char d[11];
        date_format_nl(f.end, d);
        inc_fail(e, INC_ECONFLICT, "outcome", "plaatsing %lld is beëindigd op %s", (long long)placement_id, d);
        return rollback(db, e);
    }
    inc_date end = o == PO_BEEINDIGD ? day : INC_DATE_NONE;
    if (aftercare_outcome_set(db, placement_id, o, day, end, reason, e)) return rollback(db, e);
    bool ended_record = false;
    if (end != INC_DATE_NONE && f.employment && strcmp(f.employment_source, "wsp") == 0) {
        if (aftercare_employment_end(db, f.employment, end, e)) return rollback(db, e);
        ended_record = true;
    }
    json_t *d = json_pack("{s:s, s:s, s:b}", "outcome", placement_outcome_code(o), "date", date, "employment_ended",
                          ended_record);
    if (app_audit_json(db, "outcome", "placement", placement_id, d, e)) return rollback(db, e);
    return db_commit(db, e);
}

inc_status app_aftercare_contact(inc_db *db, int64_t placement_id, const char *date, const char *kind,
                                 const char *note, int64_t *id, inc_error *e)
{
    if (!aftercare_kind_valid(kind))
        return inc_fail(e, INC_EINVAL, "kind", "onbekend soort contact '%s' (jobcoach, werkgever, kandidaat of gemeente)",
                        kind ? kind : "");
    if (note && strlen(note) > 1000) return inc_fail(e, INC_EINVAL, "note", "notitie is langer dan 1000 tekens");
    if (db_begin(db, e)) return INC_EIO;
    aftercare_placement_facts f;
    inc_date day;
    if (app_aftercare_placement(db, placement_id, &f, e) || past_date(date, f.start, "contact_date", &day, e))
        return rollback(db, e);
    if (aftercare_contact_insert(db, placement_id, day, kind, note && *note ? note : NULL, id, e))
        return rollback(db, e);
    /* the note may describe the person: the audit entry says what happened, not what was said */
    json_t *d = json_pack("{s:I, s:s, s:s}", "placement", (json_int_t)placement_id, "kind", kind, "contact_date", date);
    if (app_audit_json(db, "create", "aftercare_contact", *id, d, e)) return rollback(db, e);
    return db_commit(db, e);
}

inc_status app_aftercare_contacts(inc_db *db, int64_t placement_id, aftercare_contacts *out, inc_error *e)
{
    aftercare_placement_facts f;
    if (app_aftercare_placement(db, placement_id, &f, e)) return e && e->status ? e->status : INC_EIO;
    return aftercare_contacts_select(db, placement_id, out, e);
}

inc_status app_aftercare_schedule_set(inc_db *db, const char *municipality, const aftercare_schedule *s, inc_error *e)
{
    if (aftercare_schedule_check(s, e)) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    if (aftercare_schedule_put(db, municipality, s, e)) return rollback(db, e);
    json_t *d = json_pack("{s:s, s:i, s:i}", "municipality", municipality, "interval_days", s->interval_days,
                          "period_months", s->period_months);
    if (app_audit_json(db, "update", "aftercare_schedule", 0, d, e)) return rollback(db, e);
    return db_commit(db, e);
}

static int by_due(const void *a, const void *b)
{
    const aftercare_due_item *x = a, *y = b;
    if (x->status.due_on != y->status.due_on) return x->status.due_on < y->status.due_on ? -1 : 1;
    return x->row.id < y->row.id ? -1 : x->row.id > y->row.id;
}

inc_status app_aftercare_due(inc_db *db, inc_date today, int within_days, aftercare_rows *rows, aftercare_due_list *out,
                             inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (aftercare_rows_select(db, rows, e)) return INC_EIO;
    for (size_t i = 0; i < rows->n; i++) {
        const aftercare_row *r = &rows->items[i];
        if (r->start > today) continue;
        aftercare_status s = aftercare_at(&r->schedule, r->start, r->end, r->last_contact, today);
        if (!s.due || s.due_on > today + within_days) continue;
        aftercare_due_item *it = ARENA_LIST_PUSH(out);
        if (!it) {
            arena_free(&out->arena);
            arena_free(&rows->arena);
            memset(out, 0, sizeof *out);
            return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        }
        it->row = *r;
        it->status = s;
    }
    if (out->n > 1) qsort(out->items, out->n, sizeof *out->items, by_due);
    return INC_OK;
}

static json_t *date_or_null(inc_date d)
{
    if (d == INC_DATE_NONE) return json_null();
    char s[11];
    date_format_iso(d, s);
    return json_string(s);
}

json_t *aftercare_due_json(const aftercare_due_list *l)
{
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const aftercare_due_item *it = &l->items[i];
        json_array_append_new(
            a, json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:b, s:i, s:i}", "placement",
                         (json_int_t)it->row.id, "candidate", (json_int_t)it->row.candidate, "title", it->row.title,
                         "employer_name", it->row.employer_name, "instrument", it->row.instrument,
                         "candidate_municipality", it->row.candidate_municipality, "start_date",
                         date_or_null(it->row.start), "last_contact", date_or_null(it->row.last_contact), "due_on",
                         date_or_null(it->status.due_on), "care_ends", date_or_null(it->status.care_ends), "outcome",
                         it->row.outcome ? json_string(it->row.outcome) : json_null(), "overdue", it->status.overdue,
                         "days_overdue", it->status.days_overdue, "interval_days", it->row.schedule.interval_days));
    }
    return a;
}

json_t *aftercare_contacts_json(const aftercare_contacts *l)
{
    json_t *a = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const aftercare_contact *c = &l->items[i];
        json_array_append_new(a, json_pack("{s:I, s:o, s:s, s:s?, s:s?}", "id", (json_int_t)c->id, "contact_date",
                                           date_or_null(c->day), "kind", c->kind, "note", c->note, "by", c->by));
    }
    return a;
}
