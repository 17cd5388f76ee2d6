/* The invitation log as the faces read it: logged procurements with their invitations, and the
 * companies a procurement may invite. Plain records in an arena (core/arena.h): the store fills
 * them, app/procurement_log.h hands them out and renders them. Codes are kept as stored. */
#ifndef INC_CORE_PROCUREMENT_RECORD_H
#define INC_CORE_PROCUREMENT_RECORD_H
#include <stdbool.h>
#include <stdint.h>
#include "core/arena.h"
#include "core/sebo_rule.h"

typedef struct {
    const char *municipality;  /* NULL = all */
    int year;                  /* 0 = all */
    const char *department;    /* NULL = all */
    bool flagged_only;
} procurement_filter;

typedef struct {
    const char *kvk, *name;
    const char *class_code;    /* the class on the procurement date: lokaal-sebo, lokaal, overig */
    bool holder, quoted;
    bool quote_set;
    int64_t quote_cents;
} procurement_invitation;

typedef struct {
    int64_t id;
    const char *municipality, *department, *subject, *category, *procedure, *date;
    const char *reference;         /* may be NULL */
    int64_t estimated_cents;
    const char *winner_kvk;        /* NULL: not awarded */
    const char *winner_name;
    const char *winner_class;      /* may be NULL */
    bool winner_holder;
    bool awarded_set;
    int64_t awarded_cents;
    const char *deviation_reason;  /* may be NULL */
    /* the rule check as judged when logged */
    const char *outcome, *expected, *explanation;
    int local_holders_available;
    bool sebo_invited, aim_applies, aim_met;
    const char *logged_by;
    size_t n_invited;
    procurement_invitation *invited;
} procurement_rec;
ARENA_LIST(procurement_list, procurement_rec);

/* A company known to the register as a procurement in one municipality would see it. */
typedef struct {
    const char *kvk, *name;
    sebo_class class_on_day;
    bool holder;
    bool does_category;   /* a SEBO holder doing the procurement's kind of work */
} procurement_company;
ARENA_LIST(procurement_company_list, procurement_company);

#endif
