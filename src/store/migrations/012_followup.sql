-- Issue 17, the follow-up after the award: the contract dossier's own notes and contact moments,
-- the users' e-mail addresses, the in-app inbox, the e-mail outbox (nothing lost while the relay is
-- down), the Dutch mail templates as data, and the log of the daily job runs. Dates ISO 8601 text,
-- times in the outbox Unix seconds (UTC).

-- Notes and contact moments the SR-team records in a contract's dossier; for_contractor: the
-- contractor sees the entry in its own dossier view.
CREATE TABLE dossier_notes (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id),
  kind TEXT NOT NULL CHECK (kind IN ('notitie','telefoongesprek','overleg','e-mail','bezoek')),
  on_date TEXT NOT NULL,
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  for_contractor INTEGER NOT NULL DEFAULT 0 CHECK (for_contractor IN (0,1)),
  author TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX dossier_notes_contract ON dossier_notes(contract_id, on_date);

-- Where a user receives the notices by e-mail (none: the in-app inbox only).
CREATE TABLE user_emails (
  user_id INTEGER PRIMARY KEY REFERENCES users(id),
  email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

-- The templates of the notices, Dutch, with {{placeholders}} (docs/followup.md lists them). One per
-- kind of notice and audience (opdrachtnemer, sr-team); the administrator may edit the texts.
CREATE TABLE mail_templates (
  code TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('opdrachtnemer','sr-team')),
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (code, audience)
);

-- A user's in-app inbox: one row per notice; dedup_key makes each notice once per user, so running
-- the daily jobs twice sends nothing twice. due_date: the day the task or deadline falls on.
CREATE TABLE notices (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  contract_id INTEGER REFERENCES contracts(id),
  kind TEXT NOT NULL,
  dedup_key TEXT NOT NULL,
  due_date TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT,
  UNIQUE (user_id, dedup_key)
);
CREATE INDEX notices_user ON notices(user_id, created_at);
CREATE INDEX notices_contract ON notices(contract_id);

-- E-mail waiting for, or handed to, the relay. status: wachtend (to send at next_attempt), bezig
-- (claimed by one sender), verzonden, mislukt (given up after the last attempt). Each fate is also
-- written to the audit log.
CREATE TABLE mail_outbox (
  id INTEGER PRIMARY KEY,
  notice_id INTEGER UNIQUE REFERENCES notices(id),
  contract_id INTEGER REFERENCES contracts(id),
  to_addr TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'wachtend' CHECK (status IN ('wachtend','bezig','verzonden','mislukt')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt INTEGER NOT NULL,
  claimed_at INTEGER,
  last_error TEXT,
  sent_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox(status, next_attempt);

-- One row per day the daily jobs ran (by serve's thread or `inclusio jobs run`).
CREATE TABLE job_runs (
  run_date TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  notices INTEGER NOT NULL DEFAULT 0,
  mails INTEGER NOT NULL DEFAULT 0
);

INSERT INTO mail_templates(code, audience, subject, body) VALUES
 ('contact-termijn', 'opdrachtnemer', 'Contact over social return: {{kenmerk}}',
  'Beste {{opdrachtnemer}},

Op {{gunningsdatum}} is de opdracht {{kenmerk}} ({{titel}}) aan u gegund. Binnen vijf werkdagen na de gunning neemt u contact op met het SR-team van de gemeente {{gemeente}} over de invulling van de social return. Die termijn liep af op {{datum}} en wij hebben nog geen contact gehad.

Neem zo snel mogelijk contact met ons op.

Met vriendelijke groet,
Het SR-team van de gemeente {{gemeente}}'),
 ('contact-termijn', 'sr-team', 'Bellen: geen contact na gunning {{kenmerk}}',
  'De opdrachtnemer {{opdrachtnemer}} van {{kenmerk}} ({{titel}}) heeft geen contact opgenomen binnen vijf werkdagen na de gunning (uiterlijk {{datum}}). Bel de opdrachtnemer en leg het gesprek vast in het dossier.'),
 ('jaarrapportage-vooraf', 'opdrachtnemer', 'Herinnering: jaarrapportage {{jaar}} van {{kenmerk}} over een maand',
  'Beste {{opdrachtnemer}},

Uiterlijk {{datum}} verwachten wij uw jaarrapportage over jaar {{jaar}} van de opdracht {{kenmerk}} ({{titel}}). Meld uw realisaties in inclusio en dien de jaarrapportage daar in.

Met vriendelijke groet,
Het SR-team van de gemeente {{gemeente}}'),
 ('jaarrapportage-termijn', 'opdrachtnemer', 'Vandaag: jaarrapportage {{jaar}} van {{kenmerk}}',
  'Beste {{opdrachtnemer}},

Vandaag, {{datum}}, is de laatste dag voor uw jaarrapportage over jaar {{jaar}} van de opdracht {{kenmerk}} ({{titel}}). Wij hebben die nog niet ontvangen. Dien de jaarrapportage vandaag in via inclusio.

Met vriendelijke groet,
Het SR-team van de gemeente {{gemeente}}'),
 ('jaarrapportage-termijn', 'sr-team', 'Jaarrapportage {{jaar}} van {{kenmerk}} vervalt vandaag',
  'De jaarrapportage over jaar {{jaar}} van {{kenmerk}} ({{titel}}, {{opdrachtnemer}}) moet vandaag ({{datum}}) binnen zijn en is nog niet ingediend.'),
 ('eindrapportage', 'opdrachtnemer', 'Eindrapportage social return van {{kenmerk}}',
  'Beste {{opdrachtnemer}},

De opdracht {{kenmerk}} ({{titel}}) is op {{einddatum}} afgelopen. Meld uw laatste realisaties en lever uw eindrapportage uiterlijk {{datum}} aan via inclusio. Daarna rekent het SR-team de social return af.

Met vriendelijke groet,
Het SR-team van de gemeente {{gemeente}}'),
 ('eindrapportage-termijn', 'sr-team', 'Afrekenen: eindrapportage {{kenmerk}}',
  'De termijn voor de eindrapportage van {{kenmerk}} ({{titel}}, {{opdrachtnemer}}) is op {{datum}} verstreken. Controleer de laatste realisaties en reken de social return af.'),
 ('verificatie-wacht', 'sr-team', 'Verifiëren: {{aantal}} realisatie(s) van {{kenmerk}} wachten',
  'Bij {{kenmerk}} ({{titel}}, {{opdrachtnemer}}) wachten {{aantal}} gemelde realisatie(s) langer dan {{dagen}} dagen op verificatie. Ga na of de kandidaten echt zijn geplaatst.'),
 ('achterstand', 'sr-team', 'Achter op schema: {{kenmerk}}',
  'De opdracht {{kenmerk}} ({{titel}}, {{opdrachtnemer}}) loopt achter op schema: geverifieerd {{geverifieerd}} van de verplichting {{verplichting}}. Neem contact op met de opdrachtnemer.');
