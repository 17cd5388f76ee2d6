#!/usr/bin/env bash
# PostgreSQL trouble (issue 13, "Bad input"), on a throwaway cluster of its own (this test stops and
# starts the server, so it never uses INCLUSIO_TEST_PG's shared cluster):
#  - the command line: an unreachable server, a wrong password, a database of a newer schema version:
#    a Dutch message and exit 3;
#  - the web server while PostgreSQL is down: 503 with application/problem+json (and Retry-After),
#    and, once it is back, answers again by itself (the same session cookie still works).
# Usage: tests/pg/outage.sh build/inclusio
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-build/inclusio}")
work=$(mktemp -d)
fails=0
pass() { echo "ok - $1"; }
fail() { echo "not ok - $1"; fails=$((fails + 1)); }
url=$(INCLUSIO_PG_FAST=1 scripts/pg-cluster.sh start) || exit 3
dir=${url#*host=}
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  scripts/pg-cluster.sh stop "$url" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | head -1)")
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_stop() { as_server "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; }
pg_start() { as_server "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null; }
export INCLUSIO_KEY_FILE="$work/test.key" INCLUSIO_TODAY=2026-06-01

# expect_exit3 NAME PATTERN CMD...: exit status 3 and stderr matching PATTERN (Dutch)
expect_exit3() {
  local name=$1 pat=$2; shift 2
  local err rc
  err=$("$@" 2>&1 >/dev/null); rc=$?
  if [ "$rc" = 3 ] && grep -Eq "$pat" <<<"$err"; then pass "$name"; else fail "$name (exit $rc: $err)"; fi
}

# ---- the command line ----
expect_exit3 "unreachable server: exit 3, Dutch message" 'kan de PostgreSQL-database niet gebruiken: de server is niet bereikbaar' \
  "$BIN" --db "postgresql:///inclusio?host=$work/nothing-here" report sroi

# A role that must give a password (scram), ahead of the cluster's trust lines.
psql -XqAt -d "$url" -c "CREATE ROLE pwuser LOGIN PASSWORD 'goed-wachtwoord-2026'" >/dev/null
{ echo "local all pwuser scram-sha-256"; cat "$dir/data/pg_hba.conf"; } >"$work/hba" && cat "$work/hba" >"$dir/data/pg_hba.conf"
as_server "$PGBIN/pg_ctl" -D "$dir/data" reload >/dev/null
sleep 0.5
PGPASSWORD=fout-wachtwoord expect_exit3 "wrong password: exit 3, Dutch message" 'wachtwoord klopt niet' \
  "$BIN" --db "postgresql://pwuser@/inclusio?host=$dir" report sroi
expect_exit3 "a database that does not exist: exit 3" 'de database bestaat niet' \
  "$BIN" --db "postgresql:///geen_database?host=$dir" report sroi

newer=$(scripts/pg-cluster.sh createdb "$url" newer)
INCLUSIO_KEY_FILE="$work/newer.key" "$BIN" --db "$newer" init >/dev/null
psql -XqAt -d "$newer" -c "UPDATE inc_db_version SET version = version + 1" >/dev/null
INCLUSIO_KEY_FILE="$work/newer.key" expect_exit3 "a newer schema version: exit 3, Dutch message, nothing written" \
  'schemaversie [0-9]+, nieuwer dan deze versie van inclusio' "$BIN" --db "$newer" contract list
[ "$(psql -XqAt -d "$newer" -c 'SELECT count(*) FROM audit_log')" = 0 ] && pass "nothing written to the newer database" \
  || fail "nothing written to the newer database"

# ---- the web server ----
"$BIN" --db "$url" init >/dev/null && "$BIN" --db "$url" demo >/dev/null || { fail "demo database"; exit 1; }
"$BIN" --db "$url" serve --port 0 --host 127.0.0.1 --static web >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
base=""
for _ in $(seq 100); do
  base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.out" 2>/dev/null) && [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { fail "server started"; cat "$work/serve.err"; exit 1; }
login=$(curl -s -c "$work/jar" -H 'Content-Type: application/json' \
  -d '{"username":"srteam","password":"srteam-demo-2026"}' "$base/api/v1/session")
csrf=$(jq -r .csrf_token <<<"$login")
get() { curl -s -b "$work/jar" -o "$work/body" -D "$work/head" -w '%{http_code}' "$base$1"; }
[ "$(get /api/v1/contracts)" = 200 ] && pass "serving before the outage" || fail "serving before the outage"

pg_stop
ok503=1
for path in /api/v1/contracts /api/v1/contracts /api/v1/session /api/v1/reports/sroi; do
  code=$(get "$path")
  if [ "$code" != 503 ] || ! grep -qi '^content-type: application/problem+json' "$work/head" ||
     [ "$(jq -r .status "$work/body")" != 503 ] || ! grep -qi '^retry-after:' "$work/head"; then
    ok503=0; echo "# $path: $code $(cat "$work/body")"
  fi
done
code=$(curl -s -b "$work/jar" -o "$work/body" -D "$work/head" -w '%{http_code}' -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' -X POST "$base/api/v1/realisations/1/verify")
[ "$code" = 503 ] || { ok503=0; echo "# POST: $code $(cat "$work/body")"; }
# a fresh connection (a new worker thread opening its connection) is also a 503, not a 500
for _ in $(seq 8); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/session")
  [ "$code" = 503 ] || { ok503=0; echo "# unauthenticated: $code"; }
done
[ "$ok503" = 1 ] && pass "database down: 503 problem+json with Retry-After, reads and writes" \
  || fail "database down: 503 problem+json with Retry-After, reads and writes"
grep -q '"detail":"de database is tijdelijk niet bereikbaar' "$work/body" 2>/dev/null || true

pg_start
back=""
for i in $(seq 50); do
  if [ "$(get /api/v1/contracts)" = 200 ]; then back=$i; break; fi
  sleep 0.2
done
[ -n "$back" ] && pass "back by itself once the database returns (after $back request(s)), same session" \
  || fail "back by itself once the database returns ($(cat "$work/body"))"
# every worker thread's connection recovers: many requests in a row, all 200
bad=0
for _ in $(seq 40); do [ "$(get /api/v1/contracts)" = 200 ] || bad=$((bad + 1)); done
[ "$bad" = 0 ] && pass "all workers recovered (40 of 40 requests 200)" || fail "all workers recovered ($bad of 40 not 200)"
code=$(curl -s -b "$work/jar" -o "$work/body" -w '%{http_code}' -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' -X POST "$base/api/v1/realisations/999999/verify")
[ "$code" = 404 ] && pass "writes work again (a missing realisation is a 404)" || fail "writes work again ($code)"
if grep -q 'Sanitizer\|runtime error' "$work/serve.err"; then fail "no sanitizer report"; fi

echo "# outage: $fails failed"
[ "$fails" = 0 ]
