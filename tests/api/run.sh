#!/usr/bin/env bash
# API tests: each test file starts a real `inclusio serve` on a free loopback port against its own
# copy of a fresh demo database (demo data + one demo user per role) and talks HTTP to it.
# Usage: tests/api/run.sh [--pg] build/inclusio [tests/api/X.test.mjs ...]   (default: every file)
# --pg: on PostgreSQL, a throwaway cluster (scripts/pg-cluster.sh, or INCLUSIO_TEST_PG=URI of a
# running one); the demo database is the template each server's database is cloned from.
set -euo pipefail
cd "$(dirname "$0")/../.."
PG=0
if [ "${1:-}" = --pg ]; then PG=1; shift; fi
BIN=$(realpath "${1:-build/inclusio}")
work=$(mktemp -d)
PG_URI=""
cleanup() {
  if [ -n "$PG_URI" ]; then
    psql -XqAt -h "$PG_HOST" -d postgres -c "DROP DATABASE IF EXISTS $template" >/dev/null 2>&1 || true
    [ -z "${INCLUSIO_TEST_PG:-}" ] && scripts/pg-cluster.sh stop "$PG_URI"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
export INCLUSIO_TODAY=2026-06-01
if [ "$PG" = 1 ]; then
  PG_URI=${INCLUSIO_TEST_PG:-$(INCLUSIO_PG_FAST=1 scripts/pg-cluster.sh start)}
  PG_HOST=${PG_URI#*host=}; PG_HOST=${PG_HOST%%&*}
  template=api$$
  psql -XqAt -h "$PG_HOST" -d postgres -c "CREATE DATABASE $template" >/dev/null
  db="postgresql:///$template?host=$PG_HOST"
  export INCLUSIO_KEY_FILE="$work/demo.key"   # every clone shares the template's key
else
  db="$work/demo.db"
fi
"$BIN" --db "$db" init >/dev/null
"$BIN" --db "$db" demo >/dev/null
export INCLUSIO_BIN="$BIN" INCLUSIO_TEMPLATE_DB="$db"
files=("${@:2}")
[ ${#files[@]} -gt 0 ] || files=(tests/api/)
node --test --test-concurrency=2 "${files[@]}"
