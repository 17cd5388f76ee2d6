/* One entry of a contract's dossier (issue 17): the timeline of everything that happened after the
 * award, gathered from several sources by app/dossier.c. Plain values; the texts live in the
 * dossier's arena. */
#ifndef INC_CORE_DOSSIER_H
#define INC_CORE_DOSSIER_H
#include <stdbool.h>
#include <stdint.h>
#include "core/arena.h"

/* The kinds of notes and contact moments the SR-team records (dossier_notes.kind). */
#define DOSSIER_NOTE_KINDS "notitie, telefoongesprek, overleg, e-mail, bezoek"
bool dossier_note_kind_valid(const char *kind);
#define DOSSIER_NOTE_MAX 4000

typedef struct {
    const char *at;          /* ISO date "2026-03-09" or date-time "2026-03-09T10:00:00Z": the sort key */
    const char *kind;        /* gunning, contact, notitie, telefoongesprek, ..., jaarrapportage,
                                realisatie-gemeld, realisatie-geverifieerd, realisatie-afgewezen, e-mail-verzonden */
    const char *source;      /* where it came from: contract, dossier, yearly_reports, realisations, mail */
    int64_t source_id;       /* the row in that source (0 when none) */
    const char *title;       /* one line, Dutch */
    const char *text;        /* more, or NULL */
    const char *actor;       /* who, as the audit log names it, or NULL */
    bool for_contractor;     /* shown to the contractor */
} dossier_entry;

ARENA_LIST(dossier_list, dossier_entry);

/* Newest first; of equal times the one given last first (sources give theirs oldest first). */
void dossier_sort(dossier_list *l);

#endif
