/* Banenafspraak records, targets and reports as JSON, the same for the command line (--json) and
 * the API. */
#ifndef INC_APP_BANEN_VIEW_H
#define INC_APP_BANEN_VIEW_H
#include <jansson.h>
#include <stddef.h>
#include "core/banen_figures.h"
#include "core/banen_record.h"
#include "core/banen_target.h"

/* id, municipality, employer_kvk, employer_name, department, sector, person_id (never a BSN),
 * target_group, start, end, hours_per_week, contract_type, instrument, source, realisation_id. */
json_t *banen_record_json(const banen_record *r);
/* An array of banen_record_json. */
json_t *banen_records_json(const banen_record *r, size_t n);

/* kind, scope, scope_code, sector, year, unit, value, peildatum, baseline_date, source. */
json_t *banen_target_json(const banen_target *t);

/* The report (core/banen_figures.h): date, filter, records and totals, by_* breakdowns, target and
 * goal_met, regional_targets, durability, work_company, trend. A hidden figure is null; its object
 * carries "suppressed": true and "suppression": {figure: "<5" or "afgeschermd"}. */
json_t *banen_figures_json(const banen_figures *f);
/* {"municipality", "targets": [target + measured_on, realised (+ baseline_banen, realised_banen for
 * a region), goal_met (null when not yet measurable), doel_gehaald "Ja"/"Nee"/"N.v.t."]}. */
json_t *banen_targets_report_json(const char *municipality, const banen_target_result *rows, size_t n);

#endif
