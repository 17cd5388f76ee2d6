/* One record from invitation to obligation (issue 16). A logged procurement is completed after it
 * was logged (quotes, winner, award date and value, the reason for a deviation from the SEBO
 * preference: required while the procurement is flagged); an award that carries social return by
 * the policy in force on its award date becomes a draft contract in the register ('concept', the
 * SR-team confirms it), contract and procurement pointing to each other; an award may instead get a
 * recorded exemption. The missing-social-return report lists every award that carries social return
 * but has neither a confirmed contract nor an exemption, with the obligation it would have had.
 * Every write runs in the caller's transaction when one is open, else in its own, with its audit entry. */
#ifndef INC_APP_PROCUREMENT_AWARD_H
#define INC_APP_PROCUREMENT_AWARD_H
#include <jansson.h>
#include <stdbool.h>
#include "app/app.h"
#include "core/date.h"
#include "core/report_doc.h"
#include "core/register_input.h"

/* ---- award -> draft contract ---- */

/* A draft contract from an award outside the log (the OCDS import) or from the log (procurement_id
 * != 0): registers `in` as app_contract_register does (obligation by the policy in force on the
 * award date, met by SEBO when the registry says so), then marks it 'concept'. provisional: the
 * labour-cost share is unknown; in->labour_share_bp is then ignored and the obligation is the
 * policy's standard percentage (100 % labour share assumed), marked provisional until the SR-team
 * confirms the draft with the real share. A reference already in the register is INC_ECONFLICT. */
inc_status app_award_draft_create(inc_db *db, const inc_contract_input *in, bool provisional, int64_t procurement_id,
                                  int64_t *contract_id, inc_error *e);

typedef struct {
    int32_t labour_share_bp;   /* -1: unknown -> provisional obligation */
    inc_date start_date;       /* INC_DATE_NONE: the award date */
    inc_date end_date;         /* INC_DATE_NONE: start + 12 months - 1 day */
    char cpv[32];              /* "" = none */
} award_draft_options;
void award_draft_options_init(award_draft_options *o);

/* The draft contract of a logged, awarded procurement (opt NULL: all defaults). Refuses (Dutch
 * messages) a procurement not yet awarded (INC_EINVAL), one already in the register, by link or by
 * its reference (INC_ECONFLICT), one with a recorded exemption and one the policy gives no social
 * return (INC_EINVAL). */
inc_status app_procurement_award_to_draft(inc_db *db, int64_t procurement_id, const award_draft_options *opt,
                                          int64_t *contract_id, inc_error *e);

/* The SR-team confirms a draft: the labour share (-1: keep; required while the obligation is
 * provisional), the period (INC_DATE_NONE: keep); the obligation is computed anew. A confirmed
 * contract is INC_ECONFLICT. */
inc_status app_award_confirm(inc_db *db, int64_t contract_id, int32_t labour_share_bp, inc_date start, inc_date end,
                             inc_error *e);

/* ---- completing a logged procurement ---- */

#define AWARD_MAX_QUOTES 12
typedef struct {
    bool winner_set;  char winner[16];        /* "" with winner_set: clears the winner */
    bool awarded_set; int64_t awarded_cents;
    bool award_date_set; inc_date award_date;
    bool reason_set;  char reason[500];
    int quote_count;
    char quote_kvk[AWARD_MAX_QUOTES][16];
    int64_t quote_cents[AWARD_MAX_QUOTES];    /* -1: quoted, amount unknown */
} procurement_completion;
/* From {winner, awarded_value, award_date, deviation_reason, quotes:[{kvk, amount}]} (every field
 * optional, unknown fields refused). */
inc_status procurement_completion_from_json(const json_t *j, procurement_completion *c, inc_error *e);

/* Completes a procurement. The winner must be invited; awarding needs an award date (not before the
 * procurement date, not in the future); the value defaults to the winner's quote, else the estimate.
 * A flagged procurement (no reason for deviating from the SEBO preference) is refused. When the award
 * carries social return and is not in the register or exempted, its draft contract is made at once
 * (*contract_id, else 0). A procurement already in the register keeps its winner and value. */
inc_status app_procurement_complete(inc_db *db, int64_t id, const procurement_completion *c, int64_t *contract_id,
                                    inc_error *e);

/* Records an exemption from social return for a procurement's award (granted by whom, on which day,
 * why). INC_ECONFLICT when it has one or is in the register as a confirmed contract. */
inc_status app_procurement_exempt(inc_db *db, int64_t id, const char *granted_by, inc_date granted_on,
                                  const char *reason, inc_error *e);

/* {contract: {id, reference, status, provisional} | null, exemption: {granted_by, granted_on, reason}
 *  | null, award_date, obligation: {applies, percentage, amount, met_by_sebo, provisional, reason}
 *  | null (not awarded)}: the award block of a procurement's detail. */
inc_status app_procurement_award_json(inc_db *db, int64_t id, json_t **out, inc_error *e);

/* ---- missing social return ---- */

typedef struct {
    const char *const *municipalities;  /* NULL-terminated; NULL: all */
    int year;                           /* 0: all */
    const char *department;             /* NULL: all */
} missing_sr_filter;

/* {items:[{source, procurement_id, contract_id, municipality, department, year, reference, subject,
 *  category, procedure, contractor:{kvk, name}, award_date, value, obligation, percentage,
 *  met_by_sebo, provisional, status: "ontbreekt"|"concept"}],
 *  groups:[{municipality, department, year, awards, registered, exempted, missing, obligation_missing}],
 *  totals:{with_obligation, registered, exempted, missing, obligation_missing}} */
inc_status app_missing_sr(inc_db *db, const missing_sr_filter *f, json_t **out, inc_error *e);

/* The report as a printable document (io/report_export.h writes it as XLSX, HTML or CSV): a summary
 * paragraph, the table of missing awards ("ontbrekend") and the one per municipality, department and
 * year ("per-afdeling"). `report` is what app_missing_sr made. */
void missing_sr_doc(const json_t *report, report_doc *d);

/* The council dashboard's figures: awards with a social-return obligation (not exempted) and how
 * many of them are registered as a confirmed contract, in the municipalities (NULL: all), in a year
 * (0: all). */
inc_status app_missing_sr_counts(inc_db *db, const char *const *municipalities, int year, int64_t *with_obligation,
                                 int64_t *registered, inc_error *e);

#endif
