/* One logged onderhandse procurement as input: who was invited, who quoted, who won, and the
 * reason for a deviation from the SEBO preference order. Parsing (JSON, the API and CLI shape) and
 * the shape checks that need no database: no company twice in the invitation list, quotes only from
 * invited companies (once each), the winner invited (and among the quoting when quotes are given). */
#ifndef INC_SEBO_PROCUREMENT_H
#define INC_SEBO_PROCUREMENT_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"
#include "core/field_source.h"
#include "core/procurement.h"
#include "core/sebo_rule.h"

typedef struct {
    char municipality[48];      /* default "zoetermeer" */
    char department[120];
    char reference[64];         /* optional, unique per municipality */
    char subject[300];
    inc_category category;
    int64_t estimated_cents;
    inc_procedure procedure;    /* enkelvoudig or meervoudig onderhands */
    inc_date date;              /* date of the invitation to quote */
    int invited_count;
    char invited[SEBO_MAX_INVITED][16];
    int quote_count;
    char quote_kvk[SEBO_MAX_INVITED][16];
    bool quote_amount_set[SEBO_MAX_INVITED];
    int64_t quote_cents[SEBO_MAX_INVITED];
    char winner[16];            /* "" = not yet awarded */
    bool awarded_set;
    int64_t awarded_cents;      /* default: the winner's quote, else the estimated value */
    char reason[500];           /* why the preference order was not followed */
} sebo_proc_input;

void sebo_proc_input_init(sebo_proc_input *in);
/* Fields: municipality, department, reference, subject, category, estimated_value, procedure, date,
 * invited [kvk | {kvk}], quotes [{kvk, amount}], winner, awarded_value, deviation_reason. */
inc_status sebo_proc_input_from_json(const json_t *j, sebo_proc_input *in, inc_error *e);
/* The same from named text fields (a CSV row): invited "kvk;kvk;kvk", quotes "kvk=41500,00;kvk=39000",
 * amounts as decimal_parse reads them (no thousands separators). */
inc_status sebo_proc_input_from_fields(const field_source *fs, sebo_proc_input *in, inc_error *e);
/* Shape checks (see above) plus required fields; field names as in the JSON. */
inc_status sebo_proc_input_check(const sebo_proc_input *in, inc_error *e);
/* Parses an amount in euro: JSON number or text "41500,00" or "41500.00" -> cents. */
inc_status sebo_amount_from_json(const json_t *v, int64_t *cents, const char *field, inc_error *e);
/* The awarded value: explicit, else the winner's quote, else the estimated value; -1 without winner. */
int64_t sebo_proc_awarded_cents(const sebo_proc_input *in);

#endif
