# TenderNed / OCDS import (issue 16): a Zoetermeer works award lands as a draft contract with a
# provisional obligation; the same file twice changes nothing; a newer release updates; a foreign
# package is skipped release by release with the database unchanged; a malformed file is refused
# whole (exit 3, line and reason); record packages read their compiledRelease; buyers configurable.
OCDS_FX=$CLI_DIR/fixtures/ocds
db=$(fresh_db ocds)

expect_ok "import a Zoetermeer works award" "$db" import ocds "$OCDS_FX/zoetermeer_works.json"
check "one award new, one draft" "1" "$(grep -c '1 gunningen nieuw.*1 conceptopdrachten' "$OUT")"
check "draft contract, provisional 5 % of EUR 199,500 = EUR 9,975 (europees, werken)" \
  "ocds-5n7lx2-ztm25001|concept|1|997500|europees|werken|45233140-2|2025-04-28|2025-06-01|2026-05-31" \
  "$(sql "$db" "SELECT reference || '|' || status || '|' || obligation_provisional || '|' || obligation_cents || '|' || procedure || '|' || category || '|' || cpv || '|' || award_date || '|' || start_date || '|' || end_date FROM contracts")"
check "contractor by its NL-KVK identifier" "40871236|Bouwbedrijf Van der Meer B.V." \
  "$(sql "$db" "SELECT o.kvk || '|' || o.name FROM contracts c JOIN organisations o ON o.id = c.contractor_id")"
check "procurement log entry points at the draft" "ocds-5n7lx2-ztm25001-award-1|1|1" \
  "$(sql "$db" "SELECT a.release_id || '|' || a.sr_applies || '|' || CASE WHEN a.contract_id = c.id THEN 1 ELSE 0 END FROM ocds_awards a JOIN contracts c ON c.reference = a.ocid")"
inc "$db" --json award missing --municipality zoetermeer
check "the draft is in the missing-social-return report" 1 "$(grep -c '"reference": "ocds-5n7lx2-ztm25001"' "$OUT")"

before=$(db_sum "$db")
expect_ok "re-import" "$db" import ocds "$OCDS_FX/zoetermeer_works.json"
check "re-import: unchanged" "1" "$(grep -c '0 gunningen nieuw, 0 bijgewerkt, 1 ongewijzigd' "$OUT")"
check "re-import changes nothing" "$before" "$(db_sum "$db")"

before=$(db_sum "$db")
inc "$db" --json import ocds "$OCDS_FX/foreign.json"
check "foreign package: accepted, nothing written" "0:$before" "$RC:$(db_sum "$db")"
check "every release skipped with its reason" "3" "$(grep -c '"reason"' "$OUT")"
check "unknown buyer named" 1 "$(grep -c "onbekende aanbesteder 'Gemeente Utrecht'" "$OUT")"
check "release without an award" 1 "$(grep -c 'geen gunning (awards ontbreekt)' "$OUT")"
check "another currency" 1 "$(grep -c 'valuta USD (alleen EUR)' "$OUT")"

expect_ok "newer release of the same ocid" "$db" import ocds "$OCDS_FX/zoetermeer_works_newer.json"
check "updated: value EUR 205,000, obligation EUR 10,250, still one draft" "1|20500000|1025000|1" \
  "$(sql "$db" "SELECT count(*) || '|' || max(value_cents) || '|' || max(obligation_cents) || '|' || max(obligation_provisional) FROM contracts")"
check "log entry carries the newer release" "ocds-5n7lx2-ztm25001-contractAmendment-2" "$(sql "$db" "SELECT release_id FROM ocds_awards")"
before=$(db_sum "$db")
expect_ok "the older release again" "$db" import ocds "$OCDS_FX/zoetermeer_works.json"
check "an older release does not undo the newer" "$before" "$(db_sum "$db")"

expect_refused "truncated file refused whole" "$db" import ocds "$OCDS_FX/truncated.json" -- \
  "regel 33: het bestand houdt midden in de JSON op" "er is niets opgeslagen"
check "malformed: exit 3" 3 "$RC"
expect_refused "amount as text refused whole" "$db" import ocds "$OCDS_FX/string_amount.json" -- \
  "regel 33: awards.value.amount moet een getal zijn"
printf '{"version": "1.1", "releases": [{"ocid": "x", "date": "2025-01-01"}]}' >"$WORK/noid.json"
expect_refused "release without id" "$db" import ocds "$WORK/noid.json" -- "geen id"
printf '{"version": "2.0", "releases": []}' >"$WORK/v2.json"
expect_refused "unsupported version" "$db" import ocds "$WORK/v2.json" -- "OCDS-versie '2.0' wordt niet ondersteund"
printf '[1, 2]' >"$WORK/array.json"
expect_refused "not a package" "$db" import ocds "$WORK/array.json" -- "geen OCDS-pakket"

expect_ok "record package" "$db" import ocds "$OCDS_FX/zoetermeer_record_package.json"
check "record package: compiledRelease read, linked-only record listed" "1:1" \
  "$(grep -c 'recordpakket): 1 gunningen nieuw' "$OUT"):$(grep -c 'record zonder compiledRelease' "$OUT")"
check "limited + 'Meervoudig onderhandse procedure' -> meervoudig-onderhands, services -> diensten" \
  "meervoudig-onderhands|diensten|77310000-6|1" \
  "$(sql "$db" "SELECT procedure || '|' || category || '|' || cpv || '|' || obligation_provisional FROM contracts WHERE reference = 'ocds-5n7lx2-ztm25004'")"

# Buyer configuration: Utrecht is no municipality here; a Zoetermeer buyer under another name is
# found by a configured identifier.
sed -e 's/"name": "Gemeente Zoetermeer"/"name": "Gem. Zoetermeer, afd. Inkoop"/g' -e 's/ztm25001/ztm25009/g' \
  "$OCDS_FX/zoetermeer_works.json" >"$WORK/alias.json"
inc "$db" import ocds "$WORK/alias.json"
check "unconfigured buyer name skipped" 1 "$(grep -c "onbekende aanbesteder 'Gem. Zoetermeer, afd. Inkoop'" "$OUT")"
expect_ok "configure the buyer's party id" "$db" import ocds-buyer zoetermeer --identifier NL-GEM-ZTM
expect_refused "configured twice" "$db" import ocds-buyer zoetermeer --identifier nl-gem-ztm -- "is al gekoppeld"
expect_ok "now imported" "$db" import ocds "$WORK/alias.json"
check "alias import drafted" 1 "$(sql "$db" "SELECT count(*) FROM contracts WHERE reference = 'ocds-5n7lx2-ztm25009'")"
