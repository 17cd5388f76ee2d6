-- Issue 16: TenderNed's open data (OCDS) imported, and PSO (Prestatieladder Socialer Ondernemen) as
-- a policy option. Money in cents, shares in basis points, dates ISO 8601 text.

-- Which OCDS buyer is which municipality: by the buyer's name, or by an identifier of the buyer
-- party ("NL-KVK-27377515", scheme and id joined by '-') or its party id. Values stored lower case.
-- Without a row a buyer named "Gemeente <name>" or "<name>" of a municipality is that municipality.
CREATE TABLE ocds_buyers (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  kind TEXT NOT NULL CHECK (kind IN ('naam','id')),
  value TEXT NOT NULL CHECK (value = lower(value) AND length(value) > 0),
  UNIQUE (kind, value)
);

-- The procurement log's OCDS part: one row per award (ocid + award id), from the newest release
-- read; its draft contract in the register when the policy in force gives it social return.
CREATE TABLE ocds_awards (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  ocid TEXT NOT NULL,
  award_id TEXT NOT NULL,
  release_id TEXT NOT NULL,
  release_date TEXT NOT NULL,          -- as published (ISO 8601 date-time); a newer release updates
  buyer_name TEXT NOT NULL,
  title TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('werken','diensten','leveringen')),
  procedure TEXT NOT NULL,
  cpv TEXT,
  value_cents INTEGER NOT NULL CHECK (value_cents >= 0),
  award_date TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  supplier_id INTEGER NOT NULL REFERENCES organisations(id),
  sr_applies INTEGER NOT NULL,         -- the policy in force on the award date gives social return
  contract_id INTEGER REFERENCES contracts(id),
  imported_by TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  updated_at TEXT,
  UNIQUE (ocid, award_id)
);
CREATE INDEX ocds_awards_municipality ON ocds_awards(municipality_id, award_date);

-- PSO certificates per company: level and validity; withdrawn_on ends one early.
CREATE TABLE pso_certificates (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  level TEXT NOT NULL CHECK (level IN ('aspirant','basistrede','trede-1','trede-2','trede-3')),
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  withdrawn_on TEXT,
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  CHECK (valid_until >= valid_from),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= valid_from)
);
CREATE INDEX pso_certificates_org ON pso_certificates(organisation_id, valid_from);

-- The PSO table of a policy version: how much of the obligation a level covers (10000 = meets it
-- in full, less lowers it). No rows: the policy does not accept PSO (Zoetermeer's seeded policies).
CREATE TABLE policy_pso (
  policy_id INTEGER NOT NULL REFERENCES policies(id),
  level TEXT NOT NULL CHECK (level IN ('aspirant','basistrede','trede-1','trede-2','trede-3')),
  covers_bp INTEGER NOT NULL CHECK (covers_bp BETWEEN 0 AND 10000),
  PRIMARY KEY (policy_id, level)
);

-- Notices to the SR-team (a PSO certificate that lapsed during a contract).
CREATE TABLE sr_notices (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id),
  kind TEXT NOT NULL CHECK (kind IN ('pso-vervallen')),
  on_date TEXT NOT NULL,
  message TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE (contract_id, kind, on_date)
);

-- What "local" means for the SEBO preference and the invitation form (issue 16): besides companies
-- established in the municipality (organisations.municipality_id), those whose postcode's four
-- digits fall in a range the municipality configures, its own ('gemeente') or the region's ('regio').
CREATE TABLE local_postcodes (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  scope TEXT NOT NULL CHECK (scope IN ('gemeente','regio')),
  pc_from TEXT NOT NULL CHECK (length(pc_from) = 4),
  pc_to TEXT NOT NULL CHECK (length(pc_to) = 4 AND pc_to >= pc_from),
  UNIQUE (municipality_id, pc_from, pc_to)
);
