/* Breakdowns for the council: counts of people by target group, municipality, instrument and
 * contract type. Counts only, never a person id; suppression is applied by the caller. */
#ifndef INC_GOAL_BREAKDOWN_H
#define INC_GOAL_BREAKDOWN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/suppress.h"
#include "store/db.h"

#define BREAKDOWN_MAX_ITEMS 24

typedef struct {
    char label[96];
    int64_t count;
    sup_mark mark;        /* shown, "<5" or "afgeschermd" (core/suppress.h) */
} breakdown_item;

typedef struct {
    const char *code;     /* "doelgroep", "gemeente", "instrument", "contractvorm", "sroi-doelgroep" */
    const char *title;    /* Dutch */
    bool available;       /* false: the municipality has no data for it (e.g. no own employer set) */
    const char *note;     /* Dutch: where the figures come from */
    breakdown_item items[BREAKDOWN_MAX_ITEMS];
    int n;
    int64_t total;
    sup_mark total_mark;  /* how the total may be shown beside the cells */
} goal_breakdown;

#define GOAL_BREAKDOWNS 5
/* Fills the breakdowns for a municipality: people at work under the banenafspraak on the
 * reference date by target group, municipality (over the labour-market region), instrument and
 * contract type (banenafspraak counting rules, core/banen_stats.h); and people placed through
 * social return in the year by the target group of the building block. Suppression is applied
 * (core/suppress.h): every item and the total carry their mark. */
inc_status goal_breakdowns_read(inc_db *db, const char *muni_code, int64_t muni_id, const char *region, int year,
                                inc_date peil, goal_breakdown out[GOAL_BREAKDOWNS], inc_error *e);

/* Whether a cell or the total is "afgeschermd", so the table needs core/suppress.h sup_note. */
bool goal_breakdown_protects(const goal_breakdown *b);

#endif
