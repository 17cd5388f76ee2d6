-- Goals, indicators and the council dashboard. Programmes belong to a municipality; goals to a
-- programme; indicators to a goal. Indicator values and targets are fixed point x100 (944 pupils
-- = 94400, score 6.9 = 690, 72 % = 7200). Money in cents.

CREATE TABLE programmes (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  code TEXT NOT NULL,                    -- 'sea-2014', 'programma-1'
  name TEXT NOT NULL,
  year_from INTEGER NOT NULL,
  year_to INTEGER NOT NULL CHECK (year_to >= year_from),
  UNIQUE (municipality_id, code)
);

CREATE TABLE goals (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programmes(id),
  code TEXT NOT NULL,                    -- '1.5'
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  UNIQUE (programme_id, code)
);

CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  goal_id INTEGER NOT NULL REFERENCES goals(id),
  code TEXT NOT NULL,                    -- unique per municipality, used by the CLI and dashboard
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  name TEXT NOT NULL,
  unit TEXT NOT NULL,                    -- 'aantal', 'procent', 'cijfer', 'fte', 'euro'
  decimals INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 2),
  direction TEXT NOT NULL CHECK (direction IN ('hoger','lager')),
  computation TEXT,                      -- NULL: entered by hand; else the code of a store query
  source TEXT NOT NULL,                  -- 'CBS', 'UWV', 'enquête', ...; 'inclusio' when computed
  is_count INTEGER NOT NULL DEFAULT 0,   -- a count of people: suppressed below 5 for the council
  UNIQUE (municipality_id, code)
);

CREATE TABLE indicator_targets (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id),
  year INTEGER NOT NULL,
  target INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, year)
);

-- quarter 0 = the realisation of the year; 1..4 = quarterly values for the trend
CREATE TABLE indicator_values (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id),
  year INTEGER NOT NULL,
  quarter INTEGER NOT NULL CHECK (quarter BETWEEN 0 AND 4),
  value INTEGER,                         -- NULL: no figure (e.g. no survey that year)
  assessment TEXT CHECK (assessment IN ('ja','nee','nvt')),  -- judgement without a figure
  explanation TEXT NOT NULL DEFAULT '',
  source TEXT,
  entered_by TEXT,
  entered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  PRIMARY KEY (indicator_id, year, quarter)
);

CREATE TABLE goal_finances (
  goal_id INTEGER NOT NULL REFERENCES goals(id),
  year INTEGER NOT NULL,
  budget_cents INTEGER NOT NULL DEFAULT 0,
  costs_cents INTEGER NOT NULL DEFAULT 0 CHECK (costs_cents >= 0),
  income_cents INTEGER NOT NULL DEFAULT 0 CHECK (income_cents >= 0),
  explanation TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (goal_id, year)
);

-- "the people behind the numbers": short anonymised stories, never a name or identifier
CREATE TABLE goal_stories (
  id INTEGER PRIMARY KEY,
  goal_id INTEGER NOT NULL REFERENCES goals(id),
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

-- the six or seven steering parameters beheer chose for the council dashboard
CREATE TABLE dashboard_parameters (
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 7),
  indicator_id INTEGER NOT NULL REFERENCES indicators(id),
  PRIMARY KEY (municipality_id, position),
  UNIQUE (municipality_id, indicator_id)
);
