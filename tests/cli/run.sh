#!/usr/bin/env bash
# End-to-end tests of the command line. Usage: tests/cli/run.sh path/to/inclusio
# Every tests/cli/cases/*.sh is sourced in name order; each uses the helpers below and may add
# cases freely. Prints "cli: N passed, M failed" and exits non-zero when any case failed.
set -u
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "gebruik: $0 pad/naar/inclusio" >&2; exit 2; fi
INCLUSIO=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
CLI_DIR=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-cli.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export INCLUSIO_TODAY=2025-06-30
unset INCLUSIO_DB INCLUSIO_KEY_FILE
PASS=0; FAIL=0
OUT=$WORK/out; ERR=$WORK/err

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

# fresh_db NAME: a new initialised database; prints its path.
fresh_db() {
  local db=$WORK/$1.db
  rm -f "$db" "$db"-wal "$db"-shm "$db".key
  "$INCLUSIO" --db "$db" init >/dev/null || { echo "init failed for $db" >&2; return 1; }
  echo "$db"
}

# db_sum DB: checksum of the database file after a checkpoint (the WAL folded into the file).
db_sum() { sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null && sha256sum "$1" | cut -d' ' -f1; }

# sql DB QUERY: one value from the database.
sql() { sqlite3 "$1" "$2"; }

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

echo "cli: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
