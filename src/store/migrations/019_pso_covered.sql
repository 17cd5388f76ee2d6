-- The part of a contract's obligation its contractor's PSO certificate covers (issue 16), stored so
-- every figure (contract page, SROI report, settlement, goals) reads one value: written by
-- app/pso.c whenever a certificate, a PSO table or the contract itself changes. 0 when the policy
-- does not accept PSO (Zoetermeer's seeded policies).
ALTER TABLE contracts ADD COLUMN pso_covered_cents INTEGER NOT NULL DEFAULT 0;
