-- The social-return register: tenants, organisations, versioned policies and catalogues,
-- contracts with their computed obligation, realisations, pseudonymous persons, audit log.
-- Money in integer cents, percentages in basis points, hours in centi-hours, dates ISO 8601 text.

CREATE TABLE municipalities (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,            -- 'zoetermeer'
  name TEXT NOT NULL,
  region TEXT NOT NULL,                 -- labour-market region: 'ZHC', 'Haaglanden'
  sr_team TEXT                          -- which SR-team serves it
);

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  kvk TEXT NOT NULL UNIQUE CHECK (length(kvk) = 8 AND kvk NOT GLOB '*[^0-9]*'),
  name TEXT NOT NULL,
  municipality_id INTEGER REFERENCES municipalities(id),  -- where it is established, if local
  postcode TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE policies (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  name TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  applies_werken INTEGER NOT NULL, applies_diensten INTEGER NOT NULL, applies_leveringen INTEGER NOT NULL,
  applies_enkelvoudig INTEGER NOT NULL, applies_meervoudig INTEGER NOT NULL,
  applies_nationaal INTEGER NOT NULL, applies_europees INTEGER NOT NULL,
  min_werken_cents INTEGER NOT NULL DEFAULT 0, min_diensten_cents INTEGER NOT NULL DEFAULT 0,
  min_leveringen_cents INTEGER NOT NULL DEFAULT 0,
  pct_bp INTEGER NOT NULL CHECK (pct_bp BETWEEN 0 AND 10000),
  low_labour_pct_bp INTEGER NOT NULL CHECK (low_labour_pct_bp BETWEEN 0 AND 10000),
  low_labour_below_bp INTEGER NOT NULL CHECK (low_labour_below_bp BETWEEN 0 AND 10000),
  sebo_meets_meervoudig INTEGER NOT NULL,
  UNIQUE (municipality_id, effective_from)
);

CREATE TABLE catalogues (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  effective_from TEXT NOT NULL UNIQUE
);

CREATE TABLE blocks (
  id INTEGER PRIMARY KEY,
  catalogue_id INTEGER NOT NULL REFERENCES catalogues(id),
  code TEXT NOT NULL,
  part TEXT NOT NULL CHECK (part IN ('banen','ontwikkeling','activiteit')),
  group_name TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('per_jaar','eenmalig','werkelijke_kosten','per_uur')),
  value_cents INTEGER NOT NULL CHECK (value_cents >= 0),
  cap_months INTEGER NOT NULL DEFAULT 0,
  person_exclusive INTEGER NOT NULL DEFAULT 0,
  UNIQUE (catalogue_id, code)
);

CREATE TABLE persons (
  id INTEGER PRIMARY KEY,
  pseudonym TEXT NOT NULL UNIQUE,        -- HMAC-SHA256 of the BSN under the key outside the database
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE contracts (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  department TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL,
  title TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('werken','diensten','leveringen')),
  procedure TEXT NOT NULL CHECK (procedure IN ('enkelvoudig-onderhands','meervoudig-onderhands','nationaal','europees')),
  value_cents INTEGER NOT NULL CHECK (value_cents >= 0),
  labour_share_bp INTEGER NOT NULL CHECK (labour_share_bp BETWEEN 0 AND 10000),
  award_date TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (end_date >= start_date),
  contractor_id INTEGER NOT NULL REFERENCES organisations(id),
  cpv TEXT,
  sebo_holder INTEGER NOT NULL DEFAULT 0,
  extra_bp INTEGER NOT NULL DEFAULT 0,
  exempted INTEGER NOT NULL DEFAULT 0,
  exemption_pct_bp INTEGER,
  exemption_by TEXT, exemption_date TEXT, exemption_reason TEXT,
  -- the obligation as computed at registration, by the policy in force on the award date
  policy_id INTEGER REFERENCES policies(id),
  catalogue_id INTEGER REFERENCES catalogues(id),
  applies INTEGER NOT NULL,
  base_pct_bp INTEGER NOT NULL,
  percentage_bp INTEGER NOT NULL,
  obligation_cents INTEGER NOT NULL,
  met_by_sebo INTEGER NOT NULL,
  sebo_covered_cents INTEGER NOT NULL,
  obligation_reason TEXT NOT NULL,
  -- running totals of the realisations, kept by the store on every change
  verified_cents INTEGER NOT NULL DEFAULT 0,
  reported_cents INTEGER NOT NULL DEFAULT 0,
  contact_date TEXT,                     -- first contact of the contractor with the SR-team
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE (municipality_id, reference)
);
CREATE INDEX contracts_contractor ON contracts(contractor_id);
CREATE INDEX contracts_award ON contracts(municipality_id, award_date);

CREATE TABLE realisations (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id),
  block_id INTEGER NOT NULL REFERENCES blocks(id),
  person_id INTEGER REFERENCES persons(id),
  candidate_ref TEXT,                    -- the contractor's own short reference, no name
  hours_centi INTEGER NOT NULL DEFAULT 0,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (end_date >= start_date),
  amount_cents INTEGER NOT NULL DEFAULT 0,
  subsidy_end TEXT,
  value_cents INTEGER NOT NULL,
  counted_days INTEGER NOT NULL,
  counted_from TEXT,
  counted_to TEXT,
  capped INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'gemeld' CHECK (status IN ('gemeld','geverifieerd','afgewezen')),
  reject_reason TEXT,
  reported_by TEXT,
  decided_by TEXT,
  decided_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX realisations_contract ON realisations(contract_id, status);
CREATE INDEX realisations_person ON realisations(person_id, counted_from);

CREATE TABLE yearly_reports (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id),
  year_no INTEGER NOT NULL CHECK (year_no >= 1),
  submitted_at TEXT NOT NULL,
  submitted_by TEXT,
  remarks TEXT,
  UNIQUE (contract_id, year_no)
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  actor TEXT NOT NULL,
  action TEXT NOT NULL,                  -- create, update, verify, reject, delete, import, ...
  entity TEXT NOT NULL,                  -- contract, realisation, user, ...
  entity_id INTEGER,
  detail TEXT                            -- JSON: what changed (never a BSN)
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
