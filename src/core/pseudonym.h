/* Pseudonymous person keys: HMAC-SHA256 of a validated BSN under a server secret that lives
 * outside the database file. The BSN itself is never stored. Same BSN + same key = same pseudonym,
 * so one person is recognised across SROI, placements and employment records. */
#ifndef INC_PSEUDONYM_H
#define INC_PSEUDONYM_H
#include <stddef.h>
#include "core/error.h"

#define PSEUDONYM_KEY_BYTES 32
#define PSEUDONYM_BYTES 32  /* stored as a BLOB: half the size of its hex form in the unique index */

/* Validates the BSN (elfproef) and writes the 32-byte HMAC. */
inc_status pseudonym_of_bsn(const unsigned char key[PSEUDONYM_KEY_BYTES], const char *bsn,
                            unsigned char out[PSEUDONYM_BYTES], const char *field, inc_error *e);

#endif
