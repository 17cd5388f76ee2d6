/* Breakdowns for the council: counts of people by target group, municipality, instrument and
 * contract type. Counts only, never a person id; suppression is applied by the caller. */
#ifndef INC_GOAL_BREAKDOWN_H
#define INC_GOAL_BREAKDOWN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "store/db.h"

#define BREAKDOWN_MAX_ITEMS 24

typedef struct {
    char label[96];
    int64_t count;
    bool suppressed;
} breakdown_item;

typedef struct {
    const char *code;     /* "doelgroep", "gemeente", "instrument", "contractvorm", "sroi-doelgroep" */
    const char *title;    /* Dutch */
    bool available;       /* false: the municipality has no data for it (e.g. no own employer set) */
    const char *note;     /* Dutch: where the figures come from */
    breakdown_item items[BREAKDOWN_MAX_ITEMS];
    int n;
    int64_t total;
} goal_breakdown;

#define GOAL_BREAKDOWNS 5
/* Fills the breakdowns for a municipality: people at work under the banenafspraak on the
 * reference date by target group, municipality (over the labour-market region), instrument and
 * contract type (banenafspraak counting rules, core/banen_stats.h); and people placed through
 * social return in the year by the target group of the building block. Suppression is applied
 * (core/goal.h). */
inc_status goal_breakdowns_read(inc_db *db, const char *muni_code, int64_t muni_id, const char *region, int year,
                                inc_date peil, goal_breakdown out[GOAL_BREAKDOWNS], inc_error *e);

/* The total as the council may see it (core/goal.h goal_total_text); *shown_as_number tells whether
 * it is the plain figure. */
void goal_breakdown_total(const goal_breakdown *b, char *buf, size_t size, bool *shown_as_number);

#endif
