#include "app/wsp_view.h"
#include "core/json_fixed.h"
#include <stdio.h>
#include <string.h>

/* A text, or null for NULL. */
static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }
/* A text that is never NULL in the database ("" if it were). */
static json_t *str(const char *s) { return json_string(s ? s : ""); }

json_t *wsp_employer_json(const wsp_employer *r)
{
    json_t *j = json_object();
    json_object_set_new(j, "id", json_integer(r->id));
    json_object_set_new(j, "kvk", str(r->kvk));
    json_object_set_new(j, "name", str(r->name));
    json_object_set_new(j, "municipality", str(r->municipality));
    json_object_set_new(j, "sector", str(r->sector));
    json_object_set_new(j, "size_class", str(r->size_class));
    json_object_set_new(j, "postcode", str_or_null(r->postcode));
    json_object_set_new(j, "account_manager", str(r->account_manager));
    json_object_set_new(j, "open_vacancies", json_integer(r->open_vacancies));
    json_object_set_new(j, "last_contact", str_or_null(r->last_contact));
    return j;
}

json_t *wsp_employers_json(const wsp_employer_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) json_array_append_new(arr, wsp_employer_json(&l->items[i]));
    return arr;
}

json_t *wsp_sroi_json(const wsp_sroi_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const wsp_sroi_contract *c = &l->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "contract", json_integer(c->contract));
        json_object_set_new(o, "reference", str(c->reference));
        json_object_set_new(o, "title", str(c->title));
        json_object_set_new(o, "municipality", str(c->municipality));
        json_object_set_new(o, "start_date", str(c->start_date));
        json_object_set_new(o, "end_date", str(c->end_date));
        json_object_set_new(o, "obligation", json_money(c->obligation_cents));
        json_object_set_new(o, "verified", json_money(c->verified_cents));
        json_object_set_new(o, "reported", json_money(c->reported_cents));
        json_object_set_new(o, "remaining", json_money(c->due_cents - c->verified_cents));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *sebo_json(const wsp_sebo_status *s)
{
    json_t *o = json_object();
    json_object_set_new(o, "holder", json_boolean(s->holder));
    json_object_set_new(o, "valid_today", json_boolean(s->valid_today));
    json_object_set_new(o, "status", json_string(s->status));
    json_object_set_new(o, "valid_until", s->valid_until[0] ? json_string(s->valid_until) : json_null());
    json_object_set_new(o, "toelichting", json_string(s->valid_today ? "heeft een geldig SEBO-keurmerk"
                                                                     : "heeft vandaag geen geldig SEBO-keurmerk"));
    return o;
}

json_t *wsp_employer_view_json(const wsp_employer_detail *v)
{
    json_t *j = wsp_employer_json(&v->employer);
    json_t *arr = json_array();
    for (size_t i = 0; i < v->contacts.n; i++) {
        const wsp_contact *c = &v->contacts.items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(c->id));
        json_object_set_new(o, "name", str(c->name));
        json_object_set_new(o, "role", str(c->role));
        json_object_set_new(o, "email", str_or_null(c->email));
        json_object_set_new(o, "phone", str_or_null(c->phone));
        json_array_append_new(arr, o);
    }
    json_object_set_new(j, "contacts", arr);
    arr = json_array();
    for (size_t i = 0; i < v->moments.n; i++) {
        const wsp_moment *m = &v->moments.items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(m->id));
        json_object_set_new(o, "kind", str(m->kind));
        json_object_set_new(o, "date", str(m->date));
        json_object_set_new(o, "account_manager", str(m->account_manager));
        json_object_set_new(o, "event", m->event ? json_integer(m->event) : json_null());
        json_object_set_new(o, "notes", str(m->notes));
        json_array_append_new(arr, o);
    }
    json_object_set_new(j, "contact_moments", arr);
    arr = json_array();
    for (size_t i = 0; i < v->events.n; i++) {
        const wsp_attendance *a = &v->events.items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(a->id));
        json_object_set_new(o, "title", str(a->title));
        json_object_set_new(o, "date", str(a->date));
        json_object_set_new(o, "attended", json_integer(a->attended));
        json_object_set_new(o, "municipality", str(a->municipality));
        json_array_append_new(arr, o);
    }
    json_object_set_new(j, "events", arr);
    json_object_set_new(j, "questions", wsp_questions_json(&v->questions));
    arr = json_array();
    for (size_t i = 0; i < v->vacancies.n; i++) {
        const wsp_vacancy_brief *b = &v->vacancies.items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(b->id));
        json_object_set_new(o, "title", str(b->title));
        json_object_set_new(o, "status", str(b->status));
        json_object_set_new(o, "wanted", json_integer(b->wanted));
        json_object_set_new(o, "start_date", str(b->start_date));
        json_object_set_new(o, "municipality", str(b->municipality));
        json_array_append_new(arr, o);
    }
    json_object_set_new(j, "vacancies", arr);
    arr = json_array();
    for (size_t i = 0; i < v->placements.n; i++) {
        const wsp_placement_brief *p = &v->placements.items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(p->id));
        json_object_set_new(o, "vacancy", json_integer(p->vacancy));
        json_object_set_new(o, "candidate", json_integer(p->candidate));
        json_object_set_new(o, "start_date", str(p->start_date));
        json_object_set_new(o, "contract_type", str(p->contract_type));
        json_object_set_new(o, "instrument", str(p->instrument));
        json_object_set_new(o, "municipality", str(p->municipality));
        json_object_set_new(o, "candidate_municipality", str(p->candidate_municipality));
        json_array_append_new(arr, o);
    }
    json_object_set_new(j, "placements", arr);
    json_object_set_new(j, "sroi_obligation", json_boolean(v->sroi.n > 0));
    json_object_set_new(j, "sroi_contracts", wsp_sroi_json(&v->sroi));
    json_object_set_new(j, "sebo", sebo_json(&v->sebo));
    return j;
}

json_t *wsp_events_json(const wsp_event_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const wsp_event *ev = &l->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(ev->id));
        json_object_set_new(o, "title", str(ev->title));
        json_object_set_new(o, "date", str(ev->date));
        json_object_set_new(o, "municipality", str(ev->municipality));
        json_object_set_new(o, "location", str(ev->location));
        json_object_set_new(o, "attended", json_integer(ev->attended));
        json_object_set_new(o, "registered", json_integer(ev->registered));
        json_array_append_new(arr, o);
    }
    return arr;
}

json_t *wsp_questions_json(const wsp_question_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const wsp_question *q = &l->items[i];
        bool answered = q->status == Q_ANSWERED_IN_TIME || q->status == Q_ANSWERED_LATE;
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(q->id));
        json_object_set_new(o, "employer", json_integer(q->employer));
        json_object_set_new(o, "employer_name", str(q->employer_name));
        json_object_set_new(o, "asked_at", str(q->asked_at));
        json_object_set_new(o, "due_at", json_string(q->due_at));
        json_object_set_new(o, "status", json_string(question_status_code(q->status)));
        json_object_set_new(o, "channel", str(q->channel));
        json_object_set_new(o, "subject", str(q->subject));
        json_object_set_new(o, "question", str(q->question));
        json_object_set_new(o, "in_time", json_boolean(q->status == Q_ANSWERED_IN_TIME));
        json_object_set_new(o, "municipality", str(q->municipality));
        json_object_set_new(o, "answered_at", answered ? str(q->answered_at) : json_null());
        json_object_set_new(o, "answer", answered ? str(q->answer) : json_null());
        json_object_set_new(o, "answered_by", answered ? str(q->answered_by) : json_null());
        json_array_append_new(arr, o);
    }
    return arr;
}

json_t *wsp_question_months_json(const wsp_month_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const question_month *m = &l->items[i];
        char ym[16];
        snprintf(ym, sizeof ym, "%04d-%02d", m->year % 10000, m->month % 100);
        int32_t bp = question_month_share_bp(m);
        json_t *o = json_object();
        json_object_set_new(o, "month", json_string(ym));
        json_object_set_new(o, "asked", json_integer(m->asked));
        json_object_set_new(o, "answered_in_time", json_integer(m->in_time));
        json_object_set_new(o, "answered_late", json_integer(m->late));
        json_object_set_new(o, "overdue", json_integer(m->overdue));
        json_object_set_new(o, "open", json_integer(m->open));
        json_object_set_new(o, "share_in_time", bp < 0 ? json_null() : json_pct(bp));
        json_array_append_new(arr, o);
    }
    return arr;
}

json_t *wsp_skills_json(const wsp_skill_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(l->items[i].id));
        json_object_set_new(o, "name", str(l->items[i].name));
        json_object_set_new(o, "active", json_boolean(l->items[i].active));
        json_array_append_new(arr, o);
    }
    return arr;
}

/* A comma-separated list (NULL: none) as an array of texts. */
static json_t *split_list(const char *s)
{
    json_t *arr = json_array();
    if (!s) return arr;
    const char *p = s;
    while (*p) {
        const char *q = strchr(p, ',');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        json_array_append_new(arr, json_stringn(p, len));
        p += len + (q ? 1 : 0);
    }
    return arr;
}

static json_t *groups_json(uint32_t mask)
{
    json_t *arr = json_array();
    for (int g = 0; g < TG__COUNT; g++)
        if (mask & (1u << g)) json_array_append_new(arr, json_string(target_group_code(g)));
    return arr;
}

json_t *wsp_vacancy_json(const wsp_vacancy *r)
{
    json_t *j = json_object();
    json_object_set_new(j, "id", json_integer(r->id));
    json_object_set_new(j, "employer", json_integer(r->employer));
    json_object_set_new(j, "employer_name", str(r->employer_name));
    json_object_set_new(j, "title", str(r->title));
    json_object_set_new(j, "hours_min", json_fixed(r->hours_min, 2));
    json_object_set_new(j, "hours_max", json_fixed(r->hours_max, 2));
    json_object_set_new(j, "municipality", str(r->municipality));
    json_object_set_new(j, "postcode", str_or_null(r->postcode));
    json_object_set_new(j, "education", json_string(education_code(r->education)));
    json_object_set_new(j, "start_date", str(r->start_date));
    json_object_set_new(j, "groups", groups_json(r->groups));
    json_object_set_new(j, "wanted", json_integer(r->wanted));
    json_object_set_new(j, "status", str(r->status));
    json_object_set_new(j, "required_skills", split_list(r->required_skills));
    json_object_set_new(j, "wished_skills", split_list(r->wished_skills));
    json_object_set_new(j, "proposals", json_integer(r->proposals));
    json_object_set_new(j, "placements", json_integer(r->placements));
    return j;
}

json_t *wsp_vacancies_json(const wsp_vacancy_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) json_array_append_new(arr, wsp_vacancy_json(&l->items[i]));
    return arr;
}

json_t *wsp_candidate_json(const wsp_candidate *r)
{
    char pc4[8];
    snprintf(pc4, sizeof pc4, "%04d", r->pc4 % 10000);
    json_t *j = json_object();
    json_object_set_new(j, "id", json_integer(r->id));
    json_object_set_new(j, "municipality", str(r->municipality));
    json_object_set_new(j, "education", json_string(education_code(r->education)));
    json_object_set_new(j, "hours_min", json_fixed(r->hours_min, 2));
    json_object_set_new(j, "hours_max", json_fixed(r->hours_max, 2));
    json_object_set_new(j, "pc4", json_string(pc4));
    json_object_set_new(j, "travel_km", json_fixed(r->travel_dm, 1));
    json_object_set_new(j, "groups", groups_json(r->groups));
    json_object_set_new(j, "available_from", str(r->available_from));
    json_object_set_new(j, "consent", json_boolean(r->consent));
    json_object_set_new(j, "status", str(r->status));
    json_object_set_new(j, "skills", split_list(r->skills));
    return j;
}

json_t *wsp_candidates_json(const wsp_candidate_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) json_array_append_new(arr, wsp_candidate_json(&l->items[i]));
    return arr;
}

static json_t *reasons_json(const match_reason *r)
{
    json_t *arr = json_array();
    for (int i = 0; i < CRIT__COUNT; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "criterion", json_string(criterion_code(r[i].criterion)));
        json_object_set_new(o, "points", json_fixed(r[i].points, 2));
        json_object_set_new(o, "max", json_fixed(r[i].max, 2));
        json_object_set_new(o, "text", json_string(r[i].text));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *exclusions_json(const match_shortlist *s)
{
    json_t *o = json_object();
    for (int h = HARD_CLOSED; h < HARD__COUNT; h++)
        json_object_set_new(o, hard_code((match_hard)h), json_integer(s->excluded[h]));
    json_object_set_new(o, "score_te_laag", json_integer(s->below_min));
    return o;
}

json_t *wsp_shortlist_json(const wsp_match_result *r)
{
    json_t *items = json_array();
    for (int i = 0; i < r->list.n; i++) {
        const wsp_match_item *it = &r->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "rank", json_integer(i + 1));
        json_object_set_new(o, "candidate", json_integer(it->id));
        json_object_set_new(o, "score", json_fixed(it->score, 2));
        json_t *p = json_null();
        if (it->proposal) {
            p = json_object();
            json_object_set_new(p, "id", json_integer(it->proposal));
            json_object_set_new(p, "outcome", json_string(it->proposal_outcome));
        }
        json_object_set_new(o, "proposal", p);
        json_object_set_new(o, "reasons", reasons_json(it->reasons));
        json_array_append_new(items, o);
    }
    json_t *j = json_object();
    json_object_set_new(j, "vacancy", json_integer(r->subject));
    json_object_set_new(j, "region", json_string(r->region));
    json_object_set_new(j, "wanted", json_integer(r->list.wanted));
    json_object_set_new(j, "count", json_integer(r->list.n));
    json_object_set_new(j, "considered", json_integer(r->list.considered));
    json_object_set_new(j, "suitable", json_integer(r->list.suitable));
    json_object_set_new(j, "min_score", json_fixed(r->min_score, 2));
    json_object_set_new(j, "shortfall", r->note[0] ? json_string(r->note) : json_null());
    json_object_set_new(j, "excluded", exclusions_json(&r->list));
    json_object_set_new(j, "items", items);
    return j;
}

json_t *wsp_best_vacancies_json(const wsp_match_result *r)
{
    json_t *items = json_array();
    for (int i = 0; i < r->list.n; i++) {
        const wsp_match_item *it = &r->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "rank", json_integer(i + 1));
        json_object_set_new(o, "vacancy", json_integer(it->id));
        json_object_set_new(o, "title", str(it->title));
        json_object_set_new(o, "employer_name", str(it->employer_name));
        json_object_set_new(o, "score", json_fixed(it->score, 2));
        json_object_set_new(o, "reasons", reasons_json(it->reasons));
        json_array_append_new(items, o);
    }
    json_t *j = json_object();
    json_object_set_new(j, "candidate", json_integer(r->subject));
    json_object_set_new(j, "region", json_string(r->region));
    json_object_set_new(j, "limit", json_integer(r->list.wanted));
    json_object_set_new(j, "count", json_integer(r->list.n));
    json_object_set_new(j, "considered", json_integer(r->list.considered));
    json_object_set_new(j, "suitable", json_integer(r->list.suitable));
    json_object_set_new(j, "note", r->note[0] ? json_string(r->note) : json_null());
    json_object_set_new(j, "excluded", exclusions_json(&r->list));
    json_object_set_new(j, "items", items);
    return j;
}

json_t *wsp_proposals_json(const wsp_proposal_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const wsp_proposal *p = &l->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(p->id));
        json_object_set_new(o, "vacancy", json_integer(p->vacancy));
        json_object_set_new(o, "title", str(p->title));
        json_object_set_new(o, "candidate", json_integer(p->candidate));
        json_object_set_new(o, "proposed_at", str(p->proposed_at));
        json_object_set_new(o, "proposed_by", str(p->proposed_by));
        json_object_set_new(o, "score", json_fixed(p->score_centi, 2));
        json_object_set_new(o, "by_hand", json_boolean(p->by_hand));
        json_object_set_new(o, "outcome", str(p->outcome));
        json_object_set_new(o, "municipality", str(p->municipality));
        json_object_set_new(o, "candidate_municipality", str(p->candidate_municipality));
        json_object_set_new(o, "outcome_date", str_or_null(p->outcome_date));
        json_object_set_new(o, "outcome_reason", str_or_null(p->outcome_reason));
        json_array_append_new(arr, o);
    }
    return arr;
}

json_t *wsp_placements_json(const wsp_placement_list *l)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const wsp_placement *p = &l->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(p->id));
        json_object_set_new(o, "vacancy", json_integer(p->vacancy));
        json_object_set_new(o, "title", str(p->title));
        json_object_set_new(o, "employer_name", str(p->employer_name));
        json_object_set_new(o, "candidate", json_integer(p->candidate));
        json_object_set_new(o, "start_date", str(p->start_date));
        json_object_set_new(o, "hours", json_fixed(p->hours_centi, 2));
        json_object_set_new(o, "contract_type", str(p->contract_type));
        json_object_set_new(o, "instrument", str(p->instrument));
        json_object_set_new(o, "municipality", str(p->municipality));
        json_object_set_new(o, "candidate_municipality", str(p->candidate_municipality));
        json_object_set_new(o, "employment", p->employment ? json_integer(p->employment) : json_null());
        json_object_set_new(o, "end_date", str_or_null(p->end_date));
        json_object_set_new(o, "outcome", str_or_null(p->outcome));
        json_object_set_new(o, "outcome_date", str_or_null(p->outcome_date));
        json_object_set_new(o, "outcome_reason", str_or_null(p->outcome_reason));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *banen_json(const wsp_banen_outcome *b)
{
    json_t *o = json_object();
    json_object_set_new(o, "in_register", json_boolean(b->in_register));
    json_object_set_new(o, "created", json_boolean(b->created));
    json_object_set_new(o, "employment", b->employment ? json_integer(b->employment) : json_null());
    if (b->created) json_object_set_new(o, "target_group", json_string(b->target_group));
    json_object_set_new(o, "note", json_string(b->note));
    return o;
}

json_t *wsp_placement_result_json(const wsp_placement_result *r)
{
    bool obliged = r->sroi.n > 0;
    json_t *j = json_object();
    json_object_set_new(j, "placement", json_integer(r->placement));
    json_object_set_new(j, "vacancy", json_integer(r->vacancy));
    json_object_set_new(j, "candidate", json_integer(r->candidate));
    json_object_set_new(j, "start_date", json_string(r->start_date));
    json_object_set_new(j, "hours", json_fixed(r->hours, 2));
    json_object_set_new(j, "contract_type", json_string(r->contract_type));
    json_object_set_new(j, "instrument", json_string(r->instrument));
    json_object_set_new(j, "banenafspraak", banen_json(&r->banen));
    json_object_set_new(j, "sroi_obligation", json_boolean(obliged));
    json_object_set_new(j, "sroi_contracts", wsp_sroi_json(&r->sroi));
    json_object_set_new(j, "sroi_note",
                        json_string(obliged ? "werkgever heeft een lopende SROI-verplichting: deze plaatsing kan als "
                                              "realisatie worden gemeld (bouwblok naar doelgroep)"
                                            : "werkgever heeft geen lopende SROI-verplichting"));
    return j;
}
