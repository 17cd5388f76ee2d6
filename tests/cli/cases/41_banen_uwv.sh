# inclusio banen uwv: UWV's regional figures imported (CSV with semicolons or commas, XLSX as
# published), a bad table refused whole, a re-import replacing, and the regional targets measured
# against UWV's count beside inclusio's own records (report banen-targets).

udb=$(fresh_db uwv)
uwv_csv() { local f=$WORK/$1; shift; printf '%s\n' "$@" >"$f"; echo "$f"; }
f=$(uwv_csv uwv.csv "arbeidsmarktregio;sector;peildatum;extra_banen" \
  "Zuid-Holland Centraal;Marktsector;4e kwartaal 2020;812" \
  "Zuid-Holland Centraal;Overheid;31-12-2020;231,5" \
  "Groot Amsterdam;Marktsector;2020-K4;12.345")
expect_ok "uwv import (semicolons, Dutch numbers and quarters)" "$udb" banen uwv import "$f"
check "uwv import: stored and skipped named" 2 "$(grep -cE '2 UWV-cijfers geïmporteerd|Overgeslagen: 1 regel van arbeidsmarktregio .Groot Amsterdam.' "$OUT")"
check "uwv figures stored" "81200 23150" \
  "$(sql "$udb" "SELECT extra_banen_centi FROM uwv_banen_figures WHERE sector = 'markt'") $(sql "$udb" "SELECT extra_banen_centi FROM uwv_banen_figures WHERE sector = 'overheid'")"

# ZHC market 2020: target 750, UWV 812 -> Ja; government: target 240, UWV 231.50 -> Nee; 2019: no
# UWV figure, inclusio's own records (none) decide -> Nee.
inc "$udb" report banen-targets --municipality zoetermeer --json
check "market 2020 measured against UWV" "812.00 uwv Ja" \
  "$(jq -r '.targets[] | select(.scope=="regio" and .sector=="markt" and .year==2020) | "\(.uwv_extra_banen) \(.goal_basis) \(.doel_gehaald)"' "$OUT" | sed 's/^812 /812.00 /')"
check "government 2020 short by UWV's count" "uwv Nee" \
  "$(jq -r '.targets[] | select(.scope=="regio" and .sector=="overheid" and .year==2020) | "\(.goal_basis) \(.doel_gehaald)"' "$OUT")"
check "market 2019 without a UWV figure" "null inclusio Nee" \
  "$(jq -r '.targets[] | select(.scope=="regio" and .sector=="markt" and .year==2019) | "\(.uwv_extra_banen) \(.goal_basis) \(.doel_gehaald)"' "$OUT")"

expect_ok "uwv import again" "$udb" banen uwv import "$f" --json
check "same file again replaces, adds nothing" "0 2" "$(jq -r '"\(.stored) \(.replaced)"' "$OUT")"

bad=$(uwv_csv bad.csv "arbeidsmarktregio,sector,peildatum,extra_banen" "ZHC,markt,2020-K4,760" \
  "ZHC,markt,2020-11-30,5" "ZHC,bouw,2020-K4,5" "ZHC,overheid,2019-K4,veel" "ZHC,markt,2020 Q4,761")
expect_refused "uwv import of a bad table" "$udb" banen uwv import "$bad" -- \
  "regel 3, kolom peildatum: '2020-11-30' is geen kwartaaleinde" "regel 4, kolom sector: onbekende sector 'bouw'" \
  "regel 5, kolom extra_banen: ongeldig aantal banen 'veel'" "regel 6: regio ZHC, sector markt, peildatum 31-12-2020 staat al eerder in het bestand" \
  "er is niets opgeslagen"
expect_refused "uwv import without the peildatum column" "$udb" banen uwv import "$(uwv_csv nocol.csv "arbeidsmarktregio,sector,extra_banen" "ZHC,markt,5")" -- \
  "regel 1" "peildatum"

# The table as UWV publishes it: XLSX, read through xlsx2csv.
x=$WORK/trendrapportage.xlsx
printf 'arbeidsmarktregio,sector,peildatum,extra_banen\nZuid-Holland Centraal,Marktsector,2021-K4,950\nZuid-Holland Centraal,Overheid,2021-K4,262.5\n' |
  python3 "$CLI_DIR/tools/mkxlsx.py" "$x"
expect_ok "uwv import of an XLSX" "$udb" banen uwv import "$x" --json
check "XLSX: two new figures" "2 0" "$(jq -r '"\(.stored) \(.replaced)"' "$OUT")"
inc "$udb" banen uwv list --region ZHC --json
check "uwv list: four quarters of ZHC" 4 "$(jq '.figures | length' "$OUT")"
printf 'PK\003\004kapot' >"$WORK/kapot2.xlsx"
expect_refused "uwv import of a broken XLSX" "$udb" banen uwv import "$WORK/kapot2.xlsx" -- "geen leesbaar XLSX-bestand"
expect_refused "uwv list of an unknown region" "$udb" banen uwv list --region Atlantis -- "onbekende arbeidsmarktregio 'Atlantis'"

# Durable work (issue 18): the job behind a contractor's job realisation, then the daily jobs ask the
# contractor 6 months after the realisation's end, once, and not when it has answered.
jdb=$(new_db impact)
"$INCLUSIO" --db "$jdb" demo >/dev/null 2>&1
rid=$(sql "$jdb" "SELECT r.id FROM realisations r JOIN blocks b ON b.id = r.block_id JOIN contracts c ON c.id = r.contract_id
  JOIN users u ON u.organisation_id = c.contractor_id
  WHERE b.kind = 'per_jaar' AND r.status <> 'afgewezen' AND u.username = 'groenwerk'
  AND NOT EXISTS (SELECT 1 FROM employment_realisations x WHERE x.realisation_id = r.id) ORDER BY r.id LIMIT 1")
expect_ok "impact job of a demo realisation" "$jdb" impact job "$rid" --residence-municipality Zoetermeer --contract-type vast
end=$(sql "$jdb" "SELECT end_date FROM realisations WHERE id = $rid")
ask=$(node -e 'const [y,m,d]=process.argv[1].split("-").map(Number); const t=new Date(Date.UTC(y,m-1+6,1)); const last=new Date(Date.UTC(t.getUTCFullYear(),t.getUTCMonth()+1,0)).getUTCDate(); t.setUTCDate(Math.min(d,last)); console.log(t.toISOString().slice(0,10))' "$end")
INCLUSIO_SMTP_URL='' inc "$jdb" jobs run --no-mail --date "$ask"
check "the contractor is asked 6 months after the end" 1 \
  "$(sql "$jdb" "SELECT count(*) FROM notices n JOIN users u ON u.id = n.user_id WHERE u.username = 'groenwerk' AND n.dedup_key = 'duurzaam:$rid:6'")"
INCLUSIO_SMTP_URL='' inc "$jdb" jobs run --no-mail --date "$ask"
check "asked once" 1 "$(sql "$jdb" "SELECT count(*) FROM notices WHERE dedup_key = 'duurzaam:$rid:6'")"
check "the question names the candidate, nothing more" 1 \
  "$(sql "$jdb" "SELECT count(*) FROM notices WHERE dedup_key = 'duurzaam:$rid:6' AND subject LIKE 'Werkt kandidaat % nog bij u?%'")"
