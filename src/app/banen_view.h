/* Banenafspraak records and targets as JSON, the same for the command line (--json) and the API. */
#ifndef INC_APP_BANEN_VIEW_H
#define INC_APP_BANEN_VIEW_H
#include <jansson.h>
#include "core/banen_target.h"

/* kind, scope, scope_code, sector, year, unit, value, peildatum, baseline_date, source. */
json_t *banen_target_json(const banen_target *t);

#endif
