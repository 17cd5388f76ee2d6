-- The data key that pseudonymises BSNs, wrapped (libsodium secretbox: 24-byte nonce, then the
-- 32-byte key and its 16-byte tag) under a key derived from the key file. The key file alone no
-- longer is the data key, so `inclusio key rotate` can replace the key file without touching the
-- pseudonyms, and a missing or wrong key file is detected on every open (docs/operations.md).
-- One row; written by db_load_key on the first open after this migration.
CREATE TABLE key_wrap (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  wrapped BLOB NOT NULL CHECK (length(wrapped) = 72),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  rotated_at TEXT
);
