#!/usr/bin/env bash
# End-to-end tests of the command line. Usage: tests/cli/run.sh [--pg] path/to/inclusio
# Every tests/cli/cases/*.sh is sourced in name order; each uses the helpers below and may add
# cases freely. Prints "cli: N passed, M failed" and exits non-zero when any case failed.
#
# --pg runs the same cases on PostgreSQL: a throwaway cluster (scripts/pg-cluster.sh; or the one
# INCLUSIO_TEST_PG names, by a URI of it) and a database per fresh_db, cloned from a template that
# holds the SQLite functions the cases' own queries use (group_concat, hex). The key file of a
# database is $WORK/<name>.key (key_of). Checks of the SQLite file itself run only on SQLite
# (sqlite_only).
set -u
PG=0
if [ "${1:-}" = --pg ]; then PG=1; shift; fi
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "gebruik: $0 [--pg] pad/naar/inclusio" >&2; exit 2; fi
INCLUSIO=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
CLI_DIR=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-cli.XXXXXX")
PG_URI=""
cleanup() {
  if [ -n "$PG_URI" ] && [ -z "${INCLUSIO_TEST_PG:-}" ]; then "$CLI_DIR/../../scripts/pg-cluster.sh" stop "$PG_URI"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
export INCLUSIO_TODAY=2025-06-30
unset INCLUSIO_DB INCLUSIO_KEY_FILE
SKIP=0

if [ "$PG" = 1 ]; then
  PG_URI=${INCLUSIO_TEST_PG:-$(INCLUSIO_PG_FAST=1 "$CLI_DIR/../../scripts/pg-cluster.sh" start)} || exit 3
  PG_HOST=${PG_URI#*host=}; PG_HOST=${PG_HOST%%&*}
  PG_PREFIX=cli$$_
  export PGOPTIONS='-c client_min_messages=warning'   # no NOTICE from DROP DATABASE IF EXISTS
  psql -XqAt -h "$PG_HOST" -d postgres -c "CREATE DATABASE ${PG_PREFIX}template" >/dev/null || exit 3
  psql -XqAt -v ON_ERROR_STOP=1 -h "$PG_HOST" -d "${PG_PREFIX}template" >/dev/null <<'SQL' || exit 3
CREATE FUNCTION inc_gc_step(acc text, v text, sep text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v ELSE acc || sep || v END $$;
CREATE FUNCTION inc_gc_step1(acc text, v text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT inc_gc_step(acc, v, ',') $$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = inc_gc_step, STYPE = text);
CREATE AGGREGATE group_concat(text) (SFUNC = inc_gc_step1, STYPE = text);
CREATE FUNCTION hex(bytea) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(encode($1, 'hex')) $$;
SQL
  # Every run of inclusio gets the key file of the database it is pointed at (unless the case sets one).
  REAL_INCLUSIO=$INCLUSIO
  INCLUSIO=$WORK/inclusio-pg
  {
    echo '#!/usr/bin/env bash'
    echo 'db=""; prev=""'
    echo 'for a in "$@"; do [ "$prev" = --db ] && db=$a; case $a in --db=*) db=${a#--db=} ;; esac; prev=$a; done'
    echo 'if [ -z "${INCLUSIO_KEY_FILE:-}" ] && [ -n "$db" ]; then'
    echo '  n=${db#postgresql:///}; n=${n%%\?*}; export INCLUSIO_KEY_FILE='"$WORK"'/$n.key'
    echo 'fi'
    echo 'exec '"$REAL_INCLUSIO"' "$@"'
  } >"$INCLUSIO"
  chmod +x "$INCLUSIO"
fi
PASS=0; FAIL=0
OUT=$WORK/out; ERR=$WORK/err

# pg_name NAME: the PostgreSQL database of a case's database NAME.
pg_name() { local n=${1,,}; echo "${PG_PREFIX}${n//[^a-z0-9_]/_}"; }
# db_of NAME: the --db of a case's database NAME (a file path, or a URI on PostgreSQL).
db_of() { if [ "$PG" = 1 ]; then echo "postgresql:///$(pg_name "$1")?host=$PG_HOST"; else echo "$WORK/$1.db"; fi; }
# key_of DB: the key file of database DB.
key_of() { if [ "$PG" = 1 ]; then local n=${1#postgresql:///}; echo "$WORK/${n%%\?*}.key"; else echo "$1.key"; fi; }
# new_db NAME: an empty database (no schema, no key file); prints its --db.
new_db() {
  local db; db=$(db_of "$1")
  if [ "$PG" = 1 ]; then
    psql -XqAt -h "$PG_HOST" -d postgres -c "DROP DATABASE IF EXISTS $(pg_name "$1")" \
      -c "CREATE DATABASE $(pg_name "$1") TEMPLATE ${PG_PREFIX}template" >/dev/null || return 1
  else
    rm -f "$db" "$db"-wal "$db"-shm
  fi
  rm -f "$(key_of "$db")"
  echo "$db"
}
# copy_db FROM NAME: a copy of database FROM (no connection open on it) as NAME, without a key file.
copy_db() {
  local db; db=$(db_of "$2")
  if [ "$PG" = 1 ]; then
    local from=${1#postgresql:///}; from=${from%%\?*}
    psql -XqAt -h "$PG_HOST" -d postgres -c "DROP DATABASE IF EXISTS $(pg_name "$2")" \
      -c "CREATE DATABASE $(pg_name "$2") TEMPLATE $from" >/dev/null || return 1
  else
    cp "$1" "$db"
  fi
  rm -f "$(key_of "$db")"
  echo "$db"
}
# sqlite_only: true on SQLite; on PostgreSQL counts a skipped group of checks and is false.
sqlite_only() { if [ "$PG" = 1 ]; then SKIP=$((SKIP + 1)); return 1; fi; return 0; }

pass() { PASS=$((PASS + 1)); }
fail() {
  FAIL=$((FAIL + 1))
  echo "FAIL: $1" >&2
  [ -s "$OUT" ] && sed 's/^/  stdout: /' "$OUT" | head -20 >&2
  [ -s "$ERR" ] && sed 's/^/  stderr: /' "$ERR" | head -20 >&2
  return 0
}

# inc DB ARGS...: runs inclusio on DB; stdout in $OUT, stderr in $ERR, status in $RC.
inc() { local db=$1; shift; "$INCLUSIO" --db "$db" "$@" >"$OUT" 2>"$ERR"; RC=$?; }

# fresh_db NAME: a new initialised database; prints its --db.
fresh_db() {
  local db
  db=$(new_db "$1") || { echo "cannot make database $1" >&2; return 1; }
  "$INCLUSIO" --db "$db" init >/dev/null || { echo "init failed for $db" >&2; return 1; }
  echo "$db"
}

# db_sum DB: checksum of the database file after a checkpoint (the WAL folded into the file); on
# PostgreSQL of every table's rows.
db_sum() {
  if [ "$PG" = 1 ]; then
    local q
    q=$(psql -XqAt -d "$1" -c "SELECT string_agg(format('(SELECT md5(coalesce(string_agg(x::text, chr(10) ORDER BY x::text), %L)) FROM %I x)', relname, relname), ' || ' ORDER BY relname) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace") &&
      psql -XqAt -d "$1" -c "SELECT md5($q)"
  else
    sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null && sha256sum "$1" | cut -d' ' -f1
  fi
}

# db_dump DB: everything the database holds, as bytes to search (the file; pg_dump on PostgreSQL).
db_dump() {
  if [ "$PG" = 1 ]; then pg_dump "$1"; else sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; cat "$1"; fi
}

# sql DB QUERY: one value from the database.
sql() { if [ "$PG" = 1 ]; then psql -XqAt -v ON_ERROR_STOP=1 -d "$1" -c "$2"; else sqlite3 "$1" "$2"; fi; }

# expect_ok NAME DB ARGS...: the command succeeds.
expect_ok() {
  local name=$1 db=$2; shift 2
  inc "$db" "$@"
  if [ "$RC" -eq 0 ]; then pass; else fail "$name (status $RC)"; fi
}

# expect_refused NAME DB ARGS... -- PATTERN...: the command fails, stderr holds every fixed-string
# PATTERN, and the database file is byte-for-byte unchanged.
expect_refused() {
  local name=$1 db=$2; shift 2
  local args=() pats=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  pats=("$@")
  local before after
  before=$(db_sum "$db")
  inc "$db" "${args[@]}"
  after=$(db_sum "$db")
  if [ "$RC" -eq 0 ]; then fail "$name: accepted, expected a refusal"; return; fi
  for p in "${pats[@]}"; do
    if ! grep -qF -- "$p" "$ERR"; then fail "$name: stderr lacks '$p'"; return; fi
  done
  if [ "$before" != "$after" ]; then fail "$name: database changed"; return; fi
  pass
}

# check NAME EXPECTED ACTUAL
check() { if [ "$2" = "$3" ]; then pass; else fail "$1: expected '$2', got '$3'"; fi; }

for case_file in "$CLI_DIR"/cases/*.sh; do
  # shellcheck source=/dev/null
  . "$case_file"
done

if [ "$PG" = 1 ]; then
  echo "cli (PostgreSQL): $PASS passed, $FAIL failed; $SKIP groups of checks of the SQLite file skipped"
else
  echo "cli: $PASS passed, $FAIL failed"
fi
[ "$FAIL" -eq 0 ]
