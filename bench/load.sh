#!/usr/bin/env bash
# Load scenario of the web application: 100 connections for 30 seconds, logged in as the SR-team
# (which sees the three municipalities of the data set), on the contract list and one contract
# with its progress. Regional data set from bench/generate (2,000 contracts and 20,000 realisations,
# what bench/run.sh calls "regional"; loaded through the CSV import); the demo data when the
# generator is absent.
#   bench/load.sh [build/inclusio] [CONTRACTS] [REALISATIONS]
# Environment: DURATION (30s), CONNECTIONS (100), THREADS (wrk threads, 2), SERVER_THREADS (4),
# WARMUP (10s: a run before the measured one, so caches and connections are warm; 0 = none),
# INCLUSIO_CACHE_MB (response cache of the server, default 64; 0 measures without it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-build/inclusio}")
NC=${2:-2000}
NR=${3:-20000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}
SERVER_THREADS=${SERVER_THREADS:-4}
WARMUP=${WARMUP:-10s}
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

# wrk opens all its connections from one address: lift the per-client connection limit (docs/operations.md).
INCLUSIO_MAX_CONNECTIONS_PER_CLIENT=0 "$BIN" --db "$db" serve --port 0 --threads "$SERVER_THREADS" >"$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 50); do grep -qE ':[0-9]+/' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
port=$(grep -oE '127\.0\.0\.1:[0-9]+' "$work/serve.out" | head -1 | cut -d: -f2)
base="http://127.0.0.1:$port"
cookie=$(curl -s --noproxy '*' -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"srteam-bench","password":"bench-kompas-lamp-2026"}' "$base/api/v1/session" |
  sed -n 's/^[Ss]et-[Cc]ookie: inclusio_session=\([0-9a-f]*\).*/\1/p')
[ -n "$cookie" ] || { echo "load.sh: inloggen mislukt"; exit 1; }
check=$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' -H "Cookie: inclusio_session=$cookie" "$base/api/v1/contracts/1")
[ "$check" = 200 ] || { echo "load.sh: contract 1 gaf $check"; exit 1; }

export INCLUSIO_COOKIE=$cookie INCLUSIO_CONTRACTS=$contracts INCLUSIO_PAGES=$(( (contracts + 24) / 25 ))
if [ "$WARMUP" != 0 ]; then
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/load.lua "$base" >/dev/null
fi
echo "inclusio load: $data; $CONNECTIONS connections, $DURATION (after ${WARMUP} warm-up), wrk threads $THREADS," \
  "server threads $SERVER_THREADS, response cache ${INCLUSIO_CACHE_MB:-64} MB"
echo "machine: $(nproc) cores, $(uname -sr), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks=$(getconf CLK_TCK)
c0=$(cpu)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/load.lua "$base" | tee "$work/wrk.out"
c1=$(cpu)
n=$(sed -n 's/^requests=\([0-9]*\).*/\1/p' "$work/wrk.out")
awk -v c=$((c1 - c0)) -v t="$ticks" -v n="$n" 'BEGIN { printf "server cpu: %.1f s, %.3f ms per request\n", c / t, n ? 1000 * c / t / n : 0 }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
