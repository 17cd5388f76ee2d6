-- UWV's published banenafspraak results per labour-market region and sector (its quarterly trend
-- report): extra banen against the baseline of 1 January 2013, imported from the published file
-- (`inclusio banen uwv import`, docs/banen.md). A later import of the same region, sector and
-- quarter replaces the figure (UWV revises earlier quarters). Aggregates only: no persons.
CREATE TABLE region_names (
  code TEXT PRIMARY KEY,                 -- municipalities.region
  name TEXT NOT NULL UNIQUE              -- the name UWV publishes the region under
);
INSERT INTO region_names(code, name) VALUES
  ('ZHC', 'Zuid-Holland Centraal'),
  ('Haaglanden', 'Haaglanden');

CREATE TABLE uwv_banen_figures (
  id INTEGER PRIMARY KEY,
  region TEXT NOT NULL,                  -- municipalities.region
  sector TEXT NOT NULL CHECK (sector IN ('markt','overheid','totaal')),
  peildatum TEXT NOT NULL,               -- a quarter end, ISO date
  extra_banen_centi INTEGER NOT NULL,    -- hundredths of a baan; negative below the baseline
  source_file TEXT NOT NULL,
  imported_by TEXT,
  imported_at TEXT NOT NULL,
  UNIQUE (region, sector, peildatum)
);
