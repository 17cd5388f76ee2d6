# Employer services from the command line: employers, questions against the 48-hour norm,
# vacancies, candidates, the shortlist (exact size, best first, reasons), proposals, placements;
# bad input refused with the database unchanged. (run.sh fixes today at 2025-06-30; now is 12:00.)

db=$(fresh_db wsp)
for s in kassa klantcontact heftruck; do inc "$db" skill add "$s"; done
expect_ok "employer add" "$db" employer add --kvk 69120045 --name "Bakkerij De Korenschoof" --municipality zoetermeer \
  --size klein --sector detailhandel --postcode "2711 AB" --manager "Peter Verbeek"
expect_refused "employer: KvK not 8 digits" "$db" employer add --kvk 6912 --name X --municipality zoetermeer --size klein \
  -- "KvK-nummer moet uit precies 8 cijfers"
expect_refused "employer: unknown size class" "$db" employer add --kvk 69120061 --name X --municipality zoetermeer --size reus \
  -- "ongeldige waarde 'reus'"
expect_ok "contact moment" "$db" employer moment 1 --kind bezoek --date 2025-06-20 --notes "Kennismaking"

vac=(vacancy add --employer 1 --title Verkoper --start 2025-08-01 --postcode "2712 CD" --education mbo2
     --require kassa,klantcontact --wish heftruck)
expect_refused "vacancy: hours min above max" "$db" "${vac[@]}" --hours-min 32 --hours-max 24 --wanted 3 \
  -- "minimum uren (32,00) is hoger dan maximum uren (24,00)"
expect_refused "vacancy: wanted 0" "$db" "${vac[@]}" --hours-min 24 --hours-max 32 --wanted 0 -- "1 tot en met 50"
expect_refused "vacancy: wanted 51" "$db" "${vac[@]}" --hours-min 24 --hours-max 32 --wanted 51 -- "1 tot en met 50"
expect_refused "vacancy: unknown skill" "$db" "${vac[@]}" --hours-min 24 --hours-max 32 --wanted 3 --require lassen \
  -- "onbekende vaardigheid 'lassen'"
expect_ok "vacancy add" "$db" "${vac[@]}" --hours-min 24 --hours-max 32 --wanted 2

cand=(candidate add --municipality zoetermeer --hours-min 24 --available-from 2025-07-01 --travel-km 10)
expect_ok "candidate A" "$db" "${cand[@]}" --bsn 111222333 --education mbo2 --hours-max 32 --postcode 2711 \
  --skills kassa,klantcontact,heftruck --consent ja
expect_ok "candidate B" "$db" "${cand[@]}" --bsn 123456782 --education mbo2 --hours-max 32 --postcode 2721 \
  --skills kassa,klantcontact --consent ja
expect_ok "candidate C (no consent)" "$db" "${cand[@]}" --bsn 111111110 --education mbo2 --hours-max 32 --postcode 2711 \
  --skills kassa,klantcontact,heftruck --consent nee
expect_ok "candidate D" "$db" "${cand[@]}" --bsn 999999990 --education vmbo --hours-max 40 --postcode 2711 --skills kassa \
  --consent ja
expect_refused "candidate: BSN failing the elfproef" "$db" "${cand[@]}" --bsn 123456789 --education mbo2 --hours-max 32 \
  --postcode 2711 --consent ja -- "BSN is ongeldig"
check "no BSN stored" 0 "$(sql "$db" "SELECT count(*) FROM persons WHERE pseudonym LIKE '%111222333%'")"

inc "$db" vacancy list --json
check "vacancy list JSON: id, employer, wanted" "1 1 2" \
  "$(python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))[0]; print(v["id"], v["employer"], v["wanted"])' "$OUT")"
# A: 40 + 10 + 15 + 15 + 10 + 5 + 2.50 = 97.50; B: 40 + 0 (no heftruck) + 15 + 15 + 10 + 5 + 2.50 = 87.50;
# D: kassa 1/2 = 20, wish 0, hours 15, 15, vmbo vs mbo2 -> 0, 5, 2.50 = 57.50 (suitable, but 3rd of 2 wanted).
inc "$db" match --vacancy 1 --json
check "shortlist: exactly 2, best first, with reasons" "1:97.5:7 2:87.5:7" \
  "$(python3 -c 'import json,sys; print(" ".join("%d:%s:%d" % (i["candidate"], i["score"], len(i["reasons"])) for i in json.load(open(sys.argv[1]))))' "$OUT")"
expect_refused "propose without consent" "$db" propose --vacancy 1 --candidate 3 -- "geen toestemming"
expect_ok "propose A" "$db" propose --vacancy 1 --candidate 1
expect_refused "propose A twice" "$db" propose --vacancy 1 --candidate 1 -- "al voorgesteld"

inc "$db" question add --employer 1 --subject "Loonkostensubsidie" --asked-at 2025-06-20T09:00
inc "$db" question answer 1 --answer "Formulier gestuurd" --at 2025-06-21T09:00
inc "$db" question add --employer 1 --subject "Proefplaatsing" --asked-at 2025-06-25T09:00
inc "$db" question add --employer 1 --subject "Jobcoach" --asked-at 2025-06-29T15:00
inc "$db" question stats --json
check "June: 1 in time of 2 judged (1 overdue, 1 open) = 50.00" '"share_in_time": 50.00' \
  "$(grep -o '"share_in_time": [0-9.]*' "$OUT")"
expect_refused "question asked in the future" "$db" question add --employer 1 --subject X --asked-at 2025-07-02T09:00 \
  -- "in de toekomst"

expect_ok "close vacancy" "$db" vacancy close 1
expect_refused "placement for a closed vacancy" "$db" place --vacancy 1 --candidate 1 --start 2025-08-01 --hours 28 \
  --contract tijdelijk -- "vacature 1 is gesloten"
expect_ok "reopen vacancy" "$db" vacancy reopen 1
expect_ok "placement" "$db" place --vacancy 1 --candidate 1 --start 2025-08-01 --hours 28 --contract tijdelijk \
  --instrument loonkostensubsidie
check "proposal outcome aangenomen" aangenomen "$(sql "$db" "SELECT outcome FROM proposals WHERE candidate_id = 1")"
check "placed candidate leaves the pool" 1 "$(sql "$db" "SELECT count(*) FROM candidates WHERE status = 'geplaatst'")"
