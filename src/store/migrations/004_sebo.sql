-- The SEBO-keurmerk registry and the invitation log of onderhandse procurements.
-- Holders are organisations (by KvK) from 001; "local" means established (organisations.municipality_id)
-- in the municipality whose registry or procurement is meant. Money in cents, dates ISO 8601 text.

CREATE TABLE sebo_holders (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL UNIQUE REFERENCES organisations(id),
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),  -- whose mark (registry)
  self_employed INTEGER NOT NULL DEFAULT 0,                         -- zzp'er without staff
  profile TEXT NOT NULL DEFAULT '',                                 -- short public profile
  website TEXT,
  does_werken INTEGER NOT NULL DEFAULT 0,
  does_diensten INTEGER NOT NULL DEFAULT 0,
  does_leveringen INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

-- One row per application: a first certification ('nieuw') or a recertification.
CREATE TABLE sebo_certificates (
  id INTEGER PRIMARY KEY,
  holder_id INTEGER NOT NULL REFERENCES sebo_holders(id),
  kind TEXT NOT NULL CHECK (kind IN ('nieuw','hercertificering')),
  status TEXT NOT NULL CHECK (status IN ('aangevraagd','in-audit','gecertificeerd','verlopen','ingetrokken','afgewezen')),
  applied_on TEXT NOT NULL,
  audit_body TEXT,                      -- the independent certification body
  audit_date TEXT,
  audit_outcome TEXT CHECK (audit_outcome IN ('positief','negatief')),
  audit_cost_cents INTEGER CHECK (audit_cost_cents >= 0),   -- paid by the municipality (about EUR 500)
  certified_from TEXT,
  valid_until TEXT,
  withdrawn_on TEXT,
  withdrawal_reason TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  CHECK (valid_until IS NULL OR certified_from IS NULL OR valid_until >= certified_from)
);
CREATE INDEX sebo_certificates_holder ON sebo_certificates(holder_id, id);
CREATE INDEX sebo_certificates_valid ON sebo_certificates(valid_until);

CREATE TABLE sebo_evidence (
  id INTEGER PRIMARY KEY,
  certificate_id INTEGER NOT NULL REFERENCES sebo_certificates(id),
  criterion TEXT NOT NULL CHECK (criterion IN ('werkgelegenheid','begeleiding','maatschappelijke-doelen',
                                               'vrijwilligerswerk','past-performance','ondernemersklimaat')),
  evidence TEXT NOT NULL,
  not_applicable INTEGER NOT NULL DEFAULT 0,
  recorded_on TEXT NOT NULL,
  UNIQUE (certificate_id, criterion)
);

CREATE TABLE sebo_status_history (
  id INTEGER PRIMARY KEY,
  certificate_id INTEGER NOT NULL REFERENCES sebo_certificates(id),
  status TEXT NOT NULL,
  on_date TEXT NOT NULL,
  note TEXT,
  actor TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX sebo_history_cert ON sebo_status_history(certificate_id, id);

-- Targets and published counts: data, per municipality code (reference figures from sources 000-002).
CREATE TABLE sebo_targets (
  municipality_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  holders_target INTEGER,               -- holders at the end of the year
  new_target INTEGER,
  recert_target INTEGER,
  source TEXT NOT NULL,
  PRIMARY KEY (municipality_code, year)
);
INSERT INTO sebo_targets VALUES
  ('zoetermeer', 2015, NULL, 10, 30, 'SEA-convenant / projectplan SEA 2015: 30 herkeuringen en 10 nieuwe keuringen'),
  ('zoetermeer', 2016, 60, 30, NULL, 'projectplan SEA 2016: 30 nieuwe keurmerken, in totaal 60 eind 2016');

CREATE TABLE sebo_published_counts (
  municipality_code TEXT NOT NULL,
  as_of TEXT NOT NULL,
  holders INTEGER NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (municipality_code, as_of)
);
INSERT INTO sebo_published_counts VALUES
  ('zoetermeer', '2016-09-30', 37, 'evaluatie SEA (2016): 37 houders van het nieuwe keurmerk t/m september 2016'),
  ('zoetermeer', '2019-06-30', 56, 'Rapportage Sociaal Domein 2019 (via rekenkamer 2021): 56 ondernemers'),
  ('zoetermeer', '2021-06-04', 54, 'rekenkamerrapport social return 2021: 54 ondernemers met een SEBO-keurmerk'),
  ('zoetermeer', '2023-12-31', 53, 'jaarverslag 2023: eind 2023 was het aantal SEBO-leden 53');

-- The invitation log of enkelvoudig and meervoudig onderhandse procurements.
CREATE TABLE procurements (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  department TEXT NOT NULL,
  reference TEXT,
  subject TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('werken','diensten','leveringen')),
  estimated_cents INTEGER NOT NULL CHECK (estimated_cents >= 0),
  procedure TEXT NOT NULL CHECK (procedure IN ('enkelvoudig-onderhands','meervoudig-onderhands')),
  procurement_date TEXT NOT NULL,
  winner_id INTEGER REFERENCES organisations(id),
  awarded_cents INTEGER CHECK (awarded_cents >= 0),
  deviation_reason TEXT,
  -- the rule check as judged when logged, with the registry as it stood on procurement_date
  rule_outcome TEXT NOT NULL CHECK (rule_outcome IN ('niet-van-toepassing','gevolgd','afwijking-met-reden','gemarkeerd')),
  expected_class TEXT NOT NULL,
  local_holders_available INTEGER NOT NULL,
  sebo_invited INTEGER NOT NULL,
  aim_applies INTEGER NOT NULL,
  aim_met INTEGER NOT NULL,
  explanation TEXT NOT NULL,
  logged_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE UNIQUE INDEX procurements_reference ON procurements(municipality_id, reference) WHERE reference IS NOT NULL;
CREATE INDEX procurements_date ON procurements(municipality_id, procurement_date);

CREATE TABLE procurement_invitations (
  id INTEGER PRIMARY KEY,
  procurement_id INTEGER NOT NULL REFERENCES procurements(id),
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  class TEXT NOT NULL CHECK (class IN ('lokaal-sebo','lokaal','overig')),   -- on procurement_date
  is_local INTEGER NOT NULL,
  is_holder INTEGER NOT NULL,           -- held a valid SEBO certificate on procurement_date
  quoted INTEGER NOT NULL DEFAULT 0,
  quote_cents INTEGER CHECK (quote_cents >= 0),
  UNIQUE (procurement_id, organisation_id)
);
CREATE INDEX procurement_invitations_org ON procurement_invitations(organisation_id);
