-- Banenafspraak: employment records of people from the doelgroepregister, the municipality as
-- employer, targets (municipal fte per year, regional banen per sector vs the baseline of
-- 1 January 2013, beschut-werk task), and links from SROI realisations. Hours in centi-hours.

-- Which organisation is the municipality itself as an employer (its departments are in the records).
CREATE TABLE municipal_employers (
  municipality_id INTEGER PRIMARY KEY REFERENCES municipalities(id),
  organisation_id INTEGER NOT NULL UNIQUE REFERENCES organisations(id)
);

CREATE TABLE employment_records (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  employer_id INTEGER NOT NULL REFERENCES organisations(id),
  department TEXT NOT NULL DEFAULT '',
  sector TEXT NOT NULL CHECK (sector IN ('markt','overheid')),
  person_id INTEGER NOT NULL REFERENCES persons(id),
  target_group TEXT NOT NULL CHECK (target_group IN ('wajong','wsw','wiw-id','participatiewet','nieuw-beschut')),
  start_date TEXT NOT NULL,
  end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),   -- NULL: still employed
  hours_centi INTEGER NOT NULL CHECK (hours_centi > 0 AND hours_centi <= 6000),
  contract_type TEXT NOT NULL CHECK (contract_type IN ('tijdelijk','vast','proefplaatsing','detachering')),
  instrument TEXT NOT NULL CHECK (instrument IN ('loonkostensubsidie','jobcoach','beschut-werk','direct-werk','ips','geen')),
  source TEXT NOT NULL CHECK (source IN ('wsp','binnenbaan','sroi','eigen-werving')),
  created_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX employment_person ON employment_records(person_id, employer_id);
CREATE INDEX employment_municipality ON employment_records(municipality_id, start_date);
CREATE INDEX employment_employer ON employment_records(employer_id);

-- A realisation in the SROI register for a banenafspraak candidate points at its employment record,
-- so the placement is typed once. Several yearly realisations may point at the same record.
CREATE TABLE employment_realisations (
  realisation_id INTEGER PRIMARY KEY REFERENCES realisations(id),
  employment_id INTEGER NOT NULL REFERENCES employment_records(id),
  created INTEGER NOT NULL               -- 1: the record was made from the realisation, 0: linked
);
CREATE INDEX employment_realisations_record ON employment_realisations(employment_id);

-- Targets are data, editable by beheer and P&O (CLI: inclusio banen target set).
--   kind banenafspraak, scope gemeente: the municipality's own yearly target as employer (fte).
--   kind banenafspraak, scope regio: indicative extra banen per sector versus the baseline date.
--   kind beschut-werk, scope gemeente: the national task for sheltered work places.
CREATE TABLE banen_targets (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('banenafspraak','beschut-werk')),
  scope TEXT NOT NULL CHECK (scope IN ('gemeente','regio')),
  scope_code TEXT NOT NULL,              -- municipalities.code or municipalities.region
  sector TEXT NOT NULL CHECK (sector IN ('markt','overheid','totaal')),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  unit TEXT NOT NULL CHECK (unit IN ('fte','banen','plekken')),
  value_centi INTEGER NOT NULL CHECK (value_centi >= 0),
  peildatum TEXT NOT NULL,               -- the reference date the year is measured on
  baseline_date TEXT,                    -- regional targets count extra banen since this date
  source TEXT,
  updated_by TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE (kind, scope, scope_code, sector, year)
);

-- Zoetermeer's own targets (fte; audit office report, table 2) measured on 31 December.
INSERT INTO banen_targets(kind, scope, scope_code, sector, year, unit, value_centi, peildatum, source) VALUES
  ('banenafspraak','gemeente','zoetermeer','overheid',2018,'fte',2740,'2018-12-31','Rekenkamercommissie Zoetermeer, tabel 2'),
  ('banenafspraak','gemeente','zoetermeer','overheid',2019,'fte',3110,'2019-12-31','Rekenkamercommissie Zoetermeer, tabel 2'),
  ('banenafspraak','gemeente','zoetermeer','overheid',2020,'fte',3460,'2020-12-31','Rekenkamercommissie Zoetermeer, tabel 2');

-- Indicative regional targets for ZHC versus the baseline of 1 January 2013 (table 1).
INSERT INTO banen_targets(kind, scope, scope_code, sector, year, unit, value_centi, peildatum, baseline_date, source) VALUES
  ('banenafspraak','regio','ZHC','markt',2019,'banen',60000,'2019-12-31','2013-01-01','StvdA/VNG regionaal overzicht 2019-2020'),
  ('banenafspraak','regio','ZHC','markt',2020,'banen',75000,'2020-12-31','2013-01-01','StvdA/VNG regionaal overzicht 2019-2020'),
  ('banenafspraak','regio','ZHC','markt',2021,'banen',88400,'2021-12-31','2013-01-01','StvdA/VNG regionaal overzicht 2021-2022'),
  ('banenafspraak','regio','ZHC','markt',2022,'banen',103100,'2022-12-31','2013-01-01','StvdA/VNG regionaal overzicht 2021-2022'),
  ('banenafspraak','regio','ZHC','overheid',2019,'banen',20500,'2019-12-31','2013-01-01','StvdA/VNG regionaal overzicht 2019-2020'),
  ('banenafspraak','regio','ZHC','overheid',2020,'banen',24000,'2020-12-31','2013-01-01','StvdA/VNG regionaal overzicht 2019-2020'),
  ('banenafspraak','regio','ZHC','overheid',2021,'banen',26200,'2021-12-31','2013-01-01','StvdA/VNG regionaal overzicht 2021-2022'),
  ('banenafspraak','regio','ZHC','overheid',2022,'banen',29500,'2022-12-31','2013-01-01','StvdA/VNG regionaal overzicht 2021-2022');
