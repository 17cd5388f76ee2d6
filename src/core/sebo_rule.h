/* The SEBO preference rule for onderhandse procurements (council decision 2015, domain brief s.3):
 *  - enkelvoudig onderhands: the one company asked should be a local SEBO holder, else a local
 *    company, else any company (preference order);
 *  - meervoudig onderhands: at least one local SEBO holder invited when the registry holds one for
 *    that kind of work on that day, else at least one local company;
 *  - not following the order is a deviation, acceptable only with a recorded reason; without one the
 *    procurement is flagged for the department and the programme manager;
 *  - the aim: for procurements up to EUR 150,000 at least one SEBO company (local or not) may quote.
 * Pure: the caller supplies each invited company's class on the procurement date. */
#ifndef INC_SEBO_RULE_H
#define INC_SEBO_RULE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/error.h"
#include "core/procurement.h"

/* The class of an invited company on the procurement date, best first. */
typedef enum {
    SEBO_CLASS_LOCAL_HOLDER,  /* established in the municipality and holding a valid SEBO certificate */
    SEBO_CLASS_LOCAL,         /* established in the municipality, no valid certificate */
    SEBO_CLASS_OTHER,         /* established elsewhere (also a non-local SEBO holder) */
    SEBO_CLASS__COUNT
} sebo_class;

const char *sebo_class_code(sebo_class c);   /* "lokaal-sebo", "lokaal", "overig" */
const char *sebo_class_label(sebo_class c);  /* "lokale SEBO-keurmerkhouder", ... */
bool sebo_class_parse(const char *s, sebo_class *out);
/* Local + holding a valid certificate on the day -> class. */
sebo_class sebo_classify(bool local, bool holder);

/* Thresholds: configurable data (settings), defaults from the 2016 policy table (source 000, t. 4.1). */
typedef struct {
    int64_t max_cents[CAT__COUNT];  /* SEBO applies below: werken 1,500,000, diensten/leveringen 207,000 */
    int64_t aim_max_cents;          /* the aim "at least one SEBO company may quote" up to 150,000 */
} sebo_thresholds;
void sebo_thresholds_default(sebo_thresholds *t);

typedef enum {
    SEBO_RULE_NOT_APPLICABLE,  /* value at or above the SEBO threshold of the category */
    SEBO_RULE_FOLLOWED,        /* preference order followed */
    SEBO_RULE_DEVIATION,       /* order not followed, reason recorded */
    SEBO_RULE_FLAGGED,         /* order not followed, no reason: flagged */
    SEBO_RULE__COUNT
} sebo_rule_outcome;
const char *sebo_rule_outcome_code(sebo_rule_outcome o);  /* "gevolgd", "afwijking-met-reden", "gemarkeerd" */

#define SEBO_MAX_INVITED 64

typedef struct {
    inc_procedure procedure;     /* PROC_ENKELVOUDIG or PROC_MEERVOUDIG */
    inc_category category;
    int64_t value_cents;         /* estimated value, excl. VAT */
    int invited_count;
    sebo_class invited[SEBO_MAX_INVITED];
    bool invited_holder[SEBO_MAX_INVITED];  /* holds a valid certificate (local or not) */
    int local_holders_available;  /* local holders in the registry for this kind of work on the day */
    bool has_reason;              /* a deviation reason was recorded */
} sebo_rule_input;

typedef struct {
    sebo_rule_outcome outcome;
    sebo_class expected;          /* the best class the rule asked for */
    sebo_class best_invited;      /* the best class actually invited */
    bool sebo_invited;            /* a SEBO holder (local or not) was invited */
    bool aim_applies;             /* value up to the aim's maximum */
    bool aim_met;                 /* ... and a SEBO company was invited */
    char explanation[400];        /* Dutch, in words: why followed / deviated / flagged */
} sebo_rule_result;

/* Checks the input's shape (procedure onderhands, 1 company for enkelvoudig, >= 2 for meervoudig,
 * value >= 0) and applies the rule. */
inc_status sebo_rule_check(const sebo_thresholds *t, const sebo_rule_input *in, sebo_rule_result *out,
                           inc_error *e);

#endif
