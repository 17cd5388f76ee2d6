# What "local" means (issue 16): a company established elsewhere but with a postcode in a range the
# municipality configures (its own or the region's) counts as local for the SEBO preference, in the
# rule check and in the invitation form's list; bad ranges exit 3 with the database unchanged.
db=$(fresh_db localarea)
inc "$db" procurement company add 30002001 --name "Aannemer Pijnacker" --established pijnacker-nootdorp
inc "$db" procurement company add 30002003 --name "Klussendienst" --established zoetermeer
sql "$db" "UPDATE organisations SET postcode = '2641 AB' WHERE kvk = '30002001'" >/dev/null
lg=(procurement log --department Sport --subject Hekwerk --category werken --value 20000 --procedure enkelvoudig-onderhands)
expect_ok "before: Pijnacker is not local to Zoetermeer" "$db" "${lg[@]}" --date 2025-03-03 --invite 30002001 --reason "spoed"
check "class overig" overig "$(sql "$db" "SELECT class FROM procurement_invitations WHERE procurement_id = 1")"
expect_refused "not a postcode" "$db" local-area zoetermeer --from 264 -- "geen viercijferige postcode"
check "bad range: exit 3" 3 "$RC"
expect_refused "range backwards" "$db" local-area zoetermeer --from 2649 --to 2640 -- "eindigt (2640) vóór het begint (2649)"
expect_ok "the region's postcodes 2640-2649 (Pijnacker)" "$db" local-area zoetermeer --from 2640 --to 2649 --region
expect_ok "after: local" "$db" "${lg[@]}" --date 2025-03-04 --invite 30002001
check "class lokaal, rule followed without a reason" "lokaal:gevolgd" \
  "$(sql "$db" "SELECT i.class || ':' || p.rule_outcome FROM procurement_invitations i JOIN procurements p ON p.id = i.procurement_id WHERE p.id = 2")"
