/* From award to register (issue 16): a logged procurement's award facts and its completion (award
 * date, winner, value, quotes, reason), the link between a procurement and its (draft) contract, the
 * SR-team's confirmation of a draft, exemptions from social return for an award, and the awards read
 * for the missing-social-return report. Typed rows; the rules live in app/procurement_award.c. */
#ifndef INC_AWARD_STORE_H
#define INC_AWARD_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/obligation.h"
#include "core/sebo_rule.h"
#include "store/db.h"

/* What the award of one logged procurement needs. Texts "" when absent. */
typedef struct {
    int64_t id, municipality_id;
    char municipality[48], department[120], reference[64], subject[300], category[16], procedure[32];
    inc_date procurement_date, award_date;   /* award_date INC_DATE_NONE: not recorded */
    int64_t winner_org_id;                   /* 0: not awarded */
    char winner_kvk[16], winner_name[160];
    bool awarded_set;
    int64_t awarded_cents;
    char outcome[24];                        /* the rule check as logged */
    char deviation_reason[500];
    int64_t contract_id;                     /* 0: not in the register */
    char contract_status[16], contract_reference[64];
    bool exempt;
    char exempt_by[128], exempt_on[11], exempt_reason[500];
} procurement_award;

/* INC_ENOTFOUND (field "id") when there is no such procurement. */
inc_status procurement_award_read(inc_db *db, int64_t id, procurement_award *out, inc_error *e);

/* The SEBO rule's input as logged: procedure, category, estimate, each invitation's class and
 * holdership on the procurement date, the local holders then available (has_reason left false). */
inc_status procurement_rule_input(inc_db *db, int64_t id, sebo_rule_input *out, inc_error *e);

/* The completion as stored: winner (0: none), awarded value (-1: none), award date (NONE: none),
 * reason ("" = none) and the rule outcome and explanation it leaves. */
inc_status procurement_completion_store(inc_db *db, int64_t id, int64_t winner_org_id, int64_t awarded_cents,
                                        inc_date award_date, const char *reason, const char *outcome,
                                        const char *explanation, inc_error *e);
/* A quote of an invited organisation (cents -1: quoted without an amount); INC_EINVAL when the
 * organisation was not invited. */
inc_status procurement_quote_store(inc_db *db, int64_t procurement_id, int64_t org_id, int64_t cents, inc_error *e);
/* The organisation id of an invited KvK, 0 when it was not invited. */
inc_status procurement_invited_org(inc_db *db, int64_t procurement_id, const char *kvk, int64_t *org_id,
                                   inc_error *e);

/* Marks a just-registered contract a draft ('concept') of the procurement (0: none), with its
 * obligation provisional or not; the procurement finds it through contracts.procurement_id. */
inc_status contract_draft_mark(inc_db *db, int64_t contract_id, int64_t procurement_id, bool provisional,
                               inc_error *e);

/* A contract's facts for the confirmation of a draft. */
typedef struct {
    int64_t id, municipality_id, procurement_id;
    char municipality[48], reference[64], status[16], contractor_kvk[16];
    bool provisional;
    inc_obligation_input ob;                 /* as registered */
    inc_date start_date, end_date;
} contract_draft_facts;
inc_status contract_draft_read(inc_db *db, int64_t id, contract_draft_facts *out, inc_error *e);
/* Confirms a draft with the labour share, period and obligation the SR-team settled on. */
inc_status contract_confirm_store(inc_db *db, int64_t id, int32_t labour_share_bp, inc_date start, inc_date end,
                                  const inc_obligation *ob, inc_error *e);

/* An exemption for a procurement's award or for a contract (exactly one of the ids non-zero);
 * INC_ECONFLICT when one is recorded already. */
inc_status sr_exemption_insert(inc_db *db, int64_t municipality_id, int64_t procurement_id, int64_t contract_id,
                               const char *granted_by, inc_date granted_on, const char *reason, inc_error *e);

/* One award for the missing-social-return report: an awarded procurement of the log, or a contract
 * (draft or confirmed) that no procurement points to. */
typedef struct {
    const char *source;              /* "inkoop" or "contract" */
    int64_t procurement_id, contract_id;   /* 0 when none */
    const char *municipality, *department, *reference, *subject, *category, *procedure;
    const char *contractor_kvk, *contractor_name;
    inc_date award_date;
    int64_t value_cents;
    const char *contract_status;     /* "concept", "bevestigd" or NULL (not in the register) */
    bool provisional;
    bool contract_applies;           /* a contract's obligation as registered */
    int64_t contract_obligation_cents;
    bool exempt;
} award_row;
typedef void (*award_row_fn)(void *user, const award_row *r);
/* Every award of a municipality (code; NULL: all) in a year (0: all) and department (NULL: all),
 * by award date. A procurement counts as registered when a contract points to it or carries its
 * reference in the same municipality. */
inc_status awards_read(inc_db *db, const char *municipality, int year, const char *department, award_row_fn fn,
                       void *user, inc_error *e);


/* The obligation of an award by the municipality's policy in force on the award date, the winner's
 * SEBO certificate on that day looked up in the registry. */
inc_status award_obligation_compute(inc_db *db, int64_t municipality_id, const char *category, const char *procedure,
                                    int64_t value_cents, int32_t labour_share_bp, const char *kvk, inc_date award,
                                    inc_obligation *out, inc_error *e);

/* How the missing-social-return report counts one award. An award from the log that is not in the
 * register as a confirmed contract is judged with a provisional obligation (labour share unknown:
 * the policy's standard percentage); a draft by its registered (possibly provisional) obligation. */
typedef struct {
    bool applies;        /* carries social return */
    bool exempt;         /* a recorded exemption */
    bool registered;     /* a confirmed contract */
    bool draft;          /* a draft contract only */
    bool provisional, met_by_sebo;
    int64_t obligation_cents;
    int32_t percentage_bp;   /* 0 when taken from a contract */
} award_class;
inc_status award_classify(inc_db *db, const award_row *r, award_class *out, inc_error *e);

/* Awards of a municipality (code) in `year` with an award date up to `upto` (INC_DATE_NONE: the
 * whole year): how many carry social return and are not exempted, and how many of those are
 * registered as a confirmed contract (the council's "geregistreerd x van y"). */
inc_status awards_count(inc_db *db, const char *municipality, int year, inc_date upto, int64_t *with_obligation,
                        int64_t *registered, inc_error *e);

#endif
