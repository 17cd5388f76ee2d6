#!/usr/bin/env bash
# --db-read: reports, dashboards and exports read from a streaming standby, writes never go there.
# Makes its own primary and a standby of it (scripts/pg-cluster.sh start + standby: pg_basebackup -R),
# loads the demo, then pauses the standby's replay (pg_wal_replay_pause) so the two databases differ:
#   - writes (realisation verify, realisation add) with --db-read set succeeds: it went to the primary (the standby
#     is read-only and would refuse it);
#   - report sroi, the dashboard and the export through --db-read still show the state before the
#     write, without --db-read they show it: the reads went to the standby;
#   - the web server with --db-read answers the old figures too and, once replay resumes, the new;
#   - a standby that stops under the running server, and one unreachable from the start: the report
#     comes from the primary, with a message on stderr.
#   usage: tests/pg/replica.sh path/to/inclusio
set -u
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "gebruik: $0 pad/naar/inclusio" >&2; exit 2; fi
INCLUSIO=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
CLUSTER=$HERE/../../scripts/pg-cluster.sh
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-replica.XXXXXX")
P="" S="" SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  [ -n "$S" ] && "$CLUSTER" stop "$S"
  [ -n "$P" ] && "$CLUSTER" stop "$P"
  rm -rf "$WORK"
}
trap cleanup EXIT
export INCLUSIO_KEY_FILE=$WORK/demo.key
P=$(INCLUSIO_PG_FAST=1 "$CLUSTER" start) || exit 3
"$INCLUSIO" --db "$P" demo >/dev/null 2>"$WORK/demo.err" || { cat "$WORK/demo.err" >&2; exit 1; }
S=$("$CLUSTER" standby "$P") || exit 3
fail=0
bad() { echo "replica: $*" >&2; fail=1; }
q() { psql -XqAt -d "$1" -c "$2"; }

# Waits until the standby has replayed everything the primary has written.
caught_up() {
  local want i
  want=$(q "$P" "SELECT pg_current_wal_lsn()")
  for i in $(seq 1 100); do
    [ "$(q "$S" "SELECT pg_last_wal_replay_lsn() >= '$want'::pg_lsn")" = t ] && return 0
    sleep 0.1
  done
  bad "de standby haalt de primary niet in"
  return 1
}
caught_up
[ "$(q "$S" "SELECT pg_is_in_recovery()")" = t ] || bad "de tweede database is geen standby"

run() { "$INCLUSIO" --db "$P" "$@"; }
runr() { "$INCLUSIO" --db "$P" --db-read "$S" "$@"; }
json() { "$1" --json "${@:2}" 2>"$WORK/err"; }

json run report sroi >"$WORK/sroi0.json" || bad "report sroi faalt"
json runr report sroi >"$WORK/sroi0r.json" || bad "report sroi met --db-read faalt: $(cat "$WORK/err")"
cmp -s "$WORK/sroi0.json" "$WORK/sroi0r.json" || bad "een bijgewerkte standby geeft een ander sroi-rapport"
[ -s "$WORK/err" ] && bad "onverwachte melding met --db-read: $(cat "$WORK/err")"

# Freeze the standby, then write with --db-read set: the write must reach the primary.
q "$S" "SELECT pg_wal_replay_pause()" >/dev/null
id=$(run --json realisation list --status gemeld | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
json run report dashboard --municipality zoetermeer --year 2026 >"$WORK/dash0.json" || bad "report dashboard faalt"
runr export realisations --format csv >"$WORK/export0.csv" || bad "export met --db-read faalt"
runr realisation verify "$id" >/dev/null 2>"$WORK/err" || bad "schrijven met --db-read faalt: $(cat "$WORK/err")"
[ "$(q "$P" "SELECT status FROM realisations WHERE id = $id")" = geverifieerd ] || bad "de verificatie staat niet in de primary"
[ "$(q "$S" "SELECT status FROM realisations WHERE id = $id")" = gemeld ] || bad "de standby is niet bevroren"
cid=$(q "$P" "SELECT contract_id FROM realisations WHERE id = $id")
runr realisation add --contract-id "$cid" --block ma-gastles --hours 4 --start 2026-01-15 >/dev/null 2>"$WORK/err" \
  || bad "een realisatie melden met --db-read faalt: $(cat "$WORK/err")"
# The goals renamed too (the dashboard names each indicator's goal), so the dashboard differs.
q "$P" "UPDATE goals SET name = name || ' (bijgewerkt)'" >/dev/null

json run report sroi >"$WORK/sroi1.json" || bad "report sroi faalt na schrijven"
json runr report sroi >"$WORK/sroi1r.json" || bad "report sroi met --db-read faalt na schrijven"
cmp -s "$WORK/sroi0.json" "$WORK/sroi1.json" && bad "de verificatie verandert het sroi-rapport niet (de test bewijst dan niets)"
cmp -s "$WORK/sroi0r.json" "$WORK/sroi1r.json" || bad "report sroi met --db-read las niet van de standby"
json run report dashboard --municipality zoetermeer --year 2026 >"$WORK/dash1.json" || bad "report dashboard faalt na schrijven"
json runr report dashboard --municipality zoetermeer --year 2026 >"$WORK/dash1r.json" || bad "report dashboard met --db-read faalt"
cmp -s "$WORK/dash0.json" "$WORK/dash1.json" && bad "de doelwijziging verandert het dashboard niet"
cmp -s "$WORK/dash0.json" "$WORK/dash1r.json" || bad "report dashboard met --db-read las niet van de standby"
run export realisations --format csv >"$WORK/export1.csv"
runr export realisations --format csv >"$WORK/export1r.csv"
cmp -s "$WORK/export0.csv" "$WORK/export1.csv" && bad "de nieuwe realisatie staat niet in de export"
cmp -s "$WORK/export0.csv" "$WORK/export1r.csv" || bad "export met --db-read las niet van de standby"
# INCLUSIO_DB_READ does the same as --db-read.
INCLUSIO_DB_READ=$S "$INCLUSIO" --db "$P" --json report sroi >"$WORK/sroi1e.json" 2>/dev/null
cmp -s "$WORK/sroi0r.json" "$WORK/sroi1e.json" || bad "INCLUSIO_DB_READ las niet van de standby"

# The web server: one login, the report read twice around the standby catching up.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$INCLUSIO" --db "$P" --db-read "$S" serve --port "$port" --threads 2 >"$WORK/serve.log" 2>&1 &
SERVER=$!
for i in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/openapi.json" && break; sleep 0.1; done
curl -s -c "$WORK/jar" -H 'Content-Type: application/json' -d '{"username":"beheer","password":"beheer-demo-2026"}' \
  "http://127.0.0.1:$port/api/v1/session" >/dev/null || bad "inloggen mislukt"
get() { curl -s -b "$WORK/jar" "http://127.0.0.1:$port$1"; }
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["verified"])'; }
v_old=$(get /api/v1/reports/sroi | field) || bad "GET /api/v1/reports/sroi faalt (standby bevroren)"
v_old2=$(get /api/v1/reports/sroi | field)
q "$S" "SELECT pg_wal_replay_resume()" >/dev/null
caught_up
v_new=$(get /api/v1/reports/sroi | field) || bad "GET /api/v1/reports/sroi faalt (standby bij)"
v_cli=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"]["verified"])' "$WORK/sroi1.json")
v_cli0=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"]["verified"])' "$WORK/sroi0.json")
[ "$v_old" = "$v_cli0" ] && [ "$v_old2" = "$v_cli0" ] || bad "de webserver las niet van de bevroren standby ($v_old, $v_old2; verwacht $v_cli0)"
[ "$v_new" = "$v_cli" ] || bad "de webserver geeft na het bijwerken van de standby een verouderd antwoord ($v_new; verwacht $v_cli)"
# The standby goes away under the running server: after DB_READER_CHECK (5 s) idle the reader is
# found gone and the report comes from the primary (no error for the user).
sdir=${S#*host=}
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | head -1)")
if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$sdir/data" -m fast -w stop >/dev/null
else "$PGBIN/pg_ctl" -D "$sdir/data" -m fast -w stop >/dev/null; fi
sleep 6
code=$(curl -s -o "$WORK/gone.json" -w '%{http_code}' -b "$WORK/jar" "http://127.0.0.1:$port/api/v1/reports/sroi")
[ "$code" = 200 ] || bad "rapport terwijl de standby weg is: HTTP $code"
[ "$code" = 200 ] && [ "$(field <"$WORK/gone.json")" = "$v_cli" ] || bad "rapport terwijl de standby weg is niet van de primary"
grep -q "leesdatabase niet bruikbaar" "$WORK/serve.log" || bad "geen melding in het serverlog over de verdwenen standby"
if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$sdir/data" -l "$sdir/server.log" -w start >/dev/null
else "$PGBIN/pg_ctl" -D "$sdir/data" -l "$sdir/server.log" -w start >/dev/null; fi
kill "$SERVER"; wait "$SERVER" 2>/dev/null; SERVER=""

# Caught up, the standby's reports equal the primary's.
json runr report sroi >"$WORK/sroi2r.json"
cmp -s "$WORK/sroi1.json" "$WORK/sroi2r.json" || bad "na het bijwerken verschilt het rapport van de standby"

# An unreachable standby: the report comes from the primary, with a message.
json "$INCLUSIO" --db "$P" --db-read "postgresql:///inclusio?host=$WORK/geen" report sroi >"$WORK/sroi3.json"
cmp -s "$WORK/sroi1.json" "$WORK/sroi3.json" || bad "zonder bereikbare standby geen rapport van de primary"
grep -q "leesdatabase niet bruikbaar" "$WORK/err" || bad "geen melding over de onbereikbare standby"

[ $fail = 0 ] && echo "replica: standby leest rapporten, dashboard, export en web; schrijven gaat naar de primary"
exit $fail
