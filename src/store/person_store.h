/* Persons: one row per pseudonym (the HMAC of the BSN under the key outside the database), shared by
 * the SROI register, the banenafspraak records and the WSP candidates. The BSN is never stored. */
#ifndef INC_PERSON_STORE_H
#define INC_PERSON_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "store/db.h"

/* The person's id for a BSN (validated with the elfproef; errors name `field`), created when new.
 * *created (may be NULL) tells whether this call added the person, who then has no records yet. */
inc_status person_ensure(inc_db *db, const char *bsn, const char *field, int64_t *id, bool *created, inc_error *e);
/* The same for a pseudonym already computed with pseudonym_of_bsn under this database's key. */
inc_status person_ensure_pseudonym(inc_db *db, const unsigned char *pseudonym, int64_t *id, bool *created, inc_error *e);

#endif
