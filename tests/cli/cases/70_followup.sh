# After the award (issue 17) from the command line: evidence (type by content, size), the plan van
# aanpak, the escalation ladder, the final settlement with a penalty rule, past performance, the
# yearly report and retention of the evidence. Bad input refused with the database unchanged.
# (run.sh fixes today at 2025-06-30.)

db=$(fresh_db followup)
fu=(contract add --municipality zoetermeer --category werken --procedure europees --value 1000000 --labour-share-pct 40
    --contractor-kvk 27362514 --contractor-name "Groenwerk BV")
expect_ok "ended contract" "$db" "${fu[@]}" --reference S-1 --title "Groen 2023-2024" --award-date 2023-01-10 \
  --start-date 2023-02-01 --end-date 2024-12-31
expect_ok "running contract" "$db" "${fu[@]}" --reference S-2 --title "Groen 2025-2026" --award-date 2024-12-02 \
  --start-date 2025-01-01 --end-date 2026-12-31
s1=$(sql "$db" "SELECT id FROM contracts WHERE reference='S-1'")
s2=$(sql "$db" "SELECT id FROM contracts WHERE reference='S-2'")
radd=(realisation add --municipality zoetermeer --contract-reference S-1 --hours-per-week 36)
expect_ok "realisation 1" "$db" "${radd[@]}" --block mu-participatiewet --bsn 111222333 --start 2023-02-01 --end 2023-12-31
expect_ok "realisation 2" "$db" "${radd[@]}" --block mu-ww --bsn 123456782 --start 2024-01-01 --end 2024-03-31
r1=$(sql "$db" "SELECT min(id) FROM realisations")
r2=$(sql "$db" "SELECT max(id) FROM realisations")

# Evidence: a PDF is taken; text, an empty file and one over 2 MB are refused with nothing stored.
printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' >"$WORK/contract.pdf"
printf 'arbeidsovereenkomst\n' >"$WORK/contract.pdf.txt"
cp "$WORK/contract.pdf.txt" "$WORK/vermomd.pdf"          # a PDF by name only
{ printf '%%PDF-1.4\n'; head -c 2100000 /dev/zero; } >"$WORK/groot.pdf"
: >"$WORK/leeg.pdf"
expect_ok "evidence: PDF taken" "$db" evidence add "$r2" "$WORK/contract.pdf"
check "evidence: type read from the content" "application/pdf|contract.pdf" \
  "$(sql "$db" "SELECT mime || '|' || filename FROM realisation_evidence")"
expect_refused "evidence: text named .pdf refused" "$db" evidence add "$r2" "$WORK/vermomd.pdf" -- \
  "het bewijsstuk is geen PDF, PNG of JPEG (de inhoud is text/plain)"
expect_refused "evidence: over 2 MB refused" "$db" evidence add "$r2" "$WORK/groot.pdf" -- "het bewijsstuk is te groot: hoogstens 2 MB"
expect_refused "evidence: empty file refused" "$db" evidence add "$r2" "$WORK/leeg.pdf" -- "het bewijsstuk is leeg"
expect_ok "evidence: opened" "$db" evidence get 1 --out "$WORK/terug.pdf"
check "evidence: the same bytes back" "" "$(cmp "$WORK/contract.pdf" "$WORK/terug.pdf" 2>&1)"
check "evidence: upload and opening audit-logged" "upload view" \
  "$(sql "$db" "SELECT action FROM audit_log WHERE entity='evidence' ORDER BY id" | tr '\n' ' ' | sed 's/ $//')"
expect_ok "verify realisation 1" "$db" realisation verify "$r1"
expect_refused "evidence: not after the decision" "$db" evidence add "$r1" "$WORK/contract.pdf" -- "is al beoordeeld"

# The plan van aanpak on the running contract.
expect_refused "plan: a date before today" "$db" followup plan "$s2" --due-date 2025-06-29 --target 10000 --description "x" -- \
  "de datum van het plan (29-06-2025) ligt voor vandaag (30-06-2025)"
expect_refused "plan: after the contract's end" "$db" followup plan "$s2" --due-date 2027-01-31 --target 10000 --description "x" -- \
  "valt na het einde van de opdracht"
expect_refused "plan: no target, no description" "$db" followup plan "$s2" --due-date 2025-12-31 -- "groter dan 0"
expect_ok "plan: recorded" "$db" followup plan "$s2" --due-date 2025-12-31 --target 20000 --description "Twee leerwerkplekken via De Binnenbaan"
inc "$db" --json followup show "$s2"
check "plan: behind on the obligation, on schedule by the plan" '"status": "op-schema"' \
  "$(grep -oE '"status": "op-schema"' "$OUT" | head -1)"

# The escalation ladder (data: herinnering, telefoongesprek, brief, ingebrekestelling).
expect_refused "escalate: no skipping" "$db" followup escalate "$s2" --step 2 -- "eerst stap 1; de ladder slaat geen stap over"
expect_refused "escalate: not in the future" "$db" followup escalate "$s2" --date 2025-07-01 -- "niet in de toekomst"
expect_ok "escalate: herinnering" "$db" followup escalate "$s2" --date 2025-06-02 --answer "Stuurt een planning"
expect_refused "escalate: the same step twice" "$db" followup escalate "$s2" --step 1 -- "stap 1 is al gezet"
inc "$db" --json followup show "$s2"
check "escalate: the step is recorded with who took it" '"taken_by": "cli"' "$(grep -oE '"taken_by": "[a-z]*"' "$OUT")"
check "escalate: a plan on schedule holds the ladder (no next step due)" '"next_step": null' \
  "$(grep -oE '"next_step": null' "$OUT")"

# The final settlement.
expect_refused "settle: a running contract" "$db" followup settle "$s2" -- "de opdracht loopt nog (tot en met 31-12-2026)"
verified=$(sql "$db" "SELECT verified_cents FROM contracts WHERE id=$s1")
expect_refused "settle: exemption without who and why" "$db" followup settle "$s1" --exemption-date 2025-05-01 -- \
  "wie verleende de ontheffing?"
expect_refused "penalty: percentage over 100" "$db" followup penalty --municipality zoetermeer --effective-from 2020-01-06 \
  --kind percentage --percentage 120 -- "hoogstens 100"
check "penalty: none in the seeded Zoetermeer policies" "geen geen" \
  "$(sql "$db" "SELECT penalty_kind FROM policies p JOIN municipalities m ON m.id=p.municipality_id WHERE m.code='zoetermeer' ORDER BY effective_from" | tr '\n' ' ' | sed 's/ $//')"
expect_ok "penalty: 10 % for the 2020 policy" "$db" followup penalty --municipality zoetermeer --effective-from 2020-01-06 \
  --kind percentage --percentage 10
expect_ok "settle" "$db" followup settle "$s1" --remarks "Tekort gesproken met de opdrachtnemer"
check "settle: deels voldaan, unrealised = 50,000.00 - verified" "deels-voldaan $((5000000 - verified))" \
  "$(sql "$db" "SELECT outcome || ' ' || unrealised_cents FROM contract_settlements")"
check "settle: 10 % of the unrealised value, rounded half up" "$(( ( (5000000 - verified) * 1000 + 5000) / 10000 ))" \
  "$(sql "$db" "SELECT penalty_cents FROM contract_settlements")"
grep -q "10,00 % van het niet-gerealiseerde deel" "$OUT" && pass || fail "settle: the rule is shown"
expect_refused "settle: twice" "$db" followup settle "$s1" -- "deze opdracht is al afgerekend"
inc "$db" --json dossier show "$s1"
check "dossier: the settlement is an entry" '"title": "Afgerekend: deels voldaan"' "$(grep -oE '"title": "Afgerekend: [a-z ]*"' "$OUT")"
inc "$db" --json dossier show "$s2"
check "dossier: the plan and the escalation step are entries" "escalatie plan" \
  "$(grep -oE '"kind": "(plan|escalatie)"' "$OUT" | cut -d'"' -f4 | sort | tr '\n' ' ' | sed 's/ $//')"
inc "$db" --json followup past-performance 27362514
check "past performance: the settled contract" '"reference": "S-1"' "$(grep -oE '"reference": "S-1"' "$OUT")"
expect_ok "SEBO: the contractor applies" "$db" sebo holder add 27362514 --kinds werken --applied 2025-06-01
inc "$db" --json sebo holder show 27362514
check "SEBO: the past-performance criterion reads the settlement" '"short": 1' "$(grep -oE '"short": [0-9]+' "$OUT")"
inc "$db" --json report settlement --year 2025 --municipality zoetermeer
check "report: one settled, deels voldaan" '"deels-voldaan": 1' "$(grep -oE '"deels-voldaan": [0-9]+' "$OUT")"
expect_refused "report: year out of range" "$db" report settlement --year 1800 -- "geef een jaar tussen 2000 en 2100"

# Retention removes the evidence with the realisation's personal data.
expect_ok "retention 1 month" "$db" retention set --months 1
expect_ok "retention apply" "$db" retention apply
check "retention: evidence of the ended contract deleted" 0 "$(sql "$db" "SELECT count(*) FROM realisation_evidence")"
check "retention: audit counts the evidence" 1 \
  "$(sql "$db" "SELECT count(*) FROM audit_log WHERE action='retention' AND detail LIKE '%\"evidence_deleted\":1%'")"

# The ladder is data per municipality: beheer changes a step; the first change copies the default.
expect_refused "ladder: no gap in the steps" "$db" followup ladder --municipality zoetermeer --step 9 --code x --name X --days-after 1 -- \
  "stap moet tussen 1 en 5 liggen"
expect_refused "ladder: days out of range" "$db" followup ladder --municipality zoetermeer --step 2 --code bel --name Bellen --days-after 400 -- \
  "dagen na de vorige stap: 0 tot en met 365"
expect_ok "ladder: a quicker phone call in Zoetermeer" "$db" followup ladder --municipality zoetermeer --step 2 --code telefoongesprek \
  --name "Telefoongesprek met de directie" --days-after 7
check "ladder: Zoetermeer has its own four steps, the default stays" "4 4" \
  "$(sql "$db" "SELECT count(*) FROM escalation_ladder WHERE municipality_id = (SELECT id FROM municipalities WHERE code='zoetermeer')") $(sql "$db" "SELECT count(*) FROM escalation_ladder WHERE municipality_id IS NULL")"
inc "$db" --json followup show "$s2"
check "ladder: the contract's view names the changed step" '"name": "Telefoongesprek met de directie"' \
  "$(grep -oE '"name": "Telefoongesprek met de directie"' "$OUT" | head -1)"
