# From award to register (issue 16) on the command line, on the demo: the missing-social-return
# report lists ZTM-2025-M06 (werken, won at EUR 199,500: 5 % = EUR 9,975), inkoop completes it with
# its award date, the award becomes a draft contract once (twice is refused in Dutch), the SR-team
# confirms it with the labour share (25 % < 30 %: 2 % = EUR 3,990), an exemption takes another award
# off the list. Bad input is refused with the database unchanged. (run.sh fixes today at 2025-06-30.)

adb=$(fresh_db award)
"$INCLUSIO" --db "$adb" demo >/dev/null 2>&1
m06=$(sql "$adb" "SELECT id FROM procurements WHERE reference = 'ZTM-2025-M06'")
m09=$(sql "$adb" "SELECT id FROM procurements WHERE reference = 'ZTM-2024-M09'")
e02=$(sql "$adb" "SELECT id FROM procurements WHERE reference = 'ZTM-2025-E02'")

expect_ok "missing report" "$adb" award missing --year 2025
check "M06 missing with EUR 9.975,00" 1 "$(grep -c 'ZTM-2025-M06.*9.975,00  ontbreekt' "$OUT")"
expect_ok "missing report as a workbook" "$adb" award missing --year 2025 --xlsx "$WORK/missing.xlsx"
unzip -p "$WORK/missing.xlsx" xl/sharedStrings.xml > "$WORK/missing-strings.xml"
check "workbook lists M06" 1 "$(grep -c 'ZTM-2025-M06' "$WORK/missing-strings.xml")"
unzip -p "$WORK/missing.xlsx" xl/worksheets/sheet2.xml > "$WORK/missing-sheet.xml"
check "workbook holds the obligation 9975 as a number" 1 "$(grep -c '<v>9975</v>' "$WORK/missing-sheet.xml")"
inc "$adb" --json award missing --municipality zoetermeer --year 2025
check "json: M06 obligation" 1 "$(node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8")); console.log(r.items.filter(x=>x.reference==="ZTM-2025-M06"&&Number(x.obligation)===9975).length)' <"$OUT")"

expect_refused "award date in the future" "$adb" award complete "$m06" --award-date 2025-07-01 --reason "x" -- "de gunningsdatum ligt in de toekomst"
expect_refused "award date before the invitation" "$adb" award complete "$m06" --award-date 2025-04-01 --reason "x" -- "ligt voor de datum van de uitnodiging"
expect_refused "winner not invited" "$adb" award complete "$m06" --winner 40871236 --award-date 2025-04-22 --reason "x" -- "niet uitgenodigd"
expect_refused "flagged without the reason" "$adb" award complete "$m06" --award-date 2025-04-22 -- "is gemarkeerd" "reden van de afwijking"
expect_refused "enkelvoudig diensten: no social return" "$adb" award draft "$e02" -- "geen social return"
expect_ok "complete M06" "$adb" award complete "$m06" --award-date 2025-04-22 --reason "Speeltoestellen met keurmerk; geen lokale SEBO-houder"
check "draft made with a provisional 9,975.00" "concept|997500|1" \
  "$(sql "$adb" "SELECT status || '|' || obligation_cents || '|' || obligation_provisional FROM contracts WHERE reference = 'ZTM-2025-M06'")"
check "the procurement points to its contract" 1 \
  "$(sql "$adb" "SELECT count(*) FROM procurements p JOIN contracts c ON c.procurement_id = p.id WHERE p.id = $m06")"
check "rule outcome now with reason" afwijking-met-reden "$(sql "$adb" "SELECT rule_outcome FROM procurements WHERE id = $m06")"
expect_refused "the same award twice" "$adb" award draft "$m06" -- "inkoop ZTM-2025-M06 staat al in het register"
cid=$(sql "$adb" "SELECT id FROM contracts WHERE reference = 'ZTM-2025-M06'")
dep_ob() { inc "$adb" --json report sroi --year 2025 --municipality zoetermeer; node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8")); const d=r.departments.find(x=>x.department==="Stadsbeheer"&&x.year===2025); console.log(d?Number(d.obligation):"-")' <"$OUT"; }
check "SROI progress per department: a draft does not count yet" "$(dep_ob)" "$(sql "$adb" "SELECT CAST(sum(obligation_cents) AS BIGINT)/100 FROM contracts WHERE department = 'Stadsbeheer' AND award_date LIKE '2025%' AND status = 'bevestigd'")"
base=$(dep_ob)
inc "$adb" --json contract show "$cid"
check "the draft is marked as such, its obligation provisional" "true true" \
  "$(grep -oE '"(draft|provisional)": [a-z]*' "$OUT" | cut -d' ' -f2 | tr '\n' ' ' | sed 's/ $//')"
inc "$adb" contract show "$cid"
check "contract show says CONCEPT" 1 "$(grep -c 'CONCEPT: .*voorlopige verplichting' "$OUT")"
expect_refused "confirm without the labour share" "$adb" award confirm "$cid" -- "geef het loonsomaandeel op"
expect_refused "labour share above 100" "$adb" award confirm "$cid" --labour-share 120 -- "tussen 0 en 100"
expect_ok "confirm with 25 %" "$adb" award confirm "$cid" --labour-share 25
check "confirmed at 2 %: 3,990.00" "bevestigd|399000|200" \
  "$(sql "$adb" "SELECT status || '|' || obligation_cents || '|' || percentage_bp FROM contracts WHERE id = $cid")"
inc "$adb" --json contract show "$cid"
check "confirmed: no longer a draft, obligation final" "false false" \
  "$(grep -oE '"(draft|provisional)": [a-z]*' "$OUT" | cut -d' ' -f2 | tr '\n' ' ' | sed 's/ $//')"
check "SROI progress per department: Stadsbeheer 2025 gains 3,990.00" "$((base + 3990))" "$(dep_ob)"
expect_refused "confirm twice" "$adb" award confirm "$cid" --labour-share 25 -- "is al bevestigd"
inc "$adb" award missing --year 2025
check "M06 off the missing list" 0 "$(grep -c 'ZTM-2025-M06' "$OUT")"

expect_refused "exemption without a reason" "$adb" award exempt "$m09" --by gemeentesecretaris --date 2024-06-20 -- "reden van de ontheffing"
expect_ok "exemption" "$adb" award exempt "$m09" --by gemeentesecretaris --date 2024-06-20 --reason "Spoedklus na storm"
inc "$adb" award missing --year 2024
check "M09 off the missing list" 0 "$(grep -c 'ZTM-2024-M09' "$OUT")"
check "audit trail: complete, draft, confirm, exempt" "complete,confirm,draft,exempt" \
  "$(sql "$adb" "SELECT group_concat(action) FROM (SELECT DISTINCT action FROM audit_log WHERE action IN ('complete','draft','confirm','exempt') ORDER BY action) x")"
