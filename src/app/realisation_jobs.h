/* What social return achieved for residents (issue 18): the job behind a job realisation (where the
 * candidate lives, the contract, the benefit left), durability reported by the contractor at 6 and
 * 12 months after the realisation's end (or read from a linked banenafspraak record), the
 * municipality's postcode areas, and the report per contract, contractor and year with small-count
 * suppression. Rules in core/job_outcome.h; docs/domain-rules.md "Residents and durable work". */
#ifndef INC_APP_REALISATION_JOBS_H
#define INC_APP_REALISATION_JOBS_H
#include <jansson.h>
#include "app/app.h"
#include "store/realisation_jobs.h"

/* The facts the faces check the scope with (contract, contractor); INC_ENOTFOUND. */
inc_status app_realisation_job_facts(inc_db *db, int64_t realisation_id, realisation_job_facts *f, inc_error *e);

/* Records the job of a realisation of a block valued per year, not rejected: residence as a
 * municipality (name or code, at most 60 characters) or as a 4-digit postcode area, not both;
 * contract tijdelijk, vast, proefplaatsing, detachering or bbl; the benefit left is what the block
 * implies (mu-ww: ww), the recorder's choice under mu-banenafspraak, none for other blocks.
 * Audit-logged without the residence. */
inc_status app_realisation_job_record(inc_db *db, int64_t realisation_id, const char *residence_municipality,
                                      const char *residence_pc4, const char *contract_type, const char *benefit_left,
                                      inc_error *e);

/* The contractor's answer: still working there `months` (6 or 12) after the realisation's end;
 * refused before that day. */
inc_status app_realisation_job_working(inc_db *db, int64_t realisation_id, int months, bool working, inc_error *e);


/* The report on `today`: the filter's total, per year, per contractor and per contract. */
json_t *app_jobs_report_json(inc_db *db, const job_filter *f, inc_date today, bool aggregate_only, inc_error *e);

#endif
