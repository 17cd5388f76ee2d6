# inclusio export: CSV with the import's columns (round trip into a fresh database gives the same
# data), XLSX with number formats and frozen panes, filters and bad options.

xdb=$(fresh_db export-a)
c_exempt="zoetermeer,Sociaal Domein,EXP-003,\"Re-integratie \"\"Werkfit\"\"\nmeerjarig\",diensten,nationaal,400000.50,60,2024-05-01,2024-06-01,2026-05-31,34567890,\"Werk, Fit & Co\",85312000-9,nee,,1,gemeentesecretaris,2024-04-20,geen geschikte kandidaten"
f=$(contracts_csv xsrc "$c_ok1" "$c_ok2" "$c_exempt")
expect_ok "export fixture: contracts" "$xdb" import contracts "$f"
f=$(realisations_csv xrsrc "$r_hours" "$r_cost" "zoetermeer,EXP-003,ow-begeleiding,,,,7.5,2024-07-01,2024-07-31,," \
  "zoetermeer,EXP-003,bonus-training,,,,,2024-08-01,,99.99,")
expect_ok "export fixture: realisations without BSN" "$xdb" import realisations "$f"

expect_ok "export contracts csv" "$xdb" export contracts --format csv --out "$WORK/x-contracts.csv"
expect_ok "export realisations csv" "$xdb" export realisations --out "$WORK/x-realisations.csv"
check "contracts csv header = import columns" "$C_HEAD" "$(head -1 "$WORK/x-contracts.csv")"
check "realisations csv header = import columns" "$R_HEAD" "$(head -1 "$WORK/x-realisations.csv")"
check "amounts with two decimals, dot" "1" "$(grep -c '^zoetermeer,Sociaal Domein,EXP-003,.*,400000.50,60.00,2024-05-01,' "$WORK/x-contracts.csv")"

ydb=$(fresh_db export-b)
expect_ok "round trip: import the exported contracts" "$ydb" import contracts "$WORK/x-contracts.csv"
expect_ok "round trip: import the exported realisations" "$ydb" import realisations "$WORK/x-realisations.csv"
inc "$ydb" export contracts; cp "$OUT" "$WORK/y-contracts.csv"
inc "$ydb" export realisations; cp "$OUT" "$WORK/y-realisations.csv"
check "round trip: contracts export identical" "$(sha256sum <"$WORK/x-contracts.csv")" "$(sha256sum <"$WORK/y-contracts.csv")"
check "round trip: realisations export identical" "$(sha256sum <"$WORK/x-realisations.csv")" "$(sha256sum <"$WORK/y-realisations.csv")"
q="SELECT group_concat(reference || ':' || obligation_cents || ':' || percentage_bp || ':' || reported_cents || ':' || exempted || ':' || sebo_holder || ':' || title, '|') FROM (SELECT * FROM contracts ORDER BY reference) x"
check "round trip: same obligations and totals" "$(sql "$xdb" "$q")" "$(sql "$ydb" "$q")"
q="SELECT group_concat(value_cents || ':' || counted_days || ':' || hours_centi || ':' || amount_cents, '|') FROM (SELECT * FROM realisations ORDER BY id) x"
check "round trip: same realisation values" "$(sql "$xdb" "$q")" "$(sql "$ydb" "$q")"

expect_ok "export one municipality" "$xdb" export contracts --municipality lansingerland
check "only lansingerland rows" "2:IMP-002" "$(wc -l <"$OUT" | tr -d ' '):$(tail -1 "$OUT" | cut -d, -f3)"
expect_refused "export unknown municipality" "$xdb" export contracts --municipality atlantis -- "onbekende gemeente 'atlantis'"
expect_refused "export unknown format" "$xdb" export contracts --format pdf -- "onbekend formaat 'pdf'"
expect_refused "xlsx needs --out" "$xdb" export contracts --format xlsx -- "geef --out"

# A person-bound realisation exports without its BSN (never stored), so it cannot be re-imported.
expect_ok "export fixture: job realisation" "$xdb" import realisations "$(realisations_csv xjob "$r_job")"
inc "$xdb" export realisations
check "the BSN column stays empty" "zoetermeer,IMP-001,mu-ww,,K-1,36.00,,2024-03-01,2024-03-31,," "$(grep ',K-1,' "$OUT")"

expect_ok "export contracts xlsx" "$xdb" export contracts --format xlsx --out "$WORK/x.xlsx"
expect_ok "export realisations xlsx" "$xdb" export realisations --format xlsx --out "$WORK/xr.xlsx"
if command -v python3 >/dev/null; then
  check "xlsx: frozen header, euro and date formats, typed cells" "ok" "$(python3 - "$WORK/x.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read("xl/worksheets/sheet1.xml").decode()
styles = z.read("xl/styles.xml").decode()
ok = ('ySplit="1"' in sheet and 'state="frozen"' in sheet
      and "#,##0.00" in styles and "dd-mm-yyyy" in styles
      and re.search(r'<c r="G2" s="\d+"><v>1000000</v>', sheet)   # value as a number
      and re.search(r'<c r="I2" s="\d+"><v>45306</v>', sheet)     # 2024-01-15 as an Excel date
      and "<autoFilter" in sheet)
print("ok" if ok else sheet[:2000])
PY
)"
fi
inc "$xdb" export contracts --municipality atlantis --out "$WORK/none.csv"
check "a failed export leaves no file" "absent" "$([ -e "$WORK/none.csv" ] && echo present || echo absent)"
