/* The CSV columns of the register's import and export: one list, so an exported file imports back. */
#ifndef INC_IMPORT_COLUMNS_H
#define INC_IMPORT_COLUMNS_H
#include "io/csv_reader.h"

/* Contracts: municipality, department, reference, title, category, procedure, value,
 * labour_share_pct, award_date, start_date, end_date, contractor_kvk, contractor_name, cpv,
 * sebo_holder, extra_pct, exemption_pct, exemption_by, exemption_date, exemption_reason. */
extern const char *const contract_columns[];
extern const csv_schema contract_import_schema;

/* Realisations: municipality, contract_reference, block, bsn, candidate_ref, hours_per_week, hours,
 * start, end, amount, subsidy_end. */
extern const char *const realisation_columns[];
extern const csv_schema realisation_import_schema;

#endif
