/* The store's view of the database: the seam (db/db.h: connections, statements, transactions),
 * plus the schema migrations and the pseudonymisation key kept in a separate file (never inside
 * the database). The only layer that speaks SQL is src/store. */
#ifndef INC_DB_H
#define INC_DB_H
#include <stdbool.h>
#include <stdint.h>
#include "core/error.h"
#include "core/pseudonym.h"
#include "db/db.h"

/* Applies every migration not yet applied, each in its own transaction. Idempotent. (schema.c) */
inc_status db_migrate(inc_db *db, inc_error *e);

/* ---- The pseudonymisation key (db_key.c) ----
 * Loads the data key: unwraps the copy stored in the database with the key file (db_key_path), so
 * a missing or wrong key file is refused (INC_EIO) on every open. With create=true makes a new
 * random key file (mode 0600) when none exists, but never for a database that already holds persons. */
inc_status db_load_key(inc_db *db, bool create, inc_error *e);
/* 16 hex characters identifying a key file without revealing it (for backups and the audit log). */
#define DB_KEY_FINGERPRINT_SIZE 17
void db_key_fingerprint(const unsigned char file_key[PSEUDONYM_KEY_BYTES], char out[DB_KEY_FINGERPRINT_SIZE]);
inc_status db_key_file_fingerprint(inc_db *db, char out[DB_KEY_FINGERPRINT_SIZE], inc_error *e);
/* Reads a key file of exactly PSEUDONYM_KEY_BYTES bytes. */
inc_status db_read_key_file(const char *path, unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e);
/* Writes a new key file (mode 0600, never over an existing file), for a copy of the database. */
inc_status db_write_key_file(const char *path, const unsigned char key[PSEUDONYM_KEY_BYTES], inc_error *e);
/* Replaces the key file by new_key (NULL: a new random key): the data key is re-wrapped under it in
 * an audited transaction, then the new file takes the old one's place. Pseudonyms do not change. */
inc_status db_rotate_key(inc_db *db, const unsigned char *new_key, char old_fp[DB_KEY_FINGERPRINT_SIZE],
                         char new_fp[DB_KEY_FINGERPRINT_SIZE], inc_error *e);

#endif
