# inclusio import realisations: valued by the catalogue, double counting refused, bad rows listed.

R_HEAD="municipality,contract_reference,block,bsn,candidate_ref,hours_per_week,hours,start,end,amount,subsidy_end"
# realisations_csv NAME ROW...
realisations_csv() { local f=$WORK/$1.csv; shift; { echo "$R_HEAD"; printf '%s\n' "$@"; } >"$f"; echo "$f"; }

rdb=$(fresh_db realisations)
f=$(contracts_csv rcontracts "$c_ok1" "$c_ok2")
expect_ok "contracts for realisations" "$rdb" import contracts "$f"

# 111222333 and 123456782 pass the elfproef.
r_job="zoetermeer,IMP-001,mu-ww,111222333,K-1,36,,2024-03-01,2024-03-31,,"
r_hours="zoetermeer,IMP-001,ma-gastles,,,,10,2024-05-01,2024-05-01,,"
r_cost="lansingerland,IMP-002,ma-sociale-onderneming,,,,,2024-06-01,,1234.56,"
f=$(realisations_csv rgood "$r_job" "$r_hours" "$r_cost")
expect_ok "import good realisations" "$rdb" import realisations "$f"
check "three realisations, all gemeld" "3:3" "$(sql "$rdb" "SELECT count(*) || ':' || sum(CASE WHEN status = 'gemeld' THEN 1 ELSE 0 END) FROM realisations")"
# WW EUR 20,000/yr, 36 h: 31 days x 2,000,000 / 365 = 169,863.01 cents -> 169,863.
check "job valued per day: 31 x 20,000 / 365" 169863 "$(sql "$rdb" "SELECT value_cents FROM realisations WHERE candidate_ref='K-1'")"
check "reported total kept per contract after the import" 169863 \
  "$(sql "$rdb" "SELECT reported_cents - (SELECT sum(value_cents) FROM realisations r WHERE r.contract_id = c.id AND r.candidate_ref IS NULL) FROM contracts c WHERE reference='IMP-001'")"
check "no BSN stored" 0 "$(sql "$rdb" "SELECT count(*) FROM persons WHERE pseudonym LIKE '%111222333%'")"
check "one audit entry for the realisation import" 1 "$(sql "$rdb" "SELECT count(*) FROM audit_log WHERE action='import' AND entity='realisation'")"

badr=(
  "${r_job/111222333/111222334}"
  "${r_job/mu-ww/mu-onbekend}"
  "${r_cost/1234.56/-10}"
  "${r_cost/1234.56/tien}"
  "${r_job/,36,/,veertig,}"
  "${r_job/2024-03-31/2024-02-28}"
  "${r_job/2024-03-01/2024-02-30}"
  "${r_job/IMP-001/IMP-999}"
)
f=$(realisations_csv rbad "${r_job/111222333/123456782}" "${badr[@]}")
expect_refused "bad realisation rows listed" "$rdb" import realisations "$f" -- \
  "regel 3, kolom bsn: BSN is ongeldig" \
  "regel 4, kolom block:" \
  "regel 5, kolom amount: amount mag niet negatief zijn" \
  "regel 6, kolom amount:" \
  "regel 7, kolom hours_per_week:" \
  "regel 8, kolom end: einddatum ligt voor de begindatum" \
  "regel 9, kolom start:" \
  "regel 10, kolom contract_reference: geen opdracht met referentie 'IMP-999'" \
  "import geweigerd: 8 fouten"
check "no person stored for the refused file" 1 "$(sql "$rdb" "SELECT count(*) FROM persons")"

f=$(realisations_csv rdouble "${r_job/K-1/K-9}")
expect_refused "same person, same days, again" "$rdb" import realisations "$f" -- \
  "regel 2, kolom bsn: deze kandidaat telt al mee op opdracht IMP-001"
f=$(realisations_csv rdouble2 "${r_job/111222333/123456782}" "${r_job/111222333/123456782}")
expect_refused "same person twice within one file" "$rdb" import realisations "$f" -- \
  "regel 3, kolom bsn: deze kandidaat telt al mee op opdracht IMP-001"
check "still three realisations" 3 "$(sql "$rdb" "SELECT count(*) FROM realisations")"

# A larger file: 200 contracts, 1,000 realisations (stored 64 rows per statement; totals written 64
# contracts per statement), 100 people each on two contracts at different times, one per-hour row in five.
bigdb=$(fresh_db bigreal)
awk -v head="$C_HEAD" 'BEGIN { print head; for (i = 1; i <= 200; i++)
  printf "zoetermeer,,BR-%03d,Groot %d,werken,europees,%d.00,40,2024-01-15,2024-02-01,2026-01-31,12345678,Groen B.V.,,,,,,,\n", i, i, 500000 + i }' >"$WORK/bigc.csv"
expect_ok "200 contracts" "$bigdb" import contracts "$WORK/bigc.csv"
# BSNs passing the elfproef: 9-digit numbers 1000000xy with the check digit found by awk.
awk -v head="$R_HEAD" 'function bsn(k,   n, d, s, i) { for (n = 100000000 + k * 1000;; n++) { d = sprintf("%09d", n); s = 0
    for (i = 1; i <= 8; i++) s += substr(d, i, 1) * (10 - i); s -= substr(d, 9, 1); if (s != 0 && s % 11 == 0) return d } }
  BEGIN { print head; for (i = 0; i < 1000; i++) { c = sprintf("BR-%03d", i % 200 + 1)
    if (i % 5 == 4) { printf "zoetermeer,%s,ma-gastles,,,,%d,2024-05-01,,,\n", c, i % 7 + 1; continue }
    m = i < 500 ? "03" : "09"; printf "zoetermeer,%s,mu-ww,%s,K-%d,32,,2024-%s-01,2024-%s-28,,\n", c, bsn(i % 500), i, m, m } }' >"$WORK/bigr.csv"
expect_ok "1,000 realisations on 200 contracts" "$bigdb" import realisations "$WORK/bigr.csv"
check "all 1,000 stored" 1000 "$(sql "$bigdb" "SELECT count(*) FROM realisations")"
check "400 people, each counted twice" "400:800" "$(sql "$bigdb" "SELECT count(*) || ':' || sum(n) FROM (SELECT count(*) AS n FROM realisations WHERE person_id IS NOT NULL GROUP BY person_id) x")"
check "every contract's running total equals its realisations" 0 \
  "$(sql "$bigdb" "SELECT count(*) FROM contracts c WHERE reported_cents != (SELECT coalesce(sum(value_cents), 0) FROM realisations r WHERE r.contract_id = c.id)")"
check "every contract has a total" 200 "$(sql "$bigdb" "SELECT count(*) FROM contracts WHERE reported_cents > 0")"
