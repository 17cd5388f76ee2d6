#!/usr/bin/env bash
# Benchmarks of inclusio beside raw SQLite on the same machine and the same data.
#   bench/run.sh path/to/inclusio            (make bench)
# Environment: BENCH_RUNS (best of N, default 3), BENCH_VOLUMES ("regional national"), BENCH_MATCH=0,
# BENCH_STREAM=0 to skip the 1,000,000-row streaming import, BENCH_PG=0 to skip PostgreSQL (default:
# on when PostgreSQL is installed; BENCH_PG_VOLUMES, default "national").
# Generates bench/data/<volume>/{contracts,realisations}.csv once (gitignored) with bench/generate.c.
set -euo pipefail
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "gebruik: $0 pad/naar/inclusio" >&2; exit 2; fi
INCLUSIO=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=$ROOT/bench/data
GEN=$(dirname "$INCLUSIO")/bench-generate
RUNS=${BENCH_RUNS:-3}
VOLUMES=${BENCH_VOLUMES:-regional national}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export INCLUSIO_TODAY=${INCLUSIO_TODAY:-2025-06-30}
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 (the shell) is needed" >&2; exit 1; }

if [ ! -x "$GEN" ] || [ "$ROOT/bench/generate.c" -nt "$GEN" ]; then
  cc -O2 -std=c11 -Wall -Wextra -Werror -o "$GEN" "$ROOT/bench/generate.c"
fi
declare -A NC=([regional]=2000 [national]=60000) NR=([regional]=20000 [national]=600000)
generate() {  # generate DIR CONTRACTS REALISATIONS
  if [ ! -s "$1/realisations.csv" ] || [ "$(($(wc -l <"$1/realisations.csv") - 1))" -ne "$3" ] \
     || [ "$GEN" -nt "$1/realisations.csv" ]; then
    mkdir -p "$1"
    "$GEN" "$2" "$3" "$1"
  fi
}

# timed CMD...: runs CMD, output discarded; sets WALL and CPU (user + system) in milliseconds.
# (CPU time has the 10 ms resolution of time(1); wall time is taken in nanoseconds.)
timed() {
  local t0 t1 u s
  t0=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$WORK/t" "$@" >/dev/null
  t1=$(date +%s%N)
  read -r u s <"$WORK/t"
  WALL=$(( (t1 - t0) / 1000000 ))
  CPU=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')
}
# best MS...: the smallest of the arguments.
best() { printf '%s\n' "$@" | sort -n | head -1; }

# Equivalent raw tables: the CSV columns as text, with as many secondary indexes as inclusio's
# tables have (contracts: unique reference per municipality, contractor, award date;
# realisations: contract, person + start).
RAW_PRAGMAS="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;"
raw_contracts_ddl() {
  cat <<'SQL'
CREATE TABLE contracts(municipality TEXT, department TEXT, reference TEXT, title TEXT, category TEXT,
  procedure TEXT, value REAL, labour_share_pct REAL, award_date TEXT, start_date TEXT, end_date TEXT,
  contractor_kvk TEXT, contractor_name TEXT, cpv TEXT, sebo_holder TEXT, extra_pct REAL, exemption_pct REAL,
  exemption_by TEXT, exemption_date TEXT, exemption_reason TEXT, UNIQUE(municipality, reference));
CREATE INDEX contracts_contractor ON contracts(contractor_kvk);
CREATE INDEX contracts_award ON contracts(municipality, award_date);
SQL
}
raw_realisations_ddl() {
  cat <<'SQL'
CREATE TABLE realisations(municipality TEXT, contract_reference TEXT, block TEXT, bsn TEXT, candidate_ref TEXT,
  hours_per_week REAL, hours REAL, start TEXT, end TEXT, amount REAL, subsidy_end TEXT);
CREATE INDEX realisations_contract ON realisations(municipality, contract_reference);
CREATE INDEX realisations_person ON realisations(bsn, start);
SQL
}
# The SROI report's aggregate as plain SQL on inclusio's own database: per municipality and award
# year the contracts, obligation, SEBO part, verified and reported value.
AGGREGATE="SELECT m.code, substr(c.award_date, 1, 4) AS y, count(*), sum(c.applies), sum(c.obligation_cents),
  sum(c.sebo_covered_cents), sum(c.verified_cents), sum(c.reported_cents)
  FROM contracts c JOIN municipalities m ON m.id = c.municipality_id GROUP BY m.code, y ORDER BY m.code, y;"

ROWS=()
row() { ROWS+=("$(printf '%-9s %-28s %13s %13s %7s %7s  %s' "$@")"); }
verdict() { if [ "$1" = 1 ]; then echo "ok"; else echo "NIET GEHAALD"; fi; }

for vol in $VOLUMES; do
  dir=$DATA/$vol
  generate "$dir" "${NC[$vol]}" "${NR[$vol]}"
  nc=${NC[$vol]}; nr=${NR[$vol]}
  ic=(); ir=(); rc=(); rr=(); rep=(); agg=(); icc=(); irc=(); rcc=(); rrc=(); repc=(); aggc=()
  for ((i = 0; i < RUNS; i++)); do
    db=$WORK/$vol-$i.db
    "$INCLUSIO" --db "$db" init >/dev/null
    timed "$INCLUSIO" --db "$db" import contracts "$dir/contracts.csv"; ic+=("$WALL"); icc+=("$CPU")
    timed "$INCLUSIO" --db "$db" import realisations "$dir/realisations.csv"; ir+=("$WALL"); irc+=("$CPU")
    timed "$INCLUSIO" --db "$db" report sroi; rep+=("$WALL"); repc+=("$CPU")
    timed sqlite3 "$db" "$AGGREGATE"; agg+=("$WALL"); aggc+=("$CPU")
    raw=$WORK/$vol-raw-$i.db
    sqlite3 "$raw" "$RAW_PRAGMAS $(raw_contracts_ddl) $(raw_realisations_ddl)" >/dev/null
    timed sqlite3 "$raw" "$RAW_PRAGMAS" ".import --csv --skip 1 $dir/contracts.csv contracts"; rc+=("$WALL"); rcc+=("$CPU")
    timed sqlite3 "$raw" "$RAW_PRAGMAS" ".import --csv --skip 1 $dir/realisations.csv realisations"; rr+=("$WALL"); rrc+=("$CPU")
    rm -f "$db"* "$raw"*
  done
  c=$(best "${ic[@]}"); r=$(best "${ir[@]}"); c0=$(best "${rc[@]}"); r0=$(best "${rr[@]}")
  cc=$(best "${icc[@]}"); rcpu=$(best "${irc[@]}"); cc0=$(best "${rcc[@]}"); rcpu0=$(best "${rrc[@]}")
  p=$(best "${rep[@]}"); a=$(best "${agg[@]}"); pc=$(best "${repc[@]}"); ac=$(best "${aggc[@]}")
  for what in contracts realisations; do
    if [ "$what" = contracts ]; then t=$c; t0=$c0; u=$cc; u0=$cc0; n=$nc; else t=$r; t0=$r0; u=$rcpu; u0=$rcpu0; n=$nr; fi
    [ "$t" -lt 1 ] && t=1; [ "$t0" -lt 1 ] && t0=1; [ "$u" -lt 1 ] && u=1; [ "$u0" -lt 1 ] && u0=1
    rate=$((n * 1000 / t)); rate0=$((n * 1000 / t0))
    ratio=$(awk -v a="$t" -v b="$t0" 'BEGIN { printf "%.2f", a / b }')
    cratio=$(awk -v a="$u" -v b="$u0" 'BEGIN { printf "%.2f", a / b }')
    ok=$(awk -v r="$rate" -v q="$ratio" 'BEGIN { print (q <= 2.0 && r >= 200000) ? 1 : 0 }')
    row "$vol" "import $what ($n)" "$rate rij/s" "$rate0 rij/s" "${ratio}x" "${cratio}x" \
      "$(verdict "$ok") (${t} vs ${t0} ms; doel >= 200.000 rij/s en <= 2x)"
  done
  [ "$p" -lt 1 ] && p=1; [ "$a" -lt 1 ] && a=1; [ "$pc" -lt 1 ] && pc=1; [ "$ac" -lt 1 ] && ac=1
  ratio=$(awk -v a="$p" -v b="$a" 'BEGIN { printf "%.2f", a / b }')
  cratio=$(awk -v a="$pc" -v b="$ac" 'BEGIN { printf "%.2f", a / b }')
  ok=$([ "$p" -lt 200 ] && echo 1 || echo 0)
  row "$vol" "report sroi ($nc opdr.)" "$p ms" "$a ms" "${ratio}x" "${cratio}x" "$(verdict "$ok") (doel < 200 ms)"
done

# PostgreSQL (issue 13): the same import and report on a throwaway cluster with durable settings
# (scripts/pg-cluster.sh, fsync on), beside psql's \copy of the same CSV files into equivalent tables
# and psql running the report's aggregate. Timed as whole client processes; `cpu` here adds the
# server's CPU (the cluster's processes, from /proc) to the client's, on both sides.
PG_ROWS=()
if [ "${BENCH_PG:-1}" = 1 ] && [ -x "$ROOT/scripts/pg-cluster.sh" ] && command -v psql >/dev/null &&
   PGURL=$("$ROOT/scripts/pg-cluster.sh" start 2>/dev/null); then
  trap '"$ROOT/scripts/pg-cluster.sh" stop "$PGURL" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
  PGH=${PGURL#*host=}; PGH=${PGH%%&*}
  export PGOPTIONS='-c client_min_messages=warning'
  # server_ticks: CPU clock ticks of the cluster so far (the postmaster, the backends it reaped, the living ones).
  server_ticks() {
    local pm live
    pm=$(head -1 "$PGH/data/postmaster.pid")
    live=$(cat /proc/[0-9]*/stat 2>/dev/null | awk -v pm="$pm" '{ sub(/^.*\) /, ""); if ($2 == pm) t += $12 + $13 } END { print t + 0 }')
    awk -v l="$live" '{ sub(/^.*\) /, ""); print l + $12 + $13 + $14 + $15 }' "/proc/$pm/stat"
  }
  # pg_timed CMD...: timed, and CPU includes the server's.
  pg_timed() { local s0 s1; s0=$(server_ticks); timed "$@"; sleep 0.2; s1=$(server_ticks); CPU=$((CPU + (s1 - s0) * 10)); }
  PG_RAW_DDL="
CREATE TABLE contracts(municipality text, department text, reference text, title text, category text,
  procedure text, value numeric, labour_share_pct numeric, award_date text, start_date text, end_date text,
  contractor_kvk text, contractor_name text, cpv text, sebo_holder text, extra_pct numeric, exemption_pct numeric,
  exemption_by text, exemption_date text, exemption_reason text, id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  UNIQUE(municipality, reference));
CREATE INDEX contracts_contractor ON contracts(contractor_kvk);
CREATE INDEX contracts_award ON contracts(municipality, award_date);
CREATE TABLE realisations(municipality text, contract_reference text, block text, bsn text, candidate_ref text,
  hours_per_week numeric, hours numeric, start text, \"end\" text, amount numeric, subsidy_end text,
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);
CREATE INDEX realisations_contract ON realisations(municipality, contract_reference);
CREATE INDEX realisations_person ON realisations(bsn, start);"
  PG_RAW_FK="ALTER TABLE realisations ADD FOREIGN KEY (municipality, contract_reference) REFERENCES contracts(municipality, reference);"
  RC="municipality, department, reference, title, category, procedure, value, labour_share_pct, award_date, start_date,
    end_date, contractor_kvk, contractor_name, cpv, sebo_holder, extra_pct, exemption_pct, exemption_by, exemption_date, exemption_reason"
  RR="municipality, contract_reference, block, bsn, candidate_ref, hours_per_week, hours, start, \"end\", amount, subsidy_end"
  for vol in ${BENCH_PG_VOLUMES:-national}; do
    dir=$DATA/$vol
    generate "$dir" "${NC[$vol]}" "${NR[$vol]}"
    nc=${NC[$vol]}; nr=${NR[$vol]}
    ic=(); ir=(); icc=(); irc=(); rc=(); rr=(); rcc=(); rrc=(); fr=(); frc=(); rep=(); repc=(); agg=(); aggc=()
    for ((i = 0; i < RUNS; i++)); do
      url=$("$ROOT/scripts/pg-cluster.sh" createdb "$PGH" "b${vol}$i")
      export INCLUSIO_KEY_FILE=$WORK/b${vol}$i.key
      "$INCLUSIO" --db "$url" init >/dev/null
      pg_timed "$INCLUSIO" --db "$url" import contracts "$dir/contracts.csv"; ic+=("$WALL"); icc+=("$CPU")
      pg_timed "$INCLUSIO" --db "$url" import realisations "$dir/realisations.csv"; ir+=("$WALL"); irc+=("$CPU")
      psql -XqAt "$url" -c "VACUUM ANALYZE" >/dev/null
      pg_timed "$INCLUSIO" --db "$url" report sroi; rep+=("$WALL"); repc+=("$CPU")
      pg_timed psql -XqAt "$url" -c "$AGGREGATE"; agg+=("$WALL"); aggc+=("$CPU")
      for fk in 0 1; do
        raw=$("$ROOT/scripts/pg-cluster.sh" createdb "$PGH" "r${vol}${i}_$fk")
        psql -XqAt "$raw" -c "$PG_RAW_DDL" >/dev/null
        [ "$fk" = 1 ] && psql -XqAt "$raw" -c "$PG_RAW_FK" >/dev/null
        if [ "$fk" = 0 ]; then
          pg_timed psql -XqAt "$raw" -c "\\copy contracts($RC) FROM '$dir/contracts.csv' CSV HEADER"; rc+=("$WALL"); rcc+=("$CPU")
          pg_timed psql -XqAt "$raw" -c "\\copy realisations($RR) FROM '$dir/realisations.csv' CSV HEADER"; rr+=("$WALL"); rrc+=("$CPU")
        else
          psql -XqAt "$raw" -c "\\copy contracts($RC) FROM '$dir/contracts.csv' CSV HEADER" >/dev/null
          pg_timed psql -XqAt "$raw" -c "\\copy realisations($RR) FROM '$dir/realisations.csv' CSV HEADER"; fr+=("$WALL"); frc+=("$CPU")
        fi
        psql -XqAt -h "$PGH" -d postgres -c "DROP DATABASE r${vol}${i}_$fk" >/dev/null
      done
      psql -XqAt -h "$PGH" -d postgres -c "DROP DATABASE b${vol}$i" >/dev/null
    done
    pg_row() {  # pg_row WHAT N T T0 U U0 GOALTEXT OK
      local rate=$(($2 * 1000 / $3)) rate0=$(($2 * 1000 / $4))
      PG_ROWS+=("$(printf '%-9s %-34s %13s %13s %7s %7s  %s' "$vol" "$1 ($2)" "$rate rij/s" "$rate0 rij/s" \
        "$(awk -v a="$3" -v b="$4" 'BEGIN { printf "%.2fx", a / b }')" "$(awk -v a="$5" -v b="$6" 'BEGIN { printf "%.2fx", a / b }')" "$7")")
    }
    c=$(best "${ic[@]}"); r=$(best "${ir[@]}"); c0=$(best "${rc[@]}"); r0=$(best "${rr[@]}"); f0=$(best "${fr[@]}")
    cu=$(best "${icc[@]}"); ru=$(best "${irc[@]}"); cu0=$(best "${rcc[@]}"); ru0=$(best "${rrc[@]}"); fu0=$(best "${frc[@]}")
    pg_row "import contracts" "$nc" "$c" "$c0" "$cu" "$cu0" "(${c} vs ${c0} ms)"
    pg_row "import realisations" "$nr" "$r" "$r0" "$ru" "$ru0" "(${r} vs ${r0} ms)"
    pg_row "realisations vs raw+FK" "$nr" "$r" "$f0" "$ru" "$fu0" "(${r} vs ${f0} ms: raw with a foreign key to contracts)"
    t=$((c + r)); t0=$((c0 + r0)); n=$((nc + nr))
    ok=$(awk -v n="$n" -v t="$t" -v t0="$t0" 'BEGIN { print (n * 1000 / t >= 100000 && t / t0 <= 1.5) ? 1 : 0 }')
    pg_row "import samen" "$n" "$t" "$t0" "$((cu + ru))" "$((cu0 + ru0))" \
      "$(verdict "$ok") (${t} vs ${t0} ms; doel >= 100.000 rij/s en <= 1,5x psql \\copy)"
    p=$(best "${rep[@]}"); a=$(best "${agg[@]}"); pc=$(best "${repc[@]}"); ac=$(best "${aggc[@]}")
    [ "$a" -lt 1 ] && a=1; [ "$ac" -lt 1 ] && ac=1
    ok=$(awk -v p="$p" -v a="$a" 'BEGIN { print (p < 300 && p / a <= 1.5) ? 1 : 0 }')
    PG_ROWS+=("$(printf '%-9s %-34s %13s %13s %7s %7s  %s' "$vol" "report sroi ($nc opdr.)" "$p ms" "$a ms" \
      "$(awk -v a="$p" -v b="$a" 'BEGIN { printf "%.2fx", a / b }')" "$(awk -v a="$pc" -v b="$ac" 'BEGIN { printf "%.2fx", a / b }')" \
      "$(verdict "$ok") (doel < 300 ms en <= 1,5x de SQL via psql)")")
  done
  unset INCLUSIO_KEY_FILE
fi

if [ "${BENCH_STREAM:-1}" = 1 ]; then
  # Streaming: 100,000 and 1,000,000 realisations on the national contracts; peak RSS should not grow.
  for n in 100000 1000000; do
    sdir=$DATA/stream-$n
    generate "$sdir" 60000 "$n"
    db=$WORK/stream-$n.db
    "$INCLUSIO" --db "$db" init >/dev/null
    "$INCLUSIO" --db "$db" import contracts "$sdir/contracts.csv" >/dev/null
    /usr/bin/time -v -o "$WORK/time-$n" "$INCLUSIO" --db "$db" import realisations "$sdir/realisations.csv" >/dev/null
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time-$n")
    secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time-$n")
    size=$(du -m "$sdir/realisations.csv" | cut -f1)
    row "stream" "import realisations ($n)" "$((rss / 1024)) MB RSS" "${size} MB csv" "-" "-" "wandkloktijd $secs"
    rm -f "$db"*
  done
fi

echo
echo "inclusio bench ($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), best of $RUNS; sqlite3 $(sqlite3 --version | cut -d' ' -f1))"
echo "ratio = inclusio / raw sqlite in wall-clock time; cpu = the same in user+system CPU time (steadier on a busy machine)"
printf '%-9s %-28s %13s %13s %7s %7s  %s\n' "volume" "meting" "inclusio" "raw sqlite" "ratio" "cpu" "oordeel"
printf '%s\n' "${ROWS[@]}"
if [ ${#PG_ROWS[@]} -gt 0 ]; then
  echo
  echo "PostgreSQL $(psql --version | awk '{print $3}') (throwaway cluster, durable settings): ratio = inclusio / psql \\copy of the same CSV"
  echo "(or psql running the aggregate); cpu = the same in client + server CPU time"
  printf '%-9s %-34s %13s %13s %7s %7s  %s\n' "volume" "meting" "inclusio" "psql" "ratio" "cpu" "oordeel"
  printf '%s\n' "${PG_ROWS[@]}"
fi

# Matching (docs/wsp.md): national-scale shortlist and the regional batch, core beside one SQL query.
# BENCH_MATCH=0 skips it; BENCH_MATCH_ARGS passes options (e.g. "--skip-sql-batch").
if [ "${BENCH_MATCH:-1}" = 1 ]; then
  echo
  # shellcheck disable=SC2086
  "$ROOT/bench/match.sh" ${BENCH_MATCH_ARGS:-}
fi
