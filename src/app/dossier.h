/* The dossier of a contract (issue 17): one timeline of everything that happened after the award.
 * app_dossier_collect gathers it from every source listed in its table (dossier.c), so a new source
 * (plans, escalation steps, the settlement) is one line there. The SR-team adds notes and contact
 * moments; the contractor sees the entries meant for it. */
#ifndef INC_APP_DOSSIER_H
#define INC_APP_DOSSIER_H
#include <jansson.h>
#include <stdbool.h>
#include "app/app.h"
#include "core/date.h"
#include "core/dossier.h"

/* A source of dossier entries: appends the contract's entries to l (texts in l's arena);
 * contractor_view: only those the contractor may see (entry.for_contractor). */
typedef inc_status (*dossier_source_fn)(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *l,
                                        inc_error *e);

/* Every source's entries, newest first (INC_ENOTFOUND for an unknown contract). The caller has
 * checked scope; *out is the caller's to arena_free (&out->arena). */
inc_status app_dossier_collect(inc_db *db, int64_t contract_id, bool contractor_view, dossier_list *out, inc_error *e);

/* A note or contact moment of the SR-team: kind one of DOSSIER_NOTE_KINDS, a date not in the
 * future, text 1..4000 bytes; audit-logged. Every bad field is reported (e->all). */
typedef struct {
    const char *kind, *date, *text;
    bool for_contractor;
} dossier_note_input;
inc_status app_dossier_note_add(inc_db *db, int64_t contract_id, const dossier_note_input *in, int64_t *id,
                                inc_error *e);

/* {contract_id, items: [{at, kind, source, source_id, title, text, actor, for_contractor}]}; the
 * contractor's view leaves out actor names of the municipality's staff. */
json_t *dossier_json(int64_t contract_id, const dossier_list *l, bool contractor_view);

#endif
