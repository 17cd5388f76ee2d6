# The SEBO registry and the invitation log from the command line: lifecycle with refusals,
# expiring certificates, the rule check with flags, bad input refused with the database unchanged,
# the all-or-nothing CSV import and the report. (run.sh fixes today at 2025-06-30.)

db=$(fresh_db sebo)

expect_ok "holder add (local, werken)" "$db" sebo holder add 40871236 --name "Bouwbedrijf Van der Meer" --kinds werken --local --applied 2025-01-06
expect_refused "holder twice" "$db" sebo holder add 40871236 --name X --kinds werken -- "staat al in het SEBO-register"
expect_refused "unknown KvK without a name" "$db" sebo holder add 11112222 --kinds werken -- "onbekend KvK-nummer 11112222"
expect_refused "no kind of work" "$db" sebo holder add 11112222 --name Y -- "ten minste één soort werk"
expect_refused "certify before the audit" "$db" sebo holder status 40871236 gecertificeerd --date 2025-02-01 -- \
  "van status 'aangevraagd' kan een certificaat niet naar 'gecertificeerd'"
expect_refused "audit without a body" "$db" sebo holder status 40871236 in-audit --date 2025-01-20 -- "certificeringsbureau"
expect_ok "in audit" "$db" sebo holder status 40871236 in-audit --date 2025-01-20 --body "Bureau MVO" --cost 500,00
check "audit cost in cents" 50000 "$(sql "$db" "SELECT audit_cost_cents FROM sebo_certificates")"
expect_refused "certify without evidence" "$db" sebo holder status 40871236 gecertificeerd --date 2025-02-01 -- "bewijs ontbreekt"
for c in werkgelegenheid begeleiding maatschappelijke-doelen vrijwilligerswerk past-performance ondernemersklimaat; do
  inc "$db" sebo holder evidence 40871236 "$c" "aangetoond" --date 2025-01-25
done
check "six criteria recorded" 6 "$(sql "$db" "SELECT count(*) FROM sebo_evidence")"
expect_refused "valid until before certified from" "$db" sebo holder status 40871236 gecertificeerd --from 2025-02-01 --until 2025-01-31 -- \
  "geldig tot (31-01-2025) ligt vóór de begindatum (01-02-2025)"
# valid until 15 Aug 2025: 46 days after 30 Jun 2025, so within the 90-day window
expect_ok "certify" "$db" sebo holder status 40871236 gecertificeerd --date 2025-02-01 --from 2025-02-01 --until 2025-08-15
inc "$db" --json sebo expiring
check "expiring within 90 days: 46 days left" '"days_left": 46,' "$(grep -o '"days_left": [0-9]*,' "$OUT")"
inc "$db" --json sebo expiring --days 30
check "not within 30 days" 0 "$(grep -c '"days_left"' "$OUT")"
check "history: aangevraagd, in-audit, gecertificeerd" "aangevraagd,in-audit,gecertificeerd" \
  "$(sql "$db" "SELECT group_concat(status) FROM (SELECT status FROM sebo_status_history ORDER BY id) x")"

expect_ok "company (not local)" "$db" procurement company add 30002001 --name "Aannemer Rijswijk" --established rijswijk
expect_ok "company (local)" "$db" procurement company add 30002003 --name "Klussendienst" --established zoetermeer
log=(procurement log --department Stadsbeheer --subject Bestrating --category werken --value 80000
     --procedure meervoudig-onderhands --date 2025-03-03)
expect_ok "meervoudig without a local holder" "$db" "${log[@]}" --invite 30002001 --invite 30002003 --quote 30002001=78500 --winner 30002001
check "flagged: 1 local holder for werken, best invited is local" "gemarkeerd:lokaal-sebo:1" \
  "$(sql "$db" "SELECT rule_outcome || ':' || expected_class || ':' || local_holders_available FROM procurements WHERE id = 1")"
check "awarded = winner's quote" 7850000 "$(sql "$db" "SELECT awarded_cents FROM procurements WHERE id = 1")"
expect_ok "meervoudig with the local holder" "$db" "${log[@]}" --invite 30002001 --invite 40871236 --quote 40871236=79000 --winner 40871236
check "followed" gevolgd "$(sql "$db" "SELECT rule_outcome FROM procurements WHERE id = 2")"
expect_ok "deviation with a reason" "$db" "${log[@]}" --invite 30002001 --invite 30002003 --reason "spoed"
check "deviation recorded" afwijking-met-reden "$(sql "$db" "SELECT rule_outcome FROM procurements WHERE id = 3")"
expect_ok "after the certificate ran out (16 Aug 2025) no holder is available" "$db" procurement log --department Sport \
  --subject Hekwerk --category werken --value 20000 --procedure enkelvoudig-onderhands --date 2025-08-16 --invite 30002003
check "enkelvoudig local, no holder: followed" "gevolgd:lokaal" \
  "$(sql "$db" "SELECT rule_outcome || ':' || expected_class FROM procurements WHERE id = 4")"
expect_refused "winner not invited" "$db" "${log[@]}" --invite 30002001 --invite 30002003 --winner 40871236 -- "de winnaar (KvK 40871236) is niet uitgenodigd"
expect_refused "quote from a company not invited" "$db" "${log[@]}" --invite 30002001 --invite 30002003 --quote 40871236=1 -- \
  "offerte van KvK-nummer 40871236, dat niet is uitgenodigd"
expect_refused "same company twice" "$db" "${log[@]}" --invite 30002001 --invite 30002001 -- "staat twee keer in de uitnodigingslijst"
expect_refused "unknown KvK" "$db" "${log[@]}" --invite 30002001 --invite 99998888 -- "onbekend KvK-nummer 99998888"
expect_refused "meervoudig with one company" "$db" "${log[@]}" --invite 30002001 -- "ten minste twee ondernemers"
expect_refused "national tender" "$db" "${log[@]}" --procedure europees --invite 30002001 --invite 30002003 -- "enkelvoudig en meervoudig onderhandse"

P_HEAD="municipality,department,reference,subject,category,estimated_value,procedure,date,invited,quotes,winner,awarded_value,deviation_reason"
p_csv() { local f=$WORK/$1.csv; shift; { echo "$P_HEAD"; printf '%s\n' "$@"; } >"$f"; echo "$f"; }
f=$(p_csv good "zoetermeer,Facilitair,IMP-1,Schoonmaak,werken,45000,meervoudig-onderhands,2025-04-01,40871236;30002001,\"40871236=44000,00;30002001=46000\",40871236,," \
               "zoetermeer,Facilitair,IMP-2,Drukwerk,werken,12000,enkelvoudig-onderhands,2025-04-02,30002001,,30002001,,")
expect_ok "import good procurements" "$db" procurement import "$f"
check "two imported, the second flagged" "gevolgd,gemarkeerd" \
  "$(sql "$db" "SELECT group_concat(rule_outcome) FROM (SELECT rule_outcome FROM procurements WHERE reference LIKE 'IMP-%' ORDER BY reference) x")"
f=$(p_csv bad "zoetermeer,Facilitair,IMP-3,Goed,werken,1000,enkelvoudig-onderhands,2025-04-03,30002003,,,," \
              "zoetermeer,Facilitair,IMP-4,Dubbel,werken,1000,meervoudig-onderhands,2025-04-03,30002001;30002001,,,," \
              "zoetermeer,Facilitair,IMP-5,Winnaar,werken,1000,meervoudig-onderhands,2025-04-03,30002001;30002003,,40871236,," \
              "zoetermeer,Facilitair,IMP-6,Datum,werken,1000,enkelvoudig-onderhands,2025-02-30,30002001,,,,")
expect_refused "bad file refused whole" "$db" procurement import "$f" -- \
  "regel 3, kolom invited: KvK-nummer 30002001 staat twee keer" "regel 4, kolom winner: de winnaar (KvK 40871236) is niet uitgenodigd" \
  "regel 5, kolom date" "er is niets opgeslagen"

inc "$db" --json report sebo --year 2025
check "report: procurements" '"procurements": 6,' "$(grep -m1 -o '"procurements": [0-9]*,' "$OUT")"
check "report: sebo_invited (rows 2 and IMP-1)" '"sebo_invited": 2,' "$(grep -m1 -o '"sebo_invited": [0-9]*,' "$OUT")"
check "report: sebo_won" '"sebo_won": 2,' "$(grep -m1 -o '"sebo_won": [0-9]*,' "$OUT")"
check "report: value awarded to SEBO holders 79,000 + 44,000" '"value_awarded_sebo": 123000.00,' "$(grep -m1 -o '"value_awarded_sebo": [0-9.]*,' "$OUT")"
check "report: two flagged, each with its reason" 2 "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for f in d["flagged"] if f["reason"]))' "$OUT")"
inc "$db" --json sebo requests 40871236
check "the holder sees its requests for quotes" '"requests": 2,' "$(grep -o '"requests": [0-9]*,' "$OUT")"
expect_ok "withdraw" "$db" sebo holder status 40871236 ingetrokken --date 2025-06-01 --reason "op eigen verzoek"
inc "$db" --json sebo holder list --public
check "withdrawn holder not on the public list" 0 "$(grep -c 40871236 "$OUT")"
