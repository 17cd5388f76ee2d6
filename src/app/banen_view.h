/* Banenafspraak records and targets as JSON, the same for the command line (--json) and the API. */
#ifndef INC_APP_BANEN_VIEW_H
#define INC_APP_BANEN_VIEW_H
#include <jansson.h>
#include <stddef.h>
#include "core/banen_record.h"
#include "core/banen_target.h"

/* id, municipality, employer_kvk, employer_name, department, sector, person_id (never a BSN),
 * target_group, start, end, hours_per_week, contract_type, instrument, source, realisation_id. */
json_t *banen_record_json(const banen_record *r);
/* An array of banen_record_json. */
json_t *banen_records_json(const banen_record *r, size_t n);

/* kind, scope, scope_code, sector, year, unit, value, peildatum, baseline_date, source. */
json_t *banen_target_json(const banen_target *t);

#endif
