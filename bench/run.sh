#!/usr/bin/env bash
# Benchmarks of inclusio beside raw SQLite on the same machine and the same data.
#   bench/run.sh path/to/inclusio            (make bench)
# Environment: BENCH_RUNS (best of N, default 3), BENCH_VOLUMES ("regional national"), BENCH_MATCH=0,
# BENCH_STREAM=0 to skip the 1,000,000-row streaming import.
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

# Matching (docs/wsp.md): national-scale shortlist and the regional batch, core beside one SQL query.
# BENCH_MATCH=0 skips it; BENCH_MATCH_ARGS passes options (e.g. "--skip-sql-batch").
if [ "${BENCH_MATCH:-1}" = 1 ]; then
  echo
  # shellcheck disable=SC2086
  "$ROOT/bench/match.sh" ${BENCH_MATCH_ARGS:-}
fi
