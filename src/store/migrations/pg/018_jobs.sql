-- PostgreSQL twin of ../018_jobs.sql: the same schema at the same version, in PostgreSQL's
-- types. tests/pg/schema.sh fails when the twins drift apart.
-- The job behind a job realisation (a block valued per year): where the candidate lives (a
-- municipality, or only the 4-digit postcode area; never more), whether that is the contract's
-- municipality (decided when recorded, so it survives the retention rule removing the postcode),
-- the employment contract, the benefit the candidate left; and whether the person still works there
-- 6 and 12 months after the realisation's end, as the contractor reports it.
CREATE TABLE realisation_jobs (
  realisation_id bigint PRIMARY KEY REFERENCES realisations(id),
  residence_municipality text,
  residence_pc4 text CHECK (residence_pc4 IS NULL OR (length(residence_pc4) = 4 AND residence_pc4 BETWEEN '1000' AND '9999')),
  resident bigint CHECK (resident IN (0, 1)),       -- NULL: not known (a postcode area the municipality has not configured)
  contract_type text NOT NULL CHECK (contract_type IN ('tijdelijk','vast','proefplaatsing','detachering','bbl')),
  benefit_left text CHECK (benefit_left IN ('participatiewet','ww','wajong','wia','ioaw','ioaz','anw','anders')),
  working_6 bigint CHECK (working_6 IN (0, 1)),     -- NULL: not reported
  working_12 bigint CHECK (working_12 IN (0, 1)),
  updated_by text,
  updated_at text NOT NULL
);

-- The daily jobs ask the contractor about durable work 6 and 12 months after a job realisation's
-- end (core/followup.c, reminder duurzaamheid).
INSERT INTO mail_templates(code, audience, subject, body) VALUES
 ('duurzaamheid', 'opdrachtnemer', 'Werkt kandidaat {{kandidaat}} nog bij u? ({{kenmerk}})',
  'Beste {{opdrachtnemer}},

De gemeente {{gemeente}} wil weten of social return duurzaam werk oplevert. De realisatie van kandidaat {{kandidaat}} bij de opdracht {{kenmerk}} ({{titel}}) is {{maanden}} maanden geleden geëindigd ({{datum}}).

Werkt deze kandidaat nog bij u? Geef het antwoord in het portaal bij de opdracht, onder "Inwoners en duurzaam werk". Alleen ja of nee: wij vragen geen andere gegevens over de kandidaat.

Met vriendelijke groet,
Het SR-team van de gemeente {{gemeente}}');
