/* After the award (issue 17): the plan van aanpak of a contract that is behind, the escalation
 * ladder's next step, the final settlement with its unrealised value and the penalty or buy-off
 * the policy version sets, and the evidence rules. Pure rules, integer cents, Dutch messages. */
#ifndef INC_CORE_SETTLEMENT_H
#define INC_CORE_SETTLEMENT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

/* ---- Evidence ---------------------------------------------------------------------------------- */
#define EVIDENCE_MAX_BYTES (2 * 1024 * 1024)   /* 2 MB per file */
#define EVIDENCE_MAX_FILES 10                  /* per realisation */

/* The type found in the content (libmagic, in app) must be one of these; the caller passes what was
 * found. Fails (INC_EINVAL, field "file") on an empty or too large file or another type. */
inc_status evidence_check(size_t size, const char *detected_mime, inc_error *e);
/* A file name fit to store and show: the last path part, control characters and quotes left out,
 * at most 120 bytes; "bewijsstuk" when nothing is left. */
void evidence_clean_name(const char *in, char *out, size_t size);

/* ---- Plan van aanpak --------------------------------------------------------------------------- */
typedef struct {
    inc_date due;           /* by this day ... */
    int64_t target_cents;   /* ... this much realised (verified) in all */
} plan_milestone;

typedef enum { PLAN_NONE, PLAN_ON_SCHEDULE, PLAN_BEHIND, PLAN_MET } plan_status;

typedef struct {
    plan_status status;
    int64_t expected_cents;     /* the target of the latest milestone due on or before today (0 if none) */
    bool has_next;
    inc_date next_due;          /* the first milestone after today */
    int64_t next_target_cents;
    int64_t final_target_cents; /* the last milestone's target */
} plan_progress;

/* A new milestone: due today or later, a positive target, a description. Every bad field noted. */
inc_status plan_input_check(inc_date due, inc_date today, int64_t target_cents, const char *description,
                            inc_error *e);
/* Progress against the plan (milestones in any order) for what is verified by today. */
void plan_progress_compute(const plan_milestone *m, int n, int64_t verified_cents, inc_date today,
                           plan_progress *out);
const char *plan_status_code(plan_status s);   /* "geen-plan", "op-schema", "achter", "gehaald" */

/* ---- Escalation ladder ------------------------------------------------------------------------- */
typedef struct {
    int step_no;
    int days_after;       /* due this many days after the previous step was taken (step 1: at once) */
} ladder_step;

typedef struct {
    int step_no;
    inc_date taken_on;
} taken_step;

/* The next step of the ladder (steps in step order, taken in any order) for a contract that is
 * behind on `since` (the day the escalation became due; usually today or the first day found behind).
 * Returns false when every step is taken. */
bool escalation_next(const ladder_step *ladder, int n, const taken_step *taken, int n_taken, inc_date since,
                     int *step_index, inc_date *due);
/* Taking step step_no on a day: it must be the next step and not in the future. */
inc_status escalation_take_check(const ladder_step *ladder, int n, const taken_step *taken, int n_taken,
                                 int step_no, inc_date on, inc_date today, inc_error *e);

/* ---- Final settlement -------------------------------------------------------------------------- */
typedef enum { SETTLE_MET, SETTLE_PARTLY, SETTLE_NOT_MET, SETTLE_EXEMPTED, SETTLE__COUNT } settlement_outcome;
typedef enum { PENALTY_NONE, PENALTY_PERCENTAGE, PENALTY_FIXED, PENALTY__COUNT } penalty_kind;

typedef struct {
    penalty_kind kind;
    int32_t pct_bp;          /* PENALTY_PERCENTAGE: of the unrealised value */
    int64_t fixed_cents;     /* PENALTY_FIXED: when anything is unrealised */
} penalty_policy;

typedef struct {
    int64_t due_cents;       /* the obligation less what SEBO covers */
    int64_t verified_cents;
    inc_date end, today;
    bool already_settled;
    bool exemption;          /* an exemption granted afterwards: who, when, why below */
    const char *exemption_by, *exemption_reason;
    inc_date exemption_date;
    penalty_policy penalty;
} settlement_input;

typedef struct {
    settlement_outcome outcome;
    int64_t unrealised_cents;
    int64_t penalty_cents;
    char rule[200];          /* the rule that gave the amount, in Dutch */
} settlement_result;

/* Refuses a contract that has not ended, one settled already, and an exemption without who, when
 * (not after today) or why; else computes the outcome, the unrealised value and the penalty. */
inc_status settlement_compute(const settlement_input *in, settlement_result *out, inc_error *e);
/* The amount a penalty policy gives for an unrealised value, with its rule in words. */
int64_t penalty_compute(const penalty_policy *p, int64_t unrealised_cents, char *rule, size_t size);

const char *settlement_outcome_code(settlement_outcome o);    /* "deels-voldaan" */
const char *settlement_outcome_label(settlement_outcome o);   /* "deels voldaan" */
bool settlement_outcome_parse(const char *s, settlement_outcome *out);
const char *penalty_kind_code(penalty_kind k);                 /* "geen", "percentage", "vast-bedrag" */
bool penalty_kind_parse(const char *s, penalty_kind *out);

#endif
