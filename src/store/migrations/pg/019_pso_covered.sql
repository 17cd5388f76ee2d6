-- PostgreSQL twin of ../019_pso_covered.sql: the same schema at the same version, in PostgreSQL's
-- types. tests/pg/schema.sh fails when the twins drift apart.
ALTER TABLE contracts ADD COLUMN pso_covered_cents bigint NOT NULL DEFAULT 0;
