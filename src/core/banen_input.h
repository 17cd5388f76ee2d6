/* One employment record as entered (CLI, CSV row, API body): the thirteen text fields, checked
 * and converted. The BSN is kept only until the store has turned it into a pseudonym. */
#ifndef INC_BANEN_INPUT_H
#define INC_BANEN_INPUT_H
#include "core/banen.h"

typedef enum {
    BF_MUNICIPALITY, BF_EMPLOYER_KVK, BF_EMPLOYER_NAME, BF_DEPARTMENT, BF_SECTOR, BF_BSN, BF_TARGET_GROUP,
    BF_START, BF_END, BF_HOURS, BF_CONTRACT_TYPE, BF_INSTRUMENT, BF_SOURCE, BF__COUNT
} banen_field;

/* Column and field names, also the CSV header: "municipality", ..., "source". */
const char *banen_field_name(banen_field f);

typedef struct {
    char municipality[64];
    char employer_kvk[9];
    char employer_name[201];
    char department[121];
    banen_sector sector;
    char bsn[10];
    banen_group group;
    inc_date start, end;          /* end INC_DATE_NONE when empty */
    int64_t hours_centi;
    banen_contract contract;
    banen_instrument instrument;
    banen_source source;
} banen_input;

/* Checks every field (required fields present, KvK 8 digits, BSN elfproef, ISO dates, end not
 * before start, hours above 0 and at most 60, known code lists). Stops at the first fault;
 * e->field names the column. A NULL or blank field is "not given": employer_name, department and
 * end may be left out, instrument then is `geen`; a required one is refused as missing. */
inc_status banen_input_parse(const char *const fields[BF__COUNT], banen_input *out, inc_error *e);

#endif
