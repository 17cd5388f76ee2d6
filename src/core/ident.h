/* Dutch identifiers: BSN (elfproef), KvK number, postcode. */
#ifndef INC_IDENT_H
#define INC_IDENT_H
#include <stdbool.h>
#include "core/error.h"

/* BSN: 9 digits (8 with a leading zero dropped is refused), weighted sum 9..2 and -1 divisible by 11. */
bool bsn_valid(const char *bsn);
inc_status bsn_check(const char *bsn, const char *field, inc_error *e);
/* A valid BSN derived from a seed (demo data, tests, benchmarks): 8 digits from the seed plus the
 * digit that satisfies the elfproef; seeds whose check digit would be 10 move to the next. */
void bsn_from_seed(unsigned seed, char out[10]);
/* KvK number: exactly 8 digits. */
inc_status kvk_check(const char *kvk, const char *field, inc_error *e);
/* Postcode "1234 AB" (also accepts "1234AB"); normalises into out[8] as "1234 AB". */
inc_status postcode_normalise(const char *in, char out[8], const char *field, inc_error *e);

#endif
