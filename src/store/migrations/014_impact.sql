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

-- Aftercare after a WSP placement (issue 18): how a placement ended or went on, the municipality's
-- aftercare schedule (e.g. a job-coach contact every 8 weeks in the first year) and the contacts.
ALTER TABLE placements ADD COLUMN end_date TEXT;
ALTER TABLE placements ADD COLUMN outcome TEXT CHECK (outcome IN ('werkt','verlengd','vast','beeindigd'));
ALTER TABLE placements ADD COLUMN outcome_date TEXT;
ALTER TABLE placements ADD COLUMN outcome_reason TEXT;

CREATE TABLE aftercare_schedules (
  municipality_id INTEGER PRIMARY KEY REFERENCES municipalities(id),
  interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 7 AND 366),
  period_months INTEGER NOT NULL CHECK (period_months BETWEEN 1 AND 60),
  updated_by TEXT,
  updated_at TEXT
);

CREATE TABLE aftercare_contacts (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  contact_date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('jobcoach','werkgever','kandidaat','gemeente')),
  note TEXT,
  created_by TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX aftercare_contacts_placement ON aftercare_contacts(placement_id, contact_date);
