/* A contract of the social-return register as the faces and reports read it: the filter of the
 * contract list, one stored contract (contract_record) and what follows from it on a given day
 * (progress, contact and yearly-report deadlines). Plain values and pure rules: the store fills
 * the records (store/register.h), io/register_view.h writes them as JSON. */
#ifndef INC_CORE_CONTRACT_H
#define INC_CORE_CONTRACT_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/progress.h"

/* A yearly report's deadline: one month after the anniversary it covers. */
#define YEARLY_REPORT_GRACE_MONTHS 1
#define CONTRACT_MAX_YEARLY_REPORTS 64

typedef struct {
    const char *const *municipalities;  /* NULL-terminated codes; NULL = all */
    const int64_t *municipality_ids;    /* their ids in the same order, when the caller has them (a
                                           user's scope, from the session); NULL: looked up */
    int64_t contractor_id;              /* 0 = all */
    int year;                           /* award year; 0 = all */
    bool status_set;
    inc_progress_status status;
    const char *overdue;                /* NULL, "contact", "yearly-report", "behind" */
    const char *query;                  /* text in reference/title/contractor; NULL = none */
    int page, per_page;                 /* 1-based; per_page 0 = all */
} inc_contract_filter;

/* One stored contract. The texts point into the reader's row and live as long as the callback
 * that receives the record; NULL for a column without a value. */
typedef struct {
    int64_t id;
    const char *municipality, *municipality_name, *department, *reference, *title, *category, *procedure;
    int64_t value_cents;
    int32_t labour_share_bp;
    inc_date award, start, end;          /* INC_DATE_NONE when not a date */
    int64_t contractor_id;
    const char *contractor_kvk, *contractor_name, *cpv;
    bool sebo_holder;
    int32_t extra_bp;
    bool exempted;
    int32_t exemption_pct_bp;
    const char *exemption_by, *exemption_date, *exemption_reason;
    bool applies;
    int32_t base_pct_bp, percentage_bp;
    int64_t obligation_cents;
    bool met_by_sebo;
    int64_t sebo_covered_cents;
    int64_t pso_covered_cents;               /* met by the contractor's PSO certificate (app/pso.h) */
    bool draft;                              /* a concept from an award the SR-team has not confirmed */
    bool obligation_provisional;             /* the labour share is not known yet (OCDS, issue 16) */
    const char *obligation_reason;
    int64_t verified_cents, reported_cents;  /* the running totals of its realisations */
    inc_date contact;                        /* first contact, INC_DATE_NONE before it */
    const char *yearly_submitted;            /* the year numbers reported, "1,2"; NULL when none */
} contract_record;

/* The yearly reports of a multi-year contract on a day: due dates, deadlines, which are in. */
typedef struct {
    int n;
    inc_date due[CONTRACT_MAX_YEARLY_REPORTS], deadline[CONTRACT_MAX_YEARLY_REPORTS];
    bool submitted[CONTRACT_MAX_YEARLY_REPORTS], overdue[CONTRACT_MAX_YEARLY_REPORTS];
} contract_yearly_reports;

/* What follows from a contract on a day: its progress and what is overdue. */
typedef struct {
    inc_progress progress;
    inc_date contact_deadline;   /* five working days after award */
    bool contact_overdue;
    int yearly_overdue;          /* yearly reports past their deadline and not submitted */
} contract_flags;

/* Returns how many yearly reports are overdue. */
int contract_yearly_reports_of(const contract_record *c, inc_date today, contract_yearly_reports *y);
void contract_flags_of(const contract_record *c, inc_date today, contract_flags *f);

/* Whether a filter has conditions on derived facts (status, overdue), which only contract_flags
 * answer; and whether a contract with these flags meets them. */
bool contract_filter_derived(const inc_contract_filter *f);
bool contract_filter_matches(const inc_contract_filter *f, const contract_flags *fl);
/* Refuses an unknown overdue kind or a page size outside 0..1000 (INC_EINVAL naming the field). */
inc_status contract_filter_check(const inc_contract_filter *f, inc_error *e);

#endif
