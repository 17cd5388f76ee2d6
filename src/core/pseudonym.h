/* Pseudonymous person keys: HMAC-SHA256 of a validated BSN under a server secret that lives
 * outside the database file, truncated to its first 128 bits (RFC 2104 section 5 allows truncation
 * to half the hash; two of 17 million people sharing one has a chance of about 1 in 10^24). The BSN itself is never stored. Same BSN + same key = same pseudonym,
 * so one person is recognised across SROI, placements and employment records. */
#ifndef INC_PSEUDONYM_H
#define INC_PSEUDONYM_H
#include <stddef.h>
#include "core/error.h"

#define PSEUDONYM_KEY_BYTES 32
#define PSEUDONYM_BYTES 16  /* stored as a BLOB: a quarter of the 64 hex characters once kept */

/* Validates the BSN (elfproef) and writes the pseudonym. */
inc_status pseudonym_of_bsn(const unsigned char key[PSEUDONYM_KEY_BYTES], const char *bsn,
                            unsigned char out[PSEUDONYM_BYTES], const char *field, inc_error *e);

#endif
