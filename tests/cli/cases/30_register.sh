# The register from the command line: calculators with worked figures, contract and realisation
# commands, bad input refused with the database unchanged, verification, reports, retention.
# (run.sh fixes today at 2025-06-30.)

db=$(fresh_db register)

inc "$db" calc obligation <<<'{"category":"diensten","procedure":"nationaal","value":900000,"labour_share_pct":25,"award_date":"2023-08-14"}'
check "calc obligation: 2% of 900,000 (loonsom < 30%)" 'true 2.00 18000.00' \
  "$(grep -oE '"(percentage|amount|applies)": [^,]*' "$OUT" | cut -d' ' -f2 | tr '\n' ' ' | sed 's/ $//')"
inc "$db" calc obligation <<<'{"category":"werken","procedure":"meervoudig-onderhands","value":600000,"labour_share_pct":50,"award_date":"2025-02-10","sebo_holder":true}'
check "calc obligation: SEBO meets meervoudig" '"met_by_sebo": true' "$(grep -o '"met_by_sebo": [a-z]*' "$OUT")"
inc "$db" calc obligation <<<'{"category":"leveringen","procedure":"europees","value":650000,"labour_share_pct":10,"award_date":"2024-05-06"}'
check "calc obligation: leveringen do not apply" '"applies": false' "$(grep -o '"applies": [a-z]*' "$OUT")"
inc "$db" calc value <<<'{"block":"mu-ww","hours_per_week":24,"start":"2023-07-01","end":"2024-06-30","contract_start":"2023-01-01","contract_end":"2025-12-31","award_date":"2023-08-01"}'
check "calc value: WW 24h capped at 365 days = 13,333.33" '"value": 13333.33,' "$(grep -o '"value": [0-9.]*,' "$OUT")"
expect_refused "calc obligation: unknown category" "$db" calc obligation -- "onbekende categorie 'bouw'" <<<'{"category":"bouw","procedure":"europees","value":1,"labour_share_pct":1,"award_date":"2024-01-01"}'
expect_refused "calc value: unknown block" "$db" calc value -- "onbekend bouwblok 'xx'" <<<'{"block":"xx","hours_per_week":1,"start":"2024-01-01","contract_start":"2024-01-01","contract_end":"2024-12-31"}'
expect_refused "calc: malformed JSON" "$db" calc value -- "ongeldige JSON" <<<'{"block":'

add=(contract add --municipality zoetermeer --title "Groenonderhoud" --category werken --procedure europees
     --value 1000000 --labour-share-pct 40 --award-date 2024-01-10 --start-date 2024-02-01 --end-date 2025-12-31
     --contractor-kvk 27362514 --contractor-name "Groenwerk BV")
expect_ok "contract add" "$db" "${add[@]}" --reference R-1
check "obligation 5% of 1,000,000" 5000000 "$(sql "$db" "SELECT obligation_cents FROM contracts WHERE reference='R-1'")"
expect_refused "duplicate reference" "$db" "${add[@]}" --reference R-1 -- "referentie 'R-1' bestaat al"
expect_refused "unknown category" "$db" "${add[@]}" --reference R-2 --category bouw -- "onbekende categorie"
expect_refused "unknown procedure" "$db" "${add[@]}" --reference R-2 --procedure onderhands -- "onbekende procedure"
expect_refused "negative value" "$db" "${add[@]}" --reference R-2 --value -5 -- "value mag niet negatief zijn"
expect_refused "non-numeric value" "$db" "${add[@]}" --reference R-2 --value veel -- "value is geen getal"
expect_refused "percentage above 100" "$db" "${add[@]}" --reference R-2 --labour-share-pct 101 -- "labour_share_pct moet tussen"
expect_refused "end before start" "$db" "${add[@]}" --reference R-2 --end-date 2023-01-01 -- "einddatum ligt voor de begindatum"
expect_refused "impossible date" "$db" "${add[@]}" --reference R-2 --award-date 2023-02-30 -- "award_date bestaat niet: 2023-02-30"
expect_refused "KvK not 8 digits" "$db" "${add[@]}" --reference R-2 --contractor-kvk 1234567 -- "KvK-nummer moet uit precies 8 cijfers"
expect_refused "unknown municipality" "$db" "${add[@]}" --reference R-2 --municipality atlantis -- "onbekende gemeente 'atlantis'"

radd=(realisation add --municipality zoetermeer --contract-reference R-1 --hours-per-week 36)
expect_ok "realisation add" "$db" "${radd[@]}" --block mu-participatiewet --bsn 111222333 --start 2024-02-01 --end 2024-12-31
check "Participatiewet 36h, 335 days = 40,000 x 335/365 = 36,712.33" 3671233 "$(sql "$db" "SELECT value_cents FROM realisations")"
expect_refused "BSN failing the elfproef" "$db" "${radd[@]}" --block mu-ww --bsn 123456789 --start 2024-02-01 -- "BSN is ongeldig"
expect_refused "unknown building block" "$db" "${radd[@]}" --block mu-zzz --bsn 123456782 --start 2024-02-01 -- "onbekend bouwblok 'mu-zzz'"
expect_ok "second contract" "$db" "${add[@]}" --reference R-3
expect_refused "double counting across contracts" "$db" realisation add --municipality zoetermeer --contract-reference R-3 \
  --hours-per-week 20 --block mu-wia --bsn 111222333 --start 2024-12-01 --end 2025-03-31 -- \
  "telt al mee op opdracht R-1" "31 overlappende dag(en): 01-12-2024 tot en met 31-12-2024"
check "the BSN is not in the database" 0 "$(db_dump "$db" | grep -c 111222333)"

id=$(sql "$db" "SELECT id FROM realisations LIMIT 1")
expect_refused "reject without reason" "$db" realisation reject "$id" -- "geef een reden"
expect_ok "verify" "$db" realisation verify "$id"
expect_refused "verify twice" "$db" realisation verify "$id" -- "is al beoordeeld"
check "verified total on the contract" 3671233 "$(sql "$db" "SELECT verified_cents FROM contracts WHERE reference='R-1'")"
inc "$db" --json report sroi --municipality zoetermeer --year 2024
check "report sroi: verified in the total" '"verified": 36712.33,' "$(grep -o '"verified": [0-9.]*,' "$OUT" | tail -1)"
inc "$db" --json contract show --municipality zoetermeer --reference R-1
check "progress on 2025-06-30: expected 50,000 x 516/700 days = 36,857.14" '"expected": 36857.14' \
  "$(grep -oE '"expected": [0-9.]*' "$OUT")"
check "verified 36,712.33 < expected: achter" '"status": "achter"' "$(grep -oE '"status": "[a-z-]*"' "$OUT" | head -1)"
inc "$db" --json contract list --overdue contact
check "contact overdue for contracts without contact" 2 "$(grep -c '"reference"' "$OUT")"
expect_ok "record contact" "$db" contract contact "$(sql "$db" "SELECT id FROM contracts WHERE reference='R-1'")" --date 2024-01-12
inc "$db" --json contract list --overdue contact
check "contact list shrinks" 1 "$(grep -c '"reference"' "$OUT")"

expect_ok "retention apply" "$db" retention apply
check "contracts still running keep their person links" 1 "$(sql "$db" "SELECT count(*) FROM realisations WHERE person_id IS NOT NULL")"

# A banenafspraak realisation creates the employment record of the banenafspraak monitor.
expect_ok "banenafspraak realisation" "$db" realisation add --municipality zoetermeer --contract-reference R-3 \
  --block mu-banenafspraak --bsn 123456782 --hours-per-week 25.5 --start 2024-03-01 --end 2024-12-31
check "one employment record linked to it" 1 "$(sql "$db" "SELECT count(*) FROM employment_realisations er JOIN realisations r ON r.id = er.realisation_id JOIN blocks b ON b.id = r.block_id WHERE b.code = 'mu-banenafspraak'")"
