# PSO as a policy option (issue 16): none in Zoetermeer's seeded policies; with a table trede 2 meets
# the provisional EUR 9,975.00 of the OCDS works award; withdrawn on 01-12-2025 the obligation is
# restored from that day (183 of 365 days covered: EUR 5,001.16, EUR 4,973.84 to realise) with a
# notice to the SR-team; bad input exits 3 with the database unchanged.
db=$(fresh_db pso)
inc "$db" import ocds "$CLI_DIR/fixtures/ocds/zoetermeer_works.json"
cid=$(sql "$db" "SELECT id FROM contracts WHERE reference = 'ocds-5n7lx2-ztm25001'")
check "no PSO table in the seeded policies" 0 "$(sql "$db" "SELECT count(*) FROM policy_pso")"
expect_ok "certificate" "$db" pso certificate 40871236 --level trede-2 --from 2024-03-01 --until 2027-02-28
inc "$db" --json pso effect "$cid"
check "seeded policy: no effect" 1 "$(grep -c '"reason": "het beleid kent geen PSO"' "$OUT")"
expect_refused "unknown level exits 3" "$db" pso table zoetermeer --policy-from 2020-01-06 --level trede-4 --covers 100 -- "onbekende PSO-trede 'trede-4'"
check "bad level: exit 3" 3 "$RC"
expect_refused "no such policy version" "$db" pso table zoetermeer --policy-from 2021-01-01 --level trede-2 --covers 100 -- "geen beleid van zoetermeer dat ingaat op 01-01-2021"
expect_refused "until before from" "$db" pso certificate 40871236 --level trede-1 --from 2025-01-01 --until 2024-01-01 -- "geldig tot ligt vóór geldig vanaf"
expect_ok "table: trede 2 meets" "$db" pso table zoetermeer --policy-from 2020-01-06 --level trede-2 --covers 100
inc "$db" --json pso effect "$cid"
check "met by PSO trede 2" '"covered": 9975.00,:"remaining": 0.00,' "$(grep -o '"covered": [0-9.]*,' "$OUT"):$(grep -o '"remaining": [0-9.]*,' "$OUT")"
# The register applies it: the confirmed contract's due figure, status and the SROI report.
expect_ok "confirm the draft at full labour share" "$db" award confirm "$cid" --labour-share 100
fig() { grep -oE "\"($1)\": [^,]*" "$OUT" | cut -d' ' -f2 | tr '\n' ' ' | sed 's/ $//'; }
inc "$db" --json contract show "$cid"
check "contract met by PSO: obligation, PSO cover, due, status" '9975.00 9975.00 "voldaan" 0.00' "$(fig 'amount|pso_covered|status|due')"
inc "$db" contract show "$cid"
check "contract page line" 1 "$(grep -c 'PSO: *EUR 9.975,00 gedekt door het PSO-certificaat' "$OUT")"
# The calculator answers the same for that contractor and period; without a certificate nothing.
inc "$db" calc obligation <<<'{"municipality":"zoetermeer","category":"werken","procedure":"europees","value":199500,"labour_share_pct":100,"award_date":"2025-04-28","contractor_kvk":"40871236","start_date":"2025-06-01","end_date":"2026-05-31"}'
check "calculator: PSO covers 9,975.00" 'true "trede-2" 9975.00 0.00' "$(fig 'applies|level|covered|remaining' | cut -d' ' -f2-)"
inc "$db" calc obligation <<<'{"category":"werken","procedure":"europees","value":199500,"labour_share_pct":100,"award_date":"2025-04-28","contractor_kvk":"12345678"}'
check "calculator: unknown company, no cover" 'false 0.00 9975.00' "$(fig 'applies|covered|remaining' | cut -d' ' -f2-)"
expect_refused "calculator: period without a company" "$db" calc obligation -- "geef ook het KvK-nummer" <<<'{"category":"werken","procedure":"europees","value":199500,"labour_share_pct":100,"award_date":"2025-04-28","start_date":"2025-06-01"}'
expect_ok "withdrawn mid-contract" "$db" pso withdraw 40871236 --date 2025-12-01
check "one notice" 1 "$(grep -c '1 melding(en) aan het SR-team' "$OUT")"
inc "$db" --json pso effect "$cid"
check "restored from 01-12-2025" '"covered": 5001.16,:"remaining": 4973.84,' "$(grep -o '"covered": [0-9.]*,' "$OUT"):$(grep -o '"remaining": [0-9.]*,' "$OUT")"
check "notice to the SR-team" "pso-vervallen|2025-12-01|1" \
  "$(sql "$db" "SELECT kind || '|' || on_date || '|' || CASE WHEN message LIKE '%nog te realiseren EUR 4.973,84.' THEN 1 ELSE 0 END FROM sr_notices")"
inc "$db" --json contract show "$cid"
check "withdrawn: contract due restored pro rata" '5001.16 4973.84' "$(fig 'pso_covered|due')"
inc "$db" --json report sroi --year 2025
check "SROI report total: PSO cover and due" '5001.16 4973.84' "$(grep -A20 '"total"' "$OUT" | grep -oE '"(pso_covered|due)": [^,]*' | cut -d' ' -f2 | tr '\n' ' ' | sed 's/ $//')"
# Clearing the table (the policy no longer accepts PSO) restores the whole obligation.
expect_ok "table cleared" "$db" pso table zoetermeer --policy-from 2020-01-06 --level trede-2 --clear
inc "$db" --json contract show "$cid"
check "no PSO: whole obligation due" '0.00 9975.00' "$(fig 'pso_covered|due')"
# What is recorded, read back: the certificate with its withdrawal, the tables per policy version.
inc "$db" pso list 40871236
check "certificate listed with its withdrawal" "trede 2    geldig 01-03-2024 t/m 28-02-2027, ingetrokken per 01-12-2025" "$(cat "$OUT")"
expect_ok "trede 1 at 50 %" "$db" pso table zoetermeer --policy-from 2020-01-06 --level trede-1 --covers 50
inc "$db" pso tables zoetermeer
check "tables per policy version" "kent geen PSO|trede 1 50,00%" "$(grep -o 'kent geen PSO' "$OUT" | head -1)|$(grep -o 'trede 1 50,00%' "$OUT")"
inc "$db" --json pso tables zoetermeer
check "tables JSON: trede 1 covers 50" 1 "$(grep -c '"trede-1": 50.00' "$OUT")"
