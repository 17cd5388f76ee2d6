/* Reading the fields of a JSON input object (from the API body, or built by the CLI from its
 * options) with Dutch errors naming the field. Numbers may come as JSON numbers or as text
 * ("24", "24,5"). Used by the wsp store modules. */
#ifndef INC_WSP_INPUT_H
#define INC_WSP_INPUT_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"
#include "core/wsp_rules.h"
#include "store/db.h"
#include "store/wsp_internal.h"
#include "store/wsp_store.h"

/* Text of a field; NULL when absent or null. A required field that is absent fails. */
inc_status in_text(json_t *in, const char *key, bool required, const char **out, inc_error *e);
/* Fixed-point number (scale 2: hours -> centi-hours, km -> hundredths); absent -> dflt unless required. */
inc_status in_fixed(json_t *in, const char *key, int scale, bool required, int64_t dflt, int64_t *out, inc_error *e);
inc_status in_int(json_t *in, const char *key, bool required, int64_t dflt, int64_t *out, inc_error *e);
inc_status in_date(json_t *in, const char *key, bool required, inc_date *out, inc_error *e);
/* true/false, or the text "ja"/"nee"/"yes"/"no"/"1"/"0". */
inc_status in_bool(json_t *in, const char *key, bool required, bool dflt, bool *out, inc_error *e);
/* A list given as a JSON array of strings or as one comma-separated string; written as one
 * comma-separated string into buf ("" when absent). */
inc_status in_list(json_t *in, const char *key, char *buf, size_t size, inc_error *e);


#endif
