-- PostgreSQL twin of ../020_contract_counts.sql: the same schema at the same version, in PostgreSQL's
-- types. Inserts and deletes are counted per statement from the transition table (a COPY of 60,000
-- contracts is one update per municipality, not 60,000), a move per row. ENABLE ALWAYS: the bulk
-- import runs with session_replication_role = replica (db_bulk_trust_keys), which skips ordinary
-- triggers.
-- How many contracts each municipality has, kept by triggers on contracts, so the contract list's
-- total for a scope is a sum over a few rows instead of a count over every contract in scope.
CREATE TABLE contract_counts (
  municipality_id bigint PRIMARY KEY REFERENCES municipalities(id),
  n bigint NOT NULL
);
INSERT INTO contract_counts(municipality_id, n)
  SELECT municipality_id, count(*) FROM contracts GROUP BY municipality_id;
CREATE FUNCTION contract_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO contract_counts(municipality_id, n)
    SELECT municipality_id, count(*) FROM contract_counts_new GROUP BY municipality_id ORDER BY municipality_id
    ON CONFLICT (municipality_id) DO UPDATE SET n = contract_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE FUNCTION contract_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contract_counts c SET n = c.n - o.k
    FROM (SELECT municipality_id, count(*) AS k FROM contract_counts_old GROUP BY municipality_id) o
    WHERE c.municipality_id = o.municipality_id;
  DELETE FROM contract_counts WHERE n = 0;
  RETURN NULL;
END $$;
CREATE FUNCTION contract_counts_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contract_counts SET n = n - 1 WHERE municipality_id = OLD.municipality_id;
  DELETE FROM contract_counts WHERE municipality_id = OLD.municipality_id AND n = 0;
  INSERT INTO contract_counts(municipality_id, n) VALUES (NEW.municipality_id, 1)
    ON CONFLICT (municipality_id) DO UPDATE SET n = contract_counts.n + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER contract_counts_insert AFTER INSERT ON contracts REFERENCING NEW TABLE AS contract_counts_new
  FOR EACH STATEMENT EXECUTE FUNCTION contract_counts_added();
CREATE TRIGGER contract_counts_delete AFTER DELETE ON contracts REFERENCING OLD TABLE AS contract_counts_old
  FOR EACH STATEMENT EXECUTE FUNCTION contract_counts_removed();
CREATE TRIGGER contract_counts_move AFTER UPDATE OF municipality_id ON contracts FOR EACH ROW
  WHEN (OLD.municipality_id IS DISTINCT FROM NEW.municipality_id) EXECUTE FUNCTION contract_counts_moved();
ALTER TABLE contracts ENABLE ALWAYS TRIGGER contract_counts_insert;
ALTER TABLE contracts ENABLE ALWAYS TRIGGER contract_counts_delete;
ALTER TABLE contracts ENABLE ALWAYS TRIGGER contract_counts_move;
