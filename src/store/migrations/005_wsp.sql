-- Employer services (WSP): employer accounts, contact persons and moments, events, questions with a
-- 48-hour answer target, the shared skills list, vacancies, pseudonymous candidates, proposals and
-- placements. Hours in centi-hours, distances in tenths of a km, dates ISO 8601, timestamps UTC.

CREATE TABLE employers (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL UNIQUE REFERENCES organisations(id),
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  sector TEXT NOT NULL DEFAULT '',
  size_class TEXT NOT NULL CHECK (size_class IN ('zzp','micro','klein','middel','groot')),
  postcode TEXT,
  account_manager TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX employers_municipality ON employers(municipality_id);

CREATE TABLE employer_contacts (
  id INTEGER PRIMARY KEY,
  employer_id INTEGER NOT NULL REFERENCES employers(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  email TEXT,
  phone TEXT
);
CREATE INDEX employer_contacts_employer ON employer_contacts(employer_id);

CREATE TABLE wsp_events (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  title TEXT NOT NULL,
  on_date TEXT NOT NULL,
  location TEXT NOT NULL DEFAULT ''
);

CREATE TABLE event_attendance (
  event_id INTEGER NOT NULL REFERENCES wsp_events(id),
  employer_id INTEGER NOT NULL REFERENCES employers(id),
  attended INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0,1)),  -- 0 = registered, did not come
  PRIMARY KEY (event_id, employer_id)
);

CREATE TABLE contact_moments (
  id INTEGER PRIMARY KEY,
  employer_id INTEGER NOT NULL REFERENCES employers(id),
  kind TEXT NOT NULL CHECK (kind IN ('bezoek','telefoon','evenement','email')),
  on_date TEXT NOT NULL,
  account_manager TEXT NOT NULL DEFAULT '',
  event_id INTEGER REFERENCES wsp_events(id),
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_moments_employer ON contact_moments(employer_id, on_date);

CREATE TABLE employer_questions (
  id INTEGER PRIMARY KEY,
  employer_id INTEGER NOT NULL REFERENCES employers(id),
  asked_at TEXT NOT NULL,                -- 'YYYY-MM-DDTHH:MM:00Z'
  channel TEXT NOT NULL DEFAULT 'telefoon' CHECK (channel IN ('telefoon','email','bezoek','website')),
  subject TEXT NOT NULL,
  question TEXT NOT NULL DEFAULT '',
  answered_at TEXT CHECK (answered_at IS NULL OR answered_at >= asked_at),
  answer TEXT,
  answered_by TEXT
);
CREATE INDEX employer_questions_asked ON employer_questions(asked_at);

CREATE TABLE skills (
  id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 4095),
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
);

CREATE TABLE vacancies (
  id INTEGER PRIMARY KEY,
  employer_id INTEGER NOT NULL REFERENCES employers(id),
  title TEXT NOT NULL,
  hours_min_centi INTEGER NOT NULL CHECK (hours_min_centi >= 0),
  hours_max_centi INTEGER NOT NULL CHECK (hours_max_centi >= hours_min_centi AND hours_max_centi <= 6000),
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  postcode TEXT,
  pc4 INTEGER NOT NULL DEFAULT 0,        -- 0 = unknown
  education_level INTEGER NOT NULL CHECK (education_level BETWEEN 0 AND 8),
  start_date TEXT NOT NULL,
  groups_mask INTEGER NOT NULL DEFAULT 0, -- target groups it suits (core/match.h order); 0 = all
  wanted INTEGER NOT NULL CHECK (wanted BETWEEN 1 AND 50),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','vervuld','gesloten')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX vacancies_employer ON vacancies(employer_id);
CREATE INDEX vacancies_status ON vacancies(status);

CREATE TABLE vacancy_skills (
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  skill_id INTEGER NOT NULL REFERENCES skills(id),
  required INTEGER NOT NULL CHECK (required IN (0,1)),
  PRIMARY KEY (vacancy_id, skill_id)
) WITHOUT ROWID;

CREATE TABLE candidates (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL UNIQUE REFERENCES persons(id),
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),  -- the owning municipality
  education_level INTEGER NOT NULL CHECK (education_level BETWEEN 0 AND 8),
  hours_min_centi INTEGER NOT NULL CHECK (hours_min_centi >= 0),
  hours_max_centi INTEGER NOT NULL CHECK (hours_max_centi >= hours_min_centi AND hours_max_centi <= 6000),
  pc4 INTEGER NOT NULL CHECK (pc4 BETWEEN 1000 AND 9999),          -- only the 4 digits (data minimisation)
  travel_dm INTEGER NOT NULL CHECK (travel_dm BETWEEN 0 AND 3000),
  groups_mask INTEGER NOT NULL DEFAULT 0,
  available_from TEXT NOT NULL,
  consent INTEGER NOT NULL CHECK (consent IN (0,1)),
  consent_date TEXT,
  status TEXT NOT NULL DEFAULT 'actief' CHECK (status IN ('actief','geplaatst','uitgeschreven')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX candidates_municipality ON candidates(municipality_id, status);

CREATE TABLE candidate_skills (
  candidate_id INTEGER NOT NULL REFERENCES candidates(id),
  skill_id INTEGER NOT NULL REFERENCES skills(id),
  PRIMARY KEY (candidate_id, skill_id)
) WITHOUT ROWID;

CREATE TABLE proposals (
  id INTEGER PRIMARY KEY,
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  candidate_id INTEGER NOT NULL REFERENCES candidates(id),
  proposed_at TEXT NOT NULL,
  proposed_by TEXT NOT NULL,
  score_centi INTEGER NOT NULL,          -- the score at proposal time, hundredths of a point
  by_hand INTEGER NOT NULL DEFAULT 0,    -- 1 = not from the shortlist
  outcome TEXT NOT NULL DEFAULT 'voorgesteld'
    CHECK (outcome IN ('voorgesteld','uitgenodigd','aangenomen','afgewezen','ingetrokken')),
  outcome_date TEXT,
  outcome_reason TEXT,
  UNIQUE (vacancy_id, candidate_id)
);

CREATE TABLE placements (
  id INTEGER PRIMARY KEY,
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  candidate_id INTEGER NOT NULL REFERENCES candidates(id),
  proposal_id INTEGER REFERENCES proposals(id),
  start_date TEXT NOT NULL,
  hours_centi INTEGER NOT NULL CHECK (hours_centi > 0 AND hours_centi <= 6000),
  contract_type TEXT NOT NULL CHECK (contract_type IN ('tijdelijk','vast','proefplaatsing','detachering','leerwerkbaan')),
  instrument TEXT NOT NULL CHECK (instrument IN ('geen','loonkostensubsidie','beschut-werk','direct-werk',
                                                 'proefplaatsing','detachering','jobcoach','ips')),
  employment_id INTEGER REFERENCES employment_records(id),  -- banenafspraak record made or linked, if any
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE (vacancy_id, candidate_id)
);
CREATE INDEX placements_candidate ON placements(candidate_id);
