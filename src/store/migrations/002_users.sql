-- Users of the web application, their municipalities, login sessions and failed-login throttling.
-- Passwords are Argon2id strings (libsodium crypto_pwhash_str); session tokens are stored only as a
-- keyed hash, never in clear. Times in sessions and throttling are Unix seconds (UTC).

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE
    CHECK (length(username) BETWEEN 2 AND 64 AND username NOT GLOB '*[^A-Za-z0-9._@-]*'),
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('beheer','sr-team','inkoop','opdrachtnemer','wsp','po','raad')),
  organisation_id INTEGER REFERENCES organisations(id),   -- opdrachtnemer: the contractor it acts for
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  password_changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  CHECK ((role = 'opdrachtnemer') = (organisation_id IS NOT NULL))
);

CREATE TABLE user_municipalities (
  user_id INTEGER NOT NULL REFERENCES users(id),
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  PRIMARY KEY (user_id, municipality_id)
) WITHOUT ROWID;

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,       -- hex keyed BLAKE2b of the cookie token
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  address TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,                  -- 'user:<lowercased name>' or 'addr:<ip>'
  failures INTEGER NOT NULL,
  last_failure INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The API's contract list pages and counts contracts per municipality in award order; this index
-- answers both without reading the (wide) contract rows.
CREATE INDEX contracts_scope ON contracts(municipality_id, award_date, contractor_id);
-- Pages of the list in award order without sorting every contract in scope.
CREATE INDEX contracts_order ON contracts(award_date, id, municipality_id, contractor_id);
