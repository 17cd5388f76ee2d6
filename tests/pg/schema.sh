#!/usr/bin/env bash
# The SQLite schema and its PostgreSQL twin must not drift apart: migrates a fresh database on each
# (inclusio init), describes both (tests/pg/schema_describe.py: tables, columns with mapped types,
# NOT NULL and defaults, primary and unique keys, foreign keys, check constraints, indexes) and fails
# on any difference, printed as a diff. Then shows the comparison can fail: an index dropped on one
# side, a check constraint dropped on the other, must each be reported.
#   usage: tests/pg/schema.sh path/to/inclusio     (INCLUSIO_TEST_PG=URI: use a running cluster)
set -u
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "gebruik: $0 pad/naar/inclusio" >&2; exit 2; fi
INCLUSIO=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-schema.XXXXXX")
PG_URI=""
cleanup() {
  if [ -n "$PG_URI" ] && [ -z "${INCLUSIO_TEST_PG:-}" ]; then "$HERE/../../scripts/pg-cluster.sh" stop "$PG_URI"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
PG_URI=${INCLUSIO_TEST_PG:-$(INCLUSIO_PG_FAST=1 "$HERE/../../scripts/pg-cluster.sh" start)} || exit 3
host=${PG_URI#*host=}; host=${host%%&*}
db=schema$$
psql -XqAt -h "$host" -d postgres -c "CREATE DATABASE $db" >/dev/null || exit 3
pg="postgresql:///$db?host=$host"
fail=0

INCLUSIO_KEY_FILE=$WORK/sq.key "$INCLUSIO" --db "$WORK/sq.db" init >/dev/null || { echo "schema: init op SQLite mislukt" >&2; exit 1; }
INCLUSIO_KEY_FILE=$WORK/pg.key "$INCLUSIO" --db "$pg" init >/dev/null || { echo "schema: init op PostgreSQL mislukt" >&2; exit 1; }
"$HERE/schema_describe.py" sqlite "$WORK/sq.db" >"$WORK/sq.txt" || exit 1
"$HERE/schema_describe.py" postgresql "$pg" >"$WORK/pg.txt" || exit 1
sv=$(sqlite3 "$WORK/sq.db" "PRAGMA user_version")
pv=$(psql -XqAt -d "$pg" -c "SELECT version FROM inc_db_version")
if [ "$sv" != "$pv" ]; then echo "schema: versie SQLite $sv, PostgreSQL $pv" >&2; fail=1; fi
if ! diff -u --label sqlite --label postgresql "$WORK/sq.txt" "$WORK/pg.txt" >&2; then
  echo "schema: de PostgreSQL-migraties wijken af van de SQLite-migraties (hierboven)" >&2
  fail=1
fi
n=$(grep -c . "$WORK/sq.txt")

# The comparison fails when they drift: an index dropped on PostgreSQL, a check dropped on SQLite.
psql -XqAt -d "$pg" -c "DROP INDEX realisations_person" >/dev/null
"$HERE/schema_describe.py" postgresql "$pg" >"$WORK/pg2.txt"
if diff -q "$WORK/sq.txt" "$WORK/pg2.txt" >/dev/null; then echo "schema: a dropped index went unnoticed" >&2; fail=1; fi
sqlite3 "$WORK/sq.db" "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, 'CHECK (wanted BETWEEN 1 AND 50)', '') WHERE name = 'vacancies';" 2>/dev/null
"$HERE/schema_describe.py" sqlite "$WORK/sq.db" >"$WORK/sq2.txt"
if diff -q "$WORK/sq.txt" "$WORK/sq2.txt" >/dev/null; then echo "schema: a dropped check went unnoticed" >&2; fail=1; fi
psql -XqAt -h "$host" -d postgres -c "DROP DATABASE $db" >/dev/null

[ $fail -eq 0 ] && echo "schema: SQLite and PostgreSQL agree at version $sv ($n facts); a dropped index and a dropped check are caught"
exit $fail
