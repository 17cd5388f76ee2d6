/* The key file that unlocks the pseudonymisation key (`inclusio key check|rotate`,
 * docs/operations.md). The connection was opened with app_db_open, which already refuses a
 * missing or wrong key file. */
#ifndef INC_APP_KEY_H
#define INC_APP_KEY_H
#include "app/app.h"

/* 16 hex characters identifying a key file without revealing it. */
#define APP_KEY_FINGERPRINT_SIZE 17
inc_status app_key_fingerprint(inc_db *db, char out[APP_KEY_FINGERPRINT_SIZE], inc_error *e);
/* Reads a key file of exactly PSEUDONYM_KEY_BYTES bytes. */
inc_status app_key_read_file(const char *path, unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e);
/* Replaces the key file by new_key (NULL: a new random key) in an audited transaction; pseudonyms
 * do not change. */
inc_status app_key_rotate(inc_db *db, const unsigned char *new_key, char old_fp[APP_KEY_FINGERPRINT_SIZE],
                          char new_fp[APP_KEY_FINGERPRINT_SIZE], inc_error *e);

#endif
