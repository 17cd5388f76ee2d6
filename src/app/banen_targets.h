/* Setting and listing banenafspraak targets (`inclusio banen target`, POST/GET /api/v1/banen/targets;
 * the targets against what was realised are app/banen_report.h). */
#ifndef INC_APP_BANEN_TARGETS_H
#define INC_APP_BANEN_TARGETS_H
#include <stddef.h>
#include "app/app.h"
#include "core/banen_target.h"

/* Completes and checks the target (core/banen_target.h: t gets its defaults), checks that its
 * municipality or region exists, and stores it in one transaction, audit-logged. */
inc_status app_banen_target_set(inc_db *db, banen_target *t, inc_error *e);

/* All targets (optionally of one municipality and its region), ordered by scope, code, sector,
 * year. Caller frees *out. */
inc_status app_banen_targets_list(inc_db *db, const char *municipality, banen_target **out, size_t *n, inc_error *e);

#endif
