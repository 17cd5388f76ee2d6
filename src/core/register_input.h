/* Input of the social-return register (a contract, a realisation): parsed and validated from named
 * text fields, so a CSV row, a JSON body and CLI options share one set of rules. No I/O. */
#ifndef INC_REGISTER_INPUT_H
#define INC_REGISTER_INPUT_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"
#include "core/field_source.h"
#include "core/procurement.h"
#include <stddef.h>

typedef struct {
    char municipality[48];
    char department[96];
    char reference[64];
    char title[256];
    inc_category category;
    inc_procedure procedure;
    int64_t value_cents;
    int32_t labour_share_bp;
    inc_date award_date, start_date, end_date;
    char contractor_kvk[9];
    char contractor_name[160];
    char cpv[32];
    bool sebo_holder;
    int32_t extra_bp;
    bool exempted;
    int32_t exemption_pct_bp;
    char exemption_by[128];
    inc_date exemption_date;
    char exemption_reason[320];
} inc_contract_input;

/* Field names: municipality, department, reference, title, category, procedure, value (euro),
 * labour_share_pct, award_date, start_date, end_date, contractor_kvk, contractor_name, cpv,
 * sebo_holder (ja/nee/true/false/1/0), extra_pct, exemption_pct, exemption_by, exemption_date,
 * exemption_reason. Validates everything; nothing touches the database. */
inc_status contract_input_parse(const field_source *fs, inc_contract_input *in, inc_error *e);

typedef struct {
    int64_t contract_id;            /* or municipality + contract_reference */
    char municipality[48];
    char contract_reference[64];
    char block[40];
    char bsn[16];                   /* only in memory, never stored */
    const unsigned char *pseudonym; /* its HMAC when computed ahead (imports do, on the reading thread); NULL = not yet */
    char candidate_ref[64];
    int32_t hours_centi;            /* hours_per_week (per-year blocks) or hours (per-hour blocks) */
    inc_date start, end;
    int64_t amount_cents;
    inc_date subsidy_end;
} inc_realisation_input;

/* Field names: contract_id | (municipality, contract_reference), block, bsn, candidate_ref,
 * hours_per_week | hours, start, end (default start), amount, subsidy_end. */
inc_status realisation_input_parse(const field_source *fs, inc_realisation_input *in, inc_error *e);


/* Shared field parsers (Dutch messages naming the field). */
inc_status parse_text(const field_source *fs, const char *name, bool required, char *out, size_t size, inc_error *e);
inc_status parse_fixed(const field_source *fs, const char *name, bool required, int scale, int64_t min, int64_t max,
                       int64_t *out, inc_error *e);
inc_status parse_date_field(const field_source *fs, const char *name, bool required, inc_date *out, inc_error *e);
inc_status parse_bool(const field_source *fs, const char *name, bool *out, inc_error *e);

#endif
