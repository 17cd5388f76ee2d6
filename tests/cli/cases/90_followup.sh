# The follow-up after the award (issue 17) on the command line, on SQLite and PostgreSQL alike: a
# note in the dossier (bad input refused with every reason, nothing stored), the contractor's view,
# the daily jobs once per day (no relay: the outbox keeps the e-mail), a bad e-mail address.
fdb=$(fresh_db followup)
inc "$fdb" contract add --municipality zoetermeer --reference ZTM-OPV-1 --title "Schoonmaak stadhuis" \
  --category diensten --procedure europees --value 300000 --labour-share-pct 60 --award-date 2025-06-02 \
  --start-date 2025-07-01 --end-date 2026-06-30 --contractor-kvk 12345678 --contractor-name "Schoon BV"
check "followup: contract registered" 0 "$RC"
printf '%s\n' 'Cli-followup-wachtwoord-1' | "$INCLUSIO" --db "$fdb" user add schoon --role opdrachtnemer --organisation 12345678 --password-stdin >/dev/null
printf '%s\n' 'Cli-followup-wachtwoord-1' | "$INCLUSIO" --db "$fdb" user add sr.opv --role sr-team --municipality zoetermeer --password-stdin >/dev/null
expect_refused "dossier note: bad kind, future date, no text" "$fdb" dossier note --municipality zoetermeer \
  --reference ZTM-OPV-1 --kind brief --date 2025-07-01 -- "soort moet een van" 
expect_refused "dossier note: a date in the future" "$fdb" dossier note --municipality zoetermeer \
  --reference ZTM-OPV-1 --kind notitie --date 2025-07-01 --text "x" -- "datum ligt in de toekomst"
expect_refused "mail address: no address" "$fdb" mail address schoon "schoon bv" -- "is geen geldig e-mailadres"
expect_ok "dossier note: a call for the contractor" "$fdb" dossier note --municipality zoetermeer \
  --reference ZTM-OPV-1 --kind telefoongesprek --date 2025-06-27 --text "Gebeld over de planning" --for-contractor
expect_ok "dossier note: an internal note" "$fdb" dossier note --municipality zoetermeer \
  --reference ZTM-OPV-1 --kind notitie --date 2025-06-28 --text "Intern: nog geen kandidaten"
inc "$fdb" --json dossier show --municipality zoetermeer --reference ZTM-OPV-1 --contractor-view
check "dossier: the contractor sees the call and the award, not the note" "telefoongesprek gunning" \
  "$(node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(d.items.map((x) => x.kind).join(" "))' <"$OUT")"
inc "$fdb" --json dossier show --municipality zoetermeer --reference ZTM-OPV-1
check "dossier: the SR-team sees all three, newest first" "notitie telefoongesprek gunning" \
  "$(node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(d.items.map((x) => x.kind).join(" "))' <"$OUT")"
expect_ok "mail address: set" "$fdb" mail address schoon info@schoon.example
# Awarded Monday 2 June 2025; Whit Monday 9 June is no working day: the deadline is 10 June.
INCLUSIO_SMTP_URL='' inc "$fdb" jobs run --date 2025-06-10
check "jobs: nothing on the deadline day" "Taken van 2025-06-10: 0 opdracht(en), 0 nieuw(e) bericht(en), 0 e-mail(s) in de wachtrij." "$(head -1 "$OUT")"
INCLUSIO_SMTP_URL='' inc "$fdb" jobs run --date 2025-06-11
check "jobs: the day after, both told, one e-mail queued" "Taken van 2025-06-11: 1 opdracht(en), 2 nieuw(e) bericht(en), 1 e-mail(s) in de wachtrij." "$(head -1 "$OUT")"
check "jobs: no relay, the outbox keeps it" "E-mail: geen relay ingesteld (INCLUSIO_SMTP_URL); de wachtrij bewaart alles." "$(tail -1 "$OUT")"
INCLUSIO_SMTP_URL='' inc "$fdb" jobs run --date 2025-06-11
check "jobs: a second run sends nothing twice" "Taken van 2025-06-11: 1 opdracht(en), 0 nieuw(e) bericht(en), 0 e-mail(s) in de wachtrij." "$(head -1 "$OUT")"
check "jobs: one message waiting" 1 "$(sql "$fdb" "SELECT count(*) FROM mail_outbox WHERE status = 'wachtend'")"
