#!/usr/bin/env bash
# Load scenarios of the web application: 100 connections for 30 seconds each, on a server of its
# own per scenario (started on the same database):
#   cached    the SR-team (which sees the three municipalities of the data set) paging the contract
#             list and opening contracts (bench/load.lua), response cache on (INCLUSIO_CACHE_MB, 64);
#   uncached  the same without the response cache (INCLUSIO_CACHE_MB=0): the request path itself;
#   mixed     90 % those reads, 10 % writes: contractors reporting hours on their contracts and the
#             SR-team verifying them (bench/load_mixed.lua), response cache on.
# Regional data set from bench/generate (2,000 contracts and 20,000 realisations, what bench/run.sh
# calls "regional"; loaded through the CSV import); the demo data when the generator is absent.
#   bench/load.sh [build/inclusio] [CONTRACTS] [REALISATIONS]
# Environment: SCENARIOS ("cached uncached mixed"), DURATION (30s), CONNECTIONS (100), THREADS (wrk
# threads, 2), SERVER_THREADS (the server's default: one per core on SQLite), WARMUP (10s: a run before each measured one, so caches and
# connections are warm; 0 = none), INCLUSIO_CACHE_MB (cache size of the cached and mixed runs, 64).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-build/inclusio}")
NC=${2:-2000}
NR=${3:-20000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}
SERVER_THREADS=${SERVER_THREADS:-}
WARMUP=${WARMUP:-10s}
SCENARIOS=${SCENARIOS:-cached uncached mixed}
CACHE_MB=${INCLUSIO_CACHE_MB:-64}
command -v wrk >/dev/null || { echo "load.sh: wrk ontbreekt (apt-get install wrk)"; exit 2; }
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

db="$work/bench.db"
"$BIN" --db "$db" init >/dev/null
if [ -f bench/generate.c ]; then
  cc -O2 -o "$work/generate" bench/generate.c
  "$work/generate" "$NC" "$NR" "$work"
  "$BIN" --db "$db" import contracts "$work/contracts.csv" >/dev/null
  "$BIN" --db "$db" import realisations "$work/realisations.csv" >/dev/null
  data="regional: $NC contracts, $NR realisations (bench/generate)"
else
  "$BIN" --db "$db" demo >/dev/null
  data="demo data"
fi
echo "bench-kompas-lamp-2026" | "$BIN" --db "$db" user add srteam-bench --role sr-team --municipality zoetermeer \
  --municipality lansingerland --municipality pijnacker-nootdorp --password-stdin >/dev/null
contracts=$(sqlite3 "$db" "SELECT count(*) FROM contracts")
# Contractors of the mixed run: the eight organisations with the most contracts, each with a user.
contractor_kvks=$(sqlite3 "$db" "SELECT o.kvk FROM contracts c JOIN organisations o ON o.id = c.contractor_id
  GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 8")
for kvk in $contractor_kvks; do
  echo "opdrachtnemer-bench-2026" | "$BIN" --db "$db" user add "on-$kvk" --role opdrachtnemer --organisation "$kvk" \
    --password-stdin >/dev/null
done

# login USER PASSWORD: sets cookie and csrf
login() {
  local body
  body=$(curl -s --noproxy '*' -D "$work/login.h" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$base/api/v1/session")
  cookie=$(sed -n 's/^[Ss]et-[Cc]ookie: inclusio_session=\([0-9a-f]*\).*/\1/p' "$work/login.h")
  csrf=$(printf '%s' "$body" | sed -n 's/.*"csrf_token":"\([0-9a-f]*\)".*/\1/p')
  [ -n "$cookie" ] && [ -n "$csrf" ] || { echo "load.sh: inloggen als $1 mislukt"; exit 1; }
}

start_server() {   # start_server CACHE_MB
  # wrk opens all its connections from one address: lift the per-client limit (docs/operations.md).
  INCLUSIO_MAX_CONNECTIONS_PER_CLIENT=0 INCLUSIO_CACHE_MB=$1 "$BIN" --db "$db" serve --port 0 ${SERVER_THREADS:+--threads "$SERVER_THREADS"} >"$work/serve.out" 2>&1 &
  server=$!
  for _ in $(seq 50); do grep -qE ':[0-9]+/' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
  port=$(grep -oE '127\.0\.0\.1:[0-9]+' "$work/serve.out" | head -1 | cut -d: -f2)
  base="http://127.0.0.1:$port"
}

stop_server() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; server=""; }

echo "inclusio load: $data; $CONNECTIONS connections, $DURATION per run (after ${WARMUP} warm-up), wrk threads $THREADS," \
  "server threads ${SERVER_THREADS:-default ($(nproc) cores: one per core)}"
echo "machine: $(nproc) cores, $(uname -sr)"
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks=$(getconf CLK_TCK)
export INCLUSIO_CONTRACTS=$contracts INCLUSIO_PAGES=$(( (contracts + 24) / 25 ))

for scenario in $SCENARIOS; do
  case $scenario in
    cached) mb=$CACHE_MB script=bench/load.lua ;;
    uncached) mb=0 script=bench/load.lua ;;
    mixed) mb=$CACHE_MB script=bench/load_mixed.lua ;;
    *) echo "load.sh: onbekend scenario '$scenario' (cached, uncached, mixed)"; exit 2 ;;
  esac
  start_server "$mb"
  login srteam-bench bench-kompas-lamp-2026
  check=$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' -H "Cookie: inclusio_session=$cookie" "$base/api/v1/contracts/1")
  [ "$check" = 200 ] || { echo "load.sh: contract 1 gaf $check"; exit 1; }
  export INCLUSIO_COOKIE=$cookie INCLUSIO_CSRF=$csrf
  if [ "$scenario" = mixed ]; then
    INCLUSIO_CONTRACTORS=""
    for kvk in $contractor_kvks; do
      login "on-$kvk" opdrachtnemer-bench-2026
      list=$(sqlite3 "$db" "SELECT group_concat(c.id || ':' || c.start_date) FROM contracts c
        JOIN organisations o ON o.id = c.contractor_id WHERE o.kvk = '$kvk'")
      INCLUSIO_CONTRACTORS="$INCLUSIO_CONTRACTORS$cookie $csrf $list;"
    done
    export INCLUSIO_CONTRACTORS
  fi
  if [ "$WARMUP" != 0 ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$base" >/dev/null
  fi
  echo
  echo "== $scenario ($script, response cache $mb MB); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  [ "$scenario" = mixed ] && r0=$(sqlite3 "$db" "SELECT count(*) || ' ' || sum(status = 'geverifieerd') FROM realisations")
  c0=$(cpu)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$base" | tee "$work/wrk.out"
  c1=$(cpu)
  n=$(sed -n 's/^requests=\([0-9]*\).*/\1/p' "$work/wrk.out")
  awk -v c=$((c1 - c0)) -v t="$ticks" -v n="$n" 'BEGIN { printf "server cpu: %.1f s, %.3f ms per request\n", c / t, n ? 1000 * c / t / n : 0 }'
  if [ "$scenario" = mixed ]; then
    r1=$(sqlite3 "$db" "SELECT count(*) || ' ' || sum(status = 'geverifieerd') FROM realisations")
    echo "writes: $(( ${r1% *} - ${r0% *} )) realisations reported, $(( ${r1#* } - ${r0#* } )) verified"
  fi
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_server
done
