#!/usr/bin/env bash
# Writes a CSV of N employment records for `inclusio banen import` to standard output (docs/banen.md):
# three municipalities, 5,000 employers, one person (a BSN passing the elfproef) per record.
#   bench/generate-banen.sh 100000 > /tmp/banen.csv
set -euo pipefail
n=${1:-100000}
awk -v n="$n" 'function bsn(k,   x, d, s, i) { for (x = 200000000 + k * 10;; x++) { d = sprintf("%09d", x); s = 0
    for (i = 1; i <= 8; i++) s += substr(d, i, 1) * (10 - i); s -= substr(d, 9, 1); if (s != 0 && s % 11 == 0) return d } }
  BEGIN { split("zoetermeer lansingerland pijnacker-nootdorp", M, " ")
    print "municipality,employer_kvk,employer_name,department,sector,bsn,target_group,start,end,hours_per_week,contract_type,instrument,source"
    for (i = 0; i < n; i++) { k = 30000000 + i % 5000
      printf "%s,%d,Werkgever %d,,markt,%s,participatiewet,2023-%02d-01,,%d,vast,geen,wsp\n", M[i % 3 + 1], k, k, bsn(i), i % 12 + 1, 20 + i % 17 } }'
