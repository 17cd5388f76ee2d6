-- One record from invitation to obligation (issue 16): a logged procurement is completed with its
-- award date; an award that carries social return becomes a draft contract ('concept') that the
-- SR-team confirms ('bevestigd'); contract and procurement point to each other through
-- contracts.procurement_id (unique: one contract per procurement; one direction only, so the foreign
-- keys have no cycle and `inclusio db copy` can copy parents first). A draft whose
-- labour-cost share is unknown (the OCDS import) has a provisional obligation at the policy's
-- standard percentage. An award may instead carry a recorded exemption (who granted it, when, why).
ALTER TABLE contracts ADD COLUMN status TEXT NOT NULL DEFAULT 'bevestigd' CHECK (status IN ('concept','bevestigd'));
ALTER TABLE contracts ADD COLUMN procurement_id INTEGER REFERENCES procurements(id);
ALTER TABLE contracts ADD COLUMN obligation_provisional INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contracts ADD COLUMN confirmed_by TEXT;
ALTER TABLE contracts ADD COLUMN confirmed_at TEXT;
CREATE UNIQUE INDEX contracts_procurement ON contracts(procurement_id) WHERE procurement_id IS NOT NULL;
CREATE INDEX contracts_status ON contracts(municipality_id, status);

ALTER TABLE procurements ADD COLUMN award_date TEXT;
ALTER TABLE procurements ADD COLUMN completed_by TEXT;
ALTER TABLE procurements ADD COLUMN completed_at TEXT;

-- An exemption from social return for an award: a logged procurement or a (draft) contract.
CREATE TABLE sr_exemptions (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  procurement_id INTEGER REFERENCES procurements(id),
  contract_id INTEGER REFERENCES contracts(id),
  granted_by TEXT NOT NULL,
  granted_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  CHECK ((procurement_id IS NULL) <> (contract_id IS NULL))
);
CREATE UNIQUE INDEX sr_exemptions_procurement ON sr_exemptions(procurement_id) WHERE procurement_id IS NOT NULL;
CREATE UNIQUE INDEX sr_exemptions_contract ON sr_exemptions(contract_id) WHERE contract_id IS NOT NULL;
