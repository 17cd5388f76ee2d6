# CSV written for people and CSV injection (docs/import-export.md, "CSV dialects"): a contract
# title that Excel would evaluate, exported byte for byte, imported back unchanged; a report CSV
# in the dialect of Excel with Dutch settings, with the same kind of text marked.

HL='=HYPERLINK("http://x";"y")'
HL_CELL="\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\""   # apostrophe in front, quoted, quotes doubled
hdb=$(fresh_db csv-inject)
expect_ok "contract with a formula as title" "$hdb" contract add --municipality zoetermeer --reference "-R1" --title "$HL" \
  --category diensten --procedure nationaal --value 100000 --labour-share-pct 40 --award-date 2024-01-15 \
  --start-date 2024-02-01 --end-date 2025-01-31 --contractor-kvk 12345678 --contractor-name "@Bouw BV" \
  --department "+Stadsbeheer"
expect_ok "realisation on that contract" "$hdb" import realisations \
  "$(realisations_csv hl-real "zoetermeer,-R1,ow-begeleiding,,,,7.5,2024-07-01,2024-07-31,,")"
expect_ok "export contracts with formula-like text" "$hdb" export contracts --out "$WORK/hl-contracts.csv"
check "export: every formula-like cell marked and quoted, numbers plain" \
  "zoetermeer,\"'+Stadsbeheer\",\"'-R1\",$HL_CELL,diensten,nationaal,100000.00,40.00,2024-01-15,2024-02-01,2025-01-31,12345678,\"'@Bouw BV\",,nee,,,,," \
  "$(sed -n 2p "$WORK/hl-contracts.csv")"
check "export: interchange dialect (header as the import reads it, no BOM, LF)" "$C_HEAD" "$(head -1 "$WORK/hl-contracts.csv")"
check "export: no cell starts with = + - @" 0 "$(grep -cE '(^|,)[=+@-]' "$WORK/hl-contracts.csv")"
expect_ok "export realisations" "$hdb" export realisations --out "$WORK/hl-real.csv"
check "realisations export: contract reference marked" "zoetermeer,\"'-R1\",ow-begeleiding,,,,7.50,2024-07-01,2024-07-31,," \
  "$(sed -n 2p "$WORK/hl-real.csv")"

# The import drops the mark in free-text columns: the round trip gives the same texts and files.
h2db=$(fresh_db csv-inject-2)
expect_ok "round trip: import marked contracts" "$h2db" import contracts "$WORK/hl-contracts.csv"
expect_ok "round trip: import marked realisations" "$h2db" import realisations "$WORK/hl-real.csv"
check "round trip: title, reference, department, contractor as entered" \
  "$HL|-R1|+Stadsbeheer|@Bouw BV" \
  "$(sql "$h2db" "SELECT c.title || '|' || c.reference || '|' || c.department || '|' || o.name FROM contracts c JOIN organisations o ON o.id = c.contractor_id")"
inc "$h2db" export contracts
check "round trip: contracts export identical" "$(sha256sum <"$WORK/hl-contracts.csv")" "$(sha256sum <"$OUT")"
inc "$h2db" export realisations
check "round trip: realisations export identical" "$(sha256sum <"$WORK/hl-real.csv")" "$(sha256sum <"$OUT")"

# A report CSV is for people: BOM, ';', decimal comma, CRLF, whole numbers whole, text marked.
expect_ok "goal programme" "$hdb" goal programme --municipality zoetermeer --code sea --name "SEA" --from 2014 --to 2018
expect_ok "goal with a formula as name" "$hdb" goal add --municipality zoetermeer --programme sea --code 4 --name "$HL"
expect_ok "indicator named like a formula" "$hdb" goal indicator --municipality zoetermeer --programme sea --goal 4 \
  --code leerlingen --name "-1+2" --unit aantal --direction hoger --source "@bron"
expect_ok "value 944" "$hdb" goal value --municipality zoetermeer --indicator leerlingen --year 2016 --value 944
expect_ok "target 1000.5" "$hdb" goal target --municipality zoetermeer --indicator leerlingen --year 2016 --value 1000.5
expect_ok "rapportage csv" "$hdb" report rapportage --municipality zoetermeer --year 2016 --period 3 --format csv \
  --out "$WORK/hl-report"
check "report csv: starts with the UTF-8 byte-order mark" "efbbbf" "$(head -c 3 "$WORK/hl-report/indicatoren.csv" | od -An -tx1 | tr -d ' \n')"
check "report csv: ';' between fields, CRLF" \
  "Indicator;Programma;Doel;Eenheid;Waarde;Streefwaarde;Doel gehaald;Bron;Toelichting"$'\r' \
  "$(sed -n 1p "$WORK/hl-report/indicatoren.csv" | tail -c +4)"
check "report csv: 944 whole, 1000,5 with a decimal comma, formula-like text marked" \
  "\"'-1+2\";SEA;\"4 $(printf '%s' "$HL" | sed 's/"/""/g')\";aantal;944;1000,5;Nee;\"'@bron\";"$'\r' \
  "$(sed -n 2p "$WORK/hl-report/indicatoren.csv")"
