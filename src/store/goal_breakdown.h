/* Breakdowns for the council: counts of people by target group, municipality, instrument and
 * contract type. Counts only, never a person id; what may be shown is decided above the store
 * (app/goal_dashboard.c asks core/suppress.h). */
#ifndef INC_GOAL_BREAKDOWN_H
#define INC_GOAL_BREAKDOWN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/goal_data.h"
#include "core/suppress.h"
#include "store/db.h"

/* Fills the breakdowns for a municipality: people at work under the banenafspraak on the
 * reference date by target group, municipality (over the labour-market region), instrument and
 * contract type (banenafspraak counting rules, core/banen_stats.h); and people placed through
 * social return in the year by the target group of the building block. The marks are left at
 * SUP_SHOWN: the caller applies suppression. */
inc_status goal_breakdowns_read(inc_db *db, const char *muni_code, int64_t muni_id, const char *region, int year,
                                inc_date peil, goal_breakdown out[GOAL_BREAKDOWNS], inc_error *e);

#endif
