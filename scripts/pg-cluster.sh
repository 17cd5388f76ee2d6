#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and the demo: initdb in a temporary folder, reachable only
# through a Unix socket in that folder (listen_addresses='', no TCP port), trust for its owner, who
# alone can reach the socket. Run as root, the server runs as the `postgres` user (PostgreSQL refuses
# to run as root) and the cluster's superuser is named after the caller, so libpq's default user fits.
#
#   scripts/pg-cluster.sh start [DIR]     initdb (unless DIR holds a cluster) and start; prints the URI
#                                         of database `inclusio`: postgresql:///inclusio?host=DIR
#   scripts/pg-cluster.sh url DIR|URI [DB] the URI of database DB (default inclusio) in that cluster
#   scripts/pg-cluster.sh createdb DIR|URI DB   a new empty database; prints its URI
#   scripts/pg-cluster.sh stop DIR|URI    stops the server and removes the folder
#   scripts/pg-cluster.sh standby DIR|URI [SDIR]  a streaming standby of that cluster: pg_basebackup -R
#                                         into SDIR (default a new temporary folder), started on its own
#                                         socket in SDIR; prints its URI (stop it with stop SDIR)
#
# The caller stops it: `url=$(scripts/pg-cluster.sh start); trap 'scripts/pg-cluster.sh stop "$url"' EXIT`.
# INCLUSIO_PG_FAST=1 turns fsync off (tests: the cluster is thrown away anyway); the default keeps
# PostgreSQL's durable settings, so measurements on it mean something. INCLUSIO_PG_ARCHIVE=DIR turns
# WAL archiving on at initdb, each segment copied into DIR (scripts/pg-backup-restore-test.sh).
set -euo pipefail

PGBIN=${PGBIN:-}
if [ -z "$PGBIN" ]; then
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { PGBIN=$d; break; }
  done
fi
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || { echo "pg-cluster: initdb niet gevonden (installeer het pakket postgresql)" >&2; exit 3; }

me=$(id -un)
# as_server CMD...: runs CMD as the user that owns the cluster (postgres when we are root).
as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# dir_of DIR|URI: the cluster folder (the URI's host= is the folder holding the socket).
dir_of() {
  case $1 in
    postgres://*|postgresql://*) local h=${1#*host=}; echo "${h%%&*}" ;;
    *) echo "${1%/}" ;;
  esac
}

uri() { echo "postgresql:///${2:-inclusio}?host=$1"; }

start() {
  local dir=${1:-}
  if [ -z "$dir" ]; then dir=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-pg.XXXXXX"); fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_server "$PGBIN/initdb" -D "$dir/data" -U "$me" --auth-local=trust --auth-host=reject -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 3; }
    {
      echo "listen_addresses = ''"
      echo "unix_socket_directories = '$dir'"
      echo "unix_socket_permissions = 0700"
      echo "max_connections = 200"
      echo "shared_buffers = 128MB"
      if [ -n "${INCLUSIO_PG_ARCHIVE:-}" ]; then
        echo "archive_mode = on"
        echo "archive_command = 'test ! -f $INCLUSIO_PG_ARCHIVE/%f && cp %p $INCLUSIO_PG_ARCHIVE/%f'"
      fi
      if [ "${INCLUSIO_PG_FAST:-0}" = 1 ]; then
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
      fi
    } >>"$dir/data/postgresql.conf"
  fi
  as_server "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 3; }
  "$PGBIN/psql" -X -q -h "$dir" -U "$me" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'inclusio'" |
    grep -q 1 || "$PGBIN/createdb" -h "$dir" -U "$me" inclusio
  uri "$dir"
}

standby() {
  local primary sdir
  primary=$(dir_of "$1")
  [ -d "$primary/data" ] || { echo "pg-cluster: geen cluster in '$primary'" >&2; exit 1; }
  sdir=${2:-}
  if [ -z "$sdir" ]; then sdir=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-pg-standby.XXXXXX"); fi
  mkdir -p "$sdir"
  chmod 700 "$sdir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$sdir"
  # -R writes standby.signal and primary_conninfo (the primary's socket); -X stream: the WAL made
  # during the copy comes along, so the standby starts consistent.
  as_server "$PGBIN/pg_basebackup" -h "$primary" -U "$me" -D "$sdir/data" -R -X stream -c fast >"$sdir/basebackup.log" 2>&1 \
    || { cat "$sdir/basebackup.log" >&2; exit 3; }
  echo "unix_socket_directories = '$sdir'" >>"$sdir/data/postgresql.conf"
  as_server "$PGBIN/pg_ctl" -D "$sdir/data" -l "$sdir/server.log" -w -t 60 start >/dev/null \
    || { cat "$sdir/server.log" >&2; exit 3; }
  uri "$sdir"
}

stop() {
  local dir
  dir=$(dir_of "$1")
  [ -d "$dir/data" ] || { echo "pg-cluster: geen cluster in '$dir'" >&2; exit 1; }
  as_server "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case ${1:-} in
  start) start "${2:-}" ;;
  stop) [ $# -ge 2 ] || { echo "gebruik: $0 stop DIR|URI" >&2; exit 2; }; stop "$2" ;;
  standby) [ $# -ge 2 ] || { echo "gebruik: $0 standby DIR|URI [SDIR]" >&2; exit 2; }; standby "$2" "${3:-}" ;;
  url) [ $# -ge 2 ] || { echo "gebruik: $0 url DIR|URI [DB]" >&2; exit 2; }; uri "$(dir_of "$2")" "${3:-inclusio}" ;;
  createdb)
    [ $# -ge 3 ] || { echo "gebruik: $0 createdb DIR|URI DB" >&2; exit 2; }
    d=$(dir_of "$2")
    "$PGBIN/createdb" -h "$d" -U "$me" "$3"
    uri "$d" "$3" ;;
  *) echo "gebruik: $0 start [DIR] | url DIR|URI [DB] | createdb DIR|URI DB | standby DIR|URI [SDIR] | stop DIR|URI" >&2; exit 2 ;;
esac
