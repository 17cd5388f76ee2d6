#!/usr/bin/env bash
# Backups of a PostgreSQL inclusio database, made and restored once, the way docs/operations.md
# describes them ("PostgreSQL: backups and restore"):
#   1. a primary with WAL archiving (archive_command copies each segment to an archive folder), the
#      demo loaded;
#   2. a base backup (pg_basebackup, without WAL: the archive supplies it);
#   3. a write after the base backup (a realisation verified), so the base backup alone lacks it
#      and only WAL replay from the archive brings it back;
#   4. a logical dump (pg_dump -Fc) and the reference: `report sroi --json` on the primary;
#   5. the dump restored into a fresh cluster (pg_restore), the base backup into another (recovery
#      with restore_command from the archive, to its end); `report sroi --json` on each must equal
#      the reference, and `key check` must accept the one key file on both.
# Every cluster is a throwaway one (scripts/pg-cluster.sh: Unix socket only), removed at the end.
#   usage: scripts/pg-backup-restore-test.sh [path/to/inclusio]     (default build/inclusio)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
INCLUSIO=${1:-$ROOT/build/inclusio}
[ -x "$INCLUSIO" ] || { echo "gebruik: $0 [pad/naar/inclusio]" >&2; exit 2; }
INCLUSIO=$(cd "$(dirname "$INCLUSIO")" && pwd)/$(basename "$INCLUSIO")
CLUSTER=$ROOT/scripts/pg-cluster.sh
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | head -1)")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-backup.XXXXXX")
P="" R1="" R2=""
cleanup() {
  for c in "$R2" "$R1" "$P"; do [ -n "$c" ] && "$CLUSTER" stop "$c"; done
  rm -rf "$WORK"
}
trap cleanup EXIT
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
q() { psql -XqAt -d "$1" -c "$2"; }
step() { echo "pg-backup-restore: $*"; }
mkdir -p "$WORK/archive" "$WORK/base"
chmod 700 "$WORK/archive" "$WORK/base"
[ "$(id -u)" -eq 0 ] && chown postgres: "$WORK" "$WORK/archive" "$WORK/base" && chmod 711 "$WORK"
export INCLUSIO_KEY_FILE=$WORK/inclusio.key

# 1. The primary, archiving its WAL, with the demo.
P=$(INCLUSIO_PG_FAST=1 INCLUSIO_PG_ARCHIVE=$WORK/archive "$CLUSTER" start)
"$INCLUSIO" --db "$P" demo >/dev/null 2>"$WORK/demo.err" || { cat "$WORK/demo.err" >&2; exit 1; }
step "primary met WAL-archief en demo: $P"

# 2. The base backup (its WAL comes from the archive on restore).
phost=${P#*host=}
as_server "$PGBIN/pg_basebackup" -h "$phost" -U "$(id -un)" -D "$WORK/base/data" -X none -c fast 2>"$WORK/basebackup.log" \
  || { cat "$WORK/basebackup.log" >&2; exit 1; }
step "basisback-up gemaakt ($(du -sh "$WORK/base/data" | cut -f1))"

# 3. A write after it: only WAL replay can bring this back into the base backup.
id=$("$INCLUSIO" --db "$P" --json realisation list --status gemeld | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
"$INCLUSIO" --db "$P" realisation verify "$id" >/dev/null
before=$(q "$P" "SELECT status FROM realisations WHERE id = $id")
[ "$before" = geverifieerd ] || { echo "pg-backup-restore: verificatie niet opgeslagen" >&2; exit 1; }

# 4. The logical dump and the reference report; the last WAL segment archived.
"$PGBIN/pg_dump" -Fc -d "$P" -f "$WORK/inclusio.dump"
"$INCLUSIO" --db "$P" --json report sroi >"$WORK/ref.json"
seg=$(q "$P" "SELECT pg_walfile_name(pg_switch_wal())")
for _ in $(seq 1 100); do [ -f "$WORK/archive/$seg" ] && break; sleep 0.1; done
[ -f "$WORK/archive/$seg" ] || { echo "pg-backup-restore: WAL-segment $seg niet gearchiveerd" >&2; exit 1; }
step "pg_dump $(du -h "$WORK/inclusio.dump" | cut -f1), $(ls "$WORK/archive" | wc -l) WAL-segmenten in het archief, realisatie $id geverifieerd na de basisback-up"
"$CLUSTER" stop "$P"; P=""

fail=0
compare() {
  local name=$1 uri=$2
  "$INCLUSIO" --db "$uri" --json report sroi >"$WORK/$name.json" 2>"$WORK/$name.err" || { cat "$WORK/$name.err" >&2; fail=1; return; }
  if cmp -s "$WORK/ref.json" "$WORK/$name.json"; then step "$name: report sroi --json gelijk aan het origineel"
  else echo "pg-backup-restore: $name: report sroi wijkt af" >&2; diff "$WORK/ref.json" "$WORK/$name.json" | head >&2; fail=1; fi
  "$INCLUSIO" --db "$uri" key check >/dev/null || { echo "pg-backup-restore: $name: sleutel past niet" >&2; fail=1; }
  [ "$(q "$uri" "SELECT status FROM realisations WHERE id = $id")" = geverifieerd ] ||
    { echo "pg-backup-restore: $name: de verificatie na de basisback-up ontbreekt" >&2; fail=1; }
}

# 5a. pg_dump into a fresh cluster.
R1=$(INCLUSIO_PG_FAST=1 "$CLUSTER" start)
"$PGBIN/pg_restore" --no-owner -d "$R1" "$WORK/inclusio.dump"
compare "pg_restore" "$R1"

# 5b. The base backup plus the archive into another: recovery to the end of the archive, then promoted.
R2=$WORK/r2
mkdir -p "$R2" && chmod 700 "$R2"
[ "$(id -u)" -eq 0 ] && chown postgres: "$R2"
as_server cp -a "$WORK/base/data" "$R2/data"
{
  echo "unix_socket_directories = '$R2'"
  echo "archive_mode = off"
  echo "restore_command = 'cp $WORK/archive/%f %p'"
} | as_server tee -a "$R2/data/postgresql.conf" >/dev/null
as_server touch "$R2/data/recovery.signal"
as_server "$PGBIN/pg_ctl" -D "$R2/data" -l "$R2/server.log" -w -t 120 start >/dev/null
R2=$("$CLUSTER" url "$R2")
for _ in $(seq 1 300); do [ "$(q "$R2" "SELECT pg_is_in_recovery()")" = f ] && break; sleep 0.1; done
[ "$(q "$R2" "SELECT pg_is_in_recovery()")" = f ] || { echo "pg-backup-restore: herstel uit het archief eindigt niet" >&2; exit 1; }
step "basisback-up + WAL-archief hersteld ($(grep -c 'restored log file' "$(dirname "${R2#*host=}")/$(basename "${R2#*host=}")/server.log") segmenten teruggespeeld)"
compare "basisback-up+WAL" "$R2"

[ $fail = 0 ] && step "beide herstelde databases geven hetzelfde rapport als het origineel"
exit $fail
