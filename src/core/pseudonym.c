#include "core/pseudonym.h"
#include "core/ident.h"
#include <sodium.h>
#include <string.h>

inc_status pseudonym_of_bsn(const unsigned char key[PSEUDONYM_KEY_BYTES], const char *bsn,
                            char out[PSEUDONYM_HEX_LEN + 1], const char *field, inc_error *e)
{
    if (bsn_check(bsn, field, e) != INC_OK) return e ? e->status : INC_EINVAL;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, (const unsigned char *)bsn, strlen(bsn), key);
    sodium_bin2hex(out, PSEUDONYM_HEX_LEN + 1, mac, sizeof mac);
    return INC_OK;
}
