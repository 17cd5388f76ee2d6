/* Breakdowns for the council: counts of people by target group, municipality, instrument and
 * contract type. Counts only, never a person id; suppression is applied by the caller. */
#ifndef INC_GOAL_BREAKDOWN_H
#define INC_GOAL_BREAKDOWN_H
#include <stdbool.h>
#include <stdint.h>
#include "store/db.h"

#define BREAKDOWN_MAX_ITEMS 24

typedef struct {
    char label[96];
    int64_t count;
    bool suppressed;
} breakdown_item;

typedef struct {
    const char *code;     /* "doelgroep", "gemeente", "instrument", "contractvorm" */
    const char *title;    /* Dutch */
    bool available;       /* false: the area holding this breakdown is not installed */
    const char *note;     /* Dutch: where the figures come from, or why they are missing */
    breakdown_item items[BREAKDOWN_MAX_ITEMS];
    int n;
    int64_t total;
} goal_breakdown;

#define GOAL_BREAKDOWNS 4
/* Fills the four breakdowns for a municipality and year; the municipality breakdown covers the
 * municipality's labour-market region. Suppression is applied (core/goal.h). */
inc_status goal_breakdowns_read(inc_db *db, int64_t muni_id, const char *region, int year,
                                goal_breakdown out[GOAL_BREAKDOWNS], inc_error *e);

#endif
