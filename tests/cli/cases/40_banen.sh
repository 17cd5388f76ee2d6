# inclusio banen: records added and imported (all or nothing), refusals with nothing written,
# the banenafspraak report and targets, the link from an SROI realisation.

B_HEAD="municipality,employer_kvk,employer_name,department,sector,bsn,target_group,start,end,hours_per_week,contract_type,instrument,source"
# banen_csv NAME ROW...
banen_csv() { local f=$WORK/$1.csv; shift; { echo "$B_HEAD"; printf '%s\n' "$@"; } >"$f"; echo "$f"; }

bdb=$(fresh_db banen)
# 111222333, 123456782 and 222333443 pass the elfproef: three people at 20, 15 and 18 hours.
b1="zoetermeer,12345678,\"Bakkerij De Korf, Zoetermeer\",,markt,111222333,wajong,2020-01-01,,20,vast,loonkostensubsidie,wsp"
b2="zoetermeer,12345678,,,markt,123456782,wsw,2020-01-01,2021-12-31,15,tijdelijk,jobcoach,wsp"
b3="zoetermeer,87654321,Gemeente Zoetermeer,Stadsbeheer,overheid,222333443,participatiewet,2020-03-01,,18,proefplaatsing,none,De Binnenbaan"
f=$(banen_csv bgood "$b1" "$b2" "$b3")
expect_ok "import three employment records" "$bdb" banen import "$f"
check "three records" 3 "$(sql "$bdb" "SELECT count(*) FROM employment_records")"
check "no BSN stored" 0 "$(sql "$bdb" "SELECT count(*) FROM persons WHERE pseudonym LIKE '%111222333%'")"
check "instrument 'none' stored as geen, source label as code" "geen:binnenbaan" \
  "$(sql "$bdb" "SELECT instrument || ':' || source FROM employment_records WHERE department='Stadsbeheer'")"

# 53 h: 53 / 25.5 = 2.08 banen, 53 / 36 = 1.47 fte.
inc "$bdb" report banen --date 2020-12-31 --json
check "report: people" 3 "$(jq -r .people "$OUT")"
check "report: hours 53.00, banen 2.08, fte 1.47" "53.00 2.08 1.47" \
  "$(grep -oE '"(hours|banen|fte)": [0-9.]+' "$OUT" | head -3 | awk '{printf "%s%s", (NR>1?" ":""), $2}')"
check "report: by_sector markt has 2 people" 2 "$(jq -r '.by_sector[] | select(.sector=="markt") | .people' "$OUT")"
check "report has target and goal_met keys" "true true" "$(jq -r '[has("target"), has("goal_met")] | map(tostring) | join(" ")' "$OUT")"
inc "$bdb" report banen --date 2020-12-31
check "text report names the peildatum" 1 "$(grep -c 'peildatum 31-12-2020' "$OUT")"

badb=(
  "${b1/,20,/,0,}"
  "${b1/,20,/,-3,}"
  "${b1/,20,/,61,}"
  "${b2/2021-12-31/2019-12-31}"
  "${b1/111222333/111222334}"
  "${b1/markt/zorg}"
  "${b1/vast/flex}"
  "${b1/loonkostensubsidie/stage}"
  "${b1/wsp/uitzendbureau}"
  "${b1/2020-01-01/2020-06-01}"
)
f=$(banen_csv bbad "${b1/111222333/123456782}" "${badb[@]}")
expect_refused "every bad employment row listed" "$bdb" banen import "$f" -- \
  "regel 2, kolom start: deze persoon heeft bij werkgever 12345678 al een dienstverband" \
  "regel 3, kolom hours_per_week: uren per week moeten meer dan 0 zijn" \
  "regel 4, kolom hours_per_week:" \
  "regel 5, kolom hours_per_week: uren per week mogen niet boven 60 liggen" \
  "regel 6, kolom end: einddatum ligt voor de begindatum" \
  "regel 7, kolom bsn: BSN is ongeldig" \
  "regel 8, kolom sector: onbekende sector 'zorg'" \
  "regel 9, kolom contract_type: onbekend contracttype 'flex'" \
  "regel 10, kolom instrument: onbekend instrument 'stage'" \
  "regel 11, kolom source: onbekende herkomst 'uitzendbureau'" \
  "regel 12, kolom start: deze persoon heeft bij werkgever 12345678 al een dienstverband" \
  "import geweigerd: 11 fouten"
f=$(banen_csv bself "${b1/111222333/123456782}" "${b1/111222333/123456782}")
expect_refused "overlap within the file" "$bdb" banen import "$f" -- "regel 2, kolom start:" "regel 3, kolom start:"

expect_refused "add: hours above 60" "$bdb" banen add --municipality zoetermeer --employer-kvk 12345678 --sector markt \
  --bsn 111222333 --target-group wajong --start 2023-01-01 --hours 70 --contract-type vast --instrument geen --source wsp -- \
  "uren per week mogen niet boven 60 liggen"
expect_ok "add: a second job at another employer" "$bdb" banen add --municipality zoetermeer --employer-kvk 11223344 \
  --employer-name "Fietsenmaker BV" --sector markt --bsn 111222333 --target-group wajong --start 2023-01-01 --hours 8 \
  --contract-type tijdelijk --instrument ips --source eigen-werving
inc "$bdb" banen list --json
check "list shows four records" 4 "$(jq '.records | length' "$OUT")"

# Targets: the municipality as employer and its own target.
expect_ok "own employer" "$bdb" banen eigen-werkgever --municipality zoetermeer --kvk 87654321
expect_ok "target set" "$bdb" banen target set --municipality zoetermeer --year 2021 --value 0.40
inc "$bdb" report banen-targets --municipality zoetermeer --json
check "2020 target 34.60 not met (0.50 fte realised)" "Nee" \
  "$(jq -r '.targets[] | select(.scope=="gemeente" and .year==2020) | .doel_gehaald' "$OUT")"
check "2021 target 0.40 met (0.50 fte realised)" "Ja" \
  "$(jq -r '.targets[] | select(.scope=="gemeente" and .year==2021) | .doel_gehaald' "$OUT")"
expect_refused "target for an unknown region" "$bdb" banen target set --region Atlantis --sector markt --year 2023 --value 5 -- \
  "onbekende arbeidsmarktregio"

# The audit office's table from the demo.
ddb=$(fresh_db banendemo)
# The register demo has contact dates up to today; run it with the real date.
env -u INCLUSIO_TODAY "$INCLUSIO" --db "$ddb" demo >/dev/null 2>&1
inc "$ddb" report banen-targets --municipality zoetermeer --json
check "audit office table: realised 13.6 / 30.7 / 33.7, Nee" "2018:13.6:Nee 2019:30.7:Nee 2020:33.7:Nee" \
  "$(jq -r '[.targets[] | select(.scope=="gemeente" and .kind=="banenafspraak" and .year<=2020) | "\(.year):\(.realised):\(.doel_gehaald)"] | join(" ")' "$OUT")"
rid=$(sql "$ddb" "SELECT min(realisation_id) FROM employment_realisations")
inc "$ddb" banen link-realisation "$rid" --json
check "linking again finds the same record" "false" "$(jq -r .created "$OUT")"
