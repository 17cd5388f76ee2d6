-- foreign_keys: off
-- Faster imports (docs/bench.md), the same data and rules:
-- * persons.pseudonym holds the first 16 bytes of the HMAC (core/pseudonym.h) instead of 64 hex
--   characters: a quarter of the unique index every new person is inserted into;
-- * the hot tables' CHECK (x IN ('a', 'b', ...)) constraints are written as x = 'a' OR x = 'b' ...:
--   SQLite 3.40 builds a temporary table for an IN list on every single-row insert;
-- * contracts_award (municipality_id, award_date) goes: contracts_scope starts with the same columns.
-- Each table is rebuilt by SQLite's 12-step procedure; db_migrate runs this with foreign keys off and
-- checks them (PRAGMA foreign_key_check) before it commits. Ids are kept, so references stay valid.

CREATE TABLE persons_new (
  id INTEGER PRIMARY KEY,
  pseudonym BLOB NOT NULL UNIQUE CHECK (length(pseudonym) = 16),  -- HMAC-SHA256 of the BSN (128 bits), key outside the db
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
INSERT INTO persons_new(id, pseudonym, created_at) SELECT id, substr(inc_unhex(pseudonym), 1, 16), created_at FROM persons;
DROP TABLE persons;
ALTER TABLE persons_new RENAME TO persons;

CREATE TABLE contracts_new (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  department TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL,
  title TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category = 'werken' OR category = 'diensten' OR category = 'leveringen'),
  procedure TEXT NOT NULL CHECK (procedure = 'enkelvoudig-onderhands' OR procedure = 'meervoudig-onderhands'
                                 OR procedure = 'nationaal' OR procedure = 'europees'),
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
INSERT INTO contracts_new SELECT * FROM contracts;
DROP TABLE contracts;
ALTER TABLE contracts_new RENAME TO contracts;
CREATE INDEX contracts_contractor ON contracts(contractor_id);
CREATE INDEX contracts_scope ON contracts(municipality_id, award_date, contractor_id);
CREATE INDEX contracts_order ON contracts(award_date, id, municipality_id, contractor_id);

CREATE TABLE realisations_new (
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
  status TEXT NOT NULL DEFAULT 'gemeld' CHECK (status = 'gemeld' OR status = 'geverifieerd' OR status = 'afgewezen'),
  reject_reason TEXT,
  reported_by TEXT,
  decided_by TEXT,
  decided_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
INSERT INTO realisations_new SELECT * FROM realisations;
DROP TABLE realisations;
ALTER TABLE realisations_new RENAME TO realisations;
CREATE INDEX realisations_contract ON realisations(contract_id, status);
CREATE INDEX realisations_person ON realisations(person_id, counted_from);

CREATE TABLE employment_records_new (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  employer_id INTEGER NOT NULL REFERENCES organisations(id),
  department TEXT NOT NULL DEFAULT '',
  sector TEXT NOT NULL CHECK (sector = 'markt' OR sector = 'overheid'),
  person_id INTEGER NOT NULL REFERENCES persons(id),
  target_group TEXT NOT NULL CHECK (target_group = 'wajong' OR target_group = 'wsw' OR target_group = 'wiw-id'
                                    OR target_group = 'participatiewet' OR target_group = 'nieuw-beschut'),
  start_date TEXT NOT NULL,
  end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),   -- NULL: still employed
  hours_centi INTEGER NOT NULL CHECK (hours_centi > 0 AND hours_centi <= 6000),
  contract_type TEXT NOT NULL CHECK (contract_type = 'tijdelijk' OR contract_type = 'vast'
                                     OR contract_type = 'proefplaatsing' OR contract_type = 'detachering'),
  instrument TEXT NOT NULL CHECK (instrument = 'loonkostensubsidie' OR instrument = 'jobcoach'
                                  OR instrument = 'beschut-werk' OR instrument = 'direct-werk' OR instrument = 'ips'
                                  OR instrument = 'geen'),
  source TEXT NOT NULL CHECK (source = 'wsp' OR source = 'binnenbaan' OR source = 'sroi' OR source = 'eigen-werving'),
  created_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
INSERT INTO employment_records_new SELECT * FROM employment_records;
DROP TABLE employment_records;
ALTER TABLE employment_records_new RENAME TO employment_records;
CREATE INDEX employment_person ON employment_records(person_id, employer_id);
CREATE INDEX employment_municipality ON employment_records(municipality_id, start_date);
CREATE INDEX employment_employer ON employment_records(employer_id);
