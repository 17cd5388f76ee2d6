/* Exact fixed-point numbers in JSON output. Jansson prints reals with %g (12500.0, 1e+06), so
 * amounts are carried as a marked string and written as a bare number with exactly `scale`
 * decimals by json_dump_fixed: "amount": 12500.00. Used by the CLI and the API alike. */
#ifndef INC_JSON_FIXED_H
#define INC_JSON_FIXED_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

json_t *json_fixed(int64_t value, int scale);   /* value / 10^scale */
json_t *json_money(int64_t cents);              /* euro with two decimals */
json_t *json_pct(int32_t basis_points);         /* percent with two decimals: 500 -> 5.00 */
/* Reads back a value made by json_fixed (or a plain JSON number) as value * 10^scale. */
bool json_fixed_get(const json_t *j, int scale, int64_t *out);
/* Dutch text of a fixed value ("12.500,00"); "" when j is not one. */
void json_fixed_nl(const json_t *j, int scale, char *buf, int size);
/* json_dumps plus the rewrite of marked numbers. Caller frees. */
char *json_dump_fixed(const json_t *j, size_t flags);

#endif
