#!/usr/bin/env bash
# The CSV import on PostgreSQL (COPY through the seam's bulk writer, docs/postgresql.md):
#  1. generated contracts and realisations (bench/generate.c) imported on SQLite and on PostgreSQL
#     store the same rows: contracts with their obligations and running totals, realisations with
#     their values, capped days and persons, organisations, banenafspraak links;
#  2. a lost connection mid-import (the import's backend ended with pg_terminate_backend from
#     another session after it sent realisations with COPY): a clear Dutch message, exit 3, and
#     nothing of the file in the database; the same import run again then succeeds.
#   usage: tests/pg/import.sh path/to/inclusio     (INCLUSIO_TEST_PG=URI: use a running cluster)
set -u
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "gebruik: $0 pad/naar/inclusio" >&2; exit 2; fi
INCLUSIO=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$HERE/../..
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-pgimport.XXXXXX")
PG_URI=""
cleanup() {
  if [ -n "$PG_URI" ] && [ -z "${INCLUSIO_TEST_PG:-}" ]; then "$ROOT/scripts/pg-cluster.sh" stop "$PG_URI"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
export INCLUSIO_TODAY=2025-06-30 PGOPTIONS='-c client_min_messages=warning'
unset INCLUSIO_DB
PG_URI=${INCLUSIO_TEST_PG:-$(INCLUSIO_PG_FAST=1 "$ROOT/scripts/pg-cluster.sh" start)} || exit 3
host=${PG_URI#*host=}; host=${host%%&*}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
q() { psql -XqAt -h "$host" -d "$1" -c "$2"; }

cc -O2 -std=c11 -o "$WORK/generate" "$ROOT/bench/generate.c" || exit 1
mkdir -p "$WORK/small" "$WORK/big"
"$WORK/generate" 2000 20000 "$WORK/small" >/dev/null || exit 1
"$WORK/generate" 2000 100000 "$WORK/big" >/dev/null || exit 1

# ---- 1. the same rows on both ----
db1=imp$$_same
q postgres "CREATE DATABASE $db1" >/dev/null || exit 3
pg1="postgresql:///$db1?host=$host"
for f in contracts realisations; do
  INCLUSIO_KEY_FILE=$WORK/s.key "$INCLUSIO" --db "$WORK/s.db" init >/dev/null 2>&1
  INCLUSIO_KEY_FILE=$WORK/p.key "$INCLUSIO" --db "$pg1" init >/dev/null 2>&1
  INCLUSIO_KEY_FILE=$WORK/s.key "$INCLUSIO" --db "$WORK/s.db" import "$f" "$WORK/small/$f.csv" >/dev/null || bad "SQLite import $f"
  stamp=$(q "$db1" "SELECT sum(n) FROM inc_db_changes")
  INCLUSIO_KEY_FILE=$WORK/p.key "$INCLUSIO" --db "$pg1" import "$f" "$WORK/small/$f.csv" >/dev/null || bad "PostgreSQL import $f"
  # the change stamp moved (other servers' caches learn of the import), foreign-key checks skipped or not
  if [ "$(q "$db1" "SELECT sum(n) FROM inc_db_changes")" != "$stamp" ]; then ok; else bad "$f: the change stamp did not move"; fi
done
# Each database makes its own pseudonymisation key: persons compare by count and ids, not pseudonym.
declare -A SQL=(
  [contracts]="SELECT id, municipality_id, reference, title, category, procedure, value_cents, labour_share_bp,
    award_date, start_date, end_date, contractor_id, coalesce(cpv, ''), sebo_holder, extra_bp, exempted, policy_id,
    catalogue_id, applies, base_pct_bp, percentage_bp, obligation_cents, met_by_sebo, sebo_covered_cents,
    obligation_reason, reported_cents, verified_cents FROM contracts ORDER BY id"
  [realisations]="SELECT contract_id, block_id, coalesce(person_id, 0) AS p, coalesce(candidate_ref, ''), hours_centi,
    start_date, end_date, amount_cents, coalesce(subsidy_end, ''), value_cents, counted_days, counted_from, counted_to,
    capped, status, reported_by FROM realisations ORDER BY contract_id, start_date, p, hours_centi, block_id, value_cents"
  [organisations]="SELECT id, kvk, name FROM organisations ORDER BY id"
  [persons]="SELECT count(*), min(id), max(id) FROM persons"
  [links]="SELECT count(*) FROM employment_realisations"
)
for t in "${!SQL[@]}"; do
  a=$(sqlite3 -separator '|' "$WORK/s.db" "${SQL[$t]}" | md5sum)
  b=$(q "$db1" "${SQL[$t]}" | md5sum)
  if [ "$a" = "$b" ] && [ -n "$(q "$db1" "SELECT 1 FROM ${t/links/employment_realisations} LIMIT 1")" ]; then ok; else bad "$t: PostgreSQL stores other rows than SQLite"; fi
done
# the foreign-key checks were skipped for the sent rows: every key must still resolve
dangling=$(q "$db1" "SELECT (SELECT count(*) FROM realisations r WHERE r.person_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = r.person_id))
  + (SELECT count(*) FROM realisations r WHERE NOT EXISTS (SELECT 1 FROM contracts c WHERE c.id = r.contract_id))
  + (SELECT count(*) FROM realisations r WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.id = r.block_id))
  + (SELECT count(*) FROM contracts c WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = c.contractor_id))")
if [ "$dangling" = 0 ]; then ok; else bad "$dangling keys point nowhere"; fi
a=$(INCLUSIO_KEY_FILE=$WORK/s.key "$INCLUSIO" --db "$WORK/s.db" report sroi --json)
b=$(INCLUSIO_KEY_FILE=$WORK/p.key "$INCLUSIO" --db "$pg1" report sroi --json)
if [ "$a" = "$b" ]; then ok; else bad "report sroi differs"; fi
# the import gathered the statistics itself (plans for the rows it wrote, not for empty tables)
if [ "$(q "$db1" "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('contracts', 'realisations') AND last_analyze IS NOT NULL")" = 2 ]; then ok; else bad "no ANALYZE after the import"; fi

# ---- 2. a lost connection mid-import ----
db2=imp$$_lost
q postgres "CREATE DATABASE $db2" >/dev/null || exit 3
pg2="postgresql:///$db2?host=$host"
export INCLUSIO_KEY_FILE=$WORK/lost.key
"$INCLUSIO" --db "$pg2" init >/dev/null 2>&1 || exit 3
"$INCLUSIO" --db "$pg2" import contracts "$WORK/big/contracts.csv" >/dev/null || exit 3
before=$(q "$db2" "SELECT (SELECT count(*) FROM contracts), (SELECT count(*) FROM realisations),
  (SELECT count(*) FROM persons), (SELECT count(*) FROM audit_log), (SELECT sum(reported_cents) FROM contracts)")
"$INCLUSIO" --db "$pg2" import realisations "$WORK/big/realisations.csv" >"$WORK/out" 2>"$WORK/err" &
import=$!
killed=""
for _ in $(seq 1 3000); do
  # the import's backend, once it has written and sent realisations with COPY
  pid=$(q "$db2" "SELECT pid FROM pg_stat_activity WHERE datname = '$db2' AND pid <> pg_backend_pid()
    AND backend_xid IS NOT NULL AND query LIKE 'COPY realisations%'")
  if [ -n "$pid" ]; then killed=$(q postgres "SELECT pg_terminate_backend($pid)"); break; fi
  kill -0 "$import" 2>/dev/null || break
  sleep 0.01
done
wait "$import"; rc=$?
if [ "$killed" = t ]; then ok; else bad "the import's backend was not caught mid-import (rc $rc)"; fi
if [ "$rc" = 3 ]; then ok; else bad "lost connection: exit $rc, expected 3"; fi
if grep -q "de verbinding met de database is verbroken tijdens de import" "$WORK/err" && grep -q "er is niets opgeslagen" "$WORK/err"; then ok
else bad "lost connection: message: $(cat "$WORK/err")"; fi
after=$(q "$db2" "SELECT (SELECT count(*) FROM contracts), (SELECT count(*) FROM realisations),
  (SELECT count(*) FROM persons), (SELECT count(*) FROM audit_log), (SELECT sum(reported_cents) FROM contracts)")
if [ "$before" = "$after" ]; then ok; else bad "lost connection: half-written ($before -> $after)"; fi
if "$INCLUSIO" --db "$pg2" import realisations "$WORK/big/realisations.csv" >/dev/null 2>"$WORK/err2" &&
   [ "$(q "$db2" "SELECT count(*) FROM realisations")" = 100000 ]; then ok
else bad "the import again after the lost connection: $(cat "$WORK/err2")"; fi

q postgres "DROP DATABASE $db1" >/dev/null; q postgres "DROP DATABASE $db2" >/dev/null
echo "pg import: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
