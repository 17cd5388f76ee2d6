#include "io/import_columns.h"

const char *const contract_columns[] = {
    "municipality", "department", "reference", "title", "category", "procedure", "value", "labour_share_pct",
    "award_date", "start_date", "end_date", "contractor_kvk", "contractor_name", "cpv", "sebo_holder", "extra_pct",
    "exemption_pct", "exemption_by", "exemption_date", "exemption_reason", NULL};
static const char *const contract_required[] = {
    "municipality", "reference", "title", "category", "procedure", "value", "labour_share_pct", "award_date",
    "start_date", "end_date", "contractor_kvk", NULL};
/* Free text that an export may have marked against formula injection (io/csv_writer.h). */
static const char *const contract_text[] = {"department", "reference", "title", "contractor_name", "exemption_by",
                                            "exemption_reason", NULL};
const csv_schema contract_import_schema = {contract_columns, contract_required, contract_text, 0};

const char *const realisation_columns[] = {"municipality", "contract_reference", "block", "bsn", "candidate_ref",
                                           "hours_per_week", "hours", "start", "end", "amount", "subsidy_end", NULL};
static const char *const realisation_required[] = {"municipality", "contract_reference", "block", "start", NULL};
static const char *const realisation_text[] = {"contract_reference", "candidate_ref", NULL};
const csv_schema realisation_import_schema = {realisation_columns, realisation_required, realisation_text, 0};
