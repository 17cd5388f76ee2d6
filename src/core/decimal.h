/* Fixed-point decimals parsed from text without floating point.
 * Money is cents (scale 2), percentages are basis points (scale 2 of a percent),
 * hours are centi-hours (scale 2). */
#ifndef INC_DECIMAL_H
#define INC_DECIMAL_H
#include <stdbool.h>
#include <stdint.h>
#include "core/error.h"

/* Parses "1234", "1234.5", "1234,50", "-3.25" into value * 10^scale.
 * Rejects more fraction digits than scale, thousands separators, empty text and overflow. */
inc_status decimal_parse(const char *text, int scale, int64_t *out, const char *field, inc_error *e);

/* Converts a JSON number (double) with at most `scale` decimals exactly; rejects more decimals. */
inc_status decimal_from_double(double v, int scale, int64_t *out, const char *field, inc_error *e);

/* Writes value/10^scale with exactly `scale` decimals; dutch=true gives "12.500,00". */
void decimal_format(int64_t value, int scale, bool dutch, char *buf, int bufsize);

/* round_half_up(num / den) for den > 0, num >= 0 or < 0 (symmetric: half away from zero). */
int64_t div_round_half_up(int64_t num, int64_t den);

#endif
