-- Issue 17, after the award: evidence attached to realisations, the plan van aanpak of a contract
-- that is behind, the escalation ladder (data, per municipality) and the steps taken, the final
-- settlement, and the penalty or buy-off rule of a policy version. Money in cents, percentages in
-- basis points, dates ISO 8601 text.

-- Evidence is kept in the database (so it follows the backups and the retention rule) and only its
-- metadata is ever listed; the content is read by the download action alone, which is audit-logged.
CREATE TABLE realisation_evidence (
  id INTEGER PRIMARY KEY,
  realisation_id INTEGER NOT NULL REFERENCES realisations(id),
  filename TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('application/pdf','image/png','image/jpeg')),
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX realisation_evidence_realisation ON realisation_evidence(realisation_id);

-- The plan van aanpak: milestones "by due_date the contractor has realised target_cents in all".
CREATE TABLE contract_plans (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id),
  agreed_on TEXT NOT NULL,
  due_date TEXT NOT NULL,
  target_cents INTEGER NOT NULL CHECK (target_cents > 0),
  description TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX contract_plans_contract ON contract_plans(contract_id, due_date);

-- The escalation ladder as data: a municipality's own steps, or the default ladder (municipality_id
-- NULL) for a municipality without its own. days_after: when the step is due after the previous one
-- (the first: after the contract was found behind, i.e. at once).
CREATE TABLE escalation_ladder (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER REFERENCES municipalities(id),
  step_no INTEGER NOT NULL CHECK (step_no >= 1),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  days_after INTEGER NOT NULL CHECK (days_after >= 0),
  UNIQUE (municipality_id, step_no)
);
INSERT INTO escalation_ladder(municipality_id, step_no, code, name, days_after) VALUES
  (NULL, 1, 'herinnering', 'Herinnering', 0),
  (NULL, 2, 'telefoongesprek', 'Telefoongesprek', 14),
  (NULL, 3, 'brief-afdelingshoofd', 'Brief van het afdelingshoofd', 21),
  (NULL, 4, 'ingebrekestelling', 'Ingebrekestelling', 28);

CREATE TABLE contract_escalations (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id),
  step_no INTEGER NOT NULL,
  step_code TEXT NOT NULL,
  taken_on TEXT NOT NULL,
  taken_by TEXT NOT NULL,
  answer TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE (contract_id, step_no)
);

-- The final settlement, once per contract, with the figures as they were on the day.
CREATE TABLE contract_settlements (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL UNIQUE REFERENCES contracts(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('voldaan','deels-voldaan','niet-voldaan','ontheffing')),
  settled_on TEXT NOT NULL,
  settled_by TEXT NOT NULL,
  due_cents INTEGER NOT NULL,
  verified_cents INTEGER NOT NULL,
  unrealised_cents INTEGER NOT NULL CHECK (unrealised_cents >= 0),
  penalty_kind TEXT NOT NULL CHECK (penalty_kind IN ('geen','percentage','vast-bedrag')),
  penalty_cents INTEGER NOT NULL CHECK (penalty_cents >= 0),
  penalty_rule TEXT NOT NULL,
  exemption_by TEXT, exemption_date TEXT, exemption_reason TEXT,
  remarks TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX contract_settlements_on ON contract_settlements(settled_on);

-- What a shortfall costs, per policy version: nothing (the seeded Zoetermeer policies), a
-- percentage of the unrealised value, or a fixed amount.
ALTER TABLE policies ADD COLUMN penalty_kind TEXT NOT NULL DEFAULT 'geen'
  CHECK (penalty_kind IN ('geen','percentage','vast-bedrag'));
ALTER TABLE policies ADD COLUMN penalty_pct_bp INTEGER NOT NULL DEFAULT 0 CHECK (penalty_pct_bp BETWEEN 0 AND 10000);
ALTER TABLE policies ADD COLUMN penalty_fixed_cents INTEGER NOT NULL DEFAULT 0 CHECK (penalty_fixed_cents >= 0);
