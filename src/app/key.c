#include "app/key.h"
#include "store/db.h"

_Static_assert(APP_KEY_FINGERPRINT_SIZE == DB_KEY_FINGERPRINT_SIZE, "fingerprint sizes agree");

inc_status app_key_fingerprint(inc_db *db, char out[APP_KEY_FINGERPRINT_SIZE], inc_error *e)
{
    return db_key_file_fingerprint(db, out, e);
}

inc_status app_key_read_file(const char *path, unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e)
{
    return db_read_key_file(path, key, e);
}

inc_status app_key_rotate(inc_db *db, const unsigned char *new_key, char old_fp[APP_KEY_FINGERPRINT_SIZE],
                          char new_fp[APP_KEY_FINGERPRINT_SIZE], inc_error *e)
{
    return db_rotate_key(db, new_key, old_fp, new_fp, e);
}
