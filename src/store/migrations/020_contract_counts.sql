-- How many contracts each municipality has, kept by triggers on contracts, so the contract list's
-- total for a scope (the page every SR-team and council member opens) is a sum over a few rows
-- instead of a count over every contract in scope (src/store/contract_query.c; on PostgreSQL the
-- count was a third of the list's time, docs/bench.md). Triggers, not the store, keep it: every
-- way a contract comes or goes (registration, imports, OCDS drafts, a hand-made fix in SQL) is
-- counted. A municipality without contracts has no row. `inclusio db copy` leaves the table to the
-- target's triggers (store/db_copy.c).
CREATE TABLE contract_counts (
  municipality_id INTEGER PRIMARY KEY REFERENCES municipalities(id),
  n INTEGER NOT NULL
);
INSERT INTO contract_counts(municipality_id, n)
  SELECT municipality_id, count(*) FROM contracts GROUP BY municipality_id;
CREATE TRIGGER contract_counts_insert AFTER INSERT ON contracts BEGIN
  INSERT INTO contract_counts(municipality_id, n) VALUES (NEW.municipality_id, 1)
    ON CONFLICT (municipality_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER contract_counts_delete AFTER DELETE ON contracts BEGIN
  UPDATE contract_counts SET n = n - 1 WHERE municipality_id = OLD.municipality_id;
  DELETE FROM contract_counts WHERE municipality_id = OLD.municipality_id AND n = 0;
END;
CREATE TRIGGER contract_counts_move AFTER UPDATE OF municipality_id ON contracts
  WHEN OLD.municipality_id IS NOT NEW.municipality_id BEGIN
  UPDATE contract_counts SET n = n - 1 WHERE municipality_id = OLD.municipality_id;
  DELETE FROM contract_counts WHERE municipality_id = OLD.municipality_id AND n = 0;
  INSERT INTO contract_counts(municipality_id, n) VALUES (NEW.municipality_id, 1)
    ON CONFLICT (municipality_id) DO UPDATE SET n = n + 1;
END;
