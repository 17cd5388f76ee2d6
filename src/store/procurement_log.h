/* The invitation log of onderhandse procurements: stores who was invited (with the class each had
 * on the procurement date), the quotes, the winner, the reason for a deviation and the rule check
 * as app/procurement_log.c judged it; reads it back as records (core/procurement_record.h). */
#ifndef INC_PROCUREMENT_LOG_H
#define INC_PROCUREMENT_LOG_H
#include <stdbool.h>
#include <stdint.h>
#include "core/procurement_record.h"
#include "core/sebo_procurement.h"
#include "core/sebo_rule.h"
#include "store/db.h"

/* The thresholds in force: defaults overridden by settings sebo.max_werken_cents,
 * sebo.max_diensten_cents, sebo.max_leveringen_cents, sebo.aim_max_cents. */
void sebo_thresholds_load(inc_db *db, sebo_thresholds *t);

/* One procurement to store, classified and judged. */
typedef struct {
    const sebo_proc_input *in;
    int64_t municipality_id;
    const int64_t *org_id;            /* per invited company, in->invited order */
    const sebo_rule_input *rule;      /* the class and holdership of each invited company */
    const sebo_rule_result *result;
    int64_t winner_org_id;            /* 0: not awarded */
    int64_t awarded_cents;            /* -1: none */
} procurement_row;

/* Stores the procurement and its invitations in the caller's transaction. INC_ECONFLICT (field
 * "reference") when the reference is taken in that municipality. */
inc_status procurement_insert(inc_db *db, const procurement_row *row, int64_t *id, inc_error *e);

/* Newest first. The caller frees out->arena. */
inc_status procurements_read(inc_db *db, const procurement_filter *f, procurement_list *out, inc_error *e);
/* One procurement (out->n == 1); INC_ENOTFOUND when there is none with that id. */
inc_status procurement_read(inc_db *db, int64_t id, procurement_list *out, inc_error *e);
/* The municipality code of a procurement (for authorisation). */
inc_status procurement_municipality(inc_db *db, int64_t id, char code[48], inc_error *e);

/* Every organisation by name with its class on `day` for a procurement of the municipality doing
 * `category`. */
inc_status procurement_companies_read(inc_db *db, int64_t municipality_id, inc_category category, inc_date day,
                                      procurement_company_list *out, inc_error *e);

#endif
