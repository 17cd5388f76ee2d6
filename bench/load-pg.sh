#!/usr/bin/env bash
# Web load on PostgreSQL with two application servers (issue 13), beside SQLite with one, in one run
# on the same data and the same machine:
#   uncached  the SR-team paging the contract list and opening contracts (bench/load.lua), response
#             cache off (INCLUSIO_CACHE_MB=0): every request reads the database;
#   mixed     90 % those reads, 10 % writes: contractors reporting hours, the SR-team verifying them
#             (bench/load_mixed.lua), response cache on (64 MB).
# PostgreSQL: a throwaway cluster (scripts/pg-cluster.sh: durable, fsync on; synchronous_commit off,
# which is what SQLite's synchronous=NORMAL in WAL mode gives: a crash loses the last commits, never
# consistency) with two `inclusio serve` processes of SERVER_THREADS/2 worker threads each; wrk runs
# twice at once, half the connections on each server (the two runs' requests are added up, the
# higher p99 of the two is reported). SQLite: one server of SERVER_THREADS threads, one wrk.
# Same regional data set as bench/load.sh (bench/generate: 2,000 contracts, 20,000 realisations,
# loaded through the CSV import into both databases).
#   bench/load-pg.sh [build/inclusio] [CONTRACTS] [REALISATIONS]
# Environment: SCENARIOS ("uncached mixed"), BACKENDS ("sqlite postgresql"), DURATION (30s),
# CONNECTIONS (100), SERVER_THREADS (4, in total), WARMUP (10s).
# The goal (issue 13): on PostgreSQL 0 errors, p99 < 50 ms, requests/s >= half of SQLite's.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-build/inclusio}")
NC=${2:-2000}
NR=${3:-20000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-100}
SERVER_THREADS=${SERVER_THREADS:-4}
WARMUP=${WARMUP:-10s}
SCENARIOS=${SCENARIOS:-uncached mixed}
BACKENDS=${BACKENDS:-sqlite postgresql}
command -v wrk >/dev/null || { echo "load-pg.sh: wrk ontbreekt (apt-get install wrk)"; exit 2; }
work=$(mktemp -d)
servers=()
pg=""
cleanup() {
  for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$pg" ] && scripts/pg-cluster.sh stop "$pg" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

cc -O2 -o "$work/generate" bench/generate.c
"$work/generate" "$NC" "$NR" "$work"

# inc DB ARGS...: inclusio on DB (PostgreSQL's key file in the work folder; SQLite's beside the file)
inc() {
  local db=$1; shift
  if [[ $db == postgres* ]]; then INCLUSIO_KEY_FILE="$work/pg.key" "$BIN" --db "$db" "$@"; else "$BIN" --db "$db" "$@"; fi
}

# load DB: the data set, the bench users
load() {
  inc "$1" init >/dev/null
  inc "$1" import contracts "$work/contracts.csv" >/dev/null
  inc "$1" import realisations "$work/realisations.csv" >/dev/null
  echo "bench-kompas-lamp-2026" | inc "$1" user add srteam-bench --role sr-team --municipality zoetermeer \
    --municipality lansingerland --municipality pijnacker-nootdorp --password-stdin >/dev/null
  [ -n "$contractor_kvks" ] || contractor_kvks=$(sql "$1" "SELECT o.kvk FROM contracts c JOIN organisations o
    ON o.id = c.contractor_id GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 8")
  for kvk in $contractor_kvks; do
    echo "opdrachtnemer-bench-2026" | inc "$1" user add "on-$kvk" --role opdrachtnemer --organisation "$kvk" \
      --password-stdin >/dev/null
  done
}

# sql DB QUERY: one value from either database
sql() {
  case $1 in
    postgres*) psql -XqAt -d "$1" -c "$2" ;;
    *) sqlite3 "$1" "$2" ;;
  esac
}

# Contractors of the mixed run: the eight organisations with the most contracts, a user each.
contractor_kvks=""
sq="$work/bench.db"
load "$sq"
if [[ " $BACKENDS " == *" postgresql "* ]]; then
  pg=$(scripts/pg-cluster.sh start)
  psql -XqAt -d "$pg" -c "ALTER SYSTEM SET synchronous_commit = off" -c "SELECT pg_reload_conf()" >/dev/null
  load "$pg"
  # After a bulk load PostgreSQL plans from statistics it does not have yet (autovacuum gathers them
  # within a minute or so): without them the contract list pages by sorting every contract.
  psql -XqAt -d "$pg" -c "VACUUM ANALYZE" >/dev/null
  pg_dir=${pg#*host=}
fi
contracts=$(sqlite3 "$sq" "SELECT count(*) FROM contracts")
export INCLUSIO_CONTRACTS=$contracts INCLUSIO_PAGES=$(( (contracts + 24) / 25 ))

# start_servers DB N CACHE_MB: N servers on DB, SERVER_THREADS/N threads each; bases in ${bases[@]}
start_servers() {
  local db=$1 n=$2 mb=$3
  bases=()
  for i in $(seq "$n"); do
    # the server itself in the background (not a function's subshell): its pid for cpu() and kill
    INCLUSIO_KEY_FILE=$([[ $db == postgres* ]] && echo "$work/pg.key" || echo "$db.key") \
      INCLUSIO_MAX_CONNECTIONS_PER_CLIENT=0 INCLUSIO_CACHE_MB=$mb "$BIN" --db "$db" serve --port 0 \
      --threads $((SERVER_THREADS / n)) >"$work/serve$i.out" 2>&1 &
    servers+=($!)
    for _ in $(seq 100); do grep -qE ':[0-9]+/' "$work/serve$i.out" 2>/dev/null && break; sleep 0.1; done
    bases+=("http://127.0.0.1:$(grep -oE '127\.0\.0\.1:[0-9]+' "$work/serve$i.out" | head -1 | cut -d: -f2)")
  done
}

stop_servers() {
  for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  servers=()
}

# login USER PASSWORD (on the first server; sessions are in the database): sets cookie and csrf
login() {
  local body
  body=$(curl -s --noproxy '*' -D "$work/login.h" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "${bases[0]}/api/v1/session")
  cookie=$(sed -n 's/^[Ss]et-[Cc]ookie: inclusio_session=\([0-9a-f]*\).*/\1/p' "$work/login.h")
  csrf=$(printf '%s' "$body" | sed -n 's/.*"csrf_token":"\([0-9a-f]*\)".*/\1/p')
  [ -n "$cookie" ] && [ -n "$csrf" ] || { echo "load-pg.sh: inloggen als $1 mislukt"; exit 1; }
}

cpu() { local t=0; for p in "${servers[@]}"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $t; }
# CPU ticks of the PostgreSQL server (postmaster and its backends), 0 without one
dbcpu() {
  [ -n "$pg" ] || { echo 0; return; }
  local pm t=0
  pm=$(head -1 "$pg_dir/data/postmaster.pid")
  for p in $pm $(ps -o pid= --ppid "$pm"); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo $t
}
ticks=$(getconf CLK_TCK)

echo "inclusio load, PostgreSQL (two servers) beside SQLite (one): regional, $NC contracts, $NR realisations;" \
  "$CONNECTIONS connections, $DURATION per run (after $WARMUP warm-up), $SERVER_THREADS server threads in total"
echo "machine: $(nproc) cores, $(uname -sr); $(psql --version | head -1)"

for scenario in $SCENARIOS; do
  case $scenario in
    uncached) mb=0 script=bench/load.lua ;;
    mixed) mb=64 script=bench/load_mixed.lua ;;
    *) echo "load-pg.sh: onbekend scenario '$scenario' (uncached, mixed)"; exit 2 ;;
  esac
  for backend in $BACKENDS; do
    if [ "$backend" = postgresql ]; then db=$pg n=2; else db=$sq n=1; fi
    start_servers "$db" "$n" "$mb"
    login srteam-bench bench-kompas-lamp-2026
    for b in "${bases[@]}"; do
      check=$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' -H "Cookie: inclusio_session=$cookie" "$b/api/v1/contracts/1")
      [ "$check" = 200 ] || { echo "load-pg.sh: contract 1 gaf $check op $b"; exit 1; }
    done
    export INCLUSIO_COOKIE=$cookie INCLUSIO_CSRF=$csrf
    if [ "$scenario" = mixed ]; then
      INCLUSIO_CONTRACTORS=""
      for kvk in $contractor_kvks; do
        login "on-$kvk" opdrachtnemer-bench-2026
        list=$(sql "$db" "SELECT string_agg(c.id || ':' || c.start_date, ',') FROM contracts c
          JOIN organisations o ON o.id = c.contractor_id WHERE o.kvk = '$kvk'" 2>/dev/null ||
          sql "$db" "SELECT group_concat(c.id || ':' || c.start_date) FROM contracts c
          JOIN organisations o ON o.id = c.contractor_id WHERE o.kvk = '$kvk'")
        INCLUSIO_CONTRACTORS="$INCLUSIO_CONTRACTORS$cookie $csrf $list;"
      done
      export INCLUSIO_CONTRACTORS
    fi
    per=$((CONNECTIONS / n))
    if [ "$WARMUP" != 0 ]; then
      pids=()
      for b in "${bases[@]}"; do wrk -t1 -c"$per" -d"$WARMUP" -s "$script" "$b" >/dev/null & pids+=($!); done
      wait "${pids[@]}"; sleep 0.5
    fi
    echo
    echo "== $scenario on $backend ($n server(s), $script, response cache $mb MB); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    [ "$scenario" = mixed ] && r0=$(sql "$db" "SELECT count(*) || ' ' || sum(CASE WHEN status = 'geverifieerd' THEN 1 ELSE 0 END) FROM realisations")
    c0=$(cpu) d0=$(dbcpu)
    i=0 pids=()
    for b in "${bases[@]}"; do
      i=$((i + 1))
      wrk -t1 -c"$per" -d"$DURATION" --latency -s "$script" "$b" >"$work/wrk$i.out" & pids+=($!)
    done
    wait "${pids[@]}"
    c1=$(cpu) d1=$(dbcpu)
    [ "$backend" = postgresql ] || d1=$d0
    grep -hE '^(requests=|latency_ms |errors )' "$work"/wrk[0-9]*.out | sed 's/^/  /'
    # errors: connect + read + write + timeout + answers that were not 200/201 (the larger of wrk's
    # status count and the script's own)
    awk -v c=$((c1 - c0)) -v d=$((d1 - d0)) -v t="$ticks" -v sc="$scenario" -v be="$backend" -v out="$work/results" '
      /^requests=/ { split($3, a, "="); rps += a[2]; split($1, b, "="); n += b[2] }
      /^latency_ms/ { split($4, a, "="); if (a[2] + 0 > p99) p99 = a[2] + 0 }
      /^errors/ { m = 0
        for (i = 2; i <= NF; i++) { if (split($i, a, "=") != 2) continue
          if (a[1] ~ /^(connect|read|write|timeout)$/) err += a[2]; else if (a[2] + 0 > m) m = a[2] + 0 }
        err += m }
      END { printf "%s on %s: %.0f requests/s, p99 %.2f ms (the higher of the wrk runs), %d errors;" \
              " cpu per request: inclusio %.3f ms, PostgreSQL %.3f ms\n",
              sc, be, rps, p99, err, n ? 1000 * c / t / n : 0, n ? 1000 * d / t / n : 0
            printf "%s %s %.0f %.2f %d\n", sc, be, rps, p99, err >> out }' "$work"/wrk[0-9]*.out
    rm -f "$work"/wrk[0-9]*.out
    if [ "$scenario" = mixed ]; then
      r1=$(sql "$db" "SELECT count(*) || ' ' || sum(CASE WHEN status = 'geverifieerd' THEN 1 ELSE 0 END) FROM realisations")
      echo "writes: $(( ${r1% *} - ${r0% *} )) realisations reported, $(( ${r1#* } - ${r0#* } )) verified"
    fi
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    stop_servers
  done
done
echo
# The goals, judged from this run.
awk '{ rps[$1 " " $2] = $3; p99[$1 " " $2] = $4; err[$1 " " $2] = $5 }
  END {
    for (s in rps) {
      split(s, k, " ")
      if (k[2] != "postgresql") continue
      q = rps[k[1] " sqlite"]
      printf "%s: PostgreSQL/SQLite throughput %s; p99 %s ms %s; errors %s %s\n", k[1],
        q ? sprintf("%.2f (goal >= 0.5)", rps[s] / q) : "(no SQLite run)", p99[s], p99[s] < 50 ? "(< 50: met)" : "(goal < 50: not met)",
        err[s], err[s] == 0 ? "(met)" : "(goal 0: not met)"
    }
  }' "$work/results"
