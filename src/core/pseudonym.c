#include "core/pseudonym.h"
#include "core/ident.h"
#include <sodium.h>
#include <string.h>

_Static_assert(PSEUDONYM_BYTES * 2 >= crypto_auth_hmacsha256_BYTES, "truncated to no less than half the HMAC");

inc_status pseudonym_of_bsn(const unsigned char key[PSEUDONYM_KEY_BYTES], const char *bsn,
                            unsigned char out[PSEUDONYM_BYTES], const char *field, inc_error *e)
{
    if (bsn_check(bsn, field, e) != INC_OK) return e ? e->status : INC_EINVAL;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, (const unsigned char *)bsn, strlen(bsn), key);
    memcpy(out, mac, PSEUDONYM_BYTES);
    return INC_OK;
}
