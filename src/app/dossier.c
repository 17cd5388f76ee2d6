#include "app/dossier.h"
#include "app/audit_json.h"
#include "app/settlement.h"
#include "core/progress.h"
#include "store/followup_store.h"
#include "store/register.h"
#include <stdio.h>
#include <string.h>

/* The register itself: the award, the first contact, the end of the contract. */
typedef struct {
    dossier_list *l;
    inc_date today;
} contract_state;

static void contract_entries(void *user, const contract_record *c)
{
    contract_state *s = user;
    dossier_list *l = s->l;
    char d[11], text[400];
    if (c->award != INC_DATE_NONE) {
        dossier_entry *x = ARENA_LIST_PUSH(l);
        date_format_iso(c->award, d);
        char dl[11];
        date_format_nl(contact_deadline(c->award), dl);
        snprintf(text, sizeof text, "%s aan %s; eerste contact uiterlijk %s (vijf werkdagen)", c->title,
                 c->contractor_name ? c->contractor_name : "", dl);
        *x = (dossier_entry){arena_strdup(&l->arena, d), "gunning", "contract", c->id, "Opdracht gegund",
                             arena_strdup(&l->arena, text), NULL, true};
    }
    if (c->contact != INC_DATE_NONE) {
        dossier_entry *x = ARENA_LIST_PUSH(l);
        date_format_iso(c->contact, d);
        *x = (dossier_entry){arena_strdup(&l->arena, d), "contact", "contract", c->id, "Eerste contact met het SR-team",
                             NULL, NULL, true};
    }
    if (c->end != INC_DATE_NONE && c->end <= s->today) {
        dossier_entry *x = ARENA_LIST_PUSH(l);
        date_format_iso(c->end, d);
        *x = (dossier_entry){arena_strdup(&l->arena, d), "einde", "contract", c->id, "Einde van de opdracht", NULL, NULL,
                             true};
    }
}

static inc_status dossier_contract_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l,
                                           inc_error *e)
{
    (void)contractor_view;
    contract_state s = {l, date_today()};
    return contract_record_by_id(db, contract_id, contract_entries, &s, e);
}

/* The sources of the dossier, in the order their entries of one moment are shown. Add a source
 * here (issue 17's plans, escalation steps and settlement come from app/settlement.c). */
static const dossier_source_fn dossier_sources[] = {
    dossier_contract_collect,       /* award, first contact, end */
    dossier_notes_collect,          /* the SR-team's notes and contact moments */
    dossier_yearly_collect,         /* yearly reports submitted */
    dossier_realisations_collect,   /* realisations reported, verified, rejected */
    dossier_mails_collect,          /* e-mails the follow-up sent */
    dossier_settlement_collect,     /* plan van aanpak, escalation steps, settlement (app/settlement.c) */
};

inc_status app_dossier_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < sizeof dossier_sources / sizeof *dossier_sources; i++) {
        if (dossier_sources[i](db, contract_id, contractor_view, out, e) != INC_OK) {
            arena_free(&out->arena);
            memset(out, 0, sizeof *out);
            return e->status;
        }
    }
    /* Entries not meant for the contractor never leave for its view, whatever the source did. */
    if (contractor_view) {
        size_t k = 0;
        for (size_t i = 0; i < out->n; i++)
            if (out->items[i].for_contractor) out->items[k++] = out->items[i];
        out->n = k;
    }
    dossier_sort(out);
    return INC_OK;
}

inc_status app_dossier_note_add(inc_db *db, int64_t contract_id, const dossier_note_input *in, int64_t *id,
                                inc_error *e)
{
    inc_checks c;
    inc_checks_begin(&c, e);
    if (!dossier_note_kind_valid(in->kind))
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "kind", "soort moet een van %s zijn", DOSSIER_NOTE_KINDS));
    inc_date day = INC_DATE_NONE;
    if (!in->date || !*in->date) inc_check(&c, inc_fail(c.e, INC_EINVAL, "date", "datum ontbreekt"));
    else if (inc_check(&c, date_parse(in->date, &day, "date", c.e)) && day > date_today())
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "date", "datum ligt in de toekomst"));
    size_t n = in->text ? strlen(in->text) : 0;
    bool blank = true;
    for (size_t i = 0; i < n && blank; i++) blank = strchr(" \t\r\n", in->text[i]) != NULL;
    if (blank) inc_check(&c, inc_fail(c.e, INC_EINVAL, "text", "tekst ontbreekt"));
    else if (n > DOSSIER_NOTE_MAX)
        inc_check(&c, inc_fail(c.e, INC_EINVAL, "text", "tekst is langer dan %d tekens", DOSSIER_NOTE_MAX));
    if (inc_checks_end(&c) != INC_OK) return c.status;
    char m[48];
    int64_t org;
    if (contract_scope(db, contract_id, m, &org, e) != INC_OK) return e->status;
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    inc_status s = dossier_note_insert(db, contract_id, in->kind, day, in->text, in->for_contractor, id, e);
    if (s == INC_OK)
        s = app_audit_json(db, "dossier-note", "contract", contract_id,
                           json_pack("{s:I, s:s, s:s, s:b}", "note_id", (json_int_t)*id, "kind", in->kind, "date",
                                     in->date, "for_contractor", in->for_contractor),
                           e);
    return db_end(db, own, s, e);
}

json_t *dossier_json(int64_t contract_id, const dossier_list *l, bool contractor_view)
{
    json_t *items = json_array();
    for (size_t i = 0; i < l->n; i++) {
        const dossier_entry *d = &l->items[i];
        json_t *o = json_pack("{s:s, s:s, s:s, s:I, s:s, s:b}", "at", d->at, "kind", d->kind, "source", d->source,
                              "source_id", (json_int_t)d->source_id, "title", d->title, "for_contractor",
                              d->for_contractor);
        json_object_set_new(o, "text", d->text ? json_string(d->text) : json_null());
        json_object_set_new(o, "actor", d->actor && !contractor_view ? json_string(d->actor) : json_null());
        json_array_append_new(items, o);
    }
    return json_pack("{s:I, s:o}", "contract_id", (json_int_t)contract_id, "items", items);
}
